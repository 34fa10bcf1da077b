"""Hostile backup files: what a stranger can hand a volunteer as "the backup" (a mail, a stick).

Each builder starts from a real backup written by the app (or from its parts) and breaks one
thing, so the tests see the app's own reading code at work on the rest.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import struct
import zipfile
from pathlib import Path
from typing import Any

from groupdesk.services import backup_format

_LOCAL_SIGNATURE = b"PK\x03\x04"
_CENTRAL_SIGNATURE = b"PK\x01\x02"


def backup_with(
    path: Path,
    database: bytes,
    *,
    manifest_text: str | None = None,
    compression: int = zipfile.ZIP_STORED,
    **manifest: Any,
) -> Path:
    """A backup zip holding `database`, its checksum right, with manifest fields replaced (or
    the manifest's whole text)."""
    fields = {
        "format": backup_format.FORMAT,
        "format_version": backup_format.FORMAT_VERSION,
        "schema_revision": "0001_foundation",
        "created_at": "2026-01-01T00:00:00Z",
        "group_name": "Hostile",
        "reason": "manual",
        "database_sha256": hashlib.sha256(database).hexdigest(),
        "attachments": [],
        **manifest,
    }
    with zipfile.ZipFile(path, "w", compression=compression) as archive:
        archive.writestr(backup_format.MANIFEST, manifest_text or json.dumps(fields))
        archive.writestr(backup_format.DATABASE_ENTRY, database)
    return path


def deeply_nested_manifest(path: Path, database: bytes, depth: int = 100_000) -> Path:
    return backup_with(path, database, manifest_text="[" * depth + "]" * depth)


def patch_entry(
    path: Path, entry: str, *, flag_bits: int | None = None, method: int | None = None
) -> Path:
    """Rewrite `entry`'s flags or compression method in both its local and central headers
    (what zipfile cannot write: an encrypted entry, method 99)."""
    data = bytearray(path.read_bytes())
    name = entry.encode()
    for signature, flags_at, method_at, name_at in (
        (_LOCAL_SIGNATURE, 6, 8, 30),
        (_CENTRAL_SIGNATURE, 8, 10, 46),
    ):
        start = 0
        while (start := data.find(signature, start)) != -1:
            length_at = 26 if signature == _LOCAL_SIGNATURE else 28
            (name_length,) = struct.unpack_from("<H", data, start + length_at)
            if bytes(data[start + name_at : start + name_at + name_length]) == name:
                if flag_bits is not None:
                    struct.pack_into("<H", data, start + flags_at, flag_bits)
                if method is not None:
                    struct.pack_into("<H", data, start + method_at, method)
            start += 4
    path.write_bytes(bytes(data))
    return path


def zip_bomb(path: Path, database: bytes, *, expanded: int = 100 << 20) -> Path:
    """A backup whose one attachment is `expanded` bytes of zeros, deflated (about 1,000 to 1)."""
    sha = "0" * 64
    backup_with(path, database, compression=zipfile.ZIP_DEFLATED, attachments=[sha])
    with (
        zipfile.ZipFile(path, "a", compression=zipfile.ZIP_DEFLATED) as archive,
        archive.open(f"attachments/{sha}", "w", force_zip64=True) as stream,
    ):
        block = b"\0" * (1 << 20)
        for _ in range(expanded >> 20):
            stream.write(block)
    return path


def sealed_with_nested_header(path: Path, depth: int = 30_000) -> Path:
    """An 'encrypted backup' whose clear header is brackets nested `depth` deep."""
    from groupdesk.services.backup_format import MAGIC

    body = ("[" * depth + "]" * depth).encode()
    path.write_bytes(MAGIC + struct.pack(">I", len(body)) + body)
    return path


def with_trigger(database: Path, sql: str) -> Path:
    """Add a trigger (or any statement) the app never makes to a database file."""
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.execute(sql)
    finally:
        connection.close()
    return database


def database_at(path: Path, revision: str) -> Path:
    """A database made by the migrations up to `revision` (an older app's empty database)."""
    from alembic import command

    from groupdesk import db
    from groupdesk.migrations.runner import alembic_config

    engine = db.make_engine(path)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), revision)
    finally:
        engine.dispose()
    return path


def failing_upgrade(path: Path) -> Path:
    """A database of revision 0010 whose upgrade to 0011 fails: a table left under the name
    the upgrade's table rebuild needs (as a crashed older tool might leave it)."""
    database_at(path, "0010_resource_indexes")
    return with_trigger(path, "CREATE TABLE _alembic_tmp_group_settings (id INTEGER)")


def sealed_with_cost(path: Path, *, n: int, r: int, p: int) -> Path:
    """An 'encrypted backup' whose clear header asks scrypt for the cost given (n=2^20, r=32,
    p=16 is 4 GB of memory and minutes of work)."""
    from groupdesk.services.backup_format import MAGIC

    header = {"format_version": 1, "kdf": "scrypt", "salt": "00" * 16, "n": n, "r": r, "p": p}
    body = json.dumps(header).encode()
    path.write_bytes(MAGIC + struct.pack(">I", len(body)) + body)
    return path
