"""The sync file format (`groupdesk.services.sync.format`): what goes in comes out, strict names,
and the sentence each file that cannot be used is refused with."""

from __future__ import annotations

import json
import struct
import zlib

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from groupdesk import __version__
from groupdesk.services.sync import crypto
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.values import ROW_FIELD, encode_row, encode_value

KEY = bytes(range(32))
GROUP = "0190e2a4-0000-7000-8000-0000000000aa"
DEVICE = "0190e2a4-0000-7000-8000-00000000000a"
ROW = "0190e2a4-0000-7000-8000-000000000001"
NAME = f"changes/{DEVICE}/0000000001.gdc"


def _stamp(millis: int, counter: int = 0, device: str = DEVICE) -> str:
    return f"{millis:015d}-{counter:06d}-{device}"


def _header(**fields: object) -> fmt.Header:
    values: dict[str, object] = {
        "kind": "changes",
        "group_id": GROUP,
        "device_id": DEVICE,
        "seq": 1,
    }
    return fmt.Header(**(values | fields))  # type: ignore[arg-type]


CHANGES = [
    fmt.IncomingChange(
        "members",
        ROW,
        ROW_FIELD,
        _stamp(1),
        None,
        encode_row([("full_name", "Ана Петрова"), ("consent_photo", False)]),
    ),
    fmt.IncomingChange("members", ROW, "email", _stamp(2), _stamp(1), encode_value("a@b.org")),
    fmt.IncomingChange("member_roles", ROW, "role", _stamp(3), None, encode_value("Treasurer")),
]


def _sealed(header: fmt.Header | None = None, **body: object) -> bytes:
    return fmt.encode(header or _header(), KEY, **body)  # type: ignore[arg-type]


def _with_header(data: bytes, **changes: object) -> bytes:
    """The same file with its plaintext header edited (as someone tampering with it would)."""
    header, sealed_at = fmt.read_header(NAME, data)
    raw = header.to_json() | changes
    text = json.dumps(raw).encode()
    return fmt.MAGIC + struct.pack(">I", len(text)) + text + data[sealed_at:]


def _refusal(data: bytes, **options: object) -> fmt.SyncFileError:
    with pytest.raises(fmt.SyncFileError) as raised:
        fmt.decode(NAME, data, KEY, group_id=GROUP, **options)  # type: ignore[arg-type]
    assert raised.value.name == NAME
    assert str(raised.value) == f"{NAME}: {raised.value.reason}"
    return raised.value


# Round trip


def test_a_change_file_reads_back_as_written() -> None:
    header, body = fmt.decode(NAME, _sealed(changes=CHANGES), KEY, group_id=GROUP)
    assert body.changes == CHANGES
    assert (body.covers, body.device) == ({}, {})
    assert header == _header()
    assert (header.format_version, header.schema, header.app_version) == (
        fmt.FORMAT_VERSION,
        fmt.SCHEMA_VERSION,
        __version__,
    )
    assert body.changes[1].device_id == DEVICE


def test_a_snapshot_and_a_device_file_carry_what_they_cover_and_who_wrote_them() -> None:
    covers = {DEVICE: 7}
    _, body = fmt.decode(
        NAME, _sealed(_header(kind="snapshot"), changes=CHANGES, covers=covers), KEY, group_id=GROUP
    )
    assert (body.changes, body.covers) == (CHANGES, covers)
    device = {"name": "Ana's laptop", "read": {DEVICE: 3}}
    _, body = fmt.decode(NAME, _sealed(_header(kind="device"), device=device), KEY, group_id=GROUP)
    assert (body.changes, body.device) == ([], device)


def test_the_header_is_readable_without_the_key_and_the_body_is_not() -> None:
    data = _sealed(changes=CHANGES)
    header, sealed_at = fmt.read_header(NAME, data)
    assert (header.group_id, header.device_id, header.seq) == (GROUP, DEVICE, 1)
    assert b"Treasurer" not in data and "Ана".encode() not in data
    assert sealed_at < len(data)


_names = st.from_regex(r"[a-z_][a-z0-9_]{0,20}", fullmatch=True)
_ids = st.uuids().map(str)
_stamps = st.builds(_stamp, st.integers(0, 10**15 - 1), st.integers(0, 999_999), _ids)
_values = st.one_of(
    st.none(), st.booleans(), st.integers(-(2**53), 2**53), st.text(max_size=30)
).map(encode_value)


