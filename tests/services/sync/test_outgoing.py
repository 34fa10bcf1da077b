"""What this laptop writes to the sync folder (`groupdesk.services.sync.outgoing`): change files
numbered one after another, each holding every change the folder lacks (its own and relayed),
and a device file saying what it has read."""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from hand_changes import SAM, copies, created, merge, migrated_data_folder, query, stamp
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sync_helpers import add_member, edit_member

from groupdesk import __version__
from groupdesk.models.sync_local import SyncFile
from groupdesk.services.sync import crypto
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.folder import SyncFolder
from groupdesk.services.sync.outgoing import (
    _gaps,
    contiguous_reads,
    own_snapshot_tops,
    write_changes,
    write_device_file,
)
from groupdesk.services.sync.setup import set_device_name
from groupdesk.services.sync.transport import Entry, FolderManifest, Listing
from groupdesk.services.workspace import Workspace

GROUP = "0190e2a4-0000-7000-8000-0000000000aa"
KEY = bytes(range(32))
NOW = datetime(2026, 5, 3, 12, 0)


@dataclass
class Outbox:
    laptop: Workspace
    folder: SyncFolder

    def write(self) -> tuple[str | None, int]:
        return write_changes(
            self.laptop, self.folder, KEY, GROUP, self.folder.listing(), lambda: NOW
        )

    def read(self, name: str) -> tuple[fmt.Header, fmt.Body]:
        expect = fmt.parse_name(name)
        return fmt.decode(name, self.folder.read(name), KEY, group_id=GROUP, expect=expect)

    def name(self, seq: int) -> str:
        return fmt.file_name("changes", self.laptop.device_id, seq)


@pytest.fixture
def outbox(make_workspace: Callable[..., Workspace], tmp_path: Path) -> Outbox:
    folder = SyncFolder(tmp_path / "sync-folder")
    folder.create(
        FolderManifest(
            group_id=GROUP,
            created_by="test",
            created_at="2026-05-03T12:00:00Z",
            key_check=crypto.key_check_value(KEY, GROUP),
        )
    )
    return Outbox(make_workspace("ana"), folder)


def test_the_first_change_file_is_number_one_and_holds_every_change_grouped_by_row(
    outbox: Outbox,
) -> None:
    ana = add_member(outbox.laptop, "Ana Petrova")
    sam = add_member(outbox.laptop, "Sam Okafor")
    edit_member(outbox.laptop, ana, phone="+44 1")
    name, count = outbox.write()
    assert (name, count) == (outbox.name(1), 4)  # two new rows; a phone and its edit time
    header, body = outbox.read(outbox.name(1))
    assert (header.kind, header.device_id, header.seq) == ("changes", outbox.laptop.device_id, 1)
    assert header.written_at == "2026-05-03T12:00:00Z"
    rows = [(c.table, c.row_id) for c in body.changes]
    assert rows == sorted(rows) and set(rows) == {("members", ana), ("members", sam)}
    assert {c.field for c in body.changes} == {fmt.ROW_FIELD, "phone", "updated_at"}


def test_a_file_written_is_recorded_as_this_laptops_by_its_content(outbox: Outbox) -> None:
    add_member(outbox.laptop)
    name, _ = outbox.write()
    assert name is not None
    with outbox.laptop.uow() as uow:
        record = uow.session.scalars(select(SyncFile)).one()
        assert (record.name, record.kind, record.seq, record.written, record.changes) == (
            name,
            "changes",
            1,
            True,
            1,
        )
        assert record.sha256 == hashlib.sha256(outbox.folder.read(name)).hexdigest()
    assert query(outbox.laptop, "SELECT first_seq, last_seq FROM sync_file_ranges") == [(1, 1)]


def test_with_nothing_new_no_file_is_written(outbox: Outbox) -> None:
    assert outbox.write() == (None, 0)
    add_member(outbox.laptop)
    outbox.write()
    assert outbox.write() == (None, 0)
    assert outbox.folder.listing().of_kind("changes") == [
        Entry(outbox.name(1), "changes", outbox.laptop.device_id, 1)
    ]


def test_the_next_file_takes_the_next_number_and_only_what_is_new(outbox: Outbox) -> None:
    person = add_member(outbox.laptop)
    outbox.write()
    edit_member(outbox.laptop, person, email="ana@example.org")
    assert outbox.write() == (outbox.name(2), 2)
    _, body = outbox.read(outbox.name(2))
    assert sorted((c.row_id, c.field) for c in body.changes) == [
        (person, "email"),
        (person, "updated_at"),
    ]


def test_changes_read_from_other_laptops_are_relayed_with_their_own_stamps(
    outbox: Outbox,
) -> None:
    from_sam = created("0190e2a4-0000-7000-8000-000000000077", stamp(5, SAM), full_name="Sam")
    merge(outbox.laptop, [from_sam])
    assert outbox.write() == (outbox.name(1), 1)
    _, body = outbox.read(outbox.name(1))
    assert body.changes == [from_sam]


def test_changes_whose_file_left_the_folder_are_written_again(outbox: Outbox) -> None:
    add_member(outbox.laptop, "Ana Petrova")
    outbox.write()
    add_member(outbox.laptop, "Sam Okafor")
    outbox.write()
    outbox.folder.delete(outbox.name(1))  # lost (a cloud drive's mishap)
    assert outbox.write() == (outbox.name(3), 1)
    _, lost = outbox.read(outbox.name(3))
    assert lost.changes[0].value.startswith('{"full_name":"Ana Petrova"')


