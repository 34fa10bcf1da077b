"""What a backup file must be before a restore reads any of it: checks against hostile files.

A backup may come from anywhere (a stick, a mail, a cloud folder), so nothing in it is trusted:
the zip's entries are refused when encrypted or compressed in a way GroupDesk never writes,
when they declare more than the disk can hold or expand far beyond their compressed size (a
zip bomb), and while they are read, the bytes are counted against what was declared. The
manifest is read bounded and parsed with its nesting and the kinds of its fields checked, so
every refusal is one sentence naming the file and what is wrong.
"""

from __future__ import annotations

import json
import shutil
import zipfile
from pathlib import Path
from typing import IO

from groupdesk.errors import GroupDeskError
from groupdesk.registry import QT_TRANSLATE_NOOP

#: A manifest is a few kilobytes (one line per attachment): a megabyte is far beyond any.
MAX_MANIFEST_BYTES = 1 << 20
#: An entry may expand this many times its compressed size once past `RATIO_FREE_BYTES`
#: (a fresh database compresses about 60 times, a full one about 6; a zip bomb about 1,000).
MAX_RATIO = 200
RATIO_FREE_BYTES = 64 << 20
#: Room left on the disk after a restore's files are written out.
DISK_MARGIN_BYTES = 64 << 20
_METHODS = {zipfile.ZIP_STORED: "stored", zipfile.ZIP_DEFLATED: "deflated"}
_CHUNK = 1 << 20


class BackupError(GroupDeskError):
    """A backup file that cannot be restored; the message says why, the data is untouched."""


def check_entries(name: str, archive: zipfile.ZipFile, room: Path | None) -> None:
    """Refuse `archive` (the file `name`) before anything is expanded: an encrypted entry, a
    compression method GroupDesk does not write, an entry that would expand like a zip bomb,
    or more in all than the disk holding `room` has free."""
    declared = 0
    for entry in archive.infolist():
        if entry.flag_bits & 0x1:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "{name} holds an encrypted entry ({entry}); GroupDesk never writes one, so "
                    "this is not a GroupDesk backup.",
                ).format(name=name, entry=entry.filename)
            )
        if entry.compress_type not in _METHODS:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "{name} uses a compression method GroupDesk does not write (method {method} "
                    "for {entry}).",
                ).format(name=name, method=entry.compress_type, entry=entry.filename)
            )
        if entry.file_size > max(RATIO_FREE_BYTES, MAX_RATIO * max(entry.compress_size, 1)):
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "{name} is refused: {entry} would expand from {packed} to {size} (a zip bomb).",
                ).format(
                    name=name,
                    entry=entry.filename,
                    packed=_size(entry.compress_size),
                    size=_size(entry.file_size),
                )
            )
        declared += entry.file_size
    if room is not None:
        free = shutil.disk_usage(room).free
        if declared + DISK_MARGIN_BYTES > free:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Backups",
                    "{name} expands to {size}, more than the {free} free beside the data folder; "
                    "nothing was changed.",
                ).format(name=name, size=_size(declared), free=_size(free))
            )


def copy_entry(
    name: str, archive: zipfile.ZipFile, entry: str, out: IO[bytes], *, limit: int | None = None
) -> None:
    """Copy `entry` out, counting its bytes as they come: never more than it declared (or
    `limit`), so a lying header cannot fill the disk."""
    info = archive.getinfo(entry)
    allowed = info.file_size if limit is None else min(limit, info.file_size)
    written = 0
    with archive.open(info) as stream:
        while chunk := stream.read(_CHUNK):
            written += len(chunk)
            if written > allowed:
                raise BackupError(
                    QT_TRANSLATE_NOOP(
                        "Backups", "{name} is refused: {entry} is larger than it declares."
                    ).format(name=name, entry=entry)
                )
            out.write(chunk)


def parse_manifest(name: str, archive: zipfile.ZipFile, entry: str) -> dict[str, object]:
    """The manifest of the backup `name`, read bounded and checked field by field."""
    if archive.getinfo(entry).file_size > MAX_MANIFEST_BYTES:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backups", "{name} is damaged: its manifest is larger than any GroupDesk writes."
            ).format(name=name)
        )
    with archive.open(entry) as stream:
        raw = stream.read(MAX_MANIFEST_BYTES + 1)
    try:
        manifest = json.loads(raw.decode("utf-8"))
    except RecursionError:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backups", "{name} is damaged: its manifest is nested too deeply."
            ).format(name=name)
        ) from None
    except ValueError as error:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backups", "{name} is damaged: its manifest is not JSON ({error})."
            ).format(name=name, error=str(error))
        ) from None
    if not isinstance(manifest, dict) or manifest.get("format") != "groupdesk-backup":
        raise BackupError(
            QT_TRANSLATE_NOOP("Backups", "{name} is not a GroupDesk backup.").format(name=name)
        )
    version = manifest.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backups", "{name} is damaged: its format_version is {value}, not a whole number."
            ).format(name=name, value=_shown(version))
        )
    attachments = manifest.get("attachments", [])
    if not isinstance(manifest.get("database_sha256"), str) or not (
        isinstance(attachments, list) and all(isinstance(a, str) for a in attachments)
    ):
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backups", "{name} is damaged: its manifest is not one GroupDesk writes."
            ).format(name=name)
        )
    for text in ("schema_revision", "created_at", "group_name", "reason"):
        if manifest.get(text) is not None and not isinstance(manifest[text], str):
            raise BackupError(
                QT_TRANSLATE_NOOP("Backups", "{name} is damaged: its {field} is {value}.").format(
                    name=name, field=text, value=_shown(manifest[text])
                )
            )
    return manifest


def header_version(name: str, header: dict[str, object]) -> int:
    """The format version of a sealed backup's clear header, refused unless a whole number."""
    version = header.get("format_version", 0)
    if not isinstance(version, int) or isinstance(version, bool):
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backups", "{name} is a damaged encrypted backup: its format_version is {value}."
            ).format(name=name, value=_shown(version))
        )
    return version


def _shown(value: object) -> str:
    return json.dumps(value)[:40]


def _size(count: int) -> str:
    """Bytes for people: '3.0 GB'."""
    amount, unit = float(count), "bytes"
    for bigger in ("KB", "MB", "GB"):
        if amount < 1000:
            break
        amount, unit = amount / 1000, bigger
    return f"{count} bytes" if unit == "bytes" else f"{amount:.1f} {unit}"
