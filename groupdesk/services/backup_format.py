"""What a GroupDesk backup file is, and how one is read: a zip holding `manifest.json`, the
database and the attachments under their checksums, and nothing else.

Reading a backup is shared by the list of backups, the pruning of automatic ones and a
restore; each refuses, in one sentence naming the file, anything a backup never holds. The
small read-only queries here read a database without a session, so they work on a backup's
copy and while the data folder is being migrated.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

from groupdesk.errors import GroupDeskError
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.backup_checks import (
    BackupError,
    check_entries,
    header_version,
    parse_manifest,
)

FORMAT = "groupdesk-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_ENTRY = "groupdesk.sqlite"
ATTACHMENT_ENTRY = re.compile(r"attachments/([0-9a-f]{64})")
_CHUNK = 1 << 20
#: How a sealed (encrypted) backup begins: these bytes, then its clear header's length and the
#: header (`backup_safety` writes them).
MAGIC = b"GroupDesk sealed backup\n"
#: A sealed backup's file ending (a plain one is a .zip).
SEALED_SUFFIX = ".sealed"
SEALED_FORMAT_VERSION = 1
_MAX_HEADER = 64 * 1024


@dataclass(frozen=True)
class BackupInfo:
    """One backup file as the list, the CLI and a restore's question name it."""

    path: Path
    created_at: str
    group_name: str
    schema_revision: str | None
    attachments: int
    reason: str
    #: Member records in it (not deleted, not merged away); None for backups made before the
    #: count was recorded (`plan_restore` counts those from the database itself) and for
    #: encrypted ones until opened.
    members: int | None = None
    encrypted: bool = False
    #: Its copy in the second place, and why there is none when one is set but failed.
    copied_to: Path | None = None
    not_copied: str = ""
    #: The checksum of the database in it: two backups with the same one hold the same data.
    state: str | None = None

    @property
    def when(self) -> str:
        """`created_at` for people: '2026-11-24 16:36:16 UTC'."""
        return for_people(self.created_at)


def for_people(stamp: str) -> str:
    """An ISO 8601 UTC stamp as the list and a restore's question write it."""
    return stamp.replace("T", " ").rstrip("Z") + " UTC"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _query_one(database: Path, sql: str, parameters: tuple[str, ...] = ()) -> tuple[object, ...]:
    """One row read from `database` opened read-only; empty when it is missing or unreadable
    (a folder with no group yet, a backup of an older schema)."""
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            row = connection.execute(sql, parameters).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return ()
    return tuple(row) if row else ()


def group_name_in(database: Path) -> str:
    """The group's name, for the manifest and a restore's question ('' when there is none)."""
    row = _query_one(database, "SELECT name FROM group_settings WHERE deleted_at IS NULL LIMIT 1")
    return str(row[0]) if row else ""


def member_count_in(database: Path) -> int | None:
    """Member records a person would count: not deleted, not merged into another."""
    row = _query_one(
        database,
        "SELECT count(*) FROM members WHERE deleted_at IS NULL AND merged_into_id IS NULL",
    )
    return int(str(row[0])) if row else None


def local_setting(database: Path, key: str) -> str | None:
    """A setting of this laptop, read without a session (automatic backups run while the
    database is being migrated)."""
    row = _query_one(database, "SELECT value FROM local_state WHERE key = ?", (key,))
    return str(row[0]) if row else None


def backup_info(path: Path, manifest: dict[str, object]) -> BackupInfo:
    """What a manifest says of its backup; a field an older backup lacks is left empty."""
    return BackupInfo(
        path=path,
        created_at=str(manifest.get("created_at", "")),
        group_name=str(manifest.get("group_name", "")),
        schema_revision=manifest.get("schema_revision")
        if manifest.get("schema_revision")
        else None,  # type: ignore[arg-type]
        attachments=len(manifest.get("attachments", [])),  # type: ignore[arg-type]
        reason=str(manifest.get("reason", "")),
        members=members if isinstance(members := manifest.get("members"), int) else None,
        state=state if isinstance(state := manifest.get("database_sha256"), str) else None,
    )


