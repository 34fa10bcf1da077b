"""The fast path of a merge: a table that holds nothing yet (a new laptop loading a snapshot)
takes its rows, clocks and values column by column, with no per-field lookups; the result is
the one the field-by-field merge gives (`merge.merge_changes`)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence, Set
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection

from groupdesk.services.sync.stored_values import SyncedTable, stand_in, storing
from groupdesk.services.sync.values import ROW_FIELD, row_fields


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


@dataclass
class WholeTable:
    """The rows a file sets in a table that held nothing, each field's newest value as JSON
    read it: `values[i]` is row `ids[i]`'s, `stamps[i]` its `ROW_FIELD` clock (None if no row
    change stood for the whole row), `clocks` the (row, field, stamp) of each field whose clock
    is not its row's, `unknown` the changes to keep aside (`merge`'s form)."""

    ids: list[str] = field(default_factory=list)
    values: list[Mapping[str, Any]] = field(default_factory=list)
    stamps: list[str | None] = field(default_factory=list)
    clocks: list[tuple[str, str, str]] = field(default_factory=list)
    unknown: list[tuple[str, str, str, str, str, str | None]] = field(default_factory=list)


def whole_table(
    changes: Iterable[tuple[str, str, str, str, str | None, str]],
    known: Set[str],
    read_rows: Mapping[str, Mapping[str, Any]],
) -> WholeTable | None:
    """The rows `changes` set in a table that held nothing (each row change taken as the
    reader read it: no field is expanded or written back to text), or None when two changes
    of one field were concurrent (the field-by-field merge finds the conflicts).

    A row set by one row change (nearly every row of a snapshot) keeps that change's fields
    as they are; a row that several changes set is resolved field by field."""
    whole = WholeTable()
    # row id → (stamp, base, known fields, whether the change stood for the whole row)
    single: dict[str, tuple[str, str | None, Mapping[str, Any], bool]] = {}
    # rows that several changes set: row id → field → (stamp, value, base)
    several: dict[str, dict[str, tuple[str, Any, str | None]]] = {}
    row_stamps: dict[str, str] = {}
    parsed: dict[str, Any] = {}
    for table, row_id, field_name, hlc, base, value in changes:
        if field_name == ROW_FIELD:
            read = read_rows.get(value)
            fields = row_fields(value) if read is None else read
            stands_for_row = fields.keys() <= known
            if not stands_for_row:
                whole.unknown.append((hlc, table, row_id, field_name, value, base))
                fields = {name: raw for name, raw in fields.items() if name in known}
        elif field_name in known:
            if value not in parsed:
                parsed[value] = json.loads(value)
            fields, stands_for_row = {field_name: parsed[value]}, False
        else:
            whole.unknown.append((hlc, table, row_id, field_name, value, base))
            continue
        if row_id not in single and row_id not in several:
            single[row_id] = (hlc, base, fields, stands_for_row)
            continue
        row = several.get(row_id)
        if row is None:
            first_hlc, first_base, first_fields, first_whole = single.pop(row_id)
            row = several[row_id] = {
                name: (first_hlc, raw, first_base) for name, raw in first_fields.items()
            }
            if first_whole:
                row_stamps[row_id] = first_hlc
        if stands_for_row:
            row_stamps[row_id] = hlc
        for name, raw in fields.items():
            held = row.get(name)
            if held is None or (held[0] < hlc and held[0] <= (base or "")):
                row[name] = (hlc, raw, base)
            elif not (hlc < held[0] and hlc <= (held[2] or "")):
                return None
    for row_id, (hlc, _, fields, stands_for_row) in single.items():
        whole.ids.append(row_id)
        whole.values.append(fields)
        whole.stamps.append(hlc if stands_for_row else None)
        if not stands_for_row:
            whole.clocks.extend((row_id, name, hlc) for name in fields)
    for row_id, row in several.items():
        stamp = row_stamps.get(row_id)
        whole.ids.append(row_id)
        whole.values.append({name: raw for name, (_, raw, _) in row.items()})
        whole.stamps.append(stamp)
        whole.clocks.extend(
            (row_id, name, hlc) for name, (hlc, _, _) in row.items() if hlc != stamp
        )
    return whole


def load_empty_table(
    connection: Connection, table: str, known: SyncedTable, whole: WholeTable
) -> int:
    """Insert every row of a table that held nothing, with its field clocks; a field no
    change set takes its stand-in. Values are converted column by column, each distinct one
    once. Returns how many values were set."""
    columns: dict[str, list[Any]] = {"id": whole.ids}
    for name, column in known.fields.items():
        missing = stand_in(name, column)
        values = [row.get(name, missing) for row in whole.values]
        store = storing(column)
        columns[column.name] = values if store is None else list(map(store, values))
    clocks = [
        (table, row_id, ROW_FIELD, stamp)
        for row_id, stamp in zip(whole.ids, whole.stamps, strict=True)
        if stamp is not None
    ]
    clocks += [(table, row_id, name, hlc) for row_id, name, hlc in whole.clocks]
    names = sorted(columns)
    quoted = ", ".join(f'"{n}"' for n in names)
    marks = ", ".join("?" * len(names))
    sql = f'INSERT INTO "{table}" ({quoted}) VALUES ({marks})'  # noqa: S608
    connection.exec_driver_sql(sql, list(zip(*(columns[n] for n in names), strict=True)))
    connection.exec_driver_sql(
        "INSERT INTO field_clock (table_name, row_id, field, hlc) VALUES (?, ?, ?, ?)", clocks
    )
    return sum(map(len, whole.values))
