"""Writing a merge's winning values into the synced tables: a row not yet held is inserted
with placeholders for the fields no change has given it (hidden until its creation arrives,
`PLACEHOLDER_DELETED_AT`); a row held gets its winning fields, grouped by the set of fields
changed so each group is one `executemany`."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection

from groupdesk.services.sync.stored_values import (
    PLACEHOLDER_DELETED_AT,
    SyncedTable,
    bindable,
    placeholder,
    storing,
)
from groupdesk.services.sync.winners import FieldKey

#: Ids (or stamps) bound in one `IN (…)`: under SQLite's old limit of 999 parameters.
IDS_PER_QUERY = 900


def write_rows(
    connection: Connection,
    models: dict[str, SyncedTable],
    winners: dict[FieldKey, tuple[str, Any]],
) -> tuple[dict[str, int], set[tuple[str, str]]]:
    """Write the winning values (as JSON read them); return how many rows of each table they
    deleted, and every (table, row id) they wrote."""
    deleted: dict[str, int] = defaultdict(int)
    touched: set[tuple[str, str]] = set()
    by_row: dict[tuple[str, str], dict[str, Any]] = defaultdict(dict)
    for (table, row_id, field_name), (_hlc, value) in winners.items():
        by_row[(table, row_id)][field_name] = value
    by_table: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for (table, row_id), values in by_row.items():
        by_table[table][row_id] = values
    for table, rows in by_table.items():
        known = models[table]
        existing = _existing(connection, table, list(rows))
        inserts: list[dict[str, Any]] = []
        updates: dict[tuple[str, ...], list[dict[str, Any]]] = defaultdict(list)
        stores = {name: storing(column) for name, column in known.fields.items()}
        for row_id, values in rows.items():
            # Values as the row stores them (`bindable`): None stays None.
            decoded = {
                name: raw if (store := stores[name]) is None else store(raw)
                for name, raw in values.items()
            }
            if row_id not in existing:
                row = {
                    column.name: placeholder(column)
                    for name, column in known.fields.items()
                    if name not in decoded
                }
                if "deleted_at" not in decoded:
                    row["deleted_at"] = PLACEHOLDER_DELETED_AT
                row.update({known.fields[name].name: value for name, value in decoded.items()})
                row["id"] = row_id
                inserts.append(row)
            else:
                was_deleted = existing[row_id]
                if (
                    "deleted_at" in decoded
                    and decoded["deleted_at"] is not None
                    and not was_deleted
                ):
                    deleted[table] += 1
                names = tuple(sorted(decoded))
                updates[names].append(
                    {"_id": row_id, **{known.fields[n].name: decoded[n] for n in names}}
                )
            touched.add((table, row_id))
        _insert(connection, known.table, inserts)
        for names, batch in updates.items():
            columns = [known.fields[n].name for n in names]
            assignments = ", ".join(f'"{c}" = :{c}' for c in columns)
            sql = f'UPDATE "{table}" SET {assignments} WHERE id = :_id'  # noqa: S608
            for start in range(0, len(batch), 5000):
                connection.exec_driver_sql(sql, [_params(r) for r in batch[start : start + 5000]])
    return deleted, touched


def _params(row: dict[str, Any]) -> dict[str, Any]:
    return {k: bindable(v) for k, v in row.items()}


def _insert(connection: Connection, table: Any, rows: list[dict[str, Any]]) -> None:
    if not rows:
        return
    columns = sorted(rows[0])
    marks = ", ".join(f":{c}" for c in columns)
    names = ", ".join(f'"{c}"' for c in columns)
    sql = f'INSERT INTO "{table.name}" ({names}) VALUES ({marks})'  # noqa: S608
    for start in range(0, len(rows), 5000):
        connection.exec_driver_sql(sql, [_params(r) for r in rows[start : start + 5000]])


def _existing(connection: Connection, table: str, ids: list[str]) -> dict[str, bool]:
    """Which of `ids` exist, and whether each is deleted."""
    found: dict[str, bool] = {}
    for start in range(0, len(ids), IDS_PER_QUERY):
        chunk = ids[start : start + IDS_PER_QUERY]
        marks = ",".join("?" * len(chunk))
        for row_id, deleted_at in connection.exec_driver_sql(
            f'SELECT id, deleted_at FROM "{table}" WHERE id IN ({marks})',  # noqa: S608
            tuple(chunk),
        ):
            found[row_id] = deleted_at is not None
    return found
