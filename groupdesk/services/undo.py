"""Undo of the last destructive or sweeping actions (issue 19 item 2): a delete, a merge, a
loan's return, a grant's move, attendance marked in bulk, an import.

Every write is already in the change log, each edit with the stamp of the value it replaced
(`base_hlc`). So an action is made undoable by noting where the log stood before and after it
(`undoable`), and undone (`undo_changes`) by writing, as ordinary edits that sync, the values it
replaced back and a tombstone on each row it made. One inverse serves every kind of action, so
no area writes (or forgets to update) an inverse of its own, and nothing is rewound: the log
only grows. An undo is refused, with nothing changed, when a field it would put back was changed
since (here, or on another laptop and synced), or when the person was forgotten at their request:
forgetting is final. Forgetting itself is never offered for undo.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, Generic, TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from groupdesk.errors import GroupDeskError
from groupdesk.models.base import Synced, synced_models
from groupdesk.models.sync_state import Change, FieldClock
from groupdesk.services.imported_files import forget_imports, recorded_imports
from groupdesk.services.sync.capture import bulk_update
from groupdesk.services.sync.values import ROW_FIELD, decode_value, value_for
from groupdesk.services.uow import UnitOfWork

T = TypeVar("T")

#: Stamped anew by every write, so neither put back nor a sign that someone changed a row.
_RESTAMPED = frozenset({"updated_at"})
_CHUNK = 900


@dataclass(frozen=True)
class Undo:
    """What undoes one action: its sentence ("Deleted Ana Petrova.") and the stretch of this
    laptop's change log it wrote (plain values, so it crosses threads and outlives the session)."""

    sentence: str
    device_id: str
    after_seq: int
    last_seq: int
    #: The stamp of its last change: a log restored from a backup since holds another there.
    last_stamp: str
    #: The imports it noted (`imported_files`), forgotten with its rows.
    imports: tuple[str, ...] = ()


@dataclass(frozen=True)
class Undoable(Generic[T]):
    """An action's own result, and how to undo it (None when it changed nothing)."""

    result: T
    undo: Undo | None


def _mark(uow: UnitOfWork) -> tuple[int, str, set[str]]:
    """Where the change log ends (its last `seq` and that change's stamp), and the imports
    noted so far."""
    with uow:
        session = uow.session
        last = session.execute(select(Change.seq, Change.hlc).order_by(Change.seq.desc())).first()
        seq, stamp = (int(last.seq), str(last.hlc)) if last is not None else (0, "")
        return seq, stamp, recorded_imports(session)


def undoable(uow: UnitOfWork, sentence: str, action: Callable[[], T]) -> Undoable[T]:
    """Run `action` (a service call on `uow`) and note what it wrote, so it can be undone."""
    before, _stamp, imports = _mark(uow)
    result = action()
    after, stamp, noted = _mark(uow)
    if after == before:
        return Undoable(result, None)
    undo = Undo(sentence, uow.workspace.device_id, before, after, stamp, tuple(noted - imports))
    return Undoable(result, undo)


@dataclass
class _Plan:
    """What the action did, from the log: rows it made, and each field's value before it."""

    #: (table, row) → stamps of the action that set any of its fields
    created: dict[tuple[str, str], set[str]]
    #: (table, row, field) → (stamp the field was at before the action, the action's last stamp)
    edited: dict[tuple[str, str, str], tuple[str | None, str]]


def _plan(session: Session, undo: Undo) -> _Plan:
    if session.scalar(select(Change.hlc).where(Change.seq == undo.last_seq)) != undo.last_stamp:
        raise GroupDeskError(
            "This can no longer be undone: the records were restored from a backup since. "
            "Nothing was changed."
        )
    plan = _Plan({}, {})
    for table, row_id, field, hlc, base in session.execute(
        select(Change.table_name, Change.row_id, Change.field, Change.hlc, Change.base_hlc)
        .where(
            Change.seq > undo.after_seq,
            Change.seq <= undo.last_seq,
            Change.device_id == undo.device_id,
        )
        .order_by(Change.seq)
    ):
        if field == ROW_FIELD:
            plan.created[(table, row_id)] = {hlc}
        elif (table, row_id) in plan.created:
            plan.created[(table, row_id)].add(hlc)
        elif field not in _RESTAMPED:
            first = plan.edited.get((table, row_id, field))
            plan.edited[(table, row_id, field)] = (first[0] if first else base, hlc)
    if not plan.created and not plan.edited:
        raise GroupDeskError("There is nothing left to undo.")
    return plan


def _clocks(session: Session, table: str, row_ids: set[str]) -> dict[tuple[str, str], str]:
    """(row, field) → the stamp each field of `row_ids` is at now."""
    ids = sorted(row_ids)
    found: dict[tuple[str, str], str] = {}
    for start in range(0, len(ids), _CHUNK):
        for row_id, field, hlc in session.execute(
            select(FieldClock.row_id, FieldClock.field, FieldClock.hlc).where(
                FieldClock.table_name == table, FieldClock.row_id.in_(ids[start : start + _CHUNK])
            )
        ):
            found[(row_id, field)] = hlc
    return found


@cache
def _models() -> dict[str, type[Synced]]:
    return {model.__tablename__: model for model in synced_models()}


