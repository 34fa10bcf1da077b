"""The sync file format and the folder's strict names (documented in docs/sync-format.md).

A sync file is:

    MAGIC (14 bytes "GroupDeskSync\\n") ‖ header length (4 bytes, big-endian) ‖ header (UTF-8 JSON)
    ‖ nonce (12 bytes) ‖ AES-256-GCM ciphertext of zlib(body JSON) ‖ GCM tag (16 bytes)

The header is readable without the key (it says whose file it is and what it needs) and is the
GCM associated data, so changing any byte of it fails authentication. A change file's body holds
rows of changes: `[[table, row_id, [[field, hlc, base_hlc, value_json], ...]], ...]`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
import re
import struct
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, BinaryIO, NamedTuple

from groupdesk import __version__
from groupdesk.errors import GroupDeskError
from groupdesk.messages import QT_TRANSLATE_NOOP
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
#: Format 3: the body sealed in parts, each unpacking to at most MAX_PART_BYTES, so a file
#: of any size is written and read with one part in memory (a 100,000-member group's snapshot
#: unpacks to more than a gigabyte). Written only for a body that needs more than one part:
#: every other file stays format 2, which GroupDesk read before parts.
PARTS_FORMAT = 3
MAX_HEADER = 64 * 1024
#: The most a format-2 file's one body may expand to: a small file that unpacks to gigabytes
#: is refused. A format-2 file is read whole; it may be at most MAX_SINGLE_BYTES.
MAX_BODY_BYTES = 1 << 30
MAX_SINGLE_BYTES = 256 << 20
#: A writer starts a new part once a part's rows take about this much JSON.
PART_BYTES = 8 << 20
#: The most one part may expand to, and the most it may be sealed.
MAX_PART_BYTES = 64 << 20
MAX_SEALED_PART = MAX_PART_BYTES + (1 << 20)
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


def _row_groups(
    changes: Iterable[tuple[str, str, str, str, str | None, str]],
) -> Iterator[tuple[list[Any], int]]:
    """Group (table, row, field, hlc, base, value) tuples (sorted by table and row) by row:
    each row as the body holds it, with about how many bytes it takes there."""
    current: tuple[str, str] | None = None
    row: list[Any] = []
    size = 0
    for table, row_id, field_name, hlc, base, value in changes:
        if (table, row_id) != current:
            if current is not None:
                yield row, size
            current = (table, row_id)
            row, size = [table, row_id, []], len(table) + len(row_id) + 12
        row[2].append([field_name, hlc, base, value])
        size += len(field_name) + len(value) + 2 * len(hlc) + 16
    if current is not None:
        yield row, size


def _prefix(header: Header) -> bytes:
    header_bytes = json.dumps(header.to_json(), separators=(",", ":")).encode("utf-8")
    return MAGIC + struct.pack(">I", len(header_bytes)) + header_bytes


def _part_aad(prefix: bytes, index: int, last: bool) -> bytes:
    return prefix + struct.pack(">I?", index, last)


@dataclass(frozen=True)
class Written:
    """What `write` wrote: how many changes, and the SHA-256 of the file's bytes."""

    changes: int
    sha256: str


def _parts(groups: Iterable[tuple[list[Any], int]]) -> Iterator[list[Any]]:
    """Rows gathered into parts of about PART_BYTES each (at least one part, maybe empty)."""
    rows: list[Any] = []
    size = 0
    for row, row_size in groups:
        if rows and size + row_size > PART_BYTES:
            yield rows
            rows, size = [], 0
        rows.append(row)
        size += row_size
    yield rows


