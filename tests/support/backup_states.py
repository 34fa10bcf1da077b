"""Making a data folder's database differ from its last backup, without going through an area."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def mark(database: Path, value: str) -> None:
    """Write a local setting nobody reads, so the next backup holds a different state."""
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.execute(
                "INSERT OR REPLACE INTO local_state (key, value) VALUES ('test_mark', ?)", (value,)
            )
    finally:
        connection.close()
