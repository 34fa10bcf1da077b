"""Keeping backups safe from what breaks or loses a laptop: a second place (a USB stick, a cloud
folder) that gets a copy of every backup, and encryption with a passphrase.

Both are settings of this laptop (`local_state`), not of the group: the second place is a path
on this computer, and the key made from the passphrase is kept in this computer's keyring, so
the automatic backups (before upgrades, restores and sync imports) are sealed without asking. The
passphrase itself is stored nowhere; a restore asks for it.

A sealed backup is the plain backup zip sealed whole, in chunks, with the sync primitives
(`sync.crypto.encrypt_stream`: AES-256-GCM; the key from the passphrase by scrypt). Its layout is
in docs/architecture.md. A missing second place never stops a backup: it is said plainly.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import uuid
from dataclasses import dataclass
from pathlib import Path

from groupdesk.config import DataPaths
from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.models.sync_state import LocalState
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.backup_format import (
    MAGIC,
    SEALED_FORMAT_VERSION,
    local_setting,
    read_sealed_prefix,
)
from groupdesk.services.backup_whereabouts import SEALING_KEY, SECOND_PLACE_KEY, second_place
from groupdesk.services.sync import crypto
from groupdesk.services.sync.keys import KeyStore, keyring_store
from groupdesk.services.uow import UnitOfWork

_KEYRING_PREFIX = "backups:"
_KEY_CHECK_CONTEXT = "groupdesk backup"
#: The most scrypt work (n·r·p) a sealed backup may ask for: 8 times what GroupDesk writes
#: (2^15·8·1, 32 MiB), so a crafted header cannot take gigabytes or minutes before any check.
_MAX_SCRYPT_WORK = 8 * 2**15 * 8


class MissingBackupKey(GroupDeskError):
    """Backups are set to be sealed, but this computer's keyring has lost their key."""


@dataclass(frozen=True)
class Sealing:
    """How this laptop seals its backups: the scrypt salt and costs, and the key itself."""

    key: bytes
    salt: str
    n: int
    r: int
    p: int


# --- the second place ------------------------------------------------------------------------


def set_second_place(uow: UnitOfWork, *, folder: Path | None) -> Path | None:
    """Set (or, with None, forget) the second place; it must be there now, away from the data."""
    paths = uow.workspace.paths
    if folder is not None:
        folder = folder.expanduser()
        if not folder.is_absolute():
            raise ValidationError.single(
                "second_place",
                QT_TRANSLATE_NOOP("Backups", "give the whole path, not {folder}").format(
                    folder=folder
                ),
            )
        if not folder.is_dir():
            raise ValidationError.single(
                "second_place",
                QT_TRANSLATE_NOOP(
                    "Backups", "{folder} is not there: plug in the stick or make the folder"
                ).format(folder=folder),
            )
        if folder.resolve().is_relative_to(paths.root.resolve()):
            raise ValidationError.single(
                "second_place",
                QT_TRANSLATE_NOOP(
                    "Backups", "choose a place outside the data folder (a stick, a cloud folder)"
                ),
            )
    with uow:
        if folder is None:
            row = uow.session.get(LocalState, SECOND_PLACE_KEY)
            if row is not None:
                uow.session.delete(row)
        else:
            uow.session.merge(LocalState(key=SECOND_PLACE_KEY, value=str(folder)))
        uow.commit()
    return folder


@dataclass(frozen=True)
class SecondCopy:
    """Where a backup's second copy went, or a sentence saying why there is none."""

    path: Path | None
    problem: str


def copy_to_second_place(paths: DataPaths, made: Path) -> SecondCopy:
    """Copy a backup to the second place; a missing place or a full stick is reported, never
    raised, so the backup itself always stands."""
    place = second_place(paths)
    if place is None:
        return SecondCopy(None, "")
    if made.parent.resolve() == place.resolve():
        return SecondCopy(made, "")
    if not place.is_dir():
        return SecondCopy(
            None,
            QT_TRANSLATE_NOOP(
                "Backups",
                "The second place, {place}, is not there (a USB stick unplugged?): this backup "
                "is only on this laptop.",
            ).format(place=place),
        )
    copy = place / made.name
    partial = place / f"{made.name}.partial"
    try:
        shutil.copyfile(made, partial)
        os.replace(partial, copy)
    except OSError as problem:
        partial.unlink(missing_ok=True)
        return SecondCopy(
            None,
            QT_TRANSLATE_NOOP(
                "Backups",
                "Could not copy the backup to {place} ({problem}): it is only on this laptop.",
            ).format(place=place, problem=str(problem.strerror or problem)),
        )
    return SecondCopy(copy, "")


# --- encryption --------------------------------------------------------------------------------


