"""The sync file format and the folder's strict names (documented in docs/sync-format.md).

A sync file is:

    MAGIC (14 bytes "GroupDeskSync\\n") ‖ header length (4 bytes, big-endian) ‖ header (UTF-8 JSON)
    ‖ nonce (12 bytes) ‖ AES-256-GCM ciphertext of zlib(body JSON) ‖ GCM tag (16 bytes)

The header is readable without the key (it says whose file it is and what it needs) and is the
GCM associated data, so changing any byte of it fails authentication. A change file's body holds
rows of changes: `[[table, row_id, [[field, hlc, base_hlc, value_json], ...]], ...]`.
"""

from __future__ import annotations

import json
import re
import struct
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

from groupdesk import __version__
from groupdesk.errors import GroupDeskError
from groupdesk.migrations import SCHEMA_HEAD
from groupdesk.services.sync import crypto
from groupdesk.services.sync.values import ROW_FIELD, row_fields

MAGIC = b"GroupDeskSync\n"
#: 2: a new row is one row change (`values.ROW_FIELD`) holding every field, not one per field.
FORMAT_VERSION = 2
#: The schema of this app: the number in front of the newest migration ("0002_sync" → 2).
SCHEMA_VERSION = int(SCHEMA_HEAD.split("_", 1)[0])
#: The oldest schema a reader needs to apply files written by this app. Raised only by a
#: migration that changes what existing fields mean; adding tables or fields does not raise it
#: (older readers keep such changes aside and apply them after their own upgrade).
REQUIRES_SCHEMA = 1
MAX_HEADER = 64 * 1024
#: The most a file's body may expand to: a small file that unpacks to gigabytes is refused.
MAX_BODY_BYTES = 1 << 30
ATTACHMENT_PREFIX = b"GroupDeskBlob\n"

KINDS = {"changes": ".gdc", "snapshot": ".gds", "device": ".gdd"}
SEQ_DIGITS = 10
_UUID = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
CHANGE_NAME = re.compile(rf"changes/({_UUID})/([0-9]{{{SEQ_DIGITS}}})\.gdc")
SNAPSHOT_NAME = re.compile(rf"snapshots/({_UUID})-([0-9]{{{SEQ_DIGITS}}})\.gds")
DEVICE_NAME = re.compile(rf"devices/({_UUID})\.gdd")
ATTACHMENT_NAME = re.compile(r"attachments/([0-9a-f]{64})\.gda")
FOLDER_FILE = "groupdesk-sync.json"
FOLDER_FORMAT = "groupdesk-sync-folder"
_NAME_PART = re.compile(r"[A-Za-z_][A-Za-z0-9_]{0,63}")
#: A clock stamp (`clock.Stamp`): millis, counter, a device id of plain characters.
_STAMP = re.compile(r"[0-9]{15}-[0-9]{6}-[0-9a-z-]{1,64}")
#: Where the device id starts in a stamp that matches `_STAMP`.
STAMP_DEVICE_AT = 23


class SyncFileError(GroupDeskError):
    """A file of the sync folder that cannot be used now; `name` and `reason` say which and why.

    It is skipped whole and tried again at the next sync (a cloud drive may still be copying).
    """

    def __init__(self, name: str, reason: str) -> None:
        self.name, self.reason = name, reason
        super().__init__(f"{name}: {reason}")


class ForeignFileError(SyncFileError):
    """The file belongs to another group, or was sealed with another key."""


class FutureFileError(SyncFileError):
    """The file needs a newer GroupDesk."""


@dataclass(frozen=True)
class Header:
    kind: str
    group_id: str
    device_id: str
    seq: int
    schema: int = SCHEMA_VERSION
    requires_schema: int = REQUIRES_SCHEMA
    app_version: str = __version__
    written_at: str = ""
    format_version: int = FORMAT_VERSION

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format_version,
            "kind": self.kind,
            "group": self.group_id,
            "device": self.device_id,
            "seq": self.seq,
            "schema": self.schema,
            "requires_schema": self.requires_schema,
            "app": self.app_version,
            "written_at": self.written_at,
        }


