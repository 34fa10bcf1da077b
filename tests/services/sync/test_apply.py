"""Applying one sync file to a real database (`groupdesk.services.sync.apply`): merged and
recorded as read in one transaction, a second time a no-op, and a file that would delete too
much stopped whole with a sentence saying what to do."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from datetime import datetime

import pytest
from hand_changes import SAM, created, edited, member_fields, merge, query, stamp

from groupdesk.errors import Remedy
from groupdesk.models.sync_local import SyncDevice, SyncFile
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.apply import (
    MassDeleteError,
    MassDeleteGuard,
    apply_file,
    apply_kept_aside_changes,
    has_kept_aside_changes_to_apply,
)
from groupdesk.services.sync.clock import Stamp
from groupdesk.services.sync.merge import MergeResult
from groupdesk.services.workspace import Workspace

GROUP = "0190e2a4-0000-7000-8000-0000000000aa"
KEY = bytes(32)
NOW = datetime(2026, 5, 3, 12, 0)
PEOPLE = [f"0190e2a4-0000-7000-8000-0000000001{n:02d}" for n in range(6)]


@pytest.fixture
def laptop(make_workspace: Callable[..., Workspace]) -> Workspace:
    return make_workspace("laptop")


def _sealed(changes: list[fmt.IncomingChange], seq: int) -> bytes:
    return fmt.encode(
        fmt.Header("changes", GROUP, SAM, seq, app_version="9.9"), KEY, changes=changes
    )


def _opened(data: bytes, seq: int) -> fmt.FileReader:
    return fmt.open_file(fmt.file_name("changes", SAM, seq), io.BytesIO(data), KEY, group_id=GROUP)


def _apply(
    workspace: Workspace,
    changes: list[fmt.IncomingChange],
    *,
    seq: int = 1,
    guard: MassDeleteGuard | None = None,
    covered: list[tuple[str, str, int]] | None = None,
) -> MergeResult:
    return apply_file(
        workspace,
        file=_opened(_sealed(changes, seq), seq),
        guard=guard or MassDeleteGuard({}),
        now=lambda: NOW,
        covered=covered or [],
    )


def _deleting(people: list[str], at: int) -> list[fmt.IncomingChange]:
    return [edited(p, "deleted_at", NOW, stamp(at, SAM), base=stamp(1, SAM)) for p in people]


def _with_six_members(laptop: Workspace) -> None:
    merge(laptop, [created(p, stamp(1, SAM), full_name=f"Member {p[-2:]}") for p in PEOPLE])


def _live(laptop: Workspace) -> int:
    return query(laptop, "SELECT count(*) FROM members WHERE deleted_at IS NULL")[0][0]


def test_a_file_is_merged_and_recorded_as_read_with_who_wrote_it(laptop: Workspace) -> None:
    data = _sealed([created(PEOPLE[0], stamp(2, SAM), full_name="Sam's member")], 1)
    result = apply_file(laptop, file=_opened(data, 1), guard=MassDeleteGuard({}), now=lambda: NOW)
    assert (result.new_changes, result.first_seq, result.last_seq) == (1, 1, 1)
    assert member_fields(laptop, PEOPLE[0], "full_name") == ("Sam's member",)
    with laptop.uow() as uow:
        record = uow.session.get(SyncFile, fmt.file_name("changes", SAM, 1))
        assert record is not None
        assert (record.kind, record.device_id, record.seq, record.written) == (
            "changes",
            SAM,
            1,
            False,
        )
        assert (record.sha256, record.at, record.changes) == (
            hashlib.sha256(data).hexdigest(),
            NOW,
            1,
        )
        device = uow.session.get(SyncDevice, SAM)
        assert device is not None
        assert (device.last_read_at, device.app_version, device.schema_version) == (
            NOW,
            "9.9",
            fmt.SCHEMA_VERSION,
        )
    assert query(laptop, "SELECT name, first_seq, last_seq FROM sync_file_ranges") == [
        (fmt.file_name("changes", SAM, 1), 1, 1)
    ]


def test_applying_the_same_file_again_changes_nothing(laptop: Workspace) -> None:
    changes = [created(PEOPLE[0], stamp(2, SAM))]
    _apply(laptop, changes)
    again = _apply(laptop, changes)
    assert (again.new_changes, again.applied) == (0, 0)
    assert query(laptop, "SELECT count(*) FROM sync_files") == [(1,)]
    assert query(laptop, "SELECT count(*) FROM sync_file_ranges") == [(1,)]


def test_reading_a_file_moves_this_laptops_clock_past_its_newest_stamp(laptop: Workspace) -> None:
    far_ahead = 9_000_000_000_000
    _apply(laptop, [created(PEOPLE[0], stamp(far_ahead, SAM))])
    assert laptop.clock.latest() >= Stamp(far_ahead, 0, SAM)
    assert laptop.clock.tick() > Stamp.parse(stamp(far_ahead, SAM))


def test_files_a_snapshot_covers_are_recorded_as_covered(laptop: Workspace) -> None:
    covered = [(fmt.file_name("changes", SAM, n), SAM, n) for n in (1, 2)]
    _apply(laptop, [created(PEOPLE[0], stamp(2, SAM))], seq=3, covered=covered)
    assert query(laptop, "SELECT name, kind, seq FROM sync_files ORDER BY seq") == [
        (covered[0][0], "covered", 1),
        (covered[1][0], "covered", 2),
        (fmt.file_name("changes", SAM, 3), "changes", 3),
    ]


# The mass-delete fail-safe


def test_a_file_deleting_most_members_is_stopped_whole_and_says_how_to_allow_it(
    laptop: Workspace,
) -> None:
    _with_six_members(laptop)
    guard = MassDeleteGuard({"members": 6})
    with pytest.raises(MassDeleteError) as stopped:
        _apply(laptop, _deleting(PEOPLE[:5], at=3), guard=guard)
    name = fmt.file_name("changes", SAM, 1)
    assert str(stopped.value) == (
        f"Stopped before {name}: it would delete 5 of the 6 members on this laptop. Nothing "
        "from it was applied. If that is what your group meant, sync again and allow it."
    )
    assert stopped.value.remedy == Remedy("allow_mass_delete")
    assert _live(laptop) == 6
    assert query(laptop, "SELECT count(*) FROM sync_files") == [(0,)]
    assert query(laptop, "SELECT count(*) FROM changes") == [(6,)]  # the file's are not kept
    _apply(laptop, _deleting(PEOPLE[:5], at=3), guard=MassDeleteGuard({"members": 6}, allow=True))
    assert _live(laptop) == 1


def test_deletions_add_up_across_the_files_of_one_sync(laptop: Workspace) -> None:
    _with_six_members(laptop)
    guard = MassDeleteGuard({"members": 8})
    _apply(laptop, _deleting(PEOPLE[:2], at=3), guard=guard)
    _apply(laptop, _deleting(PEOPLE[2:4], at=4), seq=2, guard=guard)
    with pytest.raises(MassDeleteError, match="it would delete 5 of the 8 members"):
        _apply(laptop, _deleting(PEOPLE[4:5], at=5), seq=3, guard=guard)
    assert _live(laptop) == 2


@pytest.mark.parametrize(
    ("deleted", "live", "share", "stops"),
    [
        (4, 4, 0.5, False),  # fewer than five: removing a few is ordinary
        (5, 10, 0.5, False),  # half is not more than half
        (6, 10, 0.5, True),
        (5, 100, 0.04, True),
        (5, 5, 1.0, False),
    ],
)
def test_the_guard_stops_at_five_or_more_deletions_beyond_the_share_of_live_rows(
    deleted: int, live: int, share: float, stops: bool
) -> None:
    guard = MassDeleteGuard({"members": live}, share=share)
    result = MergeResult()
    result.deleted["members"] = deleted
    if stops:
        with pytest.raises(MassDeleteError):
            guard.check("f", result)
    else:
        guard.check("f", result)


# Changes kept aside until an upgrade


def test_kept_aside_changes_this_version_knows_are_applied_once_in_one_go(
    laptop: Workspace,
) -> None:
    _apply(laptop, [created(PEOPLE[0], stamp(2, SAM))])
    assert not has_kept_aside_changes_to_apply(laptop)
    later = edited(PEOPLE[0], "notes", "from before the upgrade", stamp(3, SAM), base=stamp(2, SAM))
    with laptop.uow() as uow:  # as merging it did when this version did not know the field
        connection = uow.session.connection()
        connection.exec_driver_sql(
            "INSERT INTO changes (hlc, device_id, table_name, row_id, field, value, base_hlc)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (later.hlc, SAM, *later[:3], later.value, later.base_hlc),
        )
        connection.exec_driver_sql(
            "INSERT INTO sync_unknown_changes (hlc, table_name, row_id, field, value, base_hlc)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (later.hlc, *later[:3], later.value, later.base_hlc),
        )
        uow.commit()
    assert has_kept_aside_changes_to_apply(laptop)
    assert apply_kept_aside_changes(laptop, now=lambda: NOW).applied == 1
    assert member_fields(laptop, PEOPLE[0], "notes") == ("from before the upgrade",)
    assert not has_kept_aside_changes_to_apply(laptop)
