"""What the sync engine needs of the place where a group's sync files lie (a transport).

Two places serve: a folder (`folder.SyncFolder`: a USB stick or a cloud drive) and an
S3-compatible object store. The sync format (docs/sync-format.md) is made of immutable files
with one writer each, named by path, so both hold the same names; everything the engine,
snapshots, pruning, attachments and the join read or write goes through this interface, and
nothing in the merge knows which place it is.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Protocol

from groupdesk.services.sync import format as fmt

#: The largest file read whole (a change file or snapshot in one part is at most this).
MAX_FILE_BYTES = fmt.MAX_SINGLE_BYTES
#: The largest change file or snapshot opened: it is read one part at a time, each part
#: authenticated and bounded (`fmt.MAX_PART_BYTES`).
MAX_STREAMED_BYTES = 64 << 30
#: The largest groupdesk-sync.json or device file read.
MAX_SMALL_FILE_BYTES = 1 << 20
#: The largest attachment blob opened (it is read chunk by chunk, each authenticated).
MAX_BLOB_BYTES = 8 << 30


@dataclass(frozen=True)
class FolderManifest:
    """`groupdesk-sync.json`: which group the place holds, and how its key is checked."""

    group_id: str
    created_by: str
    created_at: str
    key_check: str
    format_version: int = fmt.FORMAT_VERSION
    passphrase: dict[str, Any] | None = None
    #: Where the group moved from here, sealed (`moved.py`); None while it syncs here.
    moved: str | None = None

    def to_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "format": fmt.FOLDER_FORMAT,
            "format_version": self.format_version,
            "group_id": self.group_id,
            "created_by": self.created_by,
            "created_at": self.created_at,
            "key_check": self.key_check,
        }
        if self.passphrase is not None:
            data["passphrase_wrapped_key"] = self.passphrase
        if self.moved is not None:
            data["moved"] = self.moved
        return data

    def file_bytes(self) -> bytes:
        """The manifest as `groupdesk-sync.json` holds it."""
        return (json.dumps(self.to_json(), indent=2, ensure_ascii=False) + "\n").encode("utf-8")

    @classmethod
    def from_json(cls, raw: Any) -> FolderManifest:
        """The manifest in `raw` (parsed JSON); ValueError, KeyError or TypeError if it is not
        one of GroupDesk's."""
        if raw.get("format") != fmt.FOLDER_FORMAT:
            raise ValueError("not a GroupDesk sync folder")
        return cls(
            group_id=str(raw["group_id"]),
            created_by=str(raw.get("created_by", "")),
            created_at=str(raw.get("created_at", "")),
            key_check=str(raw["key_check"]),
            format_version=int(raw["format_version"]),
            passphrase=raw.get("passphrase_wrapped_key"),
            moved=str(raw["moved"]) if raw.get("moved") else None,
        )


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str
    device_id: str
    seq: int


@dataclass(frozen=True)
class Seen:
    """What this laptop already knows of the place, so that a listing may leave it out: a
    sync then costs in proportion to what changed, not to the size of the place.

    A place that lists cheaply (a folder) may ignore it and list everything."""

    #: This laptop's device id: its own change files are always listed whole (pruning, the
    #: next free name, and files a copy of its data folder wrote under its id).
    device_id: str
    #: Per device, the highest sequence S such that its change files 1..S were all read,
    #: written or covered by a snapshot here: they need not be listed again.
    read_up_to: dict[str, int]
    #: Per device, the tag its device file had when this laptop last read it (its own: when
    #: it wrote it). A device whose device file is unchanged has written nothing since.
    tags: dict[str, str]
    #: Per device, the highest change-file sequence listed before: a device with files known
    #: but not read yet (one that could not be read: "not arrived yet") is listed again.
    tops: dict[str, int]

    def active(self, device_id: str, tag: str | None) -> bool:
        """Whether `device_id`'s change files may hold something new to this laptop."""
        return (
            tag is None
            or self.tags.get(device_id) != tag
            or self.read_up_to.get(device_id, 0) < self.tops.get(device_id, 0)
        )


