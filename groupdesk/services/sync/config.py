"""Where this laptop syncs (its sync folder or object store, and its group, kept in
`local_state`), its name, and opening that place (`transport.Transport`) with the group key
(and a store's secret) from the keyring."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from groupdesk.errors import GroupDeskError, Remedy
from groupdesk.messages import QT_TRANSLATE_NOOP, sentence
from groupdesk.models.sync_state import LocalState
from groupdesk.services.sync import crypto, keys, moved
from groupdesk.services.sync.folder import SyncFolder
from groupdesk.services.sync.store_location import StoreLocation, is_store_url, load_secret
from groupdesk.services.sync.transport import FolderManifest, Transport
from groupdesk.services.sync.transport_s3 import ObjectStore
from groupdesk.services.workspace import DEVICE_NAME_KEY, Workspace

FOLDER_KEY = "sync_folder"
GROUP_KEY = "sync_group_id"
#: The object store's endpoint, bucket, prefix, region and key id (JSON; never the secret).
STORE_KEY = "sync_store"
LAST_REPORT_KEY = "sync_last_report"
#: Seconds to wait for an object store's answer, and tries of each request, when not the
#: transport's own (a slow link may need more; tests of faults need less).
TIMEOUT_VARIABLE = "GROUPDESK_STORE_TIMEOUT"
ATTEMPTS_VARIABLE = "GROUPDESK_STORE_ATTEMPTS"


class NotSetUpError(GroupDeskError):
    """This data folder has no sync folder yet."""


class GroupMovedError(GroupDeskError):
    """The group moved to another place, and this laptop cannot follow it there by itself."""


@dataclass(frozen=True)
class SyncConfig:
    """A sync folder, or (with `folder` None) an object store."""

    folder: Path | None
    group_id: str
    store: StoreLocation | None = None
    #: The data folder this was read from: a move of the group is followed for good there.
    workspace: Workspace | None = field(default=None, compare=False, repr=False)

    def where(self) -> str:
        """The folder's path or the store's s3:// address, as the user gave it."""
        return self.store.url() if self.store is not None else str(self.folder)

    def transport_kind(self) -> str:
        return "object store" if self.store is not None else "folder"


def sync_config(workspace: Workspace) -> SyncConfig | None:
    with workspace.uow() as uow:
        folder = uow.session.get(LocalState, FOLDER_KEY)
        group = uow.session.get(LocalState, GROUP_KEY)
        store = uow.session.get(LocalState, STORE_KEY)
        if folder is None or group is None:
            return None
        if is_store_url(folder.value) and store is not None:
            location = StoreLocation.from_json(store.value)
            return SyncConfig(None, group.value, location, workspace=workspace)
        return SyncConfig(Path(folder.value), group.value, workspace=workspace)


def remember_place(session: Session, where: str, store: StoreLocation | None) -> None:
    """Record where this laptop syncs, in the caller's transaction."""
    session.merge(LocalState(key=FOLDER_KEY, value=where))
    if store is not None:
        session.merge(LocalState(key=STORE_KEY, value=store.to_json()))
    elif (old := session.get(LocalState, STORE_KEY)) is not None:
        session.delete(old)


def transport_for(config: SyncConfig, store: keys.KeyStore) -> Transport:
    """The folder, or the object store with its secret from the keyring."""
    if config.store is not None:
        return ObjectStore(config.store, load_secret(store, config.store), **store_limits())
    assert config.folder is not None
    return SyncFolder(config.folder)


def store_limits() -> dict[str, Any]:
    """The store's timeout and tries from the environment (`TIMEOUT_VARIABLE`,
    `ATTEMPTS_VARIABLE`); nothing for what is not set, so the transport's own hold."""
    limits: dict[str, Any] = {}
    for variable, name, kind in (
        (TIMEOUT_VARIABLE, "timeout", float),
        (ATTEMPTS_VARIABLE, "attempts", int),
    ):
        text = os.environ.get(variable, "").strip()
        if not text:
            continue
        try:
            value = kind(text)
        except ValueError:
            value = 0
        if value <= 0:
            raise GroupDeskError(f"{variable} must be a number above 0, not {text!r}.")
        limits[name] = value
    return limits


def device_name(workspace: Workspace) -> str:
    with workspace.uow() as uow:
        stored = uow.session.get(LocalState, DEVICE_NAME_KEY)
        return stored.value if stored else default_device_name()


def default_device_name() -> str:
    import getpass
    import platform

    try:
        user = getpass.getuser()
    except (OSError, KeyError):  # pragma: no cover - no user name on this system
        user = ""
    host = platform.node() or "computer"
    return f"{user}'s laptop ({host})" if user else host


