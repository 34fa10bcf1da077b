"""Items in name order, sorted in Python rather than by SQLite.

SQLite's `lower()` folds only ASCII letters, so "Échelle" and "Ölkanne" came after "Zelt".
Python sorts the fetched rows by the folded name (case and accents, `collation.search_key`),
the exact name and the id breaking ties so the order never wavers. Sorting 30,000 items as
tuples costs about what SQLite's sort did (measured back to back at 100,000 members); the
driver's own rows index slower, so the two long lists sort the tuples they build.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, TypeVar

from groupdesk.services.collation import search_key

Row = TypeVar("Row", bound=Sequence[Any])


def by_name(rows: list[Row]) -> list[Row]:
    """`rows` (an item's id, then its name, then anything) sorted in place by name."""
    rows.sort(key=lambda row: (search_key(name := row[1]), name, row[0]))
    return rows
