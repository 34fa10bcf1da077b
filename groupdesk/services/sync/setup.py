"""Setting a laptop up to sync: a new sync folder for the group, or joining an existing one.

The group key is put in the keyring before anything is written, so a computer without a
keyring ends with a plain message and no half-made folder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from groupdesk.errors import Remedy, SetupError, ValidationError
from groupdesk.ids import new_id
from groupdesk.models.settings import GroupSettings
from groupdesk.models.sync_state import LocalState
from groupdesk.services.sync import crypto, keys
from groupdesk.services.sync.config import FOLDER_KEY, GROUP_KEY, device_name, sync_config
from groupdesk.services.sync.engine import run_sync
from groupdesk.services.sync.folder import FolderManifest, SyncFolder
from groupdesk.services.sync.report import SyncReport
from groupdesk.services.workspace import DEVICE_NAME_KEY, Workspace


@dataclass(frozen=True)
class SetupResult:
    folder: Path
    group_id: str
    join_code: str
    device_id: str
    device_name: str
    report: SyncReport


def _refuse_if_set_up(workspace: Workspace, folder: Path, group_id: str | None = None) -> None:
    config = sync_config(workspace)
    if config is None:
        return
    if group_id is not None and config.group_id == group_id:
        return
    raise SetupError(
        f"This laptop already syncs with {config.folder}. A data folder syncs with one group."
    )


def _live_settings_ids(workspace: Workspace) -> set[str]:
    with workspace.uow() as uow:
        return set(
            uow.session.scalars(select(GroupSettings.id).where(GroupSettings.deleted_at.is_(None)))
        )


def _remember(workspace: Workspace, folder: Path, group_id: str, name: str | None) -> None:
    with workspace.uow() as uow:
        uow.session.merge(LocalState(key=FOLDER_KEY, value=str(folder)))
        uow.session.merge(LocalState(key=GROUP_KEY, value=group_id))
        if name:
            uow.session.merge(LocalState(key=DEVICE_NAME_KEY, value=name.strip()[:200]))
        uow.commit()


def set_device_name(workspace: Workspace, *, name: str) -> str:
    if not name.strip():
        raise ValidationError.single("name", "give this laptop a name, like 'Ana's laptop'")
    with workspace.uow() as uow:
        uow.session.merge(LocalState(key=DEVICE_NAME_KEY, value=name.strip()[:200]))
        uow.commit()
    return name.strip()[:200]


def init_folder(
    workspace: Workspace,
    *,
    folder: Path,
    passphrase: str | None = None,
    store: keys.KeyStore | None = None,
    name: str | None = None,
    now: Callable[[], datetime] | None = None,
) -> SetupResult:
    """Make `folder` the group's new sync folder and send everything this laptop holds."""
    folder = Path(folder).expanduser().resolve()
    if not _live_settings_ids(workspace):
        raise SetupError(
            "Create your group first, then set up sync.", remedy=Remedy("create_group")
        )
    _refuse_if_set_up(workspace, folder)
    if passphrase is not None:
        crypto.check_passphrase(passphrase)
    store = store or keys.keyring_store()
    group_id = new_id()
    key = crypto.new_group_key()
    store.put(group_id, key)
    if store.get(group_id) != key:
        raise keys.NoKeyringError(keys.NO_KEYRING)
    manifest = FolderManifest(
        group_id=group_id,
        created_by=workspace.device_id,
        created_at=(now or workspace.now)().isoformat(timespec="seconds") + "Z",
        key_check=crypto.key_check_value(key, group_id),
        passphrase=crypto.wrap_key(key, passphrase, group_id) if passphrase else None,
    )
    SyncFolder(folder).create(manifest)
    _remember(workspace, folder, group_id, name)
    report = run_sync(workspace, store=store, now=now, backup=False)
    return SetupResult(
        folder, group_id, crypto.join_code(key), workspace.device_id, device_name(workspace), report
    )


