"""The fast path of a merge: a table that holds nothing yet (a new laptop loading a snapshot)
takes its rows, clocks and values column by column, with no per-field lookups; the result is
the one the field-by-field merge gives (`merge.merge_changes`)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Connection

from groupdesk.services.sync.stored_values import (
    PLACEHOLDER_DELETED_AT,
    SyncedTable,
    bindable,
    converter,
    placeholder,
)
from groupdesk.services.sync.values import ROW_FIELD


def empty_tables(connection: Connection, tables: Iterable[str]) -> set[str]:
    """Those of `tables` with no rows and no field clocks yet."""
    empty: set[str] = set()
    for table in tables:
        has_rows = connection.exec_driver_sql(
            f'SELECT 1 FROM "{table}" LIMIT 1'  # noqa: S608 (a model's table name)
        ).first()
        has_clocks = connection.exec_driver_sql(
            "SELECT 1 FROM field_clock WHERE table_name = ? LIMIT 1", (table,)
        ).first()
        if has_rows is None and has_clocks is None:
            empty.add(table)
    return empty


class Loading:
    """The tables one file may load whole, across its parts: those that held nothing before
    the file's first rows of theirs. A part takes the fast path for such a table when its
    rows all come after every row of that table seen before in the file: rows new for sure.
    Writers sort a file's rows by table and id, so every part of a snapshot loads fast; a
    file that does not is merged field by field, with the same result."""

    def __init__(self, connection: Connection) -> None:
        self._connection = connection
        self._empty: dict[str, bool] = {}
        self._last: dict[str, str] = {}

    def take(
        self, by_table: Mapping[str, Sequence[tuple[str, str, str, str, str | None, str]]]
    ) -> set[str]:
        """The tables of this part that may load fast; the part's rows are noted as seen."""
        unseen = [table for table in by_table if table not in self._empty]
        if unseen:
            held_nothing = empty_tables(self._connection, unseen)
            self._empty.update((table, table in held_nothing) for table in unseen)
        fast: set[str] = set()
        for table, changes in by_table.items():
            low = min(change[1] for change in changes)
            high = max(change[1] for change in changes)
            last = self._last.get(table)
            if self._empty[table] and (last is None or low > last):
                fast.add(table)
            self._last[table] = high if last is None else max(last, high)
        return fast


def whole_table(
    fields: list[tuple[str, str, str, str, str | None, str]],
) -> dict[str, dict[str, tuple[str, str, str | None]]] | None:
    """Row id → field → (hlc, value, base) of a table that held nothing, each field's newest
    change; None when two changes of one field were concurrent (the field-by-field merge
    finds the conflicts)."""
    rows: dict[str, dict[str, tuple[str, str, str | None]]] = {}
    for _, row_id, field_name, hlc, base, value in fields:
        row = rows.setdefault(row_id, {})
        held = row.get(field_name)
        if held is None or (held[0] < hlc and held[0] <= (base or "")):
            row[field_name] = (hlc, value, base)
        elif not (hlc < held[0] and hlc <= (held[2] or "")):
            return None
    return rows


def load_empty_table(
    connection: Connection,
    table: str,
    known: SyncedTable,
    rows: dict[str, dict[str, tuple[str, str, str | None]]],
    whole_rows: dict[tuple[str, str], str],
) -> int:
    """Insert every row of a table that held nothing, with its field clocks; each field's
    newest change wins (none was concurrent). Values are converted column by column, each
    distinct text once. Returns how many values were set."""
    ids = list(rows)
    columns: dict[str, list[Any]] = {"id": ids}
    row_stamps = [whole_rows.get((table, row_id)) for row_id in ids]
    applied = 0
    clocks = [
        (table, row_id, ROW_FIELD, stamp)
        for row_id, stamp in zip(ids, row_stamps, strict=True)
        if stamp is not None
    ]
    for name, column in known.fields.items():
        convert = converter(column)
        stand_in = bindable(PLACEHOLDER_DELETED_AT if name == "deleted_at" else placeholder(column))
        values: list[Any] = []
        append = values.append
        for row_id, row_stamp in zip(ids, row_stamps, strict=True):
            change = rows[row_id].get(name)
            if change is None:
                append(stand_in)
            else:
                append(convert(change[1]))
                applied += 1
                if change[0] != row_stamp:
                    clocks.append((table, row_id, name, change[0]))
        columns[column.name] = values
    names = sorted(columns)
    quoted = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" * len(names))
    sql = f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})'  # noqa: S608
    connection.exec_driver_sql(sql, list(zip(*(columns[n] for n in names), strict=True)))
    connection.exec_driver_sql(
        "INSERT INTO field_clock (table_name, row_id, field, hlc) VALUES (?, ?, ?, ?)", clocks
    )
    return applied
