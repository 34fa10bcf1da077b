"""Where a group went when it moved to another place (`setup.move_to`): a small sealed note left
in the old place, which the other laptops read at their next sync and follow.

The note (`groupdesk-moved.gdm`) is `MAGIC ‖ nonce ‖ AES-256-GCM(JSON)` under the group key's
subkey "moved", the magic and the group id as associated data: only the group can read where it
went (the place may be read by strangers), and nobody without the key can send the group
elsewhere. It names the new folder, or the store's endpoint, bucket, prefix, region and key id,
never a secret. A note that does not open with the key is left alone: the group stays put.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from groupdesk.services.sync import crypto
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.store_location import StoreLocation
from groupdesk.services.sync.transport import MAX_SMALL_FILE_BYTES, Transport

MOVED_FILE = "groupdesk-moved.gdm"
MAGIC = b"GroupDeskMoved\n"


@dataclass(frozen=True)
class Destination:
    """The place the group moved to: a folder's path, or an object store (`store`)."""

    folder: str | None
    store: StoreLocation | None
    moved_by: str
    moved_at: str

    def where(self) -> str:
        return self.store.url() if self.store is not None else str(self.folder)

    def describe(self) -> str:
        if self.store is not None:
            return self.store.describe()
        return f"the sync folder {self.folder}"

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


def sealed_note(destination: Destination, key: bytes, group_id: str) -> bytes:
    body = json.dumps(destination.to_json(), sort_keys=True).encode("utf-8")
    return MAGIC + crypto.seal(_note_key(key), body, MAGIC + group_id.encode("ascii"))


def read_note(place: Transport, key: bytes, group_id: str) -> Destination | None:
    """Where the group moved from `place`, or None when it did not (or the note does not open
    with the group key: anyone may write to a place, and only the group may move it)."""
    if not place.exists(MOVED_FILE):
        return None
    try:
        data = place.read(MOVED_FILE, limit=MAX_SMALL_FILE_BYTES)
        if not data.startswith(MAGIC):
            return None
        body = crypto.unseal(_note_key(key), data[len(MAGIC) :], MAGIC + group_id.encode("ascii"))
        raw = json.loads(body)
        store = raw.get("store")
        return Destination(
            folder=str(raw["folder"]) if raw.get("folder") else None,
            store=StoreLocation(**store) if store else None,
            moved_by=str(raw.get("moved_by", "")),
            moved_at=str(raw.get("moved_at", "")),
        )
    except (fmt.SyncFileError, crypto.DecryptError, ValueError, KeyError, TypeError):
        return None


def _note_key(key: bytes) -> bytes:
    return crypto.subkey(key, "moved")