def join_folder(
    workspace: Workspace,
    *,
    folder: Path,
    code: str | None = None,
    passphrase: str | None = None,
    store: keys.KeyStore | None = None,
    name: str | None = None,
    now: Callable[[], datetime] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> SetupResult:
    """Join the group's sync folder with the join code or the group passphrase, and read it."""
    folder = Path(folder).expanduser().resolve()
    manifest = SyncFolder(folder).manifest()
    if code:
        key = crypto.key_from_join_code(code)
        field = "code"
    elif passphrase:
        if manifest.passphrase is None:
            raise ValidationError.single(
                "passphrase",
                "this sync folder was set up without a passphrase: use the join code",
            )
        key = crypto.unwrap_key(manifest.passphrase, passphrase, manifest.group_id)
        field = "passphrase"
    else:
        raise ValidationError.single("code", "type the join code (or give the group passphrase)")
    if crypto.key_check_value(key, manifest.group_id) != manifest.key_check:
        raise ValidationError.single(
            field,
            f"this {'join code' if field == 'code' else 'passphrase'} does not open this sync "
            "folder: it belongs to a different key or group",
        )
    _refuse_if_set_up(workspace, folder, manifest.group_id)
    store = store or keys.keyring_store()
    store.put(manifest.group_id, key)
    if store.get(manifest.group_id) != key:
        raise keys.NoKeyringError(keys.NO_KEYRING)
    before = _live_settings_ids(workspace)
    _remember(workspace, folder, manifest.group_id, name)
    report = run_sync(workspace, store=store, now=now, write=False, progress=progress)
    _adopt_folder_settings(workspace, before)
    final = run_sync(workspace, store=store, now=now, backup=False, progress=progress)
    merged = SyncReport(
        files_read=report.files_read + final.files_read,
        changes_applied=report.changes_applied + final.changes_applied,
        new_changes=report.new_changes + final.new_changes,
        conflicts_opened=report.conflicts_opened + final.conflicts_opened,
        problems=report.problems + final.problems,
        warnings=report.warnings + final.warnings,
        written=final.written,
        exported_changes=final.exported_changes,
        attachments_fetched=report.attachments_fetched + final.attachments_fetched,
        attachments_sent=final.attachments_sent,
        attachments_pending=final.attachments_pending,
        snapshot_written=final.snapshot_written,
        stopped=report.stopped or final.stopped,
        finished_at=final.finished_at,
        kept_aside_applied=report.kept_aside_applied + final.kept_aside_applied,
    )
    return SetupResult(
        folder,
        manifest.group_id,
        crypto.join_code(key),
        workspace.device_id,
        device_name(workspace),
        merged,
    )


def _adopt_folder_settings(workspace: Workspace, local_before: set[str]) -> None:
    """A laptop that had made its own group before joining takes the group's settings from the
    folder: its own settings row is deleted (an ordinary change, so every laptop agrees)."""
    live = _live_settings_ids(workspace)
    if not (live - local_before) or not (live & local_before):
        return
    with workspace.uow() as uow:
        for row in uow.session.scalars(
            select(GroupSettings).where(GroupSettings.id.in_(local_before & live))
        ):
            row.deleted_at = uow.now()
        uow.commit()


def group_join_code(workspace: Workspace, *, store: keys.KeyStore | None = None) -> str:
    config = sync_config(workspace)
    if config is None:
        raise SetupError("This laptop is not set up to sync yet.")
    return crypto.join_code(keys.load_key(store or keys.keyring_store(), config.group_id))


def recovery_sheet(
    workspace: Workspace, *, store: keys.KeyStore | None = None, today: datetime | None = None
) -> keys.RecoverySheet:
    from groupdesk.services.settings import get_settings

    config = sync_config(workspace)
    if config is None:
        raise SetupError("This laptop is not set up to sync yet.")
    key = keys.load_key(store or keys.keyring_store(), config.group_id)
    return keys.recovery_sheet(
        group_name=get_settings(workspace.uow()).name,
        group_id=config.group_id,
        key=key,
        folder=str(config.folder),
        today=(today or workspace.now()).date(),
    )