class IncomingChange(NamedTuple):
    """One change read from a file (a tuple: a snapshot holds half a million of them)."""

    table: str
    row_id: str
    field: str
    hlc: str
    base_hlc: str | None
    value: str

    @property
    def device_id(self) -> str:
        return self.hlc[STAMP_DEVICE_AT:]


@dataclass
class Body:
    changes: list[IncomingChange] = field(default_factory=list)
    #: Snapshots: the highest change-file sequence of each device that the snapshot covers.
    covers: dict[str, int] = field(default_factory=dict)
    #: Device files: the device's name and what it has read.
    device: dict[str, Any] = field(default_factory=dict)


def file_name(kind: str, device_id: str, seq: int = 0) -> str:
    if kind == "changes":
        return f"changes/{device_id}/{seq:0{SEQ_DIGITS}d}.gdc"
    if kind == "snapshot":
        return f"snapshots/{device_id}-{seq:0{SEQ_DIGITS}d}.gds"
    if kind == "device":
        return f"devices/{device_id}.gdd"
    raise ValueError(kind)


def parse_name(name: str) -> tuple[str, str, int] | None:
    """(kind, device id, seq) of a strictly named file; None for anything else (temporary
    names, "conflicted copy", "(1)", ".sync-conflict-" duplicates)."""
    if match := CHANGE_NAME.fullmatch(name):
        return "changes", match.group(1), int(match.group(2))
    if match := SNAPSHOT_NAME.fullmatch(name):
        return "snapshot", match.group(1), int(match.group(2))
    if match := DEVICE_NAME.fullmatch(name):
        return "device", match.group(1), 0
    return None


def _encode_rows(changes: Iterable[tuple[str, str, str, str, str | None, str]]) -> list[Any]:
    """Group (table, row, field, hlc, base, value) tuples (sorted by table and row) by row."""
    rows: list[Any] = []
    current: tuple[str, str] | None = None
    fields: list[Any] = []
    for table, row_id, field_name, hlc, base, value in changes:
        if (table, row_id) != current:
            current = (table, row_id)
            fields = []
            rows.append([table, row_id, fields])
        fields.append([field_name, hlc, base, value])
    return rows


def encode(
    header: Header,
    key: bytes,
    *,
    changes: Iterable[tuple[str, str, str, str, str | None, str]] = (),
    covers: dict[str, int] | None = None,
    device: dict[str, Any] | None = None,
) -> bytes:
    """The bytes of a sealed sync file. `changes` must come grouped by (table, row)."""
    body: dict[str, Any] = {"rows": _encode_rows(changes)}
    if covers is not None:
        body["covers"] = covers
    if device is not None:
        body["device"] = device
    plain = zlib.compress(
        json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6
    )
    header_bytes = json.dumps(header.to_json(), separators=(",", ":")).encode("utf-8")
    prefix = MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes
    return prefix + crypto.seal(crypto.subkey(key, "files"), plain, prefix)


def read_header(name: str, data: bytes) -> tuple[Header, int]:
    """The plaintext header and where the sealed part starts; refuses what is not a sync file."""
    if len(data) < len(MAGIC) + 4:
        raise SyncFileError(name, "the file is cut short (it may still be copying)")
    if not data.startswith(MAGIC):
        raise SyncFileError(name, "this is not a GroupDesk sync file")
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    if length > MAX_HEADER or start + length > len(data):
        raise SyncFileError(name, "the file is cut short (it may still be copying)")
    try:
        raw = json.loads(data[start : start + length].decode("utf-8"))
        header = Header(
            kind=str(raw["kind"]),
            group_id=str(raw["group"]),
            device_id=str(raw["device"]),
            seq=int(raw["seq"]),
            schema=int(raw["schema"]),
            requires_schema=int(raw["requires_schema"]),
            app_version=str(raw.get("app", "")),
            written_at=str(raw.get("written_at", "")),
            format_version=int(raw["format"]),
        )
    except (ValueError, KeyError, TypeError, UnicodeDecodeError):
        raise SyncFileError(name, "the file's header is damaged") from None
    return header, start + length


