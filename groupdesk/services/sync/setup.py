"""Setting a laptop up to sync: a new sync folder (or object store) for the group, or joining
an existing one.

The group key (and a store's secret) is put in the keyring before anything is written, so a
computer without a keyring ends with a plain message and no half-made folder.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path

from groupdesk.errors import Remedy, SetupError, ValidationError
from groupdesk.ids import new_id
from groupdesk.messages import QT_TRANSLATE_NOOP
from groupdesk.models.sync_state import LocalState
from groupdesk.services.sync import crypto, joining, keys, moved
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.config import (
    GROUP_KEY,
    NotSetUpError,
    SyncConfig,
    device_name,
    open_transport,
    remember_place,
    store_limits,
    sync_config,
)
from groupdesk.services.sync.engine import run_sync
from groupdesk.services.sync.folder import SyncFolder
from groupdesk.services.sync.report import SyncReport
from groupdesk.services.sync.snapshots import write_snapshot
from groupdesk.services.sync.store_location import StoreAccess, StoreLocation, keep_secret
from groupdesk.services.sync.transport import FolderManifest, Transport
from groupdesk.services.sync.transport_s3 import ObjectStore
from groupdesk.services.workspace import DEVICE_NAME_KEY, Workspace


@dataclass(frozen=True)
class SetupResult:
    folder: Path | None
    group_id: str
    join_code: str
    device_id: str
    device_name: str
    report: SyncReport
    #: The folder's path or the store's s3:// address.
    where: str


@dataclass(frozen=True)
class _Place:
    """Where a group syncs: a folder, or an object store (`location`)."""

    transport: Transport
    where: str
    folder: Path | None = None
    location: StoreLocation | None = None


def _folder_place(folder: Path) -> _Place:
    folder = Path(folder).expanduser().resolve()
    return _Place(SyncFolder(folder), str(folder), folder=folder)


def _store_place(location: StoreLocation, secret: str, store: keys.KeyStore) -> _Place:
    """The store, with its secret kept in the keyring first (the secret is never stored
    anywhere else, so a laptop without a keyring stops here)."""
    keep_secret(store, location, secret)
    transport = ObjectStore(location, secret, **store_limits())
    return _Place(transport, location.url(), location=location)


def _refuse_if_set_up(workspace: Workspace, group_id: str | None = None) -> None:
    config = sync_config(workspace)
    if config is None:
        return
    if group_id is not None and config.group_id == group_id:
        return
    raise SetupError(
        QT_TRANSLATE_NOOP(
            "SyncSetup",
            "This laptop already syncs with {where}. A data folder syncs with one group.",
        ).format(where=config.where())
    )


def _remember(
    workspace: Workspace,
    place: _Place,
    group_id: str,
    name: str | None,
    *,
    joining_with: set[str] | None = None,
) -> None:
    """Make this laptop one of the place's; a join also leaves its mark (`joining`) in the
    same transaction, with the settings held before, so a killed join resumes."""
    with workspace.uow() as uow:
        remember_place(uow.session, place.where, place.location)
        uow.session.merge(LocalState(key=GROUP_KEY, value=group_id))
        if name:
            uow.session.merge(LocalState(key=DEVICE_NAME_KEY, value=name.strip()[:200]))
        if joining_with is not None:
            uow.session.merge(joining.mark_pending(joining_with))
        uow.commit()


def set_device_name(workspace: Workspace, *, name: str) -> str:
    if not name.strip():
        raise ValidationError.single(
            "name", QT_TRANSLATE_NOOP("SyncSetup", "give this laptop a name, like 'Ana's laptop'")
        )
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
    _check_can_init(workspace, passphrase)
    store = store or keys.keyring_store()
    return _init(workspace, _folder_place(folder), passphrase, store, name, now)


def init_store(
    workspace: Workspace,
    *,
    location: StoreLocation,
    secret: str,
    passphrase: str | None = None,
    store: keys.KeyStore | None = None,
    name: str | None = None,
    now: Callable[[], datetime] | None = None,
) -> SetupResult:
    """Make the bucket and prefix of `location` the group's new place to sync through, and
    send everything this laptop holds."""
    _check_can_init(workspace, passphrase)
    store = store or keys.keyring_store()
    return _init(workspace, _store_place(location, secret, store), passphrase, store, name, now)


def _check_can_init(workspace: Workspace, passphrase: str | None) -> None:
    if not joining.live_settings_ids(workspace):
        raise SetupError(
            QT_TRANSLATE_NOOP("SyncSetup", "Create your group first, then set up sync."),
            remedy=Remedy("create_group"),
        )
    _refuse_if_set_up(workspace)
    if passphrase is not None:
        crypto.check_passphrase(passphrase)


def _init(
    workspace: Workspace,
    place: _Place,
    passphrase: str | None,
    store: keys.KeyStore,
    name: str | None,
    now: Callable[[], datetime] | None,
) -> SetupResult:
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
    place.transport.create(manifest)
    _remember(workspace, place, group_id, name)
    report = run_sync(workspace, store=store, now=now, backup=False)
    return _result(workspace, place, group_id, key, report)


def _result(
    workspace: Workspace, place: _Place, group_id: str, key: bytes, report: SyncReport
) -> SetupResult:
    return SetupResult(
        place.folder,
        group_id,
        crypto.join_code(key),
        workspace.device_id,
        device_name(workspace),
        report,
        place.where,
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
    return _join(
        workspace,
        _folder_place(folder),
        code,
        passphrase,
        store or keys.keyring_store(),
        name,
        now,
        progress,
        merge_own_records,
    )


def join_store(
    workspace: Workspace,
    *,
    location: StoreLocation,
    secret: str,
    code: str | None = None,
    passphrase: str | None = None,
    store: keys.KeyStore | None = None,
    name: str | None = None,
    now: Callable[[], datetime] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    merge_own_records: bool = False,
) -> SetupResult:
    """`join_folder` for a group that syncs through an object store."""
    store = store or keys.keyring_store()
    return _join(
        workspace,
        _store_place(location, secret, store),
        code,
        passphrase,
        store,
        name,
        now,
        progress,
        merge_own_records,
    )


def _join(
    workspace: Workspace,
    place: _Place,
    code: str | None,
    passphrase: str | None,
    store: keys.KeyStore,
    name: str | None,
    now: Callable[[], datetime] | None,
    progress: Callable[[int, int, str], None] | None,
    merge_own_records: bool,
) -> SetupResult:
    manifest = place.transport.manifest()
    if code:
        key = crypto.key_from_join_code(code)
        field = "code"
    elif passphrase:
        if manifest.passphrase is None:
            raise ValidationError.single(
                "passphrase",
                QT_TRANSLATE_NOOP(
                    "SyncSetup",
                    "this sync folder was set up without a passphrase: use the join code",
                ),
            )
        key = crypto.unwrap_key(manifest.passphrase, passphrase, manifest.group_id)
        field = "passphrase"
    else:
        raise ValidationError.single(
            "code",
            QT_TRANSLATE_NOOP("SyncSetup", "type the join code (or give the group passphrase)"),
        )
    if crypto.key_check_value(key, manifest.group_id) != manifest.key_check:
        raise ValidationError.single(
            field,
            QT_TRANSLATE_NOOP(
                "SyncSetup",
                "this join code does not open this sync folder: it belongs to a different key "
                "or group",
            )
            if field == "code"
            else QT_TRANSLATE_NOOP(
                "SyncSetup",
                "this passphrase does not open this sync folder: it belongs to a different key "
                "or group",
            ),
        )
    already = sync_config(workspace) is not None  # joining its own group again
    _refuse_if_set_up(workspace, manifest.group_id)
    if not already and not merge_own_records:
        told = joining.consent_needed(workspace)
        if told:
            raise joining.JoinNeedsConsentError(told)
    store.put(manifest.group_id, key)
    if store.get(manifest.group_id) != key:
        raise keys.NoKeyringError(keys.NO_KEYRING)
    before = None if already else joining.live_settings_ids(workspace)
    _remember(workspace, place, manifest.group_id, name, joining_with=before)
    report = run_sync(workspace, store=store, now=now, progress=progress)
    return _result(workspace, place, manifest.group_id, key, report)


def group_join_code(workspace: Workspace, *, store: keys.KeyStore | None = None) -> str:
    config = sync_config(workspace)
    if config is None:
        raise SetupError(QT_TRANSLATE_NOOP("SyncSetup", "This laptop is not set up to sync yet."))
    return crypto.join_code(keys.load_key(store or keys.keyring_store(), config.group_id))


def recovery_sheet(
    workspace: Workspace, *, store: keys.KeyStore | None = None, today: datetime | None = None
) -> keys.RecoverySheet:
    from groupdesk.services.settings import get_settings

    config = sync_config(workspace)
    if config is None:
        raise SetupError(QT_TRANSLATE_NOOP("SyncSetup", "This laptop is not set up to sync yet."))
    key = keys.load_key(store or keys.keyring_store(), config.group_id)
    return keys.recovery_sheet(
        group_name=get_settings(workspace.uow()).name,
        group_id=config.group_id,
        key=key,
        # A store is found by its endpoint too: a laptop joining from the sheet needs it.
        folder=config.where() + (f" at {config.store.endpoint}" if config.store else ""),
        today=(today or workspace.now()).date(),
    )


@dataclass(frozen=True)
class MoveResult:
    #: The folder's path or the store's s3:// address the group syncs through now.
    where: str
    #: False when the group had moved there already and this laptop followed it.
    moved: bool
    report: SyncReport


def move_to(
    workspace: Workspace,
    *,
    folder: Path | None = None,
    access: StoreAccess | None = None,
    store: keys.KeyStore | None = None,
    now: Callable[[], datetime] | None = None,
) -> MoveResult:
    """Move the group to another folder or object store without losing anything: read all the
    old place holds, make the new place (the same group and key), send everything there with
    a snapshot for laptops joining later, and only then leave a sealed note in the old place
    (`moved`) that the other laptops follow at their next sync. A laptop that could not
    follow by itself (no secret for the store) does the same to get there."""
    store = store or keys.keyring_store()
    if sync_config(workspace) is None:
        raise NotSetUpError(
            QT_TRANSLATE_NOOP(
                "SyncSetup", "This laptop is not set up to sync yet: there is nothing to move."
            )
        )
    if access is not None:
        new = _store_place(access.location, access.secret, store)
    elif folder is not None:
        new = _folder_place(folder)
    else:
        raise ValidationError.single(
            "folder", QT_TRANSLATE_NOOP("SyncSetup", "name the folder or s3:// store to move to")
        )
    first = run_sync(workspace, store=store, now=now)  # follows a move made before this one
    if first.stopped:
        raise SetupError(
            QT_TRANSLATE_NOOP("SyncSetup", "Nothing was moved: {reason}").format(
                reason=first.stopped
            )
        )
    config = sync_config(workspace)
    assert config is not None
    if _same_place(config, new):
        return MoveResult(new.where, False, first)
    old, key = open_transport(config, store)
    _make_new_place(new, old, key, config.group_id, workspace, now)
    with workspace.uow() as uow:
        remember_place(uow.session, new.where, new.location)
        uow.commit()
    try:
        report = run_sync(workspace, store=store, now=now, backup=False)
        if report.stopped:
            raise SetupError(
                QT_TRANSLATE_NOOP("SyncSetup", "The group was not moved: {reason}").format(
                    reason=report.stopped
                )
            )
        write_snapshot(workspace, new.transport, key, config.group_id, now or workspace.now)
    except BaseException:
        with workspace.uow() as uow:  # the others were not told: stay with them
            remember_place(uow.session, config.where(), config.store)
            uow.commit()
        raise
    destination = moved.Destination(
        folder=None if new.folder is None else str(new.folder),
        store=new.location,
        moved_by=workspace.device_id,
        moved_at=(now or workspace.now)().isoformat(timespec="seconds") + "Z",
    )
    moved.rewrite_note(old, old.manifest(), moved.sealed_note(destination, key, config.group_id))
    return MoveResult(new.where, True, report)


def _same_place(config: SyncConfig, place: _Place) -> bool:
    if config.store is not None or place.location is not None:
        return (
            config.store is not None
            and place.location is not None
            and config.store.url() == place.location.url()
            and config.store.endpoint == place.location.endpoint
        )
    return config.folder == place.folder


def _make_new_place(
    new: _Place,
    old: Transport,
    key: bytes,
    group_id: str,
    workspace: Workspace,
    now: Callable[[], datetime] | None,
) -> None:
    """The group's identity in the new place (as in the old, so every laptop's key opens it),
    or the group already there (moving back); a note of an earlier move out of it is removed,
    or the laptops would be sent away again."""
    if new.transport.exists(fmt.FOLDER_FILE):
        there = new.transport.manifest()
        if there.group_id != group_id or there.key_check != crypto.key_check_value(key, group_id):
            raise SetupError(
                QT_TRANSLATE_NOOP(
                    "SyncSetup",
                    "{place} holds another group: the group was not moved. Choose an empty "
                    "folder or prefix.",
                ).format(place=new.transport.describe(capital=True))
            )
        if there.moved is not None:
            moved.rewrite_note(new.transport, there, None)
    else:
        manifest = replace(
            old.manifest(),
            created_by=workspace.device_id,
            created_at=(now or workspace.now)().isoformat(timespec="seconds") + "Z",
            moved=None,
        )
        new.transport.create(manifest)
