"""Sync files in parts (format 3, issue 16): a 100,000-member group's snapshot and first change
file each unpacked to more than the 1 GiB a body may, so a joining laptop refused both as
damaged and the group could not add a laptop. Now a body too big for one part is sealed in
bounded parts, written and read one part at a time; a file that fits one part is written as
before (format 2), so older GroupDesk reads it."""

from __future__ import annotations

import hashlib
import io
import struct
from datetime import datetime
from pathlib import Path

import pytest
from sync_helpers import add_member, change_log, files, live_members, setup_group, state, sync

from groupdesk.services.settings import create_group
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync import keys
from groupdesk.services.sync.config import sync_config
from groupdesk.services.sync.folder import SyncFolder
from groupdesk.services.sync.setup import group_join_code, join_folder
from groupdesk.services.sync.snapshots import write_snapshot
from groupdesk.services.sync.values import encode_value
from groupdesk.services.workspace import Workspace

KEY = bytes(range(32))
GROUP = "0190e2a4-0000-7000-8000-0000000000aa"
DEVICE = "0190e2a4-0000-7000-8000-00000000000a"
NAME = f"changes/{DEVICE}/0000000001.gdc"
SMALL_PARTS = 2_000


def _changes(count: int) -> list[fmt.IncomingChange]:
    return [
        fmt.IncomingChange(
            "members",
            f"0190e2a4-0000-7000-8000-{n:012d}",
            "full_name",
            f"{1_790_000_000_000 + n:015d}-000000-{DEVICE}",
            None,
            encode_value(f"Член группы {n} — Zoë"),
        )
        for n in range(count)
    ]


def _sealed(changes: list[fmt.IncomingChange], **body: object) -> bytes:
    header = fmt.Header("changes", GROUP, DEVICE, 1)
    return fmt.encode(header, KEY, changes=changes, **body)  # type: ignore[arg-type]


def _open(data: bytes) -> fmt.FileReader:
    return fmt.open_file(NAME, io.BytesIO(data), KEY, group_id=GROUP)


def _split(data: bytes) -> tuple[bytes, list[bytes]]:
    """A format-3 file's prefix and its parts, each with its length in front."""
    _, at = fmt.read_header(NAME, data)
    prefix, parts = data[:at], []
    while at < len(data):
        (length,) = struct.unpack(">I", data[at : at + 4])
        parts.append(data[at : at + 4 + length])
        at += 4 + length
    return prefix, parts


def test_a_body_too_big_for_one_part_is_sealed_in_parts_and_read_back_whole(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fmt, "PART_BYTES", SMALL_PARTS)
    changes = _changes(200)
    data = _sealed(changes, covers={DEVICE: 7})
    assert fmt.read_header(NAME, data)[0].format_version == fmt.PARTS_FORMAT
    reader = _open(data)
    assert reader.covers == {DEVICE: 7}  # known from the first part, before the rest is read
    parts = list(reader.parts())
    assert len(parts) == len(_split(data)[1]) > 10
    assert max(len(part) for part in parts) < 40
    assert [change for part in parts for change in part] == changes
    assert (reader.changes, reader.sha256) == (200, hashlib.sha256(data).hexdigest())


def test_a_body_that_fits_one_part_is_written_as_before_parts() -> None:
    data = _sealed(_changes(200))
    assert fmt.read_header(NAME, data)[0].format_version == fmt.FORMAT_VERSION == 2
    assert fmt.decode(NAME, data, KEY, group_id=GROUP)[1].changes == _changes(200)


def _cut_after_first(prefix: bytes, parts: list[bytes]) -> bytes:
    return prefix + parts[0]


def _without_last(prefix: bytes, parts: list[bytes]) -> bytes:
    return prefix + b"".join(parts[:-1])


def _swapped(prefix: bytes, parts: list[bytes]) -> bytes:
    return prefix + parts[1] + parts[0] + b"".join(parts[2:])


def _with_more(prefix: bytes, parts: list[bytes]) -> bytes:
    return prefix + b"".join(parts) + parts[-1]


def _flipped(prefix: bytes, parts: list[bytes]) -> bytes:
    last = bytearray(parts[-1])
    last[-20] ^= 1
    return prefix + b"".join(parts[:-1]) + bytes(last)


