"""Which change set each field as it is now, and the conflicts that follow from the change log.

A field's winner is the change stamped with its clock: the field's own clock, or else its row's
`ROW_FIELD` clock (then the winner is the row change, and the field's value is inside it).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Connection

from groupdesk.services.sync.derived import conflict_free
from groupdesk.services.sync.values import ROW_FIELD, value_for

#: (table, row id, field)
FieldKey = tuple[str, str, str]
_BATCH = 900


def winning_changes(
    connection: Connection, keys: Iterable[FieldKey]
) -> dict[FieldKey, tuple[str, str, str | None]]:
    """(hlc, value JSON text, base) of the change that set each field of `keys` as it is now
    (its own clock's, or else its row's `ROW_FIELD` clock's)."""
    wanted = set(keys)
    by_table: dict[str, set[str]] = defaultdict(set)
    for table, row_id, _ in wanted:
        by_table[table].add(row_id)
    # (table, row, clock field) → (change field, hlc, value, base)
    clocks: dict[FieldKey, tuple[str, str, str, str | None]] = {}
    for table, id_set in by_table.items():
        ids = sorted(id_set)
        for start in range(0, len(ids), _BATCH):
            chunk = ids[start : start + _BATCH]
            marks = ",".join("?" * len(chunk))
            for row_id, clock_field, field_name, hlc, value, base in connection.exec_driver_sql(
                "SELECT fc.row_id, fc.field, c.field, c.hlc, c.value, c.base_hlc"  # noqa: S608
                " FROM field_clock fc JOIN changes c ON c.hlc = fc.hlc"
                " AND c.table_name = fc.table_name AND c.row_id = fc.row_id"
                " AND c.field IN (fc.field, ?)"
                f" WHERE fc.table_name = ? AND fc.row_id IN ({marks})",
                (ROW_FIELD, table, *chunk),
            ):
                clocks[(table, row_id, clock_field)] = (field_name, hlc, value, base)
    found: dict[FieldKey, tuple[str, str, str | None]] = {}
    for key in wanted:
        clock = clocks.get(key) or clocks.get((key[0], key[1], ROW_FIELD))
        if clock is None:
            continue
        field_name, hlc, value, base = clock
        text = value_for(key[2], field_name, value)
        if text is not None:
            found[key] = (hlc, text, base)
    return found


def change_value(
    connection: Connection, hlc: str, table: str, row_id: str, field_name: str
) -> str | None:
    """The value (JSON text) the change stamped `hlc` gave one field, or None if none."""
    for change_field, value in connection.exec_driver_sql(
        "SELECT field, value FROM changes"
        " WHERE hlc = ? AND table_name = ? AND row_id = ? AND field IN (?, ?)",
        (hlc, table, row_id, field_name, ROW_FIELD),
    ):
        found = value_for(field_name, change_field, value)
        if found is not None:
            return found
    return None


def refresh_conflicts(connection: Connection, keys: Iterable[FieldKey], now: datetime) -> int:
    """Recompute the open conflicts of `keys` from the change log; returns how many opened.

    A conflict is a change of the field, older than its winner but not seen by the winner's
    writer (newer than the winner's base stamp), with a different value. The result depends
    only on the change log, so laptops that have read the same files list the same conflicts.
    """
    opened = 0
    stamp = now.isoformat(sep=" ", timespec="microseconds")
    keys = list(keys)
    winners = winning_changes(connection, keys)
    for table, row_id, field_name in keys:
        winner = winners.get((table, row_id, field_name))
        was_open = _close(connection, table, row_id, field_name)
        if winner is None:
            continue
        win_hlc, win_value, win_base = winner
        losers = connection.exec_driver_sql(
            "SELECT hlc, field, value FROM changes WHERE table_name = ? AND row_id = ?"
            " AND field IN (?, ?) AND hlc < ? AND hlc > ?",
            (table, row_id, field_name, ROW_FIELD, win_hlc, win_base or ""),
        ).all()
        for loser_hlc, loser_field, loser_change in losers:
            loser_value = value_for(field_name, loser_field, loser_change)
            if loser_value is None or json.loads(loser_value) == json.loads(win_value):
                continue
            _open(connection, (table, row_id, field_name, win_hlc, loser_hlc, stamp))
            opened += loser_hlc not in was_open
    return opened


#: `sync_conflicts.field` of a row deleted on one laptop while another changed it.
DELETED_WHILE_CHANGED = ROW_FIELD


def edits_after(
    connection: Connection, table: str, row_id: str, after_hlc: str
) -> dict[str, list[tuple[str, str]]]:
    """Edits of a row stamped after `after_hlc`: stamp → [(field, value JSON text)], leaving
    out the stamps every edit keeps, derived keys and the tombstone itself."""
    found: dict[str, list[tuple[str, str]]] = defaultdict(list)
    quiet = conflict_free(table)
    for hlc, field_name, value in connection.exec_driver_sql(
        "SELECT hlc, field, value FROM changes"
        " WHERE table_name = ? AND row_id = ? AND hlc > ? AND field NOT IN (?, ?)"
        " ORDER BY hlc, field",
        (table, row_id, after_hlc, "deleted_at", ROW_FIELD),
    ):
        if field_name not in quiet:
            found[hlc].append((field_name, value))
    return found


def refresh_deletions(
    connection: Connection, rows: Iterable[tuple[str, str]], now: datetime
) -> int:
    """Recompute the deleted-while-changed conflicts of `rows`; returns how many opened.

    A row that stays deleted while another laptop changed it after the delete (a stamp newer
    than the delete's: that laptop had not seen it) keeps the edit in history, and people are
    told, so they can restore the row. An edit stamped before the delete counts as seen by
    whoever deleted. Like `refresh_conflicts`, this depends only on the change log.
    """
    opened = 0
    stamp = now.isoformat(sep=" ", timespec="microseconds")
    rows = sorted(set(rows))
    tombstones = winning_changes(connection, [(t, r, "deleted_at") for t, r in rows])
    for table, row_id in rows:
        was_open = _close(connection, table, row_id, DELETED_WHILE_CHANGED)
        tombstone = tombstones.get((table, row_id, "deleted_at"))
        if tombstone is None or json.loads(tombstone[1]) is None:
            continue
        for edit_hlc in edits_after(connection, table, row_id, tombstone[0]):
            _open(connection, (table, row_id, DELETED_WHILE_CHANGED, tombstone[0], edit_hlc, stamp))
            opened += edit_hlc not in was_open
    return opened


def _close(connection: Connection, table: str, row_id: str, field_name: str) -> set[str]:
    """Close the conflicts of one field (to be found again); returns the losers that were open."""
    was_open = {
        hlc
        for (hlc,) in connection.exec_driver_sql(
            "SELECT loser_hlc FROM sync_conflicts"
            " WHERE table_name = ? AND row_id = ? AND field = ? AND closed = 0",
            (table, row_id, field_name),
        )
    }
    connection.exec_driver_sql(
        "UPDATE sync_conflicts SET closed = 1 WHERE table_name = ? AND row_id = ? AND field = ?",
        (table, row_id, field_name),
    )
    return was_open


def _open(connection: Connection, conflict: tuple[str, str, str, str, str, str]) -> None:
    """Open (or open again) one conflict: table, row, field, winner, loser, when found."""
    connection.exec_driver_sql(
        "INSERT INTO sync_conflicts"
        " (table_name, row_id, field, winner_hlc, loser_hlc, detected_at, closed)"
        " VALUES (?, ?, ?, ?, ?, ?, 0)"
        " ON CONFLICT (table_name, row_id, field, loser_hlc) DO UPDATE"
        " SET winner_hlc = excluded.winner_hlc, closed = 0",
        conflict,
    )
