"""What happened to a record, from the sync change log: who (which laptop), when, old → new.

Every field written on any laptop is in the log with its stamp, so the history of a record is
the same on every laptop that has read the same files (a laptop that started from a snapshot
sees history from the snapshot on). Concurrent edits that lost are kept and shown too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from groupdesk.services.sync.conflicts import device_label, device_names, stamp_time
from groupdesk.services.sync.values import field_values
from groupdesk.services.uow import UnitOfWork

#: Bookkeeping fields left out of history unless asked for.
QUIET_FIELDS = frozenset({"created_at", "updated_at", "sort_key"})


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    device_id: str
    device_name: str
    created: bool
    changes: tuple[FieldChange, ...]
    hlc: str

    def describe(self) -> str:
        """ "Ana's laptop changed phone, email on 3 May 2026"."""
        when = f"{self.at:%d %B %Y %H:%M}"
        if self.created:
            return f"{self.device_name} created it on {when}"
        names = ", ".join(c.field.replace("_", " ") for c in self.changes)
        return f"{self.device_name} changed {names} on {when}"


def record_history(
    uow: UnitOfWork, *, table: str, row_id: str, include_quiet: bool = False
) -> list[HistoryEntry]:
    """The history of one record, newest first (one entry per edit)."""
    with uow:
        names = device_names(uow)
        rows = (
            uow.session.connection()
            .exec_driver_sql(
                "SELECT hlc, device_id, field, value FROM changes"
                " WHERE table_name = ? AND row_id = ? ORDER BY hlc, field",
                (table, row_id),
            )
            .all()
        )
    current: dict[str, Any] = {}
    entries: list[HistoryEntry] = []
    group: list[FieldChange] = []
    group_hlc = group_device = ""
    created_fields: set[str] = set()
    first = True

    def flush() -> None:
        nonlocal group, first
        if group_hlc and (group or first):
            entries.append(
                HistoryEntry(
                    at=stamp_time(group_hlc),
                    device_id=group_device,
                    device_name=device_label(names, group_device),
                    created=first and "created_at" in created_fields,
                    changes=tuple(group),
                    hlc=group_hlc,
                )
            )
            first = False
        group = []
        created_fields.clear()

    for hlc, device_id, field_name, value_text in rows:
        if hlc != group_hlc:
            flush()
            group_hlc, group_device = hlc, device_id
        for name, text in field_values(field_name, value_text):
            value = json.loads(text)
            old = current.get(name)
            current[name] = value
            created_fields.add(name)
            if old != value and (include_quiet or name not in QUIET_FIELDS):
                group.append(FieldChange(name, old, value))
    flush()
    return list(reversed(entries))
