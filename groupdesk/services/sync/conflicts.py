"""Conflicts to review: two laptops changed one field without seeing each other's edit.

The value in effect ("mine": what this laptop shows now) won by the merge rule; the other
("theirs") lost but is kept. Resolving writes an ordinary new change — the kept value again,
or the other one — which every laptop receives and which closes the conflict everywhere.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import select

from groupdesk.errors import NotFoundError, ValidationError
from groupdesk.models.base import model_for_table, utcnow
from groupdesk.models.sync_local import SyncConflict, SyncDevice
from groupdesk.models.sync_state import LocalState
from groupdesk.services.sync.capture import record_changes
from groupdesk.services.sync.clock import Stamp
from groupdesk.services.sync.values import decode_value
from groupdesk.services.sync.winners import change_value, refresh_conflicts, winning_changes
from groupdesk.services.uow import UnitOfWork
from groupdesk.services.workspace import DEVICE_NAME_KEY

#: Columns that name a record for people, tried in this order.
LABEL_FIELDS = ("full_name", "name", "title", "filename")


@dataclass(frozen=True)
class ConflictData:
    id: int
    table: str
    row_id: str
    record: str
    field: str
    mine: Any
    mine_device: str
    mine_at: datetime
    theirs: Any
    theirs_device: str
    theirs_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "table": self.table,
            "row_id": self.row_id,
            "record": self.record,
            "field": self.field,
            "mine": self.mine,
            "mine_device": self.mine_device,
            "mine_at": self.mine_at.isoformat(timespec="seconds"),
            "theirs": self.theirs,
            "theirs_device": self.theirs_device,
            "theirs_at": self.theirs_at.isoformat(timespec="seconds"),
        }


def stamp_time(hlc: str) -> datetime:
    return datetime.fromtimestamp(Stamp.parse(hlc).millis / 1000, UTC).replace(tzinfo=None)


def device_names(uow: UnitOfWork) -> dict[str, str]:
    """Names of the laptops seen in the sync folder, and of this one."""
    names = {d.device_id: d.name for d in uow.session.scalars(select(SyncDevice)) if d.name}
    own = uow.session.get(LocalState, DEVICE_NAME_KEY)
    names[uow.workspace.device_id] = own.value if own else "this laptop"
    return names


def device_label(names: dict[str, str], device_id: str) -> str:
    return names.get(device_id) or f"laptop …{device_id[-6:]}"


def record_label(uow: UnitOfWork, table: str, row_id: str) -> str:
    model = model_for_table(table)
    if model is None:
        return row_id
    row = uow.session.get(model, row_id)
    for name in LABEL_FIELDS:
        value = getattr(row, name, None)
        if value:
            return str(value)
    return row_id


def _open_rows(uow: UnitOfWork) -> list[tuple[SyncConflict, str, str]]:
    """Each open conflict whose winner is still the field's value, with the winning and the
    losing value (JSON text)."""
    connection = uow.session.connection()
    conflicts = uow.session.scalars(
        select(SyncConflict).where(SyncConflict.closed.is_(False)).order_by(SyncConflict.id)
    ).all()
    winners = winning_changes(connection, [(c.table_name, c.row_id, c.field) for c in conflicts])
    rows = []
    for conflict in conflicts:
        winner = winners.get((conflict.table_name, conflict.row_id, conflict.field))
        loser = change_value(
            connection, conflict.loser_hlc, conflict.table_name, conflict.row_id, conflict.field
        )
        if winner is not None and winner[0] == conflict.winner_hlc and loser is not None:
            rows.append((conflict, winner[1], loser))
    return rows


def list_conflicts(uow: UnitOfWork) -> list[ConflictData]:
    """Open conflicts, oldest first."""
    with uow:
        names = device_names(uow)
        result = []
        for conflict, win_value, lose_value in _open_rows(uow):
            result.append(
                ConflictData(
                    id=conflict.id,
                    table=conflict.table_name,
                    row_id=conflict.row_id,
                    record=record_label(uow, conflict.table_name, conflict.row_id),
                    field=conflict.field,
                    mine=json.loads(win_value),
                    mine_device=device_label(names, conflict.winner_hlc.split("-", 2)[2]),
                    mine_at=stamp_time(conflict.winner_hlc),
                    theirs=json.loads(lose_value),
                    theirs_device=device_label(names, conflict.loser_hlc.split("-", 2)[2]),
                    theirs_at=stamp_time(conflict.loser_hlc),
                )
            )
        return result


def resolve_conflict(
    uow: UnitOfWork, *, conflict_id: int, keep: Literal["mine", "theirs"]
) -> ConflictData:
    """Decide a conflict: keep the value in effect ("mine") or take the other ("theirs")."""
    if keep not in ("mine", "theirs"):
        raise ValidationError.single("keep", f"choose 'mine' or 'theirs', not {keep!r}")
    open_ones = {c.id: c for c in list_conflicts(uow)}
    chosen = open_ones.get(conflict_id)
    if chosen is None:
        raise NotFoundError(
            f"No open conflict {conflict_id}: it may be decided already (groupdesk sync conflicts)."
        )
    model = model_for_table(chosen.table)
    if model is None:  # pragma: no cover - conflicts are recorded for known tables only
        raise NotFoundError(f"No table {chosen.table}.")
    with uow:
        session = uow.session
        row = session.get(model, chosen.row_id)
        column = model.__table__.c[chosen.field]
        value = chosen.mine if keep == "mine" else chosen.theirs
        typed = decode_value(column.type, json.dumps(value))
        if keep == "theirs" and row is not None:
            setattr(row, chosen.field, typed)
            session.flush()
        else:
            record_changes(session, chosen.table, [(chosen.row_id, chosen.field, typed)])
        if keep == "theirs" and row is None:  # pragma: no cover - rows are never hard-deleted
            record_changes(session, chosen.table, [(chosen.row_id, chosen.field, typed)])
        session.flush()
        refresh_conflicts(
            session.connection(), [(chosen.table, chosen.row_id, chosen.field)], utcnow()
        )
        uow.commit()
    return chosen


def open_conflict_count(uow: UnitOfWork) -> int:
    with uow:
        return len(_open_rows(uow))


__all__ = [
    "ConflictData",
    "list_conflicts",
    "open_conflict_count",
    "resolve_conflict",
]
