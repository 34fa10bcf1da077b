"""Where the group key lives: the operating system's keyring, never a file or the database.

`KeyStore` is injected (tests pass an in-memory one); `keyring_store()` is the real thing. When
the computer has no keyring the user gets a plain sentence saying what to install; the key is
never written in plain text as a fallback. Whatever is installed, a backend that keeps
passwords in a file anyone can read (`keyrings.alt`: plain text, base64 "encryption"), or none
at all ("fail", "null"), is refused at run time: with `keyrings.alt` installed, `sync init` once
put the key in `python_keyring/keyring_pass.cfg` in base64 (issue 15 item 12).
"""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import date
from types import ModuleType
from typing import Protocol

from groupdesk.errors import GroupDeskError
from groupdesk.messages import QT_TRANSLATE_NOOP
from groupdesk.services.sync import crypto

SERVICE = "GroupDesk sync"


class NoKeyringError(GroupDeskError):
    """This computer has no password store that GroupDesk can keep the group key in."""


class MissingKeyError(GroupDeskError):
    """The keyring holds no key for this group (a new user account, or it was removed)."""


class KeyStore(Protocol):
    def get(self, group_id: str) -> bytes | None: ...

    def put(self, group_id: str, key: bytes) -> None: ...


NO_KEYRING = QT_TRANSLATE_NOOP(
    "SyncSetup",
    "This computer has no password store (keyring) for GroupDesk to keep the group's sync key "
    "in, and GroupDesk will not keep it in a plain file. On Windows and macOS the system's own "
    "store is used; on Linux install and unlock GNOME Keyring or KWallet (a 'Secret Service'), "
    "then try again.",
)
#: NO_KEYRING with what the keyring said (its own words, in English).
_NO_KEYRING_BECAUSE = QT_TRANSLATE_NOOP("SyncSetup", "{no_keyring} ({problem})")


#: Backends (by module) that keep no secret: a readable file, or nowhere at all.
INSECURE_BACKENDS = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


def insecure_backends(backend: object) -> list[str]:
    """The names of the backends in `backend` (one, or a chain of them: the key could land in
    any) that would keep the key insecurely or not at all; empty when it is safe to use."""
    from keyring.backends import chainer

    parts = list(backend.backends) if isinstance(backend, chainer.ChainerBackend) else [backend]
    if not parts:
        return [f"{type(backend).__module__}.{type(backend).__name__} (empty)"]
    names = [f"{type(part).__module__}.{type(part).__name__}" for part in parts]
    return [name for name in names if name.startswith(INSECURE_BACKENDS)]


class KeyringStore:
    """The group key in the system keyring, under service 'GroupDesk sync' and the group id."""

    def _keyring(self) -> ModuleType:
        import keyring

        refused = insecure_backends(keyring.get_keyring())
        if refused:
            raise NoKeyringError(
                QT_TRANSLATE_NOOP(
                    "SyncSetup",
                    "{no_keyring} (The password store found, {found}, keeps passwords in a file "
                    "anyone with the laptop can read, or nowhere: uninstall keyrings.alt, or "
                    "unset PYTHON_KEYRING_BACKEND.)",
                ).format(no_keyring=NO_KEYRING, found=", ".join(refused))
            )
        return keyring

    def get(self, group_id: str) -> bytes | None:
        import keyring.errors

        try:
            stored = self._keyring().get_password(SERVICE, group_id)
        except keyring.errors.KeyringError as problem:
            raise NoKeyringError(
                _NO_KEYRING_BECAUSE.format(no_keyring=NO_KEYRING, problem=str(problem))
            ) from None
        return base64.b64decode(stored) if stored else None

    def put(self, group_id: str, key: bytes) -> None:
        import keyring.errors

        try:
            self._keyring().set_password(SERVICE, group_id, base64.b64encode(key).decode("ascii"))
        except keyring.errors.KeyringError as problem:
            raise NoKeyringError(
                _NO_KEYRING_BECAUSE.format(no_keyring=NO_KEYRING, problem=str(problem))
            ) from None


def keyring_store() -> KeyStore:
    return KeyringStore()


class MemoryKeyStore:
    """Keys kept in this process only: for a throwaway group (the self-test, the benchmarks),
    never a real one."""

    def __init__(self) -> None:
        self.keys: dict[str, bytes] = {}

    def get(self, group_id: str) -> bytes | None:
        return self.keys.get(group_id)

    def put(self, group_id: str, key: bytes) -> None:
        self.keys[group_id] = key


def load_key(store: KeyStore, group_id: str) -> bytes:
    key = store.get(group_id)
    if key is None:
        raise MissingKeyError(
            QT_TRANSLATE_NOOP(
                "SyncSetup",
                "The group's sync key is not in this computer's keyring. Join the sync folder "
                "again with the join code from the recovery sheet (or the group passphrase).",
            )
        )
    return key


@dataclass(frozen=True)
class RecoverySheet:
    group_name: str
    group_id: str
    join_code: str
    folder: str
    made_on: date

    #: What the code is and what losing it means (printed above the code).
    WARNING = (
        "This code opens your group's sync folder. Anyone who has it and the folder can read "
        "your group's records: keep it like a house key, somewhere safe and away from the "
        "laptops. If every copy of this code is lost, the sync folder cannot be opened again "
        "(each laptop's own records are not lost)."
    )
    #: How the code is used (printed below it).
    HOW_TO_JOIN = (
        "To add a laptop: install GroupDesk, open Sync, choose 'Join a group's sync folder', "
        "pick the folder and type the join code above (or: groupdesk sync join FOLDER --code "
        "CODE)."
    )

    def facts(self) -> list[tuple[str, str]]:
        return [
            ("Group id", self.group_id),
            ("Sync folder", self.folder),
            ("Made on", self.made_on.isoformat()),
        ]

    def text(self) -> str:
        """A sheet to print and keep somewhere safe, away from the laptops."""
        import textwrap

        return "\n".join(
            [
                f"GroupDesk sync recovery sheet — {self.group_name}",
                "=" * 60,
                "",
                textwrap.fill(self.WARNING, 78),
                "",
                f"Join code:   {self.join_code}",
                "",
                *(f"{label + ':':<13}{value}" for label, value in self.facts()),
                "",
                textwrap.fill(self.HOW_TO_JOIN, 78),
                "",
            ]
        )


def recovery_sheet(
    *, group_name: str, group_id: str, key: bytes, folder: str, today: date
) -> RecoverySheet:
    return RecoverySheet(group_name, group_id, crypto.join_code(key), folder, today)
