"""A sync that cannot finish changes nothing, and says which file and why."""

from __future__ import annotations

import json
import shutil
import struct
from datetime import datetime

import pytest
from sync_helpers import add_member, edit_member, files, live_members, setup_group, state, sync

from groupdesk.errors import GroupDeskError
from groupdesk.services.sync import crypto
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.engine import run_sync


@pytest.fixture
def pair(laptops, sync_folder):  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder, names=["Ana's laptop", "Sam's laptop"])
    return ana, sam


def _newest_file(sync_folder, ana):  # type: ignore[no-untyped-def]
    add_member(ana, "Sofía García")
    sync(ana)
    return files(sync_folder, f"changes/{ana.device_id}")[-1]


def _damage_and_check(sam, path, damage, reason_part):  # type: ignore[no-untyped-def]
    original = path.read_bytes()
    path.write_bytes(damage(original))
    before = state(sam)
    [report] = sync(sam)
    assert state(sam) == before
    [problem] = report.problems
    assert problem.name.endswith(path.name) and reason_part in problem.reason
    path.write_bytes(original)  # it arrives whole later: read then
    [report] = sync(sam)
    assert report.problems == () and "Sofía García" in live_members(sam)


def test_a_corrupted_file_changes_nothing_and_is_named(pair, sync_folder) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    path = _newest_file(sync_folder, ana)
    flip = lambda data: data[:-20] + bytes([data[-20] ^ 1]) + data[-19:]  # noqa: E731
    _damage_and_check(sam, path, flip, "damaged")


def test_a_truncated_file_changes_nothing_and_is_tried_again(pair, sync_folder) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    path = _newest_file(sync_folder, ana)
    _damage_and_check(sam, path, lambda data: data[: len(data) // 2], "cut short")


def test_a_file_of_another_group_is_refused(pair, sync_folder, laptops, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    path = _newest_file(sync_folder, ana)
    other = laptops("other")
    setup_group(other, [], tmp_path / "other-folder")
    add_member(other, "Stranger")
    sync(other)
    foreign = files(tmp_path / "other-folder", f"changes/{other.device_id}")[-1]
    _damage_and_check(sam, path, lambda _: foreign.read_bytes(), "different key or group")


def test_a_file_from_a_newer_app_is_not_applied_and_names_the_version(pair, sync_folder) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    path = _newest_file(sync_folder, ana)

    def newer(data: bytes) -> bytes:
        header, start = fmt.read_header(path.name, data)
        raw = {**header.to_json(), "requires_schema": 99, "app": "9.0"}
        head = json.dumps(raw).encode()
        return fmt.MAGIC + struct.pack(">I", len(head)) + head + data[start:]

    _damage_and_check(sam, path, newer, "install GroupDesk 9.0 or newer")


def test_a_wrong_key_says_the_folder_belongs_to_a_different_key(pair, memory_keyring) -> None:  # type: ignore[no-untyped-def]
    _, sam = pair
    for entry in list(memory_keyring.passwords):
        memory_keyring.passwords[entry] = "A" * 43 + "="
    before = state(sam)
    with pytest.raises(GroupDeskError, match="belongs to a different key or group"):
        run_sync(sam)
    assert state(sam) == before


def test_an_import_that_deletes_most_members_stops_until_allowed(pair) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    ids = [add_member(ana, f"Member {i}") for i in range(10)]
    sync(ana, sam)
    for member_id in ids[:8]:
        edit_member(ana, member_id, deleted_at=datetime(2026, 1, 1))
    sync(ana)
    before = state(sam)
    [report] = sync(sam)
    assert report.stopped and "delete 8 of the 10 members" in report.stopped
    assert state(sam) == before
    [report] = sync(sam, allow_mass_delete=True)
    assert report.stopped is None and len(live_members(sam)) == 2


def test_a_copied_data_folder_takes_a_new_device_id(pair, sync_folder, laptops, tmp_path) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    add_member(ana, "Before the copy")
    sync(ana)
    ana.close()
    shutil.copytree(ana.paths.root, tmp_path / "ana-copy")
    from groupdesk.config import DataPaths
    from groupdesk.services.workspace import open_workspace

    original = open_workspace(ana.paths)
    copy = open_workspace(DataPaths(tmp_path / "ana-copy"))
    try:
        add_member(original, "On the original")
        sync(original)
        add_member(copy, "On the copy")
        [report] = sync(copy)
        assert copy.device_id != original.device_id
        assert any("new id" in w for w in report.warnings)
        sync(original, sam, copy, original, sam)
        assert state(original) == state(sam) == state(copy)
        assert {"On the original", "On the copy"} <= set(live_members(sam))
    finally:
        original.close()
        copy.close()


def test_a_file_written_just_before_the_process_ended_is_not_taken_for_a_copy(
    pair, sync_folder
) -> None:  # type: ignore[no-untyped-def]
    """The process can end between renaming a change file into place and recording it as
    written: that file holds nothing this laptop's log lacks, so it keeps its id."""
    ana, sam = pair
    add_member(ana, "Written, not recorded")
    [report] = sync(ana)
    with ana.uow() as uow:  # as if the commit after the rename never happened
        connection = uow.session.connection()
        connection.exec_driver_sql("DELETE FROM sync_file_ranges WHERE name = ?", (report.written,))
        connection.exec_driver_sql("DELETE FROM sync_files WHERE name = ?", (report.written,))
        uow.commit()
    before = ana.device_id
    add_member(ana, "After the restart")
    [again] = sync(ana)
    assert ana.device_id == before and not any("new id" in w for w in again.warnings)
    assert again.written and again.written > report.written
    sync(sam)
    assert {"Written, not recorded", "After the restart"} <= set(live_members(sam))
    assert state(ana) == state(sam)


def test_a_stream_cut_short_or_changed_fails_to_decrypt(tmp_path) -> None:
    import io

    key = crypto.new_group_key()
    data = bytes(range(256)) * 20_000  # several chunks
    sealed = io.BytesIO()
    crypto.encrypt_stream(key, io.BytesIO(data), sealed, b"prefix")
    blob = sealed.getvalue()
    out = io.BytesIO()
    crypto.decrypt_stream(key, io.BytesIO(blob), out, b"prefix")
    assert out.getvalue() == data
    last_chunk_start = len(blob) - (len(data) % crypto.CHUNK_BYTES + crypto.TAG_BYTES + 4)
    flipped = blob[:100] + bytes([blob[100] ^ 0x01]) + blob[101:]  # always a different byte
    for broken in (blob[:last_chunk_start], blob[:-1], flipped):
        with pytest.raises(crypto.DecryptError):
            crypto.decrypt_stream(key, io.BytesIO(broken), io.BytesIO(), b"prefix")