@settings(max_examples=50, deadline=None)
@given(
    st.lists(st.tuples(_names, _ids, _names, _stamps, st.none() | _stamps, _values), max_size=30)
)
def test_any_changes_grouped_by_row_read_back_unchanged(
    changes: list[tuple[str, str, str, str, str | None, str]],
) -> None:
    ordered = sorted(changes, key=lambda c: (c[0], c[1]))
    _, body = fmt.decode(NAME, _sealed(changes=ordered), KEY, group_id=GROUP)
    assert body.changes == [fmt.IncomingChange(*c) for c in ordered]


# Names in the folder


@pytest.mark.parametrize(
    ("kind", "seq", "name"),
    [
        ("changes", 12, f"changes/{DEVICE}/0000000012.gdc"),
        ("snapshot", 3, f"snapshots/{DEVICE}-0000000003.gds"),
        ("device", 0, f"devices/{DEVICE}.gdd"),
    ],
)
def test_each_kind_of_file_has_one_strict_name(kind: str, seq: int, name: str) -> None:
    assert fmt.file_name(kind, DEVICE, seq) == name
    assert fmt.parse_name(name) == (kind, DEVICE, seq)


@pytest.mark.parametrize(
    "name",
    [
        f"changes/{DEVICE}/0000000012 (1).gdc",
        f"changes/{DEVICE}/0000000012 (Ana's conflicted copy).gdc",
        f"changes/{DEVICE}/0000000012.sync-conflict-20260501-1234.gdc",
        f"changes/{DEVICE}/.tmp-0000000012.gdc",
        f"changes/{DEVICE}/000000012.gdc",
        f"changes/{DEVICE.upper()}/0000000012.gdc",
        f"snapshots/{DEVICE}-0000000003.gds.part",
        f"devices/{DEVICE}.gdd~",
        "groupdesk-sync.json",
    ],
)
def test_any_other_name_is_not_taken_for_a_sync_file(name: str) -> None:
    assert fmt.parse_name(name) is None


def test_an_unknown_kind_of_file_has_no_name() -> None:
    with pytest.raises(ValueError):
        fmt.file_name("photos", DEVICE)


# Refusals, each with its sentence


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "the file is cut short (it may still be copying)"),
        (fmt.MAGIC[:10], "the file is cut short (it may still be copying)"),
        (b"PK\x03\x04" + b"\0" * 40, "this is not a GroupDesk sync file"),
        (
            fmt.MAGIC + struct.pack(">I", 500) + b"{}",
            "the file is cut short (it may still be copying)",
        ),
        (
            fmt.MAGIC + struct.pack(">I", 2**31) + b"{}",
            "the file is cut short (it may still be copying)",
        ),
        (fmt.MAGIC + struct.pack(">I", 2) + b"{}", "the file's header is damaged"),
        (fmt.MAGIC + struct.pack(">I", 4) + b"\xff\xfe{}", "the file's header is damaged"),
        (fmt.MAGIC + struct.pack(">I", 2) + b"[]", "the file's header is damaged"),
    ],
    ids=[
        "empty",
        "cut in magic",
        "zip",
        "cut in header",
        "huge header",
        "no fields",
        "not utf-8",
        "list",
    ],
)
def test_what_is_not_a_whole_sync_file_is_refused_with_why(data: bytes, reason: str) -> None:
    assert _refusal(data).reason == reason


@pytest.mark.parametrize(
    ("newer", "reason"),
    [
        (
            {"format": fmt.PARTS_FORMAT + 1, "app": "9.1"},
            "written by GroupDesk 9.1 in a newer format; install GroupDesk 9.1 or newer on this "
            "laptop to read it",
        ),
        (
            {"requires_schema": fmt.SCHEMA_VERSION + 1, "app": ""},
            "written by GroupDesk (newer) in a newer format; install GroupDesk a newer version "
            "or newer on this laptop to read it",
        ),
    ],
    ids=["newer format", "needs a newer schema"],
)
def test_a_file_from_a_newer_app_is_refused_naming_the_version_to_install(
    newer: dict[str, object], reason: str
) -> None:
    refused = _refusal(_with_header(_sealed(changes=CHANGES), **newer))
    assert isinstance(refused, fmt.FutureFileError)
    assert refused.reason == reason