def set_backup_passphrase(
    uow: UnitOfWork, *, passphrase: str | None, store: KeyStore | None = None
) -> bool:
    """Seal this laptop's backups from now on with a key from `passphrase` (None: stop). The key
    goes to the keyring; the passphrase is needed again only to restore. Returns whether
    backups are now sealed."""
    if passphrase is None:
        with uow:
            row = uow.session.get(LocalState, SEALING_KEY)
            if row is not None:
                uow.session.delete(row)
            uow.commit()
        return False
    crypto.check_passphrase(passphrase)
    salt = os.urandom(16)
    key = crypto.passphrase_key(passphrase, salt)
    key_id = f"{_KEYRING_PREFIX}{uuid.uuid4()}"
    (store or keyring_store()).put(key_id, key)
    settings = {
        "key_id": key_id,
        "salt": salt.hex(),
        "n": crypto.SCRYPT_N,
        "r": crypto.SCRYPT_R,
        "p": crypto.SCRYPT_P,
    }
    with uow:
        uow.session.merge(LocalState(key=SEALING_KEY, value=json.dumps(settings)))
        uow.commit()
    return True


def sealing(paths: DataPaths, store: KeyStore | None = None) -> Sealing | None:
    """This laptop's sealing, or None when its backups are not encrypted."""
    value = local_setting(paths.database, SEALING_KEY)
    if not value:
        return None
    settings = json.loads(value)
    key = (store or keyring_store()).get(str(settings["key_id"]))
    if key is None:
        raise MissingBackupKey(
            QT_TRANSLATE_NOOP(
                "Backups",
                "Backups are set to be encrypted, but their key is not in this computer's "
                "keyring: set the backup passphrase again in Settings.",
            )
        )
    return Sealing(
        key=key,
        salt=str(settings["salt"]),
        n=int(settings["n"]),
        r=int(settings["r"]),
        p=int(settings["p"]),
    )


def _prefix(header: dict[str, object]) -> bytes:
    body = json.dumps(header, sort_keys=True).encode("utf-8")
    return MAGIC + struct.pack(">I", len(body)) + body


def seal_file(
    plain: Path, target: Path, seal: Sealing, *, created_at: str, reason: str, state: str
) -> None:
    """Write `plain` (a backup zip) to `target` sealed. The clear header holds only what the
    list of backups shows (when, why) and the checksum of the database inside (so pruning
    can tell backups of the same data apart without the key), never the group's name."""
    header: dict[str, object] = {
        "format_version": SEALED_FORMAT_VERSION,
        "kdf": "scrypt",
        "salt": seal.salt,
        "n": seal.n,
        "r": seal.r,
        "p": seal.p,
        "key_check": crypto.key_check_value(seal.key, _KEY_CHECK_CONTEXT),
        "created_at": created_at,
        "reason": reason,
        "state": state,
    }
    with plain.open("rb") as source, target.open("wb") as out:
        crypto.encrypt_stream(seal.key, source, out, _prefix(header))


def unseal_file(source: Path, target: Path, passphrase: str | None) -> None:
    """Write the plain backup zip inside the sealed `source` to `target`. A wrong passphrase is
    told apart from a damaged file (the header's key check), and neither writes anything
    usable."""
    if not passphrase:
        raise ValidationError.single(
            "passphrase",
            QT_TRANSLATE_NOOP(
                "Backups", "{name} is encrypted: give the passphrase it was made with"
            ).format(name=source.name),
        )
    header, prefix = read_sealed_prefix(source)
    try:
        n, r, p = (int(str(header[name])) for name in ("n", "r", "p"))
        if min(n, r, p) < 1 or n * r * p > _MAX_SCRYPT_WORK:
            raise ValueError(f"it asks for a key cost GroupDesk never writes (n={n} r={r} p={p})")
        key = crypto.passphrase_key(passphrase, bytes.fromhex(str(header["salt"])), n=n, r=r, p=p)
    except (KeyError, ValueError) as problem:
        raise GroupDeskError(f"{source.name} is a damaged encrypted backup ({problem}).") from None
    if crypto.key_check_value(key, _KEY_CHECK_CONTEXT) != header.get("key_check"):
        raise ValidationError.single(
            "passphrase",
            QT_TRANSLATE_NOOP(
                "Backups", "this is not the passphrase {name} was encrypted with"
            ).format(name=source.name),
        )
    try:
        with source.open("rb") as stream, target.open("wb") as out:
            crypto.decrypt_stream(key, stream, out, prefix)
    except crypto.DecryptError as problem:
        target.unlink(missing_ok=True)
        raise GroupDeskError(f"{source.name} is damaged or cut short ({problem}).") from None