def test_changes_covered_by_this_laptops_own_snapshot_are_not_written_again(
    outbox: Outbox,
) -> None:
    add_member(outbox.laptop)
    outbox.write()
    outbox.folder.delete(outbox.name(1))  # pruned: a snapshot of this laptop covers it
    listing = outbox.folder.listing()
    snapshot = fmt.file_name("snapshot", outbox.laptop.device_id, 1)
    listing.entries[snapshot] = Entry(snapshot, "snapshot", outbox.laptop.device_id, 1)
    assert write_changes(outbox.laptop, outbox.folder, KEY, GROUP, listing, lambda: NOW) == (
        None,
        0,
    )


def test_the_device_file_says_who_this_laptop_is_and_what_it_has_read(outbox: Outbox) -> None:
    set_device_name(outbox.laptop, name="Office laptop")
    add_member(outbox.laptop)
    outbox.write()
    for _ in range(2):  # replaced, never refused as existing
        write_device_file(outbox.laptop, outbox.folder, KEY, GROUP, lambda: NOW)
    name = fmt.file_name("device", outbox.laptop.device_id)
    header, body = outbox.read(name)
    assert (header.kind, header.seq, header.device_id) == ("device", 0, outbox.laptop.device_id)
    assert (
        body.device.items()
        >= {
            "name": "Office laptop",
            "app": __version__,
            "schema": fmt.SCHEMA_VERSION,
            "last_sync": "2026-05-03T12:00:00",
            "read": {outbox.laptop.device_id: 1},
        }.items()
    )


# Bookkeeping rules


def _file(kind: str, device_id: str, seq: int) -> SimpleNamespace:
    return SimpleNamespace(kind=kind, device_id=device_id, seq=seq)


def test_what_has_been_read_counts_up_to_the_first_file_missing() -> None:
    files = [
        _file("changes", "ana", 1),
        _file("changes", "ana", 2),
        _file("covered", "ana", 3),
        _file("changes", "ana", 5),
        _file("changes", "sam", 2),
        _file("snapshot", "sam", 1),
        _file("device", "lee", 0),
    ]
    assert contiguous_reads(files) == {"ana": 3, "sam": 0}


def test_each_laptops_snapshots_cover_up_to_the_highest_of_them() -> None:
    listing = Listing()
    for device_id, seq in [("ana", 4), ("ana", 9), ("sam", 2)]:
        name = fmt.file_name("snapshot", device_id, seq)
        listing.entries[name] = Entry(name, "snapshot", device_id, seq)
    listing.entries["c"] = Entry("c", "changes", "lee", 12)
    assert own_snapshot_tops(listing) == {"ana": 9, "sam": 2}


@given(
    ranges=st.lists(st.tuples(st.integers(1, 60), st.integers(0, 10)), max_size=8),
    top=st.integers(0, 70),
)
def test_the_gaps_are_exactly_the_changes_no_held_file_holds(
    ranges: list[tuple[int, int]], top: int
) -> None:
    held = sorted((first, first + length) for first, length in ranges)
    gaps = _gaps(held, top)
    in_gaps = [seq for first, last in gaps for seq in range(first, last + 1)]
    in_held = {seq for first, last in held for seq in range(first, last + 1)}
    assert in_gaps == sorted(set(in_gaps))  # in order, each once
    assert set(in_gaps) == set(range(1, top + 1)) - in_held
    assert all(first <= last for first, last in gaps)


@pytest.fixture(scope="module")
def empty_data_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrated_data_folder(tmp_path_factory.mktemp("template"))


_STEPS = st.lists(st.sampled_from(["add", "edit", "write", "lose a file"]), min_size=1, max_size=12)


@settings(max_examples=25, deadline=None)
@given(steps=_STEPS, data=st.data())
def test_after_a_write_the_folder_holds_every_change_whatever_files_were_lost(
    empty_data_folder: Path, steps: list[str], data: st.DataObject
) -> None:
    with copies(empty_data_folder, 1) as [laptop], tempfile.TemporaryDirectory() as where:
        outbox = Outbox(laptop, SyncFolder(Path(where)))
        outbox.folder.create(FolderManifest(GROUP, "test", "", crypto.key_check_value(KEY, GROUP)))
        people: list[str] = []
        written: list[str] = []
        for step in steps:
            if step == "add" or (step == "edit" and not people):
                people.append(add_member(laptop, f"Member {len(people)}"))
            elif step == "edit":
                edit_member(laptop, data.draw(st.sampled_from(people)), notes=step + "ed")
            elif step == "write":
                name, _ = outbox.write()
                written += [name] if name else []
            elif present := outbox.folder.listing().of_kind("changes"):
                outbox.folder.delete(data.draw(st.sampled_from(present)).name)
        name, _ = outbox.write()
        written += [name] if name else []
        assert written == [outbox.name(seq) for seq in range(1, len(written) + 1)]
        in_folder = {
            (c.hlc, c.table, c.row_id, c.field)
            for entry in outbox.folder.listing().of_kind("changes")
            for c in outbox.read(entry.name)[1].changes
        }
        log = query(laptop, "SELECT hlc, table_name, row_id, field FROM changes")
        assert in_folder == set(log)
