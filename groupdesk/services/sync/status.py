"""What the Sync page and `groupdesk sync status` show: set-up, devices seen, what waits."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime

from sqlalchemy import func, select

from groupdesk.models.sync_local import PendingAttachment, SyncDevice
from groupdesk.services.sync.config import device_name, last_report, sync_config
from groupdesk.services.sync.conflicts import open_conflict_count
from groupdesk.services.workspace import Workspace


@dataclass(frozen=True)
class DeviceSeen:
    device_id: str
    name: str
    app_version: str
    last_sync_at: datetime | None
    last_read_at: datetime | None


@dataclass(frozen=True)
class SyncStatus:
    set_up: bool
    #: The folder's path or the store's s3:// address.
    folder: str | None
    #: "folder" or "object store".
    transport: str | None
    #: The object store's endpoint (None for a folder).
    endpoint: str | None
    group_id: str | None
    device_id: str
    device_name: str
    devices: tuple[DeviceSeen, ...]
    open_conflicts: int
    pending_attachments: int
    last_report: dict[str, object] | None

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def sync_status(workspace: Workspace) -> SyncStatus:
    config = sync_config(workspace)
    with workspace.uow() as uow:
        devices = tuple(
            DeviceSeen(d.device_id, d.name, d.app_version, d.last_sync_at, d.last_read_at)
            for d in uow.session.scalars(select(SyncDevice).order_by(SyncDevice.name))
            if d.device_id != workspace.device_id
        )
        pending = int(uow.session.scalar(select(func.count()).select_from(PendingAttachment)) or 0)
    return SyncStatus(
        set_up=config is not None,
        folder=config.where() if config else None,
        transport=config.transport_kind() if config else None,
        endpoint=config.store.endpoint if config and config.store else None,
        group_id=config.group_id if config else None,
        device_id=workspace.device_id,
        device_name=device_name(workspace),
        devices=devices,
        open_conflicts=open_conflict_count(workspace.uow()),
        pending_attachments=pending,
        last_report=last_report(workspace),
    )
