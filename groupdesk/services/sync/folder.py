"""The folder transport: a sync folder on a USB stick or in a cloud drive, treated as untrusted.

    <sync folder>/
      groupdesk-sync.json                group id, format, who made it, key check value
      devices/<device id>.gdd            each laptop's name and what it has read (sealed)
      changes/<device id>/<seq>.gdc      immutable change files, one writer each
      attachments/<hmac>.gda             sealed attachment blobs, written once
      snapshots/<device id>-<seq>.gds    full state for a new laptop to start from

Every file is written to a temporary name beside its final one, flushed to disk and renamed
into place; the listing takes names that match the strict patterns of `format`, and keeps the
other names under `changes/` apart (`Listing.renamed`): a cloud client's "conflicted copy" or
"(1)" may be the only copy of a change file (two copies of one data folder wrote the same
name), so the engine reads any of them that authenticates. Temporary names are ignored.
A file that already exists is never overwritten (except a laptop's own device file).
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from groupdesk.errors import GroupDeskError, Remedy
from groupdesk.services.sync import format as fmt

TEMP_PREFIX = ".tmp-"


class FolderError(GroupDeskError):
    """The sync folder cannot be used (missing, not a sync folder, another group's, …)."""


@dataclass(frozen=True)
class FolderManifest:
    group_id: str
    created_by: str
    created_at: str
    key_check: str
    format_version: int = fmt.FORMAT_VERSION
    passphrase: dict[str, Any] | None = None

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
        return data


@dataclass(frozen=True)
class Entry:
    name: str
    kind: str
    device_id: str
    seq: int


@dataclass
class Listing:
    """What the folder holds now: strictly named files, and other names under `changes/`."""

    entries: dict[str, Entry] = field(default_factory=dict)
    blobs: set[str] = field(default_factory=set)
    #: Files under `changes/` whose names are not strict (renamed by a cloud client).
    renamed: list[str] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Entry]:
        return sorted(
            (e for e in self.entries.values() if e.kind == kind),
            key=lambda e: (e.device_id, e.seq),
        )


class SyncFolder:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    # The folder's identity -------------------------------------------------------------

    def manifest(self) -> FolderManifest:
        path = self.root / fmt.FOLDER_FILE
        if not self.root.is_dir():
            raise FolderError(
                f"The sync folder {self.root} cannot be found. If it is on a USB stick, plug it "
                "in; if it is in a cloud drive, check that the drive is running."
            )
        if not path.is_file():
            raise FolderError(
                f"{self.root} is not a GroupDesk sync folder (it has no {fmt.FOLDER_FILE})."
            )
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("format") != fmt.FOLDER_FORMAT:
                raise ValueError("not a GroupDesk sync folder")
            manifest = FolderManifest(
                group_id=str(raw["group_id"]),
                created_by=str(raw.get("created_by", "")),
                created_at=str(raw.get("created_at", "")),
                key_check=str(raw["key_check"]),
                format_version=int(raw["format_version"]),
                passphrase=raw.get("passphrase_wrapped_key"),
            )
        except (OSError, ValueError, KeyError, TypeError) as problem:
            raise FolderError(
                f"{path.name} in {self.root} is damaged or not GroupDesk's ({problem})."
            ) from None
        if manifest.format_version > fmt.FORMAT_VERSION:
            raise FolderError(
                f"The sync folder {self.root} was made by a newer GroupDesk (format "
                f"{manifest.format_version}); update GroupDesk on this laptop to use it."
            )
        return manifest

    def create(self, manifest: FolderManifest) -> None:
        """Make a new sync folder; refuses a folder that already is one, or holds other files."""
        self.root.mkdir(parents=True, exist_ok=True)
        if (self.root / fmt.FOLDER_FILE).exists():
            raise FolderError(
                f"{self.root} is already a sync folder. To use it, join it instead.",
                remedy=Remedy("join_sync_folder", str(self.root)),
            )
        for part in ("changes", "devices", "attachments", "snapshots"):
            (self.root / part).mkdir(exist_ok=True)
        text = json.dumps(manifest.to_json(), indent=2, ensure_ascii=False) + "\n"
        self.write_once(fmt.FOLDER_FILE, text.encode("utf-8"))

    # Listing and reading ------------------------------------------------------------

    def listing(self) -> Listing:
        listing = Listing()
        for part in ("devices", "snapshots", "attachments"):
            for name in _names(self.root / part):
                relative = f"{part}/{name}"
                if part == "attachments":
                    if match := fmt.ATTACHMENT_NAME.fullmatch(relative):
                        listing.blobs.add(match.group(1))
                    continue
                self._add(listing, relative)
        for device in _names(self.root / "changes"):
            for name in _names(self.root / "changes" / device):
                relative = f"changes/{device}/{name}"
                if not self._add(listing, relative):
                    listing.renamed.append(relative)
        return listing

    @staticmethod
    def _add(listing: Listing, relative: str) -> bool:
        parsed = fmt.parse_name(relative)
        if parsed is None:
            return False
        kind, device_id, seq = parsed
        listing.entries[relative] = Entry(relative, kind, device_id, seq)
        return True

    def path(self, name: str) -> Path:
        return self.root.joinpath(*name.split("/"))

    def read(self, name: str) -> bytes:
        try:
            return self.path(name).read_bytes()
        except OSError as problem:
            raise fmt.SyncFileError(name, f"could not be read ({problem.strerror})") from None

    def modified(self, name: str) -> float:
        return self.path(name).stat().st_mtime

    # Writing ------------------------------------------------------------------------

    def write_once(self, name: str, data: bytes) -> None:
        """Write a new file (temporary name, flush, rename); FileExistsError if it exists."""
        self._write(name, lambda out: out.write(data), replace=False)

    def write_replacing(self, name: str, data: bytes) -> None:
        self._write(name, lambda out: out.write(data), replace=True)

    def write_stream(self, name: str, writer: Callable[[BinaryIO], Any]) -> None:
        self._write(name, writer, replace=False)

    def _write(self, name: str, writer: Callable[[BinaryIO], Any], *, replace: bool) -> None:
        target = self.path(name)
        target.parent.mkdir(parents=True, exist_ok=True)
        if not replace and target.exists():
            raise FileExistsError(name)
        handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=TEMP_PREFIX)
        try:
            with os.fdopen(handle, "wb") as out:
                writer(out)
                out.flush()
                os.fsync(out.fileno())
            if not replace and target.exists():
                raise FileExistsError(name)
            os.replace(temporary, target)
        finally:
            Path(temporary).unlink(missing_ok=True)

    def delete(self, name: str) -> None:
        self.path(name).unlink(missing_ok=True)


def _names(folder: Path) -> list[str]:
    try:
        with os.scandir(folder) as entries:
            return [e.name for e in entries if not e.name.startswith(TEMP_PREFIX)]
    except (FileNotFoundError, NotADirectoryError):
        return []