def test_a_file_written_for_a_newer_schema_that_older_readers_can_apply_is_read() -> None:
    data = _sealed(_header(schema=fmt.SCHEMA_VERSION + 5), changes=CHANGES)
    header, body = fmt.decode(NAME, data, KEY, group_id=GROUP)
    assert (header.schema, body.changes) == (fmt.SCHEMA_VERSION + 5, CHANGES)


def test_a_file_of_another_group_is_refused_as_foreign() -> None:
    data = _sealed(_header(group_id="0190e2a4-0000-7000-8000-0000000000bb"), changes=CHANGES)
    refused = _refusal(data)
    assert isinstance(refused, fmt.ForeignFileError)
    assert (
        refused.reason == "this file belongs to a different key or group, not to this sync folder"
    )


def test_a_file_whose_header_does_not_match_its_name_is_refused() -> None:
    data = _sealed(_header(seq=2), changes=CHANGES)
    refused = _refusal(data, expect=("changes", DEVICE, 1))
    assert refused.reason == "the file's header does not match its name"
    assert fmt.decode(NAME, data, KEY, group_id=GROUP, expect=("changes", DEVICE, 2))


DAMAGED = (
    "the file is damaged or cut short, or belongs to a different key or group; "
    "it will be tried again at the next sync"
)


def test_a_file_sealed_with_another_key_is_refused_as_damaged_or_foreign() -> None:
    data = fmt.encode(_header(), bytes(32), changes=CHANGES)
    assert _refusal(data).reason == DAMAGED


def test_a_header_changed_after_sealing_fails_authentication() -> None:
    data = _sealed(changes=CHANGES)
    moved = _with_header(data, seq=1, written_at="2026-01-01T00:00:00Z")
    assert _refusal(moved).reason == DAMAGED


@pytest.mark.parametrize("cut", [1, 16, 100])
def test_a_body_cut_short_or_changed_is_refused(cut: int) -> None:
    data = _sealed(changes=CHANGES)
    assert _refusal(data[:-cut]).reason == DAMAGED
    at = len(data) - cut
    assert _refusal(data[:at] + bytes([data[at] ^ 0x80]) + data[at + 1 :]).reason == DAMAGED


@pytest.mark.parametrize(
    "change",
    [
        ("members", ROW, "email", "yesterday", None, '"a@b.org"'),
        ("members", ROW, "email", _stamp(2), "not a stamp", '"a@b.org"'),
        ("members", ROW, "e-mail", _stamp(2), None, '"a@b.org"'),
        ("members; DROP TABLE", ROW, "email", _stamp(2), None, '"a@b.org"'),
        ("members", "x" * 37, "email", _stamp(2), None, '"a@b.org"'),
    ],
    ids=["stamp", "base stamp", "field name", "table name", "row id"],
)
def test_a_sealed_file_holding_a_malformed_change_is_refused_whole(change: tuple[str, ...]) -> None:
    data = _sealed(changes=[CHANGES[0], change])
    refused = _refusal(data)
    assert refused.reason.startswith("the file's content is damaged (")


def _sealed_body(body: bytes) -> bytes:
    """A file sealed with the group's key around any body bytes (a buggy or future writer's)."""
    header = json.dumps(_header().to_json(), separators=(",", ":")).encode()
    prefix = fmt.MAGIC + struct.pack(">I", len(header)) + header
    return prefix + crypto.seal(crypto.subkey(KEY, "files"), zlib.compress(body), prefix)


@pytest.mark.parametrize(
    "body",
    [b"[]", b'"rows"', b"7", b'{"rows": [], "covers": []}', b'{"rows": {"a": 1}}', b"\xff"],
    ids=["list", "text", "number", "covers a list", "rows an object", "not utf-8"],
)
def test_an_authentic_file_whose_body_is_not_the_format_is_refused_as_damaged(
    body: bytes,
) -> None:
    refused = _refusal(_sealed_body(body))
    assert refused.reason.startswith("the file's content is damaged (")
