"""Changes written by hand for the sync core's unit tests (merge, winners, apply): stamps that
say who made a change and when, members' row changes and field edits, merged into a real
database and read back as plain tuples."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from groupdesk.config import DataPaths
from groupdesk.models import Member
from groupdesk.services.sync.capture import synced_fields
from groupdesk.services.sync.format import IncomingChange
from groupdesk.services.sync.merge import MergeResult, merge_changes
from groupdesk.services.sync.values import ROW_FIELD, encode_row, encode_value
from groupdesk.services.workspace import Workspace, open_workspace

ANA = "0190e2a4-0000-7000-8000-00000000000a"
SAM = "0190e2a4-0000-7000-8000-00000000000b"
MEMBER = "0190e2a4-0000-7000-8000-000000000001"
OTHER_MEMBER = "0190e2a4-0000-7000-8000-000000000002"
CREATED_AT = datetime(2026, 5, 1, 9, 0)


def stamp(millis: int, device: str = ANA, counter: int = 0) -> str:
    """A clock stamp: later millis win; at equal millis the counter, then the device id."""
    return f"{millis:015d}-{counter:06d}-{device}"


def created(
    row_id: str, hlc: str, *, full_name: str = "Ana Petrova", **values: Any
) -> IncomingChange:
    """A member's row change holding every field, as a laptop logs a new member."""
    row: dict[str, Any] = {name: None for name in synced_fields(Member)}
    row |= {
        "full_name": full_name,
        "sort_key": full_name.casefold(),
        "status": "active",
        "consent_contact": False,
        "consent_photo": False,
        "consent_roster": False,
        "created_at": CREATED_AT,
        "updated_at": CREATED_AT,
    }
    row |= values
    return IncomingChange("members", row_id, ROW_FIELD, hlc, None, encode_row(row.items()))


def edited(
    row_id: str,
    field: str,
    value: Any,
    hlc: str,
    *,
    base: str | None = None,
    table: str = "members",
) -> IncomingChange:
    """One field's edit; `base` is the stamp its writer saw winning the field before."""
    return IncomingChange(table, row_id, field, hlc, base, encode_value(value))


def both_edit(
    field: str, ana_value: Any, sam_value: Any, *, sam_saw: str | None = None
) -> list[IncomingChange]:
    """Ana edits a field of MEMBER (made at stamp 1), then Sam, having seen `sam_saw` (by
    default only the creation: the two edits are concurrent)."""
    return [
        edited(MEMBER, field, ana_value, stamp(2, ANA), base=stamp(1)),
        edited(MEMBER, field, sam_value, stamp(3, SAM), base=sam_saw or stamp(1)),
    ]


def merge(workspace: Workspace, changes: Sequence[IncomingChange], **options: Any) -> MergeResult:
    """Merge in one transaction, capture off, as applying a file does."""
    with workspace.uow(immediate=True, capture_changes=False) as uow:
        result = merge_changes(uow.session, changes, **options)
        uow.commit()
    return result


def query(workspace: Workspace, sql: str, *params: Any) -> list[tuple[Any, ...]]:
    with workspace.uow() as uow:
        return [tuple(r) for r in uow.session.connection().exec_driver_sql(sql, params)]


def member_fields(workspace: Workspace, row_id: str, *fields: str) -> tuple[Any, ...] | None:
    """Some fields of one members row as stored (any row, deleted or not), or None if absent."""
    columns = ", ".join(f'"{f}"' for f in fields)
    found = query(workspace, f"SELECT {columns} FROM members WHERE id = ?", row_id)
    return found[0] if found else None


def clocks(workspace: Workspace) -> dict[tuple[str, str], str]:
    """(row id, field) → the stamp that field's clock holds."""
    rows = query(workspace, "SELECT row_id, field, hlc FROM field_clock")
    return {(row_id, field): hlc for row_id, field, hlc in rows}


def open_conflicts(workspace: Workspace) -> set[tuple[str, str, str, str]]:
    """(row id, field, winner stamp, loser stamp) of every open conflict."""
    rows = query(
        workspace,
        "SELECT row_id, field, winner_hlc, loser_hlc FROM sync_conflicts WHERE closed = 0",
    )
    return {(r, f, w, loser) for r, f, w, loser in rows}


def kept_aside(workspace: Workspace) -> set[tuple[str, str, str]]:
    """(table, row id, field) of every change kept aside for what this version does not know."""
    rows = query(workspace, "SELECT table_name, row_id, field FROM sync_unknown_changes")
    return {(t, r, f) for t, r, f in rows}


def migrated_data_folder(parent: Path) -> Path:
    """A data folder holding an empty, migrated database, to copy: opening a new one runs every
    migration, too slow for each example of a property."""
    root = parent / "data"
    open_workspace(DataPaths(root)).close()
    return root


@contextmanager
def copies(template: Path, count: int) -> Iterator[list[Workspace]]:
    """`count` laptops opened on copies of `template`, closed and removed afterwards."""
    with tempfile.TemporaryDirectory() as folder:
        opened = []
        for n in range(count):
            shutil.copytree(template, Path(folder) / str(n))
            opened.append(open_workspace(DataPaths(Path(folder) / str(n))))
        try:
            yield opened
        finally:
            for workspace in opened:
                workspace.close()
