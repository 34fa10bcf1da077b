"""Merging changes into the database: per-field last writer wins by hybrid-logical-clock stamp.

Given changes read from a sync file, `merge_changes`:
- keeps every change in the change log (history and relay), once: a change already known does
  nothing, so reading a file twice equals reading it once;
- for each field, looks up its winning stamp in `field_clock` and writes the incoming value
  only if its stamp is newer, so the result is the same in whatever order files arrive;
- keeps changes for tables or fields this version does not know aside (applied after an
  upgrade, and relayed meanwhile);
- records a conflict when a value lost to, or beat, a value made concurrently (the winner's
  writer had not seen the loser: its `base_hlc` is older than the loser's stamp).

A row change (`values.ROW_FIELD`) sets every field it holds at its stamp. A new row that one
takes whole gets one `ROW_FIELD` clock instead of a clock per field; a field with no clock of
its own has its row's.

A row whose first change has not arrived yet (files can come in any order) is created hidden,
its unknown fields filled with placeholders, until its creation arrives; placeholders are the
same on every laptop, so databases stay equal field by field.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from groupdesk.services.sync.capture import session_now
from groupdesk.services.sync.derived import conflict_free, derived_inputs, refresh_derived
from groupdesk.services.sync.empty_tables import (
    Loading,
    WholeTable,
    load_empty_table,
    whole_table,
)
from groupdesk.services.sync.format import STAMP_DEVICE_AT, IncomingChange
from groupdesk.services.sync.row_writes import IDS_PER_QUERY, write_rows
from groupdesk.services.sync.stored_values import (
    PLACEHOLDER_DELETED_AT,
    SyncedTable,
    bindable,
    synced_tables,
)
from groupdesk.services.sync.validate import RejectedChange, Rule, column_checks, split_valid
from groupdesk.services.sync.values import ROW_FIELD, encode_value, row_fields
from groupdesk.services.sync.winners import (
    DELETED_WHILE_CHANGED,
    FieldKey,
    refresh_conflicts,
    refresh_deletions,
    winning_changes,
)

#: A field's change as the merge holds it: (table, row id, field, hlc, base hlc, value as JSON
#: read it).
FieldChange = tuple[str, str, str, str, str | None, Any]


@dataclass
class MergeResult:
    new_changes: int = 0
    applied: int = 0
    unknown: int = 0
    first_seq: int = 0
    last_seq: int = 0
    #: Runs of the change log (first, last seq) holding every change of the merged file, new
    #: or known before: what the folder holds while the file is there (nothing to send again).
    held: list[tuple[int, int]] = field(default_factory=list)
    newest_hlc: str = ""
    #: (table, row id) of every row whose values changed.
    rows_touched: set[tuple[str, str]] = field(default_factory=set)
    #: Live rows that became deleted, per table.
    deleted: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    conflicts_opened: int = 0
    devices: set[str] = field(default_factory=set)
    #: Changes that cannot be applied (a bad value): skipped, never logged (`validate`).
    rejected: list[RejectedChange] = field(default_factory=list)

    def add(self, part: MergeResult) -> None:
        """Count in the result of merging the next part of the same file (not `rows_touched`,
        which a file of millions of rows would hold in memory)."""
        self.new_changes += part.new_changes
        if part.new_changes:
            self.first_seq = self.first_seq or part.first_seq
            self.last_seq = part.last_seq
        self.applied += part.applied
        self.unknown += part.unknown
        for first, last in part.held:
            if self.held and self.held[-1][1] + 1 == first:
                self.held[-1] = (self.held[-1][0], last)
            else:
                self.held.append((first, last))
        self.newest_hlc = max(self.newest_hlc, part.newest_hlc)
        for table, count in part.deleted.items():
            self.deleted[table] += count
        self.conflicts_opened += part.conflicts_opened
        self.devices |= part.devices
        self.rejected += part.rejected


def value_checks() -> dict[str, dict[str, Rule]]:
    """The checks an incoming value of each known table and field must pass (`validate`)."""
    return column_checks(synced_tables())


def merge_changes(
    session: Session,
    changes: Sequence[IncomingChange],
    *,
    now: Callable[[], datetime] | None = None,
    fast_path: bool = True,
    loading: Loading | None = None,
    read_rows: Mapping[str, Mapping[str, Any]] | None = None,
) -> MergeResult:
    """Merge `changes` into the open transaction of `session` (capture must be off).

    Tables that hold nothing yet (no rows, no field clocks, no open conflicts: a new laptop
    loading a snapshot) take the fast path when every field of theirs comes once: their rows,
    clocks and values go in column by column, with no per-field lookups. The result is the
    one the field-by-field merge gives (`fast_path=False` forces that, for tests). A file
    merged part by part passes one `loading` for all its parts: which tables held nothing
    when it was opened. `read_rows` holds the row changes the file reader read already
    (value text → fields): each is parsed once.
    """
    result = MergeResult()
    changes, result.rejected = split_valid(changes, value_checks(), read_rows)
    if not changes:
        return result
    connection = session.connection()
    before = connection.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM changes").scalar_one()
    inserted = connection.exec_driver_sql(
        "INSERT OR IGNORE INTO changes (hlc, device_id, table_name, row_id, field, value, base_hlc)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [
            (hlc, hlc[STAMP_DEVICE_AT:], table, row_id, field_name, value, base)
            for table, row_id, field_name, hlc, base, value in changes
        ],
    ).rowcount
    fresh: Sequence[tuple[str, str, str, str, str | None, str]]
    if inserted == len(changes):  # all new (the usual case): no need to read them back
        fresh = changes
        result.held = [(before + 1, before + inserted)]
    else:
        result.held = _runs(_known_seqs(connection, changes))
        fresh = connection.exec_driver_sql(
            "SELECT table_name, row_id, field, hlc, base_hlc, value FROM changes WHERE seq > ?"
            " ORDER BY seq",
            (before,),
        ).all()
    if not fresh:
        return result
    result.new_changes = len(fresh)
    # Rows are appended at max(seq) + 1 under the write lock, so the new ones are contiguous.
    result.first_seq, result.last_seq = before + 1, before + len(fresh)
    clock = now or partial(session_now, session)
    _merge_fresh(
        session, fresh, result, now=clock, fast_path=fast_path, loading=loading, read_rows=read_rows
    )
    return result


def _known_seqs(connection: Connection, changes: Sequence[IncomingChange]) -> list[int]:
    """Where each of `changes` sits in the change log (all of them are there)."""
    wanted = {(table, row_id, name, hlc) for table, row_id, name, hlc, _, _ in changes}
    stamps = sorted({key[3] for key in wanted})
    found: list[int] = []
    for start in range(0, len(stamps), IDS_PER_QUERY):
        chunk = stamps[start : start + IDS_PER_QUERY]
        marks = ",".join("?" * len(chunk))
        found.extend(
            seq
            for seq, table, row_id, name, hlc in connection.exec_driver_sql(
                "SELECT seq, table_name, row_id, field, hlc FROM changes"  # noqa: S608
                f" WHERE hlc IN ({marks})",
                tuple(chunk),
            )
            if (table, row_id, name, hlc) in wanted
        )
    return sorted(found)


def _runs(seqs: list[int]) -> list[tuple[int, int]]:
    """Sorted numbers as runs of consecutive ones: [1, 2, 3, 7] → [(1, 3), (7, 7)]."""
    runs: list[tuple[int, int]] = []
    for seq in seqs:
        if runs and seq == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], seq)
        else:
            runs.append((seq, seq))
    return runs


def apply_kept_aside(
    session: Session,
    *,
    now: Callable[[], datetime] | None = None,
) -> MergeResult:
    """Merge the changes kept aside for tables or fields that this version of the app knows
    now (it was upgraded since they arrived), and keep them aside no more.

    They are in the change log already (they came in a sync file), so they are merged as if
    they had just been read: per field the newest stamp wins, against local edits made since
    the upgrade too, and concurrent values become conflicts. Changes for what this version
    still does not know stay aside.
    """
    result = MergeResult()
    known = kept_aside_now_known(session)
    if not known:
        return result
    applicable, result.rejected = split_valid(known, value_checks())
    clock = now or partial(session_now, session)
    if applicable:
        _merge_fresh(session, applicable, result, now=clock, fast_path=True)
    session.connection().exec_driver_sql(
        "DELETE FROM sync_unknown_changes"
        " WHERE hlc = ? AND table_name = ? AND row_id = ? AND field = ?",
        [(hlc, table, row_id, field_name) for table, row_id, field_name, hlc, _, _ in known],
    )
    return result


def kept_aside_now_known(session: Session) -> list[tuple[str, str, str, str, str | None, str]]:
    """The changes kept aside for tables and fields that this version knows (after an
    upgrade), oldest first; a row change once this version knows every field it holds."""
    known_fields = {table: set(m.fields) for table, m in synced_tables().items()}
    found: list[tuple[str, str, str, str, str | None, str]] = []
    for change in session.connection().exec_driver_sql(
        "SELECT table_name, row_id, field, hlc, base_hlc, value FROM sync_unknown_changes"
    ):
        table, _row_id, field_name, _hlc, _base, value = change
        known = known_fields.get(table)
        if known is None:
            continue
        if field_name in known or (field_name == ROW_FIELD and row_fields(value).keys() <= known):
            found.append(tuple(change))
    return sorted(found, key=lambda change: change[3])


def _merge_fresh(
    session: Session,
    fresh: Sequence[tuple[str, str, str, str, str | None, str]],
    result: MergeResult,
    *,
    now: Callable[[], datetime],
    fast_path: bool,
    loading: Loading | None = None,
    read_rows: Mapping[str, Mapping[str, Any]] | None = None,
) -> None:
    """Merge changes new to this laptop's database (already in its change log).

    One table at a time: expanding a 10,000-member snapshot's 270,000 changes all at once made
    3 million field tuples, 0.55 GB of a join's 1.4 GB peak. A table that held nothing loads
    its rows from the row changes as the reader read them (`empty_tables.whole_table`), never
    expanded into fields; the others are expanded, each value as JSON read it."""
    connection = session.connection()
    stamps = {change[3] for change in fresh}
    result.newest_hlc = max(stamps)
    result.devices = {hlc[STAMP_DEVICE_AT:] for hlc in stamps}
    models = synced_tables()
    known_fields = {table: set(m.fields) for table, m in models.items()}
    open_conflicts = _fields_with_open_conflicts(connection)
    by_table: dict[str, list[tuple[str, str, str, str, str | None, str]]] = defaultdict(list)
    for change in fresh:
        by_table[change[0]].append(change)
    empty: set[str] = set()
    if fast_path:
        known = {table: by_table[table] for table in by_table if table in models}
        loading = loading or Loading(connection)
        empty = loading.take(known) - {table for table, _, _ in open_conflicts}
    # Every incoming change of each field, for the field-by-field merge.
    incoming: dict[FieldKey, list[tuple[str, Any, str | None]]] = defaultdict(list)
    whole_rows: dict[tuple[str, str], str] = {}
    touched: set[tuple[str, str]] = set()
    derived: set[tuple[str, str]] = set()
    rows_of = read_rows or {}
    for table in list(by_table):
        changes = by_table.pop(table)
        inputs = derived_inputs(table)
        whole = whole_table(changes, known_fields[table], rows_of) if table in empty else None
        if whole is not None:
            _keep_aside(connection, whole.unknown, result)
            result.applied += load_empty_table(connection, table, models[table], whole)
            _note_loaded(table, whole, inputs, touched, derived)
            result.rows_touched.update((table, row_id) for row_id in whole.ids)
            continue
        fields, table_rows, unknown = _expand(changes, known_fields, rows_of)
        _keep_aside(connection, unknown, result)
        for _, row_id, field_name, *_ in fields:
            touched.add((table, row_id))
            if field_name in inputs:
                derived.add((table, row_id))
        whole_rows.update(table_rows)
        for _, row_id, field_name, hlc, base, value in fields:
            incoming[(table, row_id, field_name)].append((hlc, value, base))
    suspects: set[FieldKey] = set()
    if incoming:
        suspects = _merge_fields(connection, models, incoming, whole_rows, open_conflicts, result)
    if suspects:
        result.conflicts_opened = refresh_conflicts(connection, suspects, now())
    # Keys computed from other fields follow the values in effect, whichever won.
    refresh_derived(connection, derived)
    deletions = _deleted_or_disputed(connection, touched)
    if deletions:
        result.conflicts_opened += refresh_deletions(connection, deletions, now())


def _note_loaded(
    table: str,
    whole: WholeTable,
    inputs: frozenset[str],
    touched: set[tuple[str, str]],
    derived: set[tuple[str, str]],
) -> None:
    """Note the rows a table that held nothing took, and those whose derived fields follow."""
    touched.update((table, row_id) for row_id in whole.ids)
    if inputs:
        derived.update(
            (table, row_id)
            for row_id, values in zip(whole.ids, whole.values, strict=True)
            if not inputs.isdisjoint(values)
        )


def _keep_aside(
    connection: Connection,
    unknown: list[tuple[str, str, str, str, str, str | None]],
    result: MergeResult,
) -> None:
    """Keep the changes for tables or fields this version does not know (applied after an
    upgrade, relayed meanwhile)."""
    if unknown:
        result.unknown += len(unknown)
        connection.exec_driver_sql(
            "INSERT OR IGNORE INTO sync_unknown_changes"
            " (hlc, table_name, row_id, field, value, base_hlc) VALUES (?, ?, ?, ?, ?, ?)",
            unknown,
        )


def _expand(
    fresh: Sequence[tuple[str, str, str, str, str | None, str]],
    known_fields: dict[str, set[str]],
    read_rows: Mapping[str, Mapping[str, Any]],
) -> tuple[
    list[FieldChange],
    dict[tuple[str, str], str],
    list[tuple[str, str, str, str, str, str | None]],
]:
    """Split changes into the fields they set that this version knows (each value as JSON
    read it: a row change's as the reader read it), the row changes that a `ROW_FIELD` clock
    can stand for ((table, row) → stamp), and the changes to keep aside (unknown table or
    field; a row change holding any unknown field is kept aside whole and its known fields
    merged now)."""
    fields: list[FieldChange] = []
    whole_rows: dict[tuple[str, str], str] = {}
    unknown: list[tuple[str, str, str, str, str, str | None]] = []
    parsed: dict[str, Any] = {}
    for table, row_id, field_name, hlc, base, value in fresh:
        known = known_fields.get(table)
        if known is not None and field_name == ROW_FIELD:
            read = read_rows.get(value)
            values = row_fields(value) if read is None else read
            fields.extend(
                (table, row_id, name, hlc, base, raw)
                for name, raw in values.items()
                if name in known
            )
            if values.keys() <= known:
                whole_rows[(table, row_id)] = hlc
                continue
        elif known is not None and field_name in known:
            if value not in parsed:
                parsed[value] = json.loads(value)
            fields.append((table, row_id, field_name, hlc, base, parsed[value]))
            continue
        unknown.append((hlc, table, row_id, field_name, value, base))
    return fields, whole_rows, unknown


def _merge_fields(
    connection: Connection,
    models: dict[str, SyncedTable],
    incoming: dict[FieldKey, list[tuple[str, Any, str | None]]],
    whole_rows: dict[tuple[str, str], str],
    open_conflicts: set[FieldKey],
    result: MergeResult,
) -> set[FieldKey]:
    """The field-by-field merge: per field, the newest stamp wins. Returns the fields whose
    conflicts need a fresh look (after erasures are applied)."""
    merged_rows = {(t, r) for t, r, _ in incoming}
    current = _field_clocks(connection, merged_rows)
    clocked_rows = {(t, r) for t, r, _ in current}
    winners: dict[FieldKey, tuple[str, Any]] = {}
    suspects: set[FieldKey] = set()
    lost: set[FieldKey] = set()
    for key, candidates in incoming.items():
        if len(candidates) > 1:
            candidates.sort(key=_newest_last)
        newest_hlc, newest_value, newest_base = candidates[-1]
        old_hlc = current.get(key) or current.get((key[0], key[1], ROW_FIELD))
        if old_hlc is None or newest_hlc > old_hlc:
            winners[key] = (newest_hlc, newest_value)
            winner_base = newest_base or ""
            if (
                (old_hlc is not None and old_hlc > winner_base)
                or (len(candidates) > 1 and any(c[0] > winner_base for c in candidates[:-1]))
                or key in open_conflicts
            ):
                suspects.add(key)
        elif key[2] not in conflict_free(key[0]):
            lost.add(key)
    if lost:
        # Every incoming change lost; a conflict only if the winner's writer had not seen one.
        details = winning_changes(connection, lost)
        for key in lost:
            win = details.get(key)
            if win is None:
                continue
            _, win_value, win_base = win
            if any(
                hlc > (win_base or "") and value != json.loads(win_value)
                for hlc, value, _ in incoming[key]
            ):
                suspects.add(key)
    suspects = {key for key in suspects if key[2] not in conflict_free(key[0])}

    deleted, touched = write_rows(connection, models, winners)
    for table, count in deleted.items():
        result.deleted[table] += count
    result.rows_touched |= touched
    if winners:
        # A new row taken whole from its row change gets one ROW_FIELD clock.
        new_rows = {
            row: stamp
            for row, stamp in whole_rows.items()
            if row in merged_rows and row not in clocked_rows
        }
        clocks = [(t, r, ROW_FIELD, stamp) for (t, r), stamp in new_rows.items()]
        clocks += [
            (t, r, f, hlc) for (t, r, f), (hlc, _) in winners.items() if new_rows.get((t, r)) != hlc
        ]
        connection.exec_driver_sql(
            "INSERT INTO field_clock (table_name, row_id, field, hlc) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (table_name, row_id, field) DO UPDATE SET hlc = excluded.hlc",
            clocks,
        )
    result.applied += len(winners)
    return suspects


def _newest_last(candidate: tuple[str, Any, str | None]) -> tuple[str, str, str]:
    """Order of one field's incoming changes: by stamp, then (two changes of one stamp) by
    value and base as the change log holds them, the same on every laptop."""
    hlc, value, base = candidate
    return hlc, encode_value(value), base or ""


def _field_clocks(connection: Connection, rows: Iterable[tuple[str, str]]) -> dict[FieldKey, str]:
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, row_id in rows:
        by_table[table].append(row_id)
    found: dict[FieldKey, str] = {}
    for table, ids in by_table.items():
        for start in range(0, len(ids), IDS_PER_QUERY):
            chunk = ids[start : start + IDS_PER_QUERY]
            marks = ",".join("?" * len(chunk))
            for row_id, field_name, hlc in connection.exec_driver_sql(
                "SELECT row_id, field, hlc FROM field_clock"  # noqa: S608 (placeholders only)
                f" WHERE table_name = ? AND row_id IN ({marks})",
                (table, *chunk),
            ):
                found[(table, row_id, field_name)] = hlc
    return found


def _deleted_or_disputed(
    connection: Connection, rows: set[tuple[str, str]]
) -> set[tuple[str, str]]:
    """Those of `rows` that are deleted, or have an open deleted-while-changed conflict: the
    rows whose deletion conflicts need a fresh look."""
    found = {
        (t, r)
        for t, r in connection.exec_driver_sql(
            "SELECT table_name, row_id FROM sync_conflicts WHERE field = ? AND closed = 0",
            (DELETED_WHILE_CHANGED,),
        )
        if (t, r) in rows
    }
    by_table: dict[str, list[str]] = defaultdict(list)
    for table, row_id in rows:
        by_table[table].append(row_id)
    for table, ids in by_table.items():
        for start in range(0, len(ids), IDS_PER_QUERY):
            chunk = ids[start : start + IDS_PER_QUERY]
            marks = ",".join("?" * len(chunk))
            found.update(
                (table, row_id)
                for (row_id,) in connection.exec_driver_sql(
                    f'SELECT id FROM "{table}"'  # noqa: S608 (a model's table name)
                    f" WHERE deleted_at IS NOT NULL AND deleted_at != ? AND id IN ({marks})",
                    (bindable(PLACEHOLDER_DELETED_AT), *chunk),
                )
            )
    return found


def _fields_with_open_conflicts(connection: Connection) -> set[FieldKey]:
    return {
        (t, r, f)
        for t, r, f in connection.exec_driver_sql(
            "SELECT table_name, row_id, field FROM sync_conflicts WHERE closed = 0"
        )
    }
