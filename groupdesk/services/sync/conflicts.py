"""Conflicts to review: two laptops changed one field without seeing each other's edit, or
one deleted a record while another changed it.

The value in effect ("mine": what this laptop shows now, whichever laptop it came from) won by
the merge rule; the other ("theirs") lost but is kept. Resolving writes an ordinary new change
— the kept value again, or the other one — which every laptop receives and which closes the
conflict everywhere. A record deleted while another laptop changed it stays deleted with the
change kept; restoring it (or confirming the delete) is likewise an ordinary change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from sqlalchemy import select

from groupdesk.errors import NotFoundError, Remedy, ValidationError
from groupdesk.messages import QT_TRANSLATE_NOOP
from groupdesk.models.base import model_for_table
from groupdesk.models.sync_local import SyncConflict, SyncDevice
from groupdesk.models.sync_state import LocalState
from groupdesk.services.sync.capture import record_changes
from groupdesk.services.sync.clock import Stamp
from groupdesk.services.sync.derived import conflict_free
from groupdesk.services.sync.values import decode_value
from groupdesk.services.sync.winners import (
    DELETED_WHILE_CHANGED,
    change_value,
    edits_after,
    refresh_conflicts,
    refresh_deletions,
    winning_changes,
)
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
    #: "value": one field set two ways; "deleted": `mine_device` deleted the record while
    #: `theirs_device` changed the fields in `theirs` (field → value; `field` names them).
    kind: Literal["value", "deleted"] = "value"

    @property
    def choices(self) -> tuple[str, str]:
        """What `resolve_conflict` takes for this conflict: keep it as it is, or the other."""
        return ("deleted", "restore") if self.kind == "deleted" else ("mine", "theirs")

    def summary(self) -> str:
        """The conflict in a sentence, naming the laptops and what is in effect."""
        if self.kind == "deleted":
            return QT_TRANSLATE_NOOP(
                "SyncConflicts",
                "{deleter} deleted {record} while {changer} changed {record}'s {fields}; it stays "
                "deleted, with the change kept, unless you restore it.",
            ).format(
                deleter=self.mine_device,
                record=self.record,
                changer=self.theirs_device,
                fields=_and(self.field.split(", ")),
            )
        return QT_TRANSLATE_NOOP(
            "SyncConflicts",
            "{record}, {field}: {mine!r} from {mine_device} is in effect; {theirs!r} from "
            "{theirs_device} is kept aside.",
        ).format(
            record=self.record,
            field=self.field,
            mine=self.mine,
            mine_device=self.mine_device,
            theirs=self.theirs,
            theirs_device=self.theirs_device,
        )

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "summary": self.summary(),
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


def _and(words: list[str]) -> str:
    if len(words) == 1:
        return words[0]
    return QT_TRANSLATE_NOOP("SyncConflicts", "{first} and {last}").format(
        first=", ".join(words[:-1]), last=words[-1]
    )


def stamp_time(hlc: str) -> datetime:
    return datetime.fromtimestamp(Stamp.parse(hlc).millis / 1000, UTC).replace(tzinfo=None)


def device_names(uow: UnitOfWork) -> dict[str, str]:
    """Names of the laptops seen in the sync folder, and of this one."""
    names = {d.device_id: d.name for d in uow.session.scalars(select(SyncDevice)) if d.name}
    own = uow.session.get(LocalState, DEVICE_NAME_KEY)
    names[uow.workspace.device_id] = (
        own.value if own else QT_TRANSLATE_NOOP("SyncConflicts", "this laptop")
    )
    return names


def device_label(names: dict[str, str], device_id: str) -> str:
    """A laptop by the name it gave itself; one whose name has not arrived yet is "another
    laptop", with the end of its id to tell two such apart."""
    return names.get(device_id) or QT_TRANSLATE_NOOP(
        "SyncConflicts", "another laptop (…{end})"
    ).format(end=device_id[-6:])


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


