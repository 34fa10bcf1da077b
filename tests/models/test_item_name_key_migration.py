"""Migration 0017_item_name_key: every item already held gets its name's fold (what the app
computes on every write), in the list's order; added and dropped in place, so the triggers on
items that keep each item's clashes (migration 0013) are still there after it, either way."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from sqlalchemy import Connection, Engine, text

from groupdesk import db
from groupdesk.migrations.runner import alembic_config
from groupdesk.services.collation import search_key

NAMES = ("Zelt", "Ölkanne", "éclairage", "Échelle", "drill", "Beamer", "梯子")


def _upgrade(engine: Engine, revision: str) -> None:
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def _triggers(connection: Connection) -> list[tuple[str, str]]:
    found = connection.execute(
        text("select name, sql from sqlite_master where type = 'trigger' order by name")
    )
    return [(name, sql) for name, sql in found]


def _add_item(connection: Connection, item_id: str, name: str) -> None:
    """An item as version 0016 held it: every column it must have, the rest left empty."""
    columns = connection.execute(text("pragma table_info(resource_items)")).all()
    needed = {
        column.name: {"INTEGER": 1, "BOOLEAN": 0}.get(column.type.split("(")[0], "")
        for column in columns
        if column.notnull and column.dflt_value is None
    }
    values = needed | {
        "id": item_id,
        "name": name,
        "kind": "equipment",
        "condition": "good",
        "created_at": "2026-01-01 00:00:00",
        "updated_at": "2026-01-01 00:00:00",
    }
    names = ", ".join(values)
    marks = ", ".join(f":{column}" for column in values)
    connection.execute(text(f"insert into resource_items ({names}) values ({marks})"), values)


def test_items_already_held_get_their_names_fold_and_keep_their_triggers(tmp_path: Path) -> None:
    engine = db.make_engine(tmp_path / "old.sqlite")
    _upgrade(engine, "0016_member_counts")
    with engine.begin() as connection:
        for number, name in enumerate(NAMES):
            _add_item(connection, f"item{number}", name)
        triggers = _triggers(connection)
    assert any("resource_items" in sql for _, sql in triggers)

    _upgrade(engine, "0017_item_name_key")
    with engine.connect() as connection:
        rows = connection.execute(text("select name, name_key from resource_items"))
        keys = {name: key for name, key in rows}
        in_order = connection.execute(
            text("select name from resource_items order by name_key, name, id")
        ).scalars()
        assert list(in_order) == sorted(NAMES, key=lambda name: (search_key(name), name))
        assert _triggers(connection) == triggers
    assert keys == {name: search_key(name) for name in NAMES}
    assert keys["Échelle"] == "echelle"

    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0016_member_counts")
    with engine.connect() as connection:
        columns = connection.execute(text("pragma table_info(resource_items)"))
        names = {column.name for column in columns}
        assert "name_key" not in names and "name" in names
        assert _triggers(connection) == triggers
    engine.dispose()