def write(
    target: BinaryIO,
    header: Header,
    key: bytes,
    *,
    changes: Iterable[tuple[str, str, str, str, str | None, str]] = (),
    covers: dict[str, int] | None = None,
    device: dict[str, Any] | None = None,
) -> Written:
    """Seal a sync file into `target`, its changes taken one part at a time (grouped by
    (table, row)), so that however many there are, memory holds about two parts.

    A body that fits in one part is written as format 2, byte for byte what GroupDesk wrote
    before parts: only a file too big for one part needs a reader that knows format 3. The
    first part holds what the file says besides its changes (`covers`, `device`)."""
    file_key = crypto.subkey(key, "files")
    digest = hashlib.sha256()
    total = 0

    def put(data: bytes) -> None:
        digest.update(data)
        target.write(data)

    def packed(rows: list[Any], *, first: bool) -> bytes:
        nonlocal total
        total += sum(len(row[2]) for row in rows)
        body: dict[str, Any] = {"rows": rows}
        if first and covers is not None:
            body["covers"] = covers
        if first and device is not None:
            body["device"] = device
        return zlib.compress(
            json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6
        )

    parts = _parts(_row_groups(changes))
    first = next(parts)
    following = next(parts, None)
    if following is None:
        prefix = _prefix(header)
        put(prefix + crypto.seal(file_key, packed(first, first=True), prefix))
        return Written(total, digest.hexdigest())
    prefix = _prefix(dataclasses.replace(header, format_version=PARTS_FORMAT))
    put(prefix)
    index = 0
    current: list[Any] | None = first
    while current is not None:
        last = following is None
        sealed = crypto.seal(
            file_key, packed(current, first=index == 0), _part_aad(prefix, index, last)
        )
        put(struct.pack(">I", len(sealed)) + sealed)
        current, following = following, None if last else next(parts, None)
        index += 1
    return Written(total, digest.hexdigest())


def encode(
    header: Header,
    key: bytes,
    *,
    changes: Iterable[tuple[str, str, str, str, str | None, str]] = (),
    covers: dict[str, int] | None = None,
    device: dict[str, Any] | None = None,
) -> bytes:
    """The bytes of a sealed sync file (`write`, in memory: small files and tests)."""
    buffer = io.BytesIO()
    write(buffer, header, key, changes=changes, covers=covers, device=device)
    return buffer.getvalue()


def read_header(name: str, data: bytes) -> tuple[Header, int]:
    """The plaintext header and where the sealed part starts; refuses what is not a sync file."""
    source = io.BytesIO(data)
    header, prefix = read_prefix(name, source)
    return header, len(prefix)


def read_prefix(name: str, source: BinaryIO) -> tuple[Header, bytes]:
    """The header of the file in `source`, and the bytes it took (the sealed parts' associated
    data); refuses what is not a sync file."""
    start = _read_exactly(name, source, len(MAGIC) + 4)
    if not start.startswith(MAGIC):
        raise SyncFileError(
            name, QT_TRANSLATE_NOOP("SyncFiles", "this is not a GroupDesk sync file")
        )
    (length,) = struct.unpack(">I", start[len(MAGIC) :])
    if length > MAX_HEADER:
        raise SyncFileError(name, _CUT_SHORT)
    raw_header = _read_exactly(name, source, length)
    try:
        raw = json.loads(raw_header.decode("utf-8"))
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
        raise SyncFileError(
            name, QT_TRANSLATE_NOOP("SyncFiles", "the file's header is damaged")
        ) from None
    return header, start + raw_header


def _read_exactly(name: str, source: BinaryIO, size: int) -> bytes:
    """`size` bytes of `source`; a file that ends first is cut short."""
    try:
        data = source.read(size)
    except OSError as problem:
        raise SyncFileError(name, _UNREADABLE.format(problem=str(problem))) from None
    if len(data) != size:
        raise SyncFileError(name, _CUT_SHORT)
    return data


_CUT_SHORT = QT_TRANSLATE_NOOP("SyncFiles", "the file is cut short (it may still be copying)")
_DAMAGED = QT_TRANSLATE_NOOP(
    "SyncFiles",
    "the file is damaged or cut short, or belongs to a different key or group; "
    "it will be tried again at the next sync",
)
#: Why a file could not be read, with what the system said (in its own words).
_UNREADABLE = QT_TRANSLATE_NOOP("SyncFiles", "could not be read ({problem})")
_CONTENT_DAMAGED = QT_TRANSLATE_NOOP("SyncFiles", "the file's content is damaged ({problem})")