def _open_rows(uow: UnitOfWork) -> list[tuple[SyncConflict, Any, Any]]:
    """Each open conflict whose winner is still in effect, with the winning and the losing
    value (for a deletion: None and the changed fields' values)."""
    connection = uow.session.connection()
    conflicts = uow.session.scalars(
        select(SyncConflict).where(SyncConflict.closed.is_(False)).order_by(SyncConflict.id)
    ).all()
    keys = [
        (c.table_name, c.row_id, "deleted_at" if c.field == DELETED_WHILE_CHANGED else c.field)
        for c in conflicts
    ]
    winners = winning_changes(connection, keys)
    rows: list[tuple[SyncConflict, Any, Any]] = []
    for conflict, key in zip(conflicts, keys, strict=True):
        winner = winners.get(key)
        if winner is None or winner[0] != conflict.winner_hlc:
            continue
        if conflict.field in conflict_free(conflict.table_name):
            continue  # a derived key, listed by an older version: it follows its source
        if conflict.field == DELETED_WHILE_CHANGED:
            edits = edits_after(connection, conflict.table_name, conflict.row_id, winner[0])
            changed = edits.get(conflict.loser_hlc)
            if changed and json.loads(winner[1]) is not None:
                rows.append((conflict, None, {f: json.loads(v) for f, v in changed}))
            continue
        loser = change_value(
            connection, conflict.loser_hlc, conflict.table_name, conflict.row_id, conflict.field
        )
        if loser is not None:
            rows.append((conflict, json.loads(winner[1]), json.loads(loser)))
    return rows


def list_conflicts(uow: UnitOfWork) -> list[ConflictData]:
    """Open conflicts, oldest first."""
    with uow:
        names = device_names(uow)
        result = []
        for conflict, win_value, lose_value in _open_rows(uow):
            deleted = conflict.field == DELETED_WHILE_CHANGED
            result.append(
                ConflictData(
                    id=conflict.id,
                    table=conflict.table_name,
                    row_id=conflict.row_id,
                    record=record_label(uow, conflict.table_name, conflict.row_id),
                    field=", ".join(lose_value) if deleted else conflict.field,
                    mine=win_value,
                    mine_device=device_label(names, conflict.winner_hlc.split("-", 2)[2]),
                    mine_at=stamp_time(conflict.winner_hlc),
                    theirs=lose_value,
                    theirs_device=device_label(names, conflict.loser_hlc.split("-", 2)[2]),
                    theirs_at=stamp_time(conflict.loser_hlc),
                    kind="deleted" if deleted else "value",
                )
            )
        return result


Choice = Literal["mine", "theirs", "deleted", "restore"]


def resolve_conflict(uow: UnitOfWork, *, conflict_id: int, keep: Choice) -> ConflictData:
    """Decide a conflict: keep the value in effect ("mine") or take the other ("theirs"); for
    a record deleted while changed elsewhere, keep it deleted ("deleted") or "restore" it."""
    open_ones = {c.id: c for c in list_conflicts(uow)}
    chosen = open_ones.get(conflict_id)
    if chosen is None:
        raise NotFoundError(
            f"No open conflict {conflict_id}: it may be decided already.",
            remedy=Remedy("list_conflicts"),
        )
    if keep not in chosen.choices:
        first, second = chosen.choices
        raise ValidationError.single(
            "keep", f"for this conflict choose '{first}' or '{second}', not {keep!r}"
        )
    model = model_for_table(chosen.table)
    if model is None:  # pragma: no cover - conflicts are recorded for known tables only
        raise NotFoundError(f"No table {chosen.table}.")
    if chosen.kind == "deleted":
        _decide_deletion(uow, chosen, model, restore=keep == "restore")
        return chosen
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
            session.connection(), [(chosen.table, chosen.row_id, chosen.field)], uow.now()
        )
        uow.commit()
    return chosen


def _decide_deletion(uow: UnitOfWork, chosen: ConflictData, model: Any, *, restore: bool) -> None:
    """Restore the record (its kept changes show again), or confirm the delete: the tombstone
    written again under a new stamp, later than the change, so every laptop closes it."""
    with uow:
        session = uow.session
        row = session.get(model, chosen.row_id)
        if restore and row is not None:
            row.deleted_at = None
        else:
            deleted_at = row.deleted_at if row is not None else None
            record_changes(session, chosen.table, [(chosen.row_id, "deleted_at", deleted_at)])
        session.flush()
        refresh_deletions(session.connection(), [(chosen.table, chosen.row_id)], uow.now())
        uow.commit()


def open_conflict_count(uow: UnitOfWork) -> int:
    with uow:
        return len(_open_rows(uow))


__all__ = [
    "ConflictData",
    "list_conflicts",
    "open_conflict_count",
    "resolve_conflict",
]
