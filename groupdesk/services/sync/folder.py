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

Anyone who can write to the folder can put anything in it (issue 15 item 7), so a file is
opened only if it is a regular file reached through real folders (no symbolic link followed,
`O_NOFOLLOW` where the platform has it; a pipe or a device is never opened for reading), its
size is checked against a limit before reading, and it is read in bounded chunks. Writes go
only into real folders under the sync folder: a `changes/<id>` or `devices` replaced by a link
is refused.
"""

from __future__ import annotations

import errno
import json
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from groupdesk.errors import GroupDeskError, Remedy
from groupdesk.messages import QT_TRANSLATE_NOOP, sentence
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.store_location import folder_words
from groupdesk.services.sync.transport import (
    MAX_FILE_BYTES,
    MAX_SMALL_FILE_BYTES,
    FolderManifest,
    Listing,
    Seen,
)

TEMP_PREFIX = ".tmp-"
_READ_CHUNK = 1 << 20
_OPEN_FLAGS = (
    os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    | getattr(os, "O_BINARY", 0)
)  # fmt: skip


class FolderError(GroupDeskError):
    """The sync folder cannot be used (missing, not a sync folder, another group's, …)."""


class SyncFolder:
    """The folder transport (`transport.Transport`)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def describe(self, *, capital: bool = False) -> str:
        return folder_words(str(self.root), capital=capital)

    # The folder's identity -------------------------------------------------------------

    def manifest(self) -> FolderManifest:
        path = self.root / fmt.FOLDER_FILE
        if not self.root.is_dir():
            raise FolderError(
                QT_TRANSLATE_NOOP(
                    "SyncSetup",
                    "The sync folder {folder} cannot be found. If it is on a USB stick, plug it "
                    "in; if it is in a cloud drive, check that the drive is running.",
                ).format(folder=str(self.root))
            )
        if not path.is_file():
            raise FolderError(
                QT_TRANSLATE_NOOP(
                    "SyncSetup", "{folder} is not a GroupDesk sync folder (it has no {file})."
                ).format(folder=str(self.root), file=fmt.FOLDER_FILE)
            )
        try:
            raw = json.loads(self.read(fmt.FOLDER_FILE, limit=MAX_SMALL_FILE_BYTES))
            manifest = FolderManifest.from_json(raw)
        except fmt.SyncFileError as problem:
            raise FolderError(
                QT_TRANSLATE_NOOP("SyncFiles", "{file} in {folder} {reason}.").format(
                    file=path.name, folder=str(self.root), reason=problem.reason
                )
            ) from None
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as problem:
            raise FolderError(
                QT_TRANSLATE_NOOP(
                    "SyncFiles", "{file} in {folder} is damaged or not GroupDesk's ({problem})."
                ).format(file=path.name, folder=str(self.root), problem=str(problem))
            ) from None
        if manifest.format_version > fmt.FORMAT_VERSION:
            raise FolderError(
                QT_TRANSLATE_NOOP(
                    "SyncSetup",
                    "The sync folder {folder} was made by a newer GroupDesk (format {version}); "
                    "update GroupDesk on this laptop to use it.",
                ).format(folder=str(self.root), version=str(manifest.format_version))
            )
        return manifest

    def create(self, manifest: FolderManifest) -> None:
        """Make a new sync folder; refuses a folder that already is one, or holds other files."""
        self.root.mkdir(parents=True, exist_ok=True)
        if (self.root / fmt.FOLDER_FILE).exists():
            raise FolderError(
                QT_TRANSLATE_NOOP(
                    "SyncSetup", "{folder} is already a sync folder. To use it, join it instead."
                ).format(folder=str(self.root)),
                remedy=Remedy("join_sync_folder", str(self.root)),
            )
        for part in ("changes", "devices", "attachments", "snapshots"):
            (self.root / part).mkdir(exist_ok=True)
        text = json.dumps(manifest.to_json(), indent=2, ensure_ascii=False) + "\n"
        self.write_once(fmt.FOLDER_FILE, text.encode("utf-8"))

    # Listing and reading ------------------------------------------------------------

    def listing(self, seen: Seen | None = None) -> Listing:
        """Every file: a folder lists cheaply, so what this laptop has `seen` is not needed."""
        listing = Listing()
        for part in ("devices", "snapshots", "attachments"):
            for name in _names(self.root / part):
                relative = f"{part}/{name}"
                if part == "attachments":
                    listing.add_blob(relative)
                else:
                    listing.add(relative)
        for device in _names(self.root / "changes"):
            for name in _names(self.root / "changes" / device):
                relative = f"changes/{device}/{name}"
                if not listing.add(relative):
                    listing.renamed.append(relative)
        return listing

    def path(self, name: str) -> Path:
        return self.root.joinpath(*name.split("/"))

    def open_regular(self, name: str, *, limit: int) -> BinaryIO:
        """`name` opened for reading if it is a regular file of at most `limit` bytes reached
        through real folders; SyncFileError (naming it, saying why) otherwise."""
        try:
            parent = self._real_folder(name, create=False)
            descriptor = os.open(parent / name.rsplit("/", 1)[-1], _OPEN_FLAGS)
        except _NotRealFolder as problem:
            raise fmt.SyncFileError(name, sentence(problem)) from None
        except OSError as problem:
            if os.path.islink(self.path(name)):
                raise fmt.SyncFileError(name, _NOT_REGULAR) from None
            raise fmt.SyncFileError(
                name, _UNREADABLE.format(problem=str(problem.strerror))
            ) from None
        handle = os.fdopen(descriptor, "rb")
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            handle.close()
            raise fmt.SyncFileError(name, _NOT_REGULAR)
        if status.st_size > limit:
            handle.close()
            raise fmt.SyncFileError(name, _TOO_BIG.format(size=status.st_size, limit=limit))
        if hasattr(os, "set_blocking"):
            os.set_blocking(descriptor, True)
        return handle

    def read(self, name: str, *, limit: int = MAX_FILE_BYTES) -> bytes:
        """The bytes of `name` (see `open_regular`), read in bounded chunks: a file that
        grows while it is read stops at the limit."""
        with self.open_regular(name, limit=limit) as handle:
            parts: list[bytes] = []
            total = 0
            try:
                while chunk := handle.read(min(_READ_CHUNK, limit + 1 - total)):
                    parts.append(chunk)
                    total += len(chunk)
                    if total > limit:
                        raise fmt.SyncFileError(name, _GREW)
            except OSError as problem:
                raise fmt.SyncFileError(
                    name, _UNREADABLE.format(problem=str(problem.strerror))
                ) from None
        return b"".join(parts)

    def modified(self, name: str) -> float:
        return os.lstat(self.path(name)).st_mtime

    def exists(self, name: str) -> bool:
        """Whether anything stands under `name` (a link too: it is never written through)."""
        return os.path.lexists(self.path(name))

    def _real_folder(self, name: str, *, create: bool) -> Path:
        """The folder that holds `name`, checked to be a real folder (no link) at every step
        below the sync folder; made if missing when `create`."""
        folder = self.root
        for part in name.split("/")[:-1]:
            folder = folder / part
            try:
                mode = os.lstat(folder).st_mode
            except FileNotFoundError:
                if not create:
                    raise _NotRealFolder(
                        QT_TRANSLATE_NOOP("SyncFiles", "its folder {folder} is missing").format(
                            folder=part
                        )
                    ) from None
                folder.mkdir()
                continue
            if not stat.S_ISDIR(mode):
                raise _NotRealFolder(
                    QT_TRANSLATE_NOOP(
                        "SyncFiles",
                        "{folder} in the sync folder is a link or a file, not a folder: "
                        "GroupDesk reads and writes only inside the sync folder",
                    ).format(folder=str(folder.relative_to(self.root)))
                )
        return folder

    # Writing ------------------------------------------------------------------------

    def write_once(self, name: str, data: bytes) -> None:
        """Write a new file (temporary name, flush, rename); FileExistsError if it exists."""
        self._write(name, lambda out: out.write(data), replace=False)

    def write_replacing(self, name: str, data: bytes) -> None:
        """Replace `name`; a folder gives no tag (every device file is read at each sync)."""
        self._write(name, lambda out: out.write(data), replace=True)

    def write_stream(self, name: str, writer: Callable[[BinaryIO], Any]) -> None:
        self._write(name, writer, replace=False)

    def _write(self, name: str, writer: Callable[[BinaryIO], Any], *, replace: bool) -> None:
        """Write `name`; a full or read-only sync folder is said as such, naming the sync
        folder (not the data folder, which the disk fault would otherwise be blamed on)."""
        try:
            self._write_file(name, writer, replace=replace)
        except OSError as problem:
            if problem.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
                refused = QT_TRANSLATE_NOOP(
                    "SyncFiles",
                    "The sync folder {folder} is full (or a file in it would be bigger than this "
                    "system allows): {name} could not be written there. Nothing was lost: this "
                    "laptop keeps all its records and sends its changes with the next sync that "
                    "can write there.",
                )
            elif problem.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
                refused = QT_TRANSLATE_NOOP(
                    "SyncFiles",
                    "The sync folder {folder} is read-only: {name} could not be written there. "
                    "Nothing was lost: this laptop keeps all its records and sends its changes "
                    "with the next sync that can write there.",
                )
            else:
                raise
            raise FolderError(refused.format(folder=str(self.root), name=name)) from None

    def _write_file(self, name: str, writer: Callable[[BinaryIO], Any], *, replace: bool) -> None:
        try:
            parent = self._real_folder(name, create=True)
        except _NotRealFolder as problem:
            raise FolderError(
                QT_TRANSLATE_NOOP(
                    "SyncFiles", "Nothing was written to the sync folder: {problem}."
                ).format(problem=sentence(problem))
            ) from None
        target = parent / name.rsplit("/", 1)[-1]
        if not replace and os.path.lexists(target):
            raise FileExistsError(name)
        handle, temporary = tempfile.mkstemp(dir=parent, prefix=TEMP_PREFIX)
        try:
            with os.fdopen(handle, "wb") as out:
                writer(out)
                out.flush()
                os.fsync(out.fileno())
            if not replace and os.path.lexists(target):
                raise FileExistsError(name)
            os.replace(temporary, target)
        finally:
            Path(temporary).unlink(missing_ok=True)

    def delete(self, name: str) -> None:
        try:
            parent = self._real_folder(name, create=False)
        except _NotRealFolder:
            return
        (parent / name.rsplit("/", 1)[-1]).unlink(missing_ok=True)


_NOT_REGULAR = QT_TRANSLATE_NOOP(
    "SyncFiles", "is not a regular file (a link, a pipe or a device): left alone"
)
_UNREADABLE = QT_TRANSLATE_NOOP("SyncFiles", "could not be read ({problem})")
_TOO_BIG = QT_TRANSLATE_NOOP(
    "SyncFiles", "is {size:,} bytes, more than a sync file can be ({limit:,}): left alone"
)
_GREW = QT_TRANSLATE_NOOP("SyncFiles", "grew past the size a sync file can be")


class _NotRealFolder(Exception):
    """A folder on the way to a file in the sync folder is a link or a file."""


def _names(folder: Path) -> list[str]:
    """The names in `folder`, if it is a real folder (a link to a folder elsewhere lists
    nothing: the sync folder's parts are never followed out of it)."""
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return []
        with os.scandir(folder) as entries:
            return [e.name for e in entries if not e.name.startswith(TEMP_PREFIX)]
    except (FileNotFoundError, NotADirectoryError):
        return []
