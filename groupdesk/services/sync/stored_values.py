"""How merged values are stored: the synced tables' columns, stand-ins for values that have
not arrived, and values as SQLAlchemy's SQLite types store them (the merge writes raw SQL, so
rows it writes read back as the ORM's do)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import inspect

from groupdesk.models.base import Synced, synced_models
from groupdesk.services.sync.capture import synced_fields
from groupdesk.services.sync.values import encode_value, from_json

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


class _Stored(dict[Any, Any]):
    """Value as JSON read it → what the row stores, each distinct value converted once: a
    dict, so that `map(stored.__getitem__, values)` converts a column with no Python call
    for a value seen before."""

    def __init__(self, column_type: Any) -> None:
        super().__init__({None: None})
        self._column_type = column_type

    def __missing__(self, raw: Any) -> Any:
        value = self[raw] = bindable(from_json(self._column_type, raw))
        return value


def storing(column: Any) -> Callable[[Any], Any] | None:
    """Value as JSON read it → what the row stores (as `bindable(from_json(...))`), made once
    per column; None where they are the same (text, whole numbers, true or false: every
    value is checked for its column's kind before it is merged, `validate`).

    JSON's values of a synced column are text, numbers, booleans or null (`validate` knows no
    other kind), so they can key the memo."""
    if column.type.python_type in (str, int, bool):
        return None
    return _Stored(column.type).__getitem__


def stand_in(name: str, column: Any) -> Any:
    """What a field holds, as JSON would give it, until its value arrives: `placeholder`, and
    `deleted_at` set, so that a row whose creation has not arrived stays hidden."""
    value = PLACEHOLDER_DELETED_AT if name == "deleted_at" else placeholder(column)
    return json.loads(encode_value(value))