def decode(
    name: str,
    data: bytes,
    key: bytes,
    *,
    group_id: str,
    expect: tuple[str, str, int] | None = None,
) -> tuple[Header, Body]:
    """Open a sealed sync file, checking everything before anything is applied."""
    header, sealed_at = read_header(name, data)
    if header.format_version > FORMAT_VERSION or header.requires_schema > SCHEMA_VERSION:
        raise FutureFileError(
            name,
            f"written by GroupDesk {header.app_version or '(newer)'} in a newer format; "
            f"install GroupDesk {header.app_version or 'a newer version'} or newer on this "
            "laptop to read it",
        )
    if header.group_id != group_id:
        raise ForeignFileError(
            name, "this file belongs to a different key or group, not to this sync folder"
        )
    if expect is not None and (header.kind, header.device_id, header.seq) != expect:
        raise SyncFileError(name, "the file's header does not match its name")
    try:
        plain = crypto.unseal(crypto.subkey(key, "files"), data[sealed_at:], data[:sealed_at])
    except crypto.DecryptError:
        raise SyncFileError(
            name,
            "the file is damaged or cut short, or belongs to a different key or group; "
            "it will be tried again at the next sync",
        ) from None
    try:
        raw = json.loads(_decompress(plain).decode("utf-8"))
        body = Body(
            changes=list(_decode_rows(raw.get("rows", []))),
            covers={str(k): int(v) for k, v in raw.get("covers", {}).items()},
            device=dict(raw.get("device", {})),
        )
    except (
        ValueError,
        KeyError,
        TypeError,
        AttributeError,  # a body, or its covers, that is not a JSON object
        zlib.error,
        UnicodeDecodeError,
    ) as problem:
        raise SyncFileError(name, f"the file's content is damaged ({problem})") from None
    return header, body


def _decompress(packed: bytes) -> bytes:
    """zlib-inflate `packed`, refusing to go past MAX_BODY_BYTES (a laptop holding the key
    could otherwise seal a few megabytes that unpack to more memory than a laptop has)."""
    inflater = zlib.decompressobj()
    body = inflater.decompress(packed, MAX_BODY_BYTES)
    if inflater.unconsumed_tail:
        raise ValueError(f"it unpacks to more than {MAX_BODY_BYTES:,} bytes")
    return body


def _decode_rows(rows: list[Any]) -> Iterator[IncomingChange]:
    # Names and stamps repeat (every field of a row inserted at once shares one stamp): each
    # distinct one is checked once. `None` passes as "no base stamp".
    good_names: set[str] = {ROW_FIELD}
    good_stamps: set[str | None] = {None}
    make = IncomingChange._make
    for table, row_id, fields in rows:
        if table not in good_names:
            if not (isinstance(table, str) and _NAME_PART.fullmatch(table)):
                raise ValueError(f"bad row {table!r} {row_id!r}")
            good_names.add(table)
        if not (isinstance(row_id, str) and len(row_id) <= 36):
            raise ValueError(f"bad row {table!r} {row_id!r}")
        for field_name, hlc, base, value in fields:
            if field_name not in good_names:
                if not (isinstance(field_name, str) and _NAME_PART.fullmatch(field_name)):
                    raise ValueError(f"bad change {field_name!r} {hlc!r}")
                good_names.add(field_name)
            if field_name == ROW_FIELD and isinstance(value, str):
                _check_row_change(value, good_names, hlc)
            for stamp in (hlc, base):
                if stamp not in good_stamps:
                    if not (isinstance(stamp, str) and _STAMP.fullmatch(stamp)):
                        raise ValueError(f"bad change {field_name!r} {hlc!r}")
                    good_stamps.add(stamp)
            if hlc is None or not isinstance(value, str):
                raise ValueError(f"bad change {field_name!r} {hlc!r}")
            yield make((table, row_id, field_name, hlc, base, value))


def _check_row_change(value: str, good_names: set[str], hlc: object) -> None:
    """A row change holds a JSON object whose keys are field names."""
    for name in row_fields(value):
        if name not in good_names:
            if not _NAME_PART.fullmatch(name):
                raise ValueError(f"bad row change field {name!r} {hlc!r}")
            good_names.add(name)
