"""A member's history, read from the sync change log: who changed what and when, on which laptop.

Covers the member's own record and every row that points at them (roles, skills, mentorships,
check-ins, and any later table declared with `reference("members")`). Changes made in one save
share a clock stamp and are shown as one event.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select

from groupdesk.models.members import Member
from groupdesk.models.references import referencing_columns
from groupdesk.models.sync_local import SyncDevice
from groupdesk.models.sync_state import Change, LocalState
from groupdesk.services.sync.clock import Stamp
from groupdesk.services.sync.values import field_values
from groupdesk.services.uow import UnitOfWork

#: Bookkeeping fields that say nothing a person wants to read.
HIDDEN_FIELDS = frozenset({"created_at", "updated_at", "sort_key", "name_key"})
#: How a record involves the member, by the column that points at them ("" = about them).
RELATIONS = {"member_id": "", "by_id": "by them", "mentor_id": "as mentor", "mentee_id": ""}
RECORD_NAMES = {
    "members": "member",
    "member_roles": "role",
    "member_skills": "skill",
    "mentorships": "mentorship",
    "checkins": "check-in",
    "member_merges": "merge",
}


@dataclass(frozen=True)
class HistoryEvent:
    #: When, in UTC (from the change's clock stamp).
    at: datetime
    device_id: str
    device_name: str
    #: "member", "role", "check-in", …
    record: str
    row_id: str
    #: "added", "changed", "deleted" or "restored".
    action: str
    #: (field, new value as text) for each visible field changed; a member's id is shown as
    #: their name.
    fields: tuple[tuple[str, str], ...]
    #: How the record involves the member when they are not its subject: "by them" (a check-in
    #: they made on someone else), "as mentor", …; "" for their own record and records about them.
    relation: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "at": self.at,
            "device": self.device_name,
            "record": self.record,
            "row_id": self.row_id,
            "action": self.action,
            "relation": self.relation,
            "fields": dict(self.fields),
        }


def _text(value_json: str) -> str:
    value = json.loads(value_json)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def member_history(uow: UnitOfWork, *, member_id: str, limit: int = 500) -> list[HistoryEvent]:
    """Events about `member_id`, newest first (at most `limit`)."""
    with uow:
        targets: list[tuple[str, str]] = [("members", member_id)]
        #: (table, row) → the column through which the row points at the member.
        via: dict[tuple[str, str], str] = {}
        member_columns = {c.attribute for c in referencing_columns(Member.__tablename__)}
        for column in referencing_columns(Member.__tablename__):
            attribute = getattr(column.model, column.attribute)
            for row_id in uow.session.scalars(
                select(column.model.id).where(attribute == member_id)
            ):
                targets.append((column.table_name, row_id))
                via.setdefault((column.table_name, row_id), column.attribute)
        by_table: dict[str, list[str]] = {}
        for table, row_id in targets:
            by_table.setdefault(table, []).append(row_id)
        changes: list[Sequence[Any]] = []
        for table, ids in by_table.items():
            for start in range(0, len(ids), 900):
                changes += uow.session.execute(
                    select(
                        Change.hlc,
                        Change.device_id,
                        Change.table_name,
                        Change.row_id,
                        Change.field,
                        Change.value,
                    ).where(Change.table_name == table, Change.row_id.in_(ids[start : start + 900]))
                ).all()
        devices = _device_names(uow)
        events: dict[tuple[str, str, str], list[tuple[str, str]]] = {}
        for hlc, _device, table, row_id, field, value in changes:
            events.setdefault((hlc, table, row_id), []).extend(field_values(field, value))
        people = _member_names(
            uow,
            {
                json.loads(value)
                for changed in events.values()
                for field, value in changed
                if field in member_columns and value != "null"
            },
        )
    result = []
    for (hlc, table, row_id), changed in sorted(events.items(), reverse=True)[:limit]:
        stamp = Stamp.parse(hlc)
        names = {field for field, _ in changed}
        deleted = dict(changed).get("deleted_at")
        if "created_at" in names:
            action = "added"
        elif deleted is not None and deleted != "null":
            action = "deleted"
        elif deleted == "null":
            action = "restored"
        else:
            action = "changed"
        shown = tuple(
            (field.removesuffix("_id"), people.get(json.loads(value), _text(value)))
            if field in member_columns
            else (field, _text(value))
            for field, value in changed
            if field not in HIDDEN_FIELDS
            and not (action == "added" and value == "null")
            and field != "deleted_at"
        )
        through = via.get((table, row_id), "member_id")
        result.append(
            HistoryEvent(
                at=datetime.fromtimestamp(stamp.millis / 1000, UTC).replace(tzinfo=None),
                device_id=stamp.device_id,
                device_name=devices.get(stamp.device_id, f"laptop {stamp.device_id[:8]}"),
                record=RECORD_NAMES.get(table, table),
                row_id=row_id,
                action=action,
                fields=shown,
                relation=RELATIONS.get(through, f"as {through.removesuffix('_id')}"),
            )
        )
    return result


def _member_names(uow: UnitOfWork, ids: set[str]) -> dict[str, str]:
    """The name to show for each member id (forgotten members as such)."""
    from groupdesk.services.rows import display_name

    found: dict[str, str] = {}
    ordered = sorted(ids)
    for start in range(0, len(ordered), 900):
        for member_id, full, preferred, erased in uow.session.execute(
            select(Member.id, Member.full_name, Member.preferred_name, Member.erased_at).where(
                Member.id.in_(ordered[start : start + 900])
            )
        ):
            found[member_id] = display_name(full, preferred, erased)
    return found


def _device_names(uow: UnitOfWork) -> dict[str, str]:
    names = {
        d: n for d, n in uow.session.execute(select(SyncDevice.device_id, SyncDevice.name)) if n
    }
    own = uow.session.get(LocalState, "device_name")
    if own is not None and own.value:
        names[uow.workspace.device_id] = own.value
    names.setdefault(uow.workspace.device_id, "this laptop")
    return names