@dataclass
class Listing:
    """What the place holds now: strictly named files, and other names under `changes/`.

    A listing made with `Seen` leaves out each device's change files up to
    `read_up_to` (the place holds them: `holds`), and other devices' change files
    altogether when their device files did not change."""

    entries: dict[str, Entry] = field(default_factory=dict)
    blobs: set[str] = field(default_factory=set)
    #: Files under `changes/` whose names are not strict (renamed by a cloud client).
    renamed: list[str] = field(default_factory=list)
    #: Per device id, a tag of its device file that changes whenever the file does (the
    #: store's ETag); empty where the place gives none (every device file is read).
    tags: dict[str, str] = field(default_factory=dict)
    #: Per device, change files up to this sequence were left out of the listing.
    read_up_to: dict[str, int] = field(default_factory=dict)
    #: True when this laptop's own device file is the one it wrote last: nothing else wrote
    #: under its id since, so the files it wrote need not be read back to be checked.
    own_unchanged: bool = False
    #: Lists the attachment blobs on first need (a sync needing none makes no request).
    blob_lister: Callable[[], Iterable[str]] | None = None

    def of_kind(self, kind: str) -> list[Entry]:
        return sorted(
            (e for e in self.entries.values() if e.kind == kind),
            key=lambda e: (e.device_id, e.seq),
        )

    def add(self, name: str) -> bool:
        """Take `name` (relative, `/`-separated) into the listing; False if it is not a strict
        name of a device, change or snapshot file (blobs go through `add_blob`)."""
        parsed = fmt.parse_name(name)
        if parsed is None:
            return False
        kind, device_id, seq = parsed
        self.entries[name] = Entry(name, kind, device_id, seq)
        return True

    def add_blob(self, name: str) -> None:
        """Take `name` under `attachments/` if it is a strict attachment name."""
        if match := fmt.ATTACHMENT_NAME.fullmatch(name):
            self.blobs.add(match.group(1))

    def has_blob(self, name: str) -> bool:
        """Whether the attachment blob `name` (`attachments/<hex>.gda`) is in the place."""
        if self.blob_lister is not None:
            lister, self.blob_lister = self.blob_lister, None
            for listed in lister():
                self.add_blob(listed)
        match = fmt.ATTACHMENT_NAME.fullmatch(name)
        return match is not None and match.group(1) in self.blobs

    def holds(self, name: str) -> bool:
        """Whether the place holds the file `name`: listed, or a change file left out of the
        listing because this laptop had read it already."""
        if name in self.entries:
            return True
        parsed = fmt.parse_name(name)
        return (
            parsed is not None
            and parsed[0] == "changes"
            and parsed[2] <= self.read_up_to.get(parsed[1], 0)
        )


class Transport(Protocol):
    """A place holding one group's sync files, by `/`-separated names relative to its root.

    Reads raise `fmt.SyncFileError` naming the file and saying why (the engine treats it as
    "not arrived yet"); a place that cannot be reached at all raises a `GroupDeskError` whose
    sentence says so."""

    def describe(self, *, capital: bool = False) -> str:
        """Where this is, in words for a sentence: "the sync folder /media/usb/riverside"
        ("The sync folder …" to start one), marked for the GUI to translate."""
        ...

    def manifest(self) -> FolderManifest:
        """The place's `groupdesk-sync.json`, checked."""
        ...

    def create(self, manifest: FolderManifest) -> None:
        """Make a new place for a group; refuses one that already is one."""
        ...

    def listing(self, seen: Seen | None = None) -> Listing:
        """The files the place holds now, by kind: all of them, or (given what this laptop
        has `seen`) at least every one that may be new to it."""
        ...

    def read(self, name: str, *, limit: int = MAX_FILE_BYTES) -> bytes:
        """The whole content of `name`, refused past `limit` bytes."""
        ...

    def open_regular(self, name: str, *, limit: int) -> BinaryIO:
        """`name` opened for reading in chunks (attachment blobs), refused past `limit`."""
        ...

    def modified(self, name: str) -> float:
        """When `name` was last written, in seconds since the epoch (the newest snapshot)."""
        ...

    def exists(self, name: str) -> bool: ...

    def write_once(self, name: str, data: bytes) -> None:
        """Write a new file; FileExistsError if `name` is taken (a name is never overwritten)."""
        ...

    def write_replacing(self, name: str, data: bytes) -> str | None:
        """Write or replace `name` (only this laptop's own device file); returns the tag a
        listing will show for it (`Listing.tags`), if the place gives one."""
        ...

    def write_stream(self, name: str, writer: Callable[[BinaryIO], Any]) -> None:
        """Write a new file by handing `writer` something to write to (attachment blobs)."""
        ...

    def delete(self, name: str) -> None:
        """Delete this laptop's own old file `name`; nothing if it is gone already."""
        ...
