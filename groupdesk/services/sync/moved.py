"""Where a group went when it moved to another place (`setup.move_to`): a small sealed note in
the old place's `groupdesk-sync.json`, which every laptop reads at each sync anyway (no request
more over a store), and follows.

The note (`"moved"`) is base64 of `nonce ‖ AES-256-GCM(JSON)` under the group key's subkey
"moved", with "groupdesk moved " and the group id as associated data: only the group can read
where it went (the place may be read by strangers), and nobody without the key can send the
group elsewhere. It names the new folder, or the store's endpoint, bucket, prefix, region and
key id, never a secret. A note that does not open with the key is left alone: the group stays.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, replace
from typing import Any

from groupdesk.services.sync import crypto
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.store_location import StoreLocation, folder_words
from groupdesk.services.sync.transport import FolderManifest, Transport


@dataclass(frozen=True)
class Destination:
    """The place the group moved to: a folder's path, or an object store (`store`)."""

    folder: str | None
    store: StoreLocation | None
    moved_by: str
    moved_at: str

    def where(self) -> str:
        return self.store.url() if self.store is not None else str(self.folder)

    def describe(self, *, capital: bool = False) -> str:
        if self.store is not None:
            return self.store.describe(capital=capital)
        return folder_words(str(self.folder), capital=capital)

    def to_json(self) -> dict[str, Any]:
        store = None
        if self.store is not None:
            # A CA bundle is a file on the mover's computer: each laptop gives its own.
            store = {**json.loads(self.store.to_json()), "ca_bundle": None}
        return {
            "folder": self.folder,
            "store": store,
            "moved_by": self.moved_by,
            "moved_at": self.moved_at,
        }


def sealed_note(destination: Destination, key: bytes, group_id: str) -> str:
    body = json.dumps(destination.to_json(), sort_keys=True).encode("utf-8")
    return base64.b64encode(crypto.seal(_note_key(key), body, _associated(group_id))).decode()


def read_note(manifest: FolderManifest, key: bytes) -> Destination | None:
    """Where the group moved, from the manifest of the place it left; None when it did not
    (or the note does not open with the group key: anyone may write to a place, and only the
    group may move it)."""
    if manifest.moved is None:
        return None
    try:
        sealed = base64.b64decode(manifest.moved, validate=True)
        raw = json.loads(crypto.unseal(_note_key(key), sealed, _associated(manifest.group_id)))
        store = raw.get("store")
        return Destination(
            folder=str(raw["folder"]) if raw.get("folder") else None,
            store=StoreLocation(**store) if store else None,
            moved_by=str(raw.get("moved_by", "")),
            moved_at=str(raw.get("moved_at", "")),
        )
    except (binascii.Error, crypto.DecryptError, ValueError, KeyError, TypeError):
        return None


def rewrite_note(place: Transport, manifest: FolderManifest, note: str | None) -> None:
    """Leave `note` in the place's manifest, or take the one there away (moving back)."""
    place.write_replacing(fmt.FOLDER_FILE, replace(manifest, moved=note).file_bytes())


def _note_key(key: bytes) -> bytes:
    return crypto.subkey(key, "moved")


def _associated(group_id: str) -> bytes:
    return b"groupdesk moved " + group_id.encode("ascii")
