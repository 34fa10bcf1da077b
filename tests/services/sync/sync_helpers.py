"""Helpers shared by the sync tests: comparing databases, editing members, listing files."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from groupdesk.models import Member, synced_models
from groupdesk.services.sync.capture import synced_fields
from groupdesk.services.sync.engine import run_sync
from groupdesk.services.sync.report import SyncReport
from groupdesk.services.sync.setup import init_folder, init_store, join_folder, join_store
from groupdesk.services.sync.snapshots import snapshot_rows
from groupdesk.services.sync.store_location import StoreLocation
from groupdesk.services.sync.values import ROW_FIELD
from groupdesk.services.workspace import Workspace


def state(workspace: Workspace) -> dict[str, list[tuple[Any, ...]]]:
    """Every synced table, every row and field, plus the field clocks: 'equal field by field'.

    Clocks are compared as they count: a row's `ROW_FIELD` clock stands for each of its fields
    without a clock of its own (a laptop that got an edit before the row's creation holds
    per-field clocks where the others hold one row clock)."""
    result: dict[str, list[tuple[Any, ...]]] = {}
    fields = {model.__tablename__: synced_fields(model) for model in synced_models()}
    with workspace.uow() as uow:
        connection = uow.session.connection()
        for table in fields:
            result[table] = [
                tuple(r)
                for r in connection.exec_driver_sql(f'SELECT * FROM "{table}" ORDER BY id').all()
            ]
        clocks: dict[tuple[str, str], dict[str, str]] = {}
        for table, row_id, field, hlc in connection.exec_driver_sql(
            "SELECT table_name, row_id, field, hlc FROM field_clock"
        ):
            clocks.setdefault((table, row_id), {})[field] = hlc
    effective = []
    for (table, row_id), row in clocks.items():
        whole = row.pop(ROW_FIELD, None)
        if whole is not None:
            for field in fields[table]:
                row.setdefault(field, whole)
        effective += [(table, row_id, field, hlc) for field, hlc in row.items()]
    result["field_clock"] = sorted(effective)
    return result


def change_log(workspace: Workspace) -> set[tuple[Any, ...]]:
    with workspace.uow() as uow:
        return {
            tuple(r)
            for r in uow.session.connection()
            .exec_driver_sql("SELECT hlc, table_name, row_id, field, value, base_hlc FROM changes")
            .all()
        }


def add_member(workspace: Workspace, name: str = "Ana Petrova", **fields: Any) -> str:
    with workspace.uow() as uow:
        member = Member(full_name=name, **fields)
        uow.session.add(member)
        uow.commit()
        return member.id


def edit_member(workspace: Workspace, member_id: str, **fields: Any) -> None:
    with workspace.uow() as uow:
        member = uow.session.get(Member, member_id)
        assert member is not None
        for name, value in fields.items():
            setattr(member, name, value)
        uow.commit()


def member(workspace: Workspace, member_id: str) -> Member:
    with workspace.uow() as uow:
        found = uow.session.get(Member, member_id)
        assert found is not None
        uow.session.expunge(found)
        return found


def live_members(workspace: Workspace) -> list[str]:
    with workspace.uow() as uow:
        return sorted(
            uow.session.scalars(select(Member.full_name).where(Member.deleted_at.is_(None)))
        )


@dataclass(frozen=True)
class StoreTarget:
    """An object store to set a group up in, with the secret each laptop types."""

    location: StoreLocation
    secret: str


def setup_group(
    first: Workspace,
    others: list[Workspace],
    folder: Path | StoreTarget,
    *,
    names: list[str] | None = None,
    **join_options: Any,
) -> str:
    """`first` makes the sync folder or the group's place in a store (it must hold a group);
    `others` join it. Returns the code."""
    from groupdesk.services.settings import create_group, has_group

    if not has_group(first.uow()):
        create_group(first.uow(), name="Riverside", currency="EUR")
    labels = names or [f"laptop {i}" for i in range(len(others) + 1)]
    if isinstance(folder, StoreTarget):
        place: dict[str, Any] = {"location": folder.location, "secret": folder.secret}
        init, join = init_store, join_store
    else:
        place = {"folder": folder}
        init, join = init_folder, join_folder  # type: ignore[assignment]
    code = init(first, **place, name=labels[0]).join_code
    for other, label in zip(others, labels[1:], strict=True):
        join(other, **place, code=code, name=label, **join_options)
    return code


def sync(*workspaces: Workspace, **options: Any) -> list[SyncReport]:
    return [run_sync(ws, backup=False, **options) for ws in workspaces]


def files(folder: Path, part: str = "changes") -> list[Path]:
    return sorted(p for p in (folder / part).rglob("*") if p.is_file())


def snapshot_changes(workspace: Workspace) -> list[tuple[str, str, str, str, str | None, str]]:
    """What a snapshot of `workspace` would hold now (`snapshots.snapshot_rows`)."""
    with workspace.uow() as uow:
        return list(snapshot_rows(uow.session.connection().connection))