def open_transport(config: SyncConfig, store: keys.KeyStore) -> tuple[Transport, bytes]:
    """The place this laptop syncs through and the group key, checked against each other.

    When the group moved on (`moved`), the new place is opened instead (and the next, if it
    moved again since) and, for the data folder's own place, remembered from now on; a laptop
    that cannot follow by itself (no secret for the new store, a folder it cannot find) is
    told exactly what to do."""
    transport, key, manifest = _checked(config, store)
    for _hop in range(_MOST_MOVES):
        destination = moved.read_note(manifest, key)
        if destination is None:
            break
        config, transport, manifest = _follow(config, transport, destination, store)
    return transport, key


#: Moves followed in one sync (a group moved back and forth while a laptop was away).
_MOST_MOVES = 8


def _follow(
    config: SyncConfig, left: Transport, destination: moved.Destination, store: keys.KeyStore
) -> tuple[SyncConfig, Transport, FolderManifest]:
    """The place the group moved to from `left`, opened, checked and remembered."""
    told = {
        "place": left.describe(capital=True),
        "day": date.fromisoformat(destination.moved_at[:10]),
        "destination": destination.describe(),
    }
    if config.workspace is None:  # a folder named for this one sync
        raise GroupMovedError(
            QT_TRANSLATE_NOOP(
                "SyncSetup",
                "{place} is no longer where the group syncs: on {day} the group moved to "
                "{destination}. Sync through that instead.",
            ).format(**told)
        )
    follow = replace(_following(config, destination), workspace=config.workspace)
    try:
        transport, _, manifest = _checked(follow, store)
    except GroupDeskError as problem:
        subject = destination.where()
        if destination.store is not None:
            subject += f" --endpoint {destination.store.endpoint}"
        follow_by_hand = (
            QT_TRANSLATE_NOOP(
                "SyncSetup",
                "{place} is no longer where the group syncs: on {day} the group moved to "
                "{destination}, and this laptop cannot follow it there by itself ({problem}). "
                "Move this laptop there too, giving the secret of the access key id {key_id}.",
            ).format(key_id=destination.store.key_id, problem=sentence(problem), **told)
            if destination.store is not None
            else QT_TRANSLATE_NOOP(
                "SyncSetup",
                "{place} is no longer where the group syncs: on {day} the group moved to "
                "{destination}, and this laptop cannot follow it there by itself ({problem}). "
                "Move this laptop there too: name the folder as this computer reaches it.",
            ).format(problem=sentence(problem), **told)
        )
        raise GroupMovedError(follow_by_hand, remedy=Remedy("follow_group", subject)) from None
    with config.workspace.uow() as uow:
        remember_place(uow.session, follow.where(), follow.store)
        uow.commit()
    return follow, transport, manifest


def _following(config: SyncConfig, destination: moved.Destination) -> SyncConfig:
    """This laptop's settings for the place the group moved to: a store keeps this laptop's
    own CA bundle when it is the same endpoint."""
    if destination.store is None:
        return SyncConfig(Path(str(destination.folder)), config.group_id)
    location = destination.store
    if config.store is not None and config.store.endpoint == location.endpoint:
        location = replace(location, ca_bundle=config.store.ca_bundle)
    return SyncConfig(None, config.group_id, location)


def _checked(config: SyncConfig, store: keys.KeyStore) -> tuple[Transport, bytes, FolderManifest]:
    transport = transport_for(config, store)
    manifest = transport.manifest()
    where = transport.describe(capital=True)
    if manifest.group_id != config.group_id:
        raise GroupDeskError(
            QT_TRANSLATE_NOOP(
                "SyncSetup",
                "{place} belongs to a different key or group (group {group}, not this laptop's "
                "{own}).",
            ).format(place=where, group=manifest.group_id, own=config.group_id)
        )
    key = keys.load_key(store, config.group_id)
    if crypto.key_check_value(key, manifest.group_id) != manifest.key_check:
        raise GroupDeskError(
            QT_TRANSLATE_NOOP(
                "SyncSetup",
                "{place} belongs to a different key or group: the key in this computer's "
                "keyring does not open it. Join it again with the join code.",
            ).format(place=where)
        )
    return transport, key, manifest


def last_report(workspace: Workspace) -> dict[str, object] | None:
    with workspace.uow() as uow:
        stored = uow.session.get(LocalState, LAST_REPORT_KEY)
        return json.loads(stored.value) if stored else None