def _model(table: str) -> type[Synced]:
    model = _models().get(table)
    if model is None:
        raise GroupDeskError(
            f"This was done by a newer GroupDesk (its {table}); update to undo it."
        )
    return model


def _changed_since(model: type[Synced]) -> GroupDeskError:
    label = model.__record_label__ or model.__tablename__
    return GroupDeskError(
        f"This can no longer be undone: a {label} it changed was changed again since, here or "
        "on another laptop. Nothing was changed."
    )


def _check(session: Session, plan: _Plan) -> None:
    """Refuse, before writing anything, an undo that would overwrite a later change."""
    rows: dict[str, set[str]] = {}
    for table, row_id in plan.created:
        rows.setdefault(table, set()).add(row_id)
    for table, row_id, _field in plan.edited:
        rows.setdefault(table, set()).add(row_id)
    for table, row_ids in rows.items():
        clocks = _clocks(session, table, row_ids)
        for (row_id, field), hlc in clocks.items():
            if field in _RESTAMPED:
                continue
            created = plan.created.get((table, row_id))
            edited = plan.edited.get((table, row_id, field))
            if (created is not None and hlc not in created) or (
                edited is not None and hlc != edited[1]
            ):
                raise _changed_since(_model(table))


def _old_values(session: Session, plan: _Plan) -> dict[tuple[str, str], dict[str, Any]]:
    """(table, row) → {field: the value it held before the action}, read from the changes
    that set them (their stamps are the action's `base_hlc`), a few hundred rows a query."""
    by_table: dict[str, dict[str, dict[str, str | None]]] = {}
    for (table, row_id, field), (base, _hlc) in plan.edited.items():
        by_table.setdefault(table, {}).setdefault(row_id, {})[field] = base
    old: dict[tuple[str, str], dict[str, Any]] = {}
    for table, rows in by_table.items():
        attributes = inspect(_model(table)).column_attrs
        ids = sorted(rows)
        for start in range(0, len(ids), _CHUNK // 2):
            chunk = ids[start : start + _CHUNK // 2]
            bases = {base for row_id in chunk for base in rows[row_id].values() if base}
            found: dict[tuple[str, str], list[tuple[str, str]]] = {}
            for row_id, hlc, field, value in session.execute(
                select(Change.row_id, Change.hlc, Change.field, Change.value).where(
                    Change.table_name == table, Change.row_id.in_(chunk), Change.hlc.in_(bases)
                )
            ):
                found.setdefault((row_id, hlc), []).append((field, value))
            for row_id in chunk:
                for field, base in rows[row_id].items():
                    text = next(
                        (
                            text
                            for change_field, value in found.get((row_id, base or ""), [])
                            if (text := value_for(field, change_field, value)) is not None
                        ),
                        None,
                    )
                    if text is None:
                        raise GroupDeskError(
                            "This can no longer be undone: what it replaced is not known here. "
                            "Nothing was changed."
                        )
                    column = attributes[field].columns[0]
                    old.setdefault((table, row_id), {})[field] = decode_value(column.type, text)
    return old


def _put_back(session: Session, old: dict[tuple[str, str], dict[str, Any]]) -> None:
    """Set the old values on their rows, once each row is known to be there and not forgotten
    (read a chunk at a time), as bulk updates: logged field by field as any edit is, without
    loading each row (an ORM flush looked at every field of every row loaded: 7 of the 9 s an
    import's 20,000 emails took to undo)."""
    by_table: dict[str, list[str]] = {}
    for table, row_id in old:
        by_table.setdefault(table, []).append(row_id)
    for table, ids in by_table.items():
        model = _model(table)
        _check_there(session, model, ids)
        # Rows that put back the same fields are written together (one UPDATE each).
        alike: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for row_id in ids:
            values = old[(table, row_id)]
            alike.setdefault(tuple(sorted(values)), []).append({"id": row_id, **values})
        for rows in alike.values():
            bulk_update(session, model, rows)


def _check_there(session: Session, model: type[Synced], ids: list[str]) -> None:
    """Refuse if a row to put back is missing, or is a member forgotten at their request."""
    forgettable = getattr(model, "erased_at", None)
    columns = [model.id] if forgettable is None else [model.id, forgettable]
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        found = {
            row[0]: row for row in session.execute(select(*columns).where(model.id.in_(chunk)))
        }
        for row_id in chunk:
            row = found.get(row_id)
            if row is None:
                raise GroupDeskError(f"The {model.__record_label__} it changed is missing.")
            if forgettable is not None and row[1] is not None:
                raise GroupDeskError(
                    "This can no longer be undone: the member was forgotten at their "
                    "request, which is final. Nothing was changed."
                )


def undo_changes(uow: UnitOfWork, *, undo: Undo) -> int:
    """Put back what the action of `undo` changed, in one transaction; returns how many records
    it put back. Raises GroupDeskError, changing nothing, when it no longer can."""
    with uow:
        session = uow.session
        plan = _plan(session, undo)
        _check(session, plan)
        old = _old_values(session, plan)
        _put_back(session, old)
        made: dict[str, list[str]] = {}
        for table, row_id in plan.created:
            made.setdefault(table, []).append(row_id)
        now = uow.now()
        for table, row_ids in made.items():
            bulk_update(session, _model(table), [{"id": i, "deleted_at": now} for i in row_ids])
        forget_imports(uow, undo.imports)
        uow.commit()
    return len(old) + len(plan.created)