def read_manifest(
    source: Path, *, room: Path | None = None
) -> tuple[zipfile.ZipFile, dict[str, object]]:
    """Open `source` as a backup and read its manifest; refuses anything else by name, and
    anything that would not fit expanded beside `room` (the folder a restore expands into)."""
    name = source.name
    if not source.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "{name}: no such file.").format(name=name))
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError) as error:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backups", "{name} is not a GroupDesk backup, or it is cut short ({error})."
            ).format(name=name, error=str(error))
        ) from None
    try:
        names = archive.namelist()
        strange = [
            n
            for n in names
            if n not in (MANIFEST, DATABASE_ENTRY) and not ATTACHMENT_ENTRY.fullmatch(n)
        ]
        if strange:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Backups", "{name} holds entries a GroupDesk backup never holds: {entries}."
                ).format(name=name, entries=str(strange[:3]))
            )
        if MANIFEST not in names or DATABASE_ENTRY not in names:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Backups", "{name} is not a GroupDesk backup (no manifest or no database)."
                ).format(name=name)
            )
        check_entries(name, archive, room)
        manifest = parse_manifest(name, archive, MANIFEST)
        if int(str(manifest["format_version"])) > FORMAT_VERSION:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Backups", "{name} was made by a newer GroupDesk; update the app to restore it."
                ).format(name=name)
            )
    except BackupError:
        archive.close()
        raise
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, EOFError) as error:
        archive.close()
        raise BackupError(
            QT_TRANSLATE_NOOP("Backups", "{name} is damaged: {error}.").format(
                name=name, error=str(error)
            )
        ) from None
    return archive, manifest


def inspect_backup(source: Path) -> BackupInfo:
    """What the list of backups shows; of an encrypted one, only its clear header (when, why)."""
    if is_sealed(source):
        header = sealed_header(source)
        return BackupInfo(
            path=source,
            created_at=str(header.get("created_at", "")),
            group_name="",
            schema_revision=None,
            attachments=0,
            reason=str(header.get("reason", "")),
            encrypted=True,
            state=state if isinstance(state := header.get("state"), str) else None,
        )
    archive, manifest = read_manifest(source)
    archive.close()
    return backup_info(source, manifest)


# --- a sealed backup's clear header (sealing itself is `backup_safety`'s) -----------------------


def is_sealed(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(len(MAGIC)) == MAGIC
    except OSError:
        return False


def sealed_header(path: Path) -> dict[str, object]:
    """The clear header of a sealed backup; a damaged one is refused by name."""
    return read_sealed_prefix(path)[0]


def read_sealed_prefix(path: Path) -> tuple[dict[str, object], bytes]:
    """The header and the exact bytes it was sealed with (authenticated with every chunk)."""
    try:
        with path.open("rb") as stream:
            magic = stream.read(len(MAGIC))
            length_bytes = stream.read(4)
            (length,) = struct.unpack(">I", length_bytes)
            if length > _MAX_HEADER:
                raise ValueError("header too long")
            body = stream.read(length)
            header = json.loads(body.decode("utf-8"))
    except RecursionError:
        raise GroupDeskError(
            f"{path.name} is a damaged encrypted backup (its header is nested too deeply)."
        ) from None
    except (OSError, struct.error, ValueError) as problem:
        raise GroupDeskError(f"{path.name} is a damaged encrypted backup ({problem}).") from None
    if magic != MAGIC or not isinstance(header, dict):
        raise GroupDeskError(f"{path.name} is a damaged encrypted backup.")
    if header_version(path.name, header) > SEALED_FORMAT_VERSION:
        raise GroupDeskError(f"{path.name} was made by a newer GroupDesk; update the app.")
    return header, magic + length_bytes + body
