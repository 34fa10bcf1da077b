"""A data folder whose database an older GroupDesk made (its schema at an earlier revision)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from pathlib import Path

from alembic import command

from groupdesk import db
from groupdesk.config import DataPaths
from groupdesk.migrations.runner import alembic_config

#: A revision before this version's head.
OLDER = "0015_grant_expense_sums"


def older_database(folder: Path) -> DataPaths:
    paths = DataPaths(folder).ensure()
    engine = db.make_engine(paths.database)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), OLDER)
    engine.dispose()
    return paths


#: `created_at, updated_at` of a row written raw.
STAMPS = "'2026-01-01 00:00:00', '2026-01-01 00:00:00'"


def meeting_insert(meeting: str, day: str, status: str = "held") -> str:
    """SQL writing a committee meeting on `day` (YYYY-MM-DD), 18:00 to 20:00 UTC, raw."""
    return (
        "INSERT INTO meetings (id, kind, title, starts_at, ends_at, zone, status, guest_count,"
        f" created_at, updated_at) VALUES ('{meeting}', 'committee', 'Committee',"
        f" '{day} 18:00:00.000000', '{day} 20:00:00.000000', 'UTC', '{status}', 0, {STAMPS})"
    )


def mark_insert(mark: str, meeting: str, member: str, status: str = "present") -> str:
    """SQL writing `member`'s attendance mark at `meeting`, raw."""
    return (
        "INSERT INTO attendance (id, meeting_id, member_id, status, created_at, updated_at)"
        f" VALUES ('{mark}', '{meeting}', '{member}', '{status}', {STAMPS})"
    )


def upgraded_with(database: Path, revision: str, statements: Sequence[str]) -> sqlite3.Connection:
    """`database` made at `revision`, `statements` run on it raw (rows an older GroupDesk
    wrote), then upgraded to the head; a connection to read what the upgrade made."""
    engine = db.make_engine(database)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    raw = sqlite3.connect(database)
    with raw:
        for statement in statements:
            raw.execute(statement)
    raw.close()
    db.upgrade(engine)
    engine.dispose()
    return sqlite3.connect(database)