def _half_a_part(prefix: bytes, parts: list[bytes]) -> bytes:
    return prefix + b"".join(parts[:-1]) + parts[-1][: len(parts[-1]) // 2]


@pytest.mark.parametrize(
    "damage", [_cut_after_first, _without_last, _swapped, _with_more, _flipped, _half_a_part]
)
def test_a_file_in_parts_changed_in_any_way_is_refused_when_read(
    damage, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(fmt, "PART_BYTES", SMALL_PARTS)
    data = damage(*_split(_sealed(_changes(200))))
    with pytest.raises(fmt.SyncFileError) as refused:
        _open(data).read_all()
    assert refused.value.reason in (
        "the file is cut short (it may still be copying)",
        "the file is damaged or cut short, or belongs to a different key or group; "
        "it will be tried again at the next sync",
    )


def test_a_part_that_would_unpack_past_its_bound_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(fmt, "PART_BYTES", SMALL_PARTS)
    data = _sealed(_changes(200))
    monkeypatch.setattr(fmt, "MAX_PART_BYTES", SMALL_PARTS // 2)
    with pytest.raises(fmt.SyncFileError, match="it unpacks to more than 1,000 bytes"):
        _open(data)


# Between laptops ------------------------------------------------------------------------


def _member_names(count: int) -> list[str]:
    scripts = ["Ana Petrova", "Кwame Мensah", "李雷", "زينب حداد", "Zoë Ñúñez"]
    return [f"{scripts[n % len(scripts)]} {n}" for n in range(count)]


def _group_of_forty(ana: Workspace, sync_folder: Path) -> Workspace:
    """A group of forty members, every one in a few scripts, that `sync init` sends in one go."""
    create_group(ana.uow(), name="Riverside", currency="EUR")
    for name in _member_names(40):
        add_member(ana, name)
    setup_group(ana, [], sync_folder)
    return ana


def _format_of(path: Path) -> int:
    return fmt.read_header(path.name, path.read_bytes())[0].format_version


def test_a_group_too_big_for_one_part_is_joined_from_its_files_and_its_snapshot(
    laptops, sync_folder, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(fmt, "PART_BYTES", SMALL_PARTS)
    ana = _group_of_forty(laptops("ana"), sync_folder)
    assert [_format_of(path) for path in files(sync_folder)] == [fmt.PARTS_FORMAT]
    assert files(sync_folder, "snapshots") == []  # a new folder's content is written once

    from_files = laptops("from-files")
    joined = join_folder(from_files, folder=sync_folder, code=group_join_code(ana))
    assert joined.report.problems == ()
    assert state(from_files) == state(ana)

    config = sync_config(ana)
    key = keys.load_key(keys.keyring_store(), config.group_id)
    name = write_snapshot(ana, SyncFolder(sync_folder), key, config.group_id, datetime.now)
    assert name is not None and _format_of(sync_folder / name) == fmt.PARTS_FORMAT
    for path in files(sync_folder):
        path.unlink()  # pruned: the snapshot is all a new laptop can start from
    from_snapshot = laptops("from-snapshot")
    joined = join_folder(from_snapshot, folder=sync_folder, code=group_join_code(ana))
    assert name in {f.name for f in joined.report.files_read}
    assert state(from_snapshot) == state(ana)


def test_a_damaged_last_part_leaves_the_joining_laptop_as_it_was_until_it_is_whole(
    laptops, sync_folder, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(fmt, "PART_BYTES", SMALL_PARTS)
    ana = _group_of_forty(laptops("ana"), sync_folder)
    [path] = files(sync_folder)
    whole = path.read_bytes()
    path.write_bytes(_flipped(*_split(whole)))
    newcomer = laptops("newcomer")
    joined = join_folder(newcomer, folder=sync_folder, code=group_join_code(ana))
    relative = path.relative_to(sync_folder).as_posix()
    assert {p.name for p in joined.report.problems} == {relative}
    assert live_members(newcomer) == [] and change_log(newcomer) == set()
    assert state(newcomer) == state(laptops("never-synced"))
    path.write_bytes(whole)  # the cloud drive finished copying it
    sync(newcomer)
    assert state(newcomer) == state(ana)