class FileReader:
    """A sealed sync file being read part by part (`open_file`): its header, what its first
    part says (`covers`, `device`), then its changes one part at a time (`parts`). The SHA-256
    of its bytes and how many changes it held are known once every part has been read."""

    def __init__(
        self, name: str, source: BinaryIO, key: bytes, header: Header, prefix: bytes
    ) -> None:
        self.name, self.header = name, header
        self._source, self._prefix = source, prefix
        self._key = crypto.subkey(key, "files")
        self._digest = hashlib.sha256(prefix)
        self._names: set[str] = {ROW_FIELD}
        self._stamps: set[str | None] = {None}
        self._index = 0
        self._done = False
        #: The row changes of the part last read, as read (value text → fields): the merge
        #: takes them from here instead of parsing each again.
        self.read_rows: dict[str, dict[str, Any]] = {}
        self.changes = 0
        self.covers: dict[str, int] = {}
        self.device: dict[str, Any] = {}
        first, raw = self._next_part()
        self._first: list[IncomingChange] | None = first
        try:
            self.covers = {str(k): int(v) for k, v in raw.get("covers", {}).items()}
            self.device = dict(raw.get("device", {}))
        except (ValueError, TypeError, AttributeError) as problem:
            raise SyncFileError(name, _CONTENT_DAMAGED.format(problem=str(problem))) from None

    @property
    def sha256(self) -> str:
        if not self._done:
            raise RuntimeError("the file's hash is known once every part is read")
        return self._digest.hexdigest()

    def parts(self) -> Iterator[list[IncomingChange]]:
        """Each part's changes, checked, in the order the file holds them (`read_rows` holds
        the row changes of the part last yielded); SyncFileError (naming the file) for a part
        that is damaged, cut short or out of place."""
        if self._first is not None:
            first, self._first = self._first, None
            yield first
        while not self._done:
            yield self._next_part()[0]

    def read_all(self) -> Body:
        changes = [change for part in self.parts() for change in part]
        return Body(changes=changes, covers=self.covers, device=self.device)

    def _read(self, size: int) -> bytes:
        data = _read_exactly(self.name, self._source, size)
        self._digest.update(data)
        return data

    def _next_part(self) -> tuple[list[IncomingChange], dict[str, Any]]:
        if self.header.format_version < PARTS_FORMAT:
            packed = self._unseal_rest()
            limit = MAX_BODY_BYTES
        else:
            (length,) = struct.unpack(">I", self._read(4))
            if length > MAX_SEALED_PART:
                raise SyncFileError(self.name, _DAMAGED)
            sealed = self._read(length)
            last = self._at_end()
            try:
                packed = crypto.unseal(
                    self._key, sealed, _part_aad(self._prefix, self._index, last)
                )
            except crypto.DecryptError:
                raise SyncFileError(self.name, _DAMAGED) from None
            self._index += 1
            self._done = last
            limit = MAX_PART_BYTES
        try:
            raw = json.loads(_decompress(packed, limit).decode("utf-8"))
            self.read_rows = {}
            changes = list(
                _decode_rows(raw.get("rows", []), self._names, self._stamps, self.read_rows)
            )
        except (
            ValueError,
            KeyError,
            TypeError,
            AttributeError,  # a body that is not a JSON object
            zlib.error,
            UnicodeDecodeError,
        ) as problem:
            raise SyncFileError(self.name, _CONTENT_DAMAGED.format(problem=str(problem))) from None
        self.changes += len(changes)
        return changes, raw

    def _unseal_rest(self) -> bytes:
        """The one sealed body of a format-2 file (read whole: at most MAX_SINGLE_BYTES)."""
        try:
            sealed = self._source.read(MAX_SINGLE_BYTES + 1)
        except OSError as problem:
            raise SyncFileError(self.name, _UNREADABLE.format(problem=str(problem))) from None
        if len(sealed) > MAX_SINGLE_BYTES:
            raise SyncFileError(self.name, _DAMAGED)
        self._digest.update(sealed)
        self._done = True
        try:
            return crypto.unseal(self._key, sealed, self._prefix)
        except crypto.DecryptError:
            raise SyncFileError(self.name, _DAMAGED) from None

    def _at_end(self) -> bool:
        """Whether the file ends here: a part's seal says whether it is the last, so a file
        cut after a whole part, or with anything after its last, fails to open."""
        try:
            following = self._source.peek(1) if hasattr(self._source, "peek") else None
        except OSError as problem:
            raise SyncFileError(self.name, _UNREADABLE.format(problem=str(problem))) from None
        if following is not None:
            return not following
        position = self._source.tell()
        ended = not self._source.read(1)
        self._source.seek(position)
        return ended


