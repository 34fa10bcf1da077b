"""Setting a laptop up to sync: a new sync folder for the group, or joining an existing one.

The group key is put in the keyring before anything is written, so a computer without a
keyring ends with a plain message and no half-made folder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from groupdesk.errors import Remedy, SetupError, ValidationError
from groupdesk.ids import new_id
from groupdesk.models.sync_state import LocalState
from groupdesk.services.sync import crypto, joining, keys
from groupdesk.services.sync.config import FOLDER_KEY, GROUP_KEY, device_name, sync_config
from groupdesk.services.sync.engine import run_sync
from groupdesk.services.sync.folder import SyncFolder
from groupdesk.services.sync.report import SyncReport
from groupdesk.services.sync.transport import FolderManifest
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


def _remember(
    workspace: Workspace,
    folder: Path,
    group_id: str,
    name: str | None,
    *,
    joining_with: set[str] | None = None,
) -> None:
    """Make this laptop one of the folder's; a join also leaves its mark (`joining`) in the
    same transaction, with the settings held before, so a killed join resumes."""
    with workspace.uow() as uow:
        uow.session.merge(LocalState(key=FOLDER_KEY, value=str(folder)))
        uow.session.merge(LocalState(key=GROUP_KEY, value=group_id))
        if name:
            uow.session.merge(LocalState(key=DEVICE_NAME_KEY, value=name.strip()[:200]))
        if joining_with is not None:
            uow.session.merge(joining.mark_pending(joining_with))
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
    if not joining.live_settings_ids(workspace):
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
    merge_own_records: bool = False,
) -> SetupResult:
    """Join the group's sync folder with the join code or the group passphrase, read it and
    take the group's settings (`joining`). A laptop holding records of its own is told what
    that does to them (JoinNeedsConsentError) unless `merge_own_records`."""
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
    already = sync_config(workspace) is not None  # joining its own group again
    _refuse_if_set_up(workspace, folder, manifest.group_id)
    if not already and not merge_own_records:
        told = joining.consent_needed(workspace)
        if told:
            raise joining.JoinNeedsConsentError(told)
    store = store or keys.keyring_store()
    store.put(manifest.group_id, key)
    if store.get(manifest.group_id) != key:
        raise keys.NoKeyringError(keys.NO_KEYRING)
    before = None if already else joining.live_settings_ids(workspace)
    _remember(workspace, folder, manifest.group_id, name, joining_with=before)
    report = run_sync(workspace, store=store, now=now, progress=progress)
    return SetupResult(
        folder,
        manifest.group_id,
        crypto.join_code(key),
        workspace.device_id,
        device_name(workspace),
        report,
    )


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
