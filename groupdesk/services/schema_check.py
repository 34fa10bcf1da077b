"""Does a database hold exactly the schema its revision declares?

SQLite's integrity check says the file is sound, not that it is GroupDesk's: a backup can carry
a trigger that deletes the group's settings later, or lack a table so every command crashes.
The schema a revision declares is made by running the migrations up to it on an empty database
(the same chain every real database went through), and compared by structure — tables and
their columns, indexes, foreign keys — with triggers and views by their text. Anything the app
did not make, or anything it made that is missing, is named.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from groupdesk import db


@dataclass(frozen=True)
class Schema:
    """A database's schema, as sets that compare by what they mean (not by column order)."""

    tables: dict[str, frozenset[tuple[object, ...]]]
    indexes: dict[str, tuple[object, ...]]
    foreign_keys: dict[str, frozenset[tuple[object, ...]]]
    #: Triggers and views by name, with their SQL (whitespace made single).
    others: dict[str, tuple[str, str]]


def schema_of(database: Path) -> Schema:
    """The schema of `database`, read without writing to it."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        return _read(connection)
    finally:
        connection.close()


def _read(connection: sqlite3.Connection) -> Schema:
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    tables: dict[str, frozenset[tuple[object, ...]]] = {}
    indexes: dict[str, tuple[object, ...]] = {}
    foreign_keys: dict[str, frozenset[tuple[object, ...]]] = {}
    others: dict[str, tuple[str, str]] = {}
    for kind, name, table, sql in rows:
        if kind == "table" and not name.startswith("sqlite_"):
            columns = connection.execute(f"PRAGMA table_xinfo({_quoted(name)})").fetchall()
            tables[name] = frozenset(
                (column[1], str(column[2]).upper(), column[3], column[4], column[5], column[6])
                for column in columns
            )
            keys = connection.execute(f"PRAGMA foreign_key_list({_quoted(name)})").fetchall()
            foreign_keys[name] = frozenset((key[2], key[3], key[4], key[5], key[6]) for key in keys)
        elif kind == "index":
            info = connection.execute(f"PRAGMA index_xinfo({_quoted(name)})").fetchall()
            listed = connection.execute(f"PRAGMA index_list({_quoted(table)})").fetchall()
            unique = next((row[2] for row in listed if row[1] == name), None)
            indexes[name] = (
                table,
                unique,
                tuple((row[2], row[3], row[4]) for row in info if row[5]),
                _plain(sql),
            )
        elif kind in ("trigger", "view"):
            others[name] = (kind, _plain(sql))
    return Schema(tables, indexes, foreign_keys, others)


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _plain(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip()


@functools.cache
def declared_schema(revision: str) -> Schema:
    """The schema the migrations make up to `revision` (made once per run of the app)."""
    from alembic import command

    from groupdesk.migrations.runner import alembic_config

    with tempfile.TemporaryDirectory(prefix="groupdesk-schema-") as scratch:
        engine = db.make_engine(Path(scratch) / "declared.sqlite")
        try:
            with engine.begin() as connection:
                command.upgrade(alembic_config(connection), revision)
            raw = engine.raw_connection()
            try:
                return _read(raw.driver_connection)  # type: ignore[arg-type]
            finally:
                raw.close()
        finally:
            engine.dispose()


def schema_differences(database: Path, revision: str) -> list[str]:
    """How the schema of `database` differs from what `revision` declares, one sentence each
    (an empty list: it matches)."""
    found, declared = schema_of(database), declared_schema(revision)
    problems = _named_differences("table", found.tables, declared.tables)
    for name in sorted(found.tables.keys() & declared.tables.keys()):
        if found.tables[name] != declared.tables[name]:
            problems.append(f"the columns of table {name} differ from GroupDesk's")
        elif found.foreign_keys[name] != declared.foreign_keys[name]:
            problems.append(f"the links of table {name} to other tables differ from GroupDesk's")
    problems += _named_differences("index", found.indexes, declared.indexes)
    for name in sorted(found.indexes.keys() & declared.indexes.keys()):
        if found.indexes[name] != declared.indexes[name]:
            problems.append(f"index {name} differs from GroupDesk's")
    for name, (kind, sql) in sorted(found.others.items()):
        if declared.others.get(name) != (kind, sql):
            problems.append(f"{kind} {name} was not made by GroupDesk")
    for name, (kind, _sql) in sorted(declared.others.items()):
        if name not in found.others:
            problems.append(f"{kind} {name} is missing")
    return problems


def _named_differences(
    kind: str, found: Mapping[str, object], declared: Mapping[str, object]
) -> list[str]:
    """What is missing by name, and what is there that GroupDesk did not make."""
    return [f"{kind} {name} is missing" for name in sorted(declared.keys() - found.keys())] + [
        f"{kind} {name} was not made by GroupDesk"
        for name in sorted(found.keys() - declared.keys())
    ]