def open_file(
    name: str,
    source: BinaryIO,
    key: bytes,
    *,
    group_id: str,
    expect: tuple[str, str, int] | None = None,
) -> FileReader:
    """Open a sealed sync file from `source`, checking its header and its first part."""
    header, prefix = read_prefix(name, source)
    if header.format_version > PARTS_FORMAT or header.requires_schema > SCHEMA_VERSION:
        raise FutureFileError(
            name,
            f"written by GroupDesk {header.app_version or '(newer)'} in a newer format; "
            f"install GroupDesk {header.app_version or 'a newer version'} or newer on this "
            "laptop to read it",
        )
    if header.group_id != group_id:
        raise ForeignFileError(
            name,
            QT_TRANSLATE_NOOP(
                "SyncFiles",
                "this file belongs to a different key or group, not to this sync folder",
            ),
        )
    if expect is not None and (header.kind, header.device_id, header.seq) != expect:
        raise SyncFileError(
            name, QT_TRANSLATE_NOOP("SyncFiles", "the file's header does not match its name")
        )
    return FileReader(name, source, key, header, prefix)


def decode(
    name: str,
    data: bytes,
    key: bytes,
    *,
    group_id: str,
    expect: tuple[str, str, int] | None = None,
) -> tuple[Header, Body]:
    """Open a sealed sync file held in memory, checking everything before anything is
    applied (`open_file`, every part read)."""
    reader = open_file(name, io.BytesIO(data), key, group_id=group_id, expect=expect)
    return reader.header, reader.read_all()


def _decompress(packed: bytes, limit: int) -> bytes:
    """zlib-inflate `packed`, refusing to go past `limit` bytes (a laptop holding the key
    could otherwise seal a few megabytes that unpack to more memory than a laptop has)."""
    inflater = zlib.decompressobj()
    body = inflater.decompress(packed, limit)
    if inflater.unconsumed_tail:
        raise ValueError(f"it unpacks to more than {limit:,} bytes")
    return body


def _decode_rows(
    rows: list[Any],
    good_names: set[str],
    good_stamps: set[str | None],
    read: dict[str, dict[str, Any]],
) -> Iterator[IncomingChange]:
    # Names and stamps repeat (every field of a row inserted at once shares one stamp): each
    # distinct one is checked once, across the parts of a file. `None` passes as "no base
    # stamp".
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
                read[value] = _check_row_change(value, good_names, hlc)
            if hlc not in good_stamps or base not in good_stamps:
                for stamp in (hlc, base):
                    if stamp not in good_stamps:
                        if not (isinstance(stamp, str) and _STAMP.fullmatch(stamp)):
                            raise ValueError(f"bad change {field_name!r} {hlc!r}")
                        good_stamps.add(stamp)
            if hlc is None or not isinstance(value, str):
                raise ValueError(f"bad change {field_name!r} {hlc!r}")
            yield make((table, row_id, field_name, hlc, base, value))


def _check_row_change(value: str, good_names: set[str], hlc: object) -> dict[str, Any]:
    """A row change holds a JSON object whose keys are field names; the object as read."""
    fields = row_fields(value)
    if fields.keys() <= good_names:
        return fields
    for name in fields:
        if name not in good_names:
            if not _NAME_PART.fullmatch(name):
                raise ValueError(f"bad row change field {name!r} {hlc!r}")
            good_names.add(name)
    return fields
