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
import json
import re
import sqlite3
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from groupdesk import db
from groupdesk.migrations import SCHEMA_HEAD


class Schema(NamedTuple):
    """A database's schema, as sets that compare by what they mean (not by column order)."""

    tables: dict[str, frozenset[tuple[object, ...]]]
    indexes: dict[str, tuple[object, ...]]
    foreign_keys: dict[str, frozenset[tuple[object, ...]]]
    #: Triggers and views by name, with their SQL (whitespace made single).
    others: dict[str, tuple[str, str]]


def schema_of(database: Path | sqlite3.Connection) -> Schema:
    """The schema of `database`, read without writing to it."""
    with db.read_only(database) as connection:
        return _read(connection)


def _read(connection: sqlite3.Connection) -> Schema:
    """Each kind read in one query over SQLite's table-valued pragmas (a query per table and
    index was a third of `groupdesk check` on a small group)."""
    tables: dict[str, set[tuple[object, ...]]] = {}
    foreign_keys: dict[str, set[tuple[object, ...]]] = {}
    others: dict[str, tuple[str, str]] = {}
    for kind, name, sql in connection.execute("SELECT type, name, sql FROM sqlite_master"):
        if kind == "table" and not name.startswith("sqlite_"):
            tables[name], foreign_keys[name] = set(), set()
        elif kind in ("trigger", "view"):
            others[name] = (kind, _plain(sql))
    for table, *column in connection.execute(
        'SELECT m.name, c.name, c.type, c."notnull", c.dflt_value, c.pk, c.hidden '
        "FROM sqlite_master AS m, pragma_table_xinfo(m.name) AS c WHERE m.type = 'table'"
    ):
        if table in tables:
            column[1] = str(column[1]).upper()
            tables[table].add(tuple(column))
    for table, *key in connection.execute(
        'SELECT m.name, k."table", k."from", k."to", k.on_update, k.on_delete '
        "FROM sqlite_master AS m, pragma_foreign_key_list(m.name) AS k WHERE m.type = 'table'"
    ):
        if table in foreign_keys:
            foreign_keys[table].add(tuple(key))
    columns: dict[str, list[tuple[object, ...]]] = {}
    for name, *column in connection.execute(
        'SELECT m.name, i.name, i."desc", i.coll FROM sqlite_master AS m, '
        "pragma_index_xinfo(m.name) AS i WHERE m.type = 'index' AND i.\"key\" "
        "ORDER BY m.name, i.seqno"
    ):
        columns.setdefault(name, []).append(tuple(column))
    indexes: dict[str, tuple[object, ...]] = {
        name: (table, unique, tuple(columns.get(name, ())), _plain(sql))
        for name, table, unique, sql in connection.execute(
            'SELECT m.name, m.tbl_name, l."unique", m.sql FROM sqlite_master AS m '
            "LEFT JOIN pragma_index_list(m.tbl_name) AS l ON l.name = m.name "
            "WHERE m.type = 'index'"
        )
    }
    return Schema(
        {name: frozenset(columns) for name, columns in tables.items()},
        indexes,
        {name: frozenset(keys) for name, keys in foreign_keys.items()},
        others,
    )


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _plain(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip()


#: The schema of `SCHEMA_HEAD`, written from the migrations (`write_head_schema`), so a check
#: of a current database runs no migrations (they took ~1 s of `groupdesk check`, Alembic and
#: SQLAlchemy imported for them); a test fails when it no longer matches them.
HEAD_SCHEMA = Path(__file__).resolve().parents[1] / "resources" / "schema_head.json"


@functools.cache
def declared_schema(revision: str) -> Schema:
    """The schema the migrations make up to `revision` (made once per run of the app; read
    from `HEAD_SCHEMA` when it was written for `revision`)."""
    try:
        shipped = json.loads(HEAD_SCHEMA.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        shipped = {}
    if shipped.get("revision") == revision:
        return _from_json(shipped)
    return migrated_schema(revision)


def migrated_schema(revision: str) -> Schema:
    """The schema made by running the migrations up to `revision` on an empty database."""
    import tempfile  # with shutil and the compressors, 5 ms of `check`, which seldom needs it

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


def head_schema_text() -> str:
    """What `HEAD_SCHEMA` holds: the migrations' schema of `SCHEMA_HEAD`, as stable JSON."""
    schema = migrated_schema(SCHEMA_HEAD)

    def rows(values: frozenset[tuple[object, ...]]) -> list[list[object]]:
        return sorted((list(value) for value in values), key=repr)

    document = {
        "revision": SCHEMA_HEAD,
        "tables": {name: rows(columns) for name, columns in schema.tables.items()},
        "indexes": {
            name: [table, unique, [list(column) for column in columns], sql]  # type: ignore[attr-defined]
            for name, (table, unique, columns, sql) in schema.indexes.items()
        },
        "foreign_keys": {name: rows(keys) for name, keys in schema.foreign_keys.items()},
        "others": {name: list(value) for name, value in schema.others.items()},
    }
    return json.dumps(document, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def write_head_schema() -> None:
    """Write `HEAD_SCHEMA` again, after a new migration (its test says when)."""
    HEAD_SCHEMA.write_text(head_schema_text(), encoding="utf-8")


def _from_json(document: dict[str, Any]) -> Schema:
    return Schema(
        tables={name: frozenset(map(tuple, rows)) for name, rows in document["tables"].items()},
        indexes={
            name: (table, unique, tuple(map(tuple, columns)), sql)
            for name, (table, unique, columns, sql) in document["indexes"].items()
        },
        foreign_keys={
            name: frozenset(map(tuple, rows)) for name, rows in document["foreign_keys"].items()
        },
        others={name: (kind, sql) for name, (kind, sql) in document["others"].items()},
    )


def schema_differences(database: Path | sqlite3.Connection, revision: str) -> list[str]:
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
