"""How merged values are stored: the synced tables' columns, stand-ins for values that have
not arrived, and values as SQLAlchemy's SQLite types store them (the merge writes raw SQL, so
rows it writes read back as the ORM's do)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import inspect

from groupdesk.models.base import Synced, synced_models
from groupdesk.services.sync.capture import synced_fields
from groupdesk.services.sync.values import decode_value

#: `deleted_at` of a row whose creation has not arrived yet (keeps it hidden until then).
PLACEHOLDER_DELETED_AT = datetime(1970, 1, 1)


@dataclass(frozen=True)
class SyncedTable:
    model: type[Synced]
    table: Any
    fields: dict[str, Any]  # field key -> Column


def synced_tables() -> dict[str, SyncedTable]:
    found: dict[str, SyncedTable] = {}
    for model in synced_models():
        mapper = inspect(model)
        columns = {key: mapper.column_attrs[key].columns[0] for key in synced_fields(model)}
        found[model.__tablename__] = SyncedTable(model, model.__table__, columns)
    return found


def placeholder(column: Any) -> Any:
    """A deterministic stand-in for a NOT NULL field whose value has not arrived yet."""
    if column.nullable:
        return None
    python_type = column.type.python_type
    placeholders: dict[type, Any] = {
        str: "",
        int: 0,
        bool: False,
        float: 0.0,
        Decimal: Decimal(0),
        datetime: PLACEHOLDER_DELETED_AT,
        date: PLACEHOLDER_DELETED_AT.date(),
    }
    return placeholders.get(python_type)


def bindable(value: Any) -> Any:
    """Values as SQLAlchemy's SQLite types store them (so raw and ORM writes read back alike)."""
    if isinstance(value, datetime):
        return value.isoformat(sep=" ", timespec="microseconds")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def converter(column: Any) -> Callable[[str], Any]:
    """Value text → what the row stores (as `bindable(decode_value(...))`), each distinct
    text converted once."""
    memo: dict[str, Any] = {}
    column_type = column.type

    def convert(text: str) -> Any:
        try:
            return memo[text]
        except KeyError:
            value = memo[text] = bindable(decode_value(column_type, text))
            return value

    return convert
