"""The merge rules of `groupdesk.services.sync.merge`, one at a time, on hand-written changes
merged into a real database: per field the newest stamp wins whatever the order, ties are
broken alike everywhere, row changes against field edits, what is kept aside, and conflicts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from hand_changes import (
    ANA,
    MEMBER,
    OTHER_MEMBER,
    SAM,
    both_edit,
    clocks,
    copies,
    created,
    edited,
    kept_aside,
    member_fields,
    merge,
    migrated_data_folder,
    open_conflicts,
    query,
    stamp,
)
from hypothesis import given, settings
from hypothesis import strategies as st
from sync_helpers import state

from groupdesk.models import Member
from groupdesk.services.sync.capture import synced_fields
from groupdesk.services.sync.format import IncomingChange
from groupdesk.services.sync.merge import apply_kept_aside, kept_aside_now_known
from groupdesk.services.sync.stored_values import PLACEHOLDER_DELETED_AT
from groupdesk.services.sync.values import ROW_FIELD
from groupdesk.services.workspace import Workspace

CREATION = created(MEMBER, stamp(1), email="ana@example.org")
#: A table that only a newer version of the app has.
NEWER_TABLE = "made_by_a_newer_version"


@pytest.fixture
def laptop(make_workspace: Callable[..., Workspace]) -> Workspace:
    return make_workspace("laptop")


# Newest stamp wins, in any order


@pytest.mark.parametrize("order", [(0, 1, 2), (0, 2, 1), (2, 1, 0), (1, 2, 0)], ids=str)
def test_each_field_takes_its_newest_change_in_whatever_order_files_arrive(
    make_workspace: Callable[..., Workspace], order: tuple[int, int, int]
) -> None:
    changes = [CREATION, *both_edit("email", "ana@ana.org", "ana@sam.org")]
    in_order, laptop = make_workspace("in_order"), make_workspace("laptop")
    merge(in_order, changes)
    for index in order:  # one file each
        merge(laptop, [changes[index]])
    assert member_fields(laptop, MEMBER, "full_name", "email", "deleted_at") == (
        "Ana Petrova",
        "ana@sam.org",
        None,
    )
    assert clocks(in_order) == {(MEMBER, ROW_FIELD): stamp(1), (MEMBER, "email"): stamp(3, SAM)}
    # Field by field equal, clocks included (a row clock counts for each field it covers).
    assert state(laptop) == state(in_order)
    for either in (laptop, in_order):
        assert open_conflicts(either) == {(MEMBER, "email", stamp(3, SAM), stamp(2, ANA))}


@pytest.mark.parametrize(
    ("ana_stamp", "sam_stamp", "winner"),
    [
        (stamp(5, ANA, counter=1), stamp(5, SAM, counter=0), "from Ana"),
        (stamp(5, ANA, counter=0), stamp(5, SAM, counter=0), "from Sam"),
        (stamp(6, ANA, counter=0), stamp(5, SAM, counter=9), "from Ana"),
    ],
    ids=["counter first", "then the device id", "millis before both"],
)
def test_changes_made_in_the_same_millisecond_are_ordered_alike_on_every_laptop(
    make_workspace: Callable[..., Workspace], ana_stamp: str, sam_stamp: str, winner: str
) -> None:
    ana_edit = edited(MEMBER, "notes", "from Ana", ana_stamp, base=stamp(1))
    sam_edit = edited(MEMBER, "notes", "from Sam", sam_stamp, base=stamp(1))
    first, second = make_workspace("first"), make_workspace("second")
    merge(first, [CREATION, ana_edit, sam_edit])
    merge(second, [sam_edit, CREATION])
    merge(second, [ana_edit])
    for laptop in (first, second):
        assert member_fields(laptop, MEMBER, "notes") == (winner,)
    assert state(first) == state(second)
    assert open_conflicts(first) == open_conflicts(second) != set()


def test_two_changes_of_one_field_at_one_stamp_in_one_file_are_ordered_by_their_values(
    make_workspace: Callable[..., Workspace],
) -> None:
    """A hand-made file holding a row change with an empty phone and an edit of the phone at
    the same stamp: the merge orders the two by their values, read from JSON, as the change
    log writes them ('"+44 9"' before 'null'), in whatever order the file holds them."""
    creation = created(MEMBER, stamp(1), phone=None)
    edit = edited(MEMBER, "phone", "+44 9", stamp(1))
    first, second = make_workspace("first"), make_workspace("second")
    merge(first, [creation, edit])
    merge(second, [edit, creation])
    for laptop in (first, second):
        assert member_fields(laptop, MEMBER, "full_name", "phone") == ("Ana Petrova", None)
    assert state(first) == state(second)


def test_reading_the_same_changes_again_changes_nothing(laptop: Workspace) -> None:
    changes = [CREATION, edited(MEMBER, "phone", "+44 1", stamp(2), base=stamp(1))]
    first = merge(laptop, changes)
    # Every field once: the newer phone replaces the row change's before anything is written.
    assert (first.new_changes, first.applied) == (2, len(synced_fields(Member)))
    assert first.rows_touched == {("members", MEMBER)}
    before = state(laptop)
    again = merge(laptop, list(reversed(changes)))
    assert (again.new_changes, again.applied, again.rows_touched) == (0, 0, set())
    assert state(laptop) == before
    assert query(laptop, "SELECT count(*) FROM changes") == [(2,)]


def test_the_result_says_what_arrived_from_whom_and_where_it_sits_in_the_log(
    laptop: Workspace,
) -> None:
    merge(laptop, [CREATION])
    result = merge(
        laptop,
        [
            edited(MEMBER, "phone", "+44 1", stamp(4, SAM), base=stamp(1)),
            edited(MEMBER, "notes", "hello", stamp(3, ANA), base=stamp(1)),
        ],
    )
    assert result.devices == {ANA, SAM}
    assert result.newest_hlc == stamp(4, SAM)
    assert (result.first_seq, result.last_seq) == (2, 3)
    assert query(laptop, "SELECT seq, field FROM changes WHERE seq > 1 ORDER BY seq") == [
        (2, "phone"),
        (3, "notes"),
    ]


# Conflicts: only between changes made without seeing each other


def test_an_edit_made_after_seeing_the_other_overwrites_it_without_a_conflict(
    laptop: Workspace,
) -> None:
    ana_edit, sam_edit = both_edit("email", "ana@ana.org", "ana@sam.org", sam_saw=stamp(2, ANA))
    merge(laptop, [CREATION, sam_edit])
    merge(laptop, [ana_edit])  # the older one, read late
    assert member_fields(laptop, MEMBER, "email") == ("ana@sam.org",)
    assert open_conflicts(laptop) == set()


def test_a_late_concurrent_edit_loses_and_opens_one_conflict_naming_both(laptop: Workspace) -> None:
    ana_edit, sam_edit = both_edit("email", "ana@ana.org", "ana@sam.org")
    merge(laptop, [CREATION, sam_edit])
    result = merge(laptop, [ana_edit])
    assert (result.applied, result.conflicts_opened) == (0, 1)
    assert member_fields(laptop, MEMBER, "email") == ("ana@sam.org",)
    assert open_conflicts(laptop) == {(MEMBER, "email", stamp(3, SAM), stamp(2, ANA))}
    assert merge(laptop, [ana_edit]).conflicts_opened == 0  # read twice: still one


def test_concurrent_edits_to_the_same_value_are_no_conflict(laptop: Workspace) -> None:
    merge(laptop, [CREATION, *both_edit("phone", "+44 7700", "+44 7700")])
    assert member_fields(laptop, MEMBER, "phone") == ("+44 7700",)
    assert open_conflicts(laptop) == set()


def test_edit_times_never_show_as_conflicts(laptop: Workspace) -> None:
    merge(laptop, [CREATION, *both_edit("updated_at", datetime(2026, 5, 2), datetime(2026, 5, 3))])
    merge(laptop, [edited(MEMBER, "created_at", datetime(2026, 1, 1), stamp(2, SAM))])
    assert member_fields(laptop, MEMBER, "updated_at") == ("2026-05-03 00:00:00.000000",)
    assert open_conflicts(laptop) == set()


def test_a_newer_deliberate_edit_closes_the_conflict_it_settles(laptop: Workspace) -> None:
    merge(laptop, [CREATION, *both_edit("email", "ana@ana.org", "ana@sam.org")])
    assert len(open_conflicts(laptop)) == 1
    merge(laptop, [edited(MEMBER, "email", "ana@both.org", stamp(4, ANA), base=stamp(3, SAM))])
    assert member_fields(laptop, MEMBER, "email") == ("ana@both.org",)
    assert open_conflicts(laptop) == set()


# Row changes and field edits


def test_a_new_row_taken_whole_from_its_row_change_keeps_one_clock_for_the_row(
    laptop: Workspace,
) -> None:
    merge(laptop, [CREATION, created(OTHER_MEMBER, stamp(2, SAM), full_name="Sam Okafor")])
    assert clocks(laptop) == {
        (MEMBER, ROW_FIELD): stamp(1),
        (OTHER_MEMBER, ROW_FIELD): stamp(2, SAM),
    }
    assert member_fields(laptop, OTHER_MEMBER, "full_name", "status", "consent_photo") == (
        "Sam Okafor",
        "active",
        0,
    )


def test_a_field_edit_newer_than_the_row_change_sets_that_field_alone(laptop: Workspace) -> None:
    merge(laptop, [CREATION])
    merge(laptop, [edited(MEMBER, "email", None, stamp(2), base=stamp(1))])
    assert member_fields(laptop, MEMBER, "full_name", "email") == ("Ana Petrova", None)
    assert clocks(laptop) == {(MEMBER, ROW_FIELD): stamp(1), (MEMBER, "email"): stamp(2)}


def test_a_row_change_newer_than_a_field_edit_sets_every_field_it_holds(laptop: Workspace) -> None:
    """The same row made on two laptops (a skill's id comes from member and skill): the later
    row change wins each field, and the field it overrode unseen is a conflict."""
    merge(laptop, [CREATION, edited(MEMBER, "email", "ana@ana.org", stamp(2), base=stamp(1))])
    merge(laptop, [created(MEMBER, stamp(3, SAM), full_name="Ana P.", email="ana@sam.org")])
    assert member_fields(laptop, MEMBER, "full_name", "email") == ("Ana P.", "ana@sam.org")
    conflicts = open_conflicts(laptop)
    assert (MEMBER, "email", stamp(3, SAM), stamp(2)) in conflicts
    assert (MEMBER, "full_name", stamp(3, SAM), stamp(1)) in conflicts


def test_an_edit_read_before_its_rows_creation_waits_in_a_hidden_row(laptop: Workspace) -> None:
    merge(laptop, [edited(MEMBER, "phone", "+44 2", stamp(2), base=stamp(1))])
    assert member_fields(laptop, MEMBER, "full_name", "phone", "deleted_at") == (
        "",
        "+44 2",
        PLACEHOLDER_DELETED_AT.isoformat(sep=" ", timespec="microseconds"),
    )
    merge(laptop, [created(MEMBER, stamp(1), phone="+44 1")])
    assert member_fields(laptop, MEMBER, "full_name", "phone", "deleted_at") == (
        "Ana Petrova",
        "+44 2",
        None,
    )


def test_a_live_row_deleted_by_a_file_is_counted_for_the_mass_delete_guard(
    laptop: Workspace,
) -> None:
    merge(laptop, [CREATION, created(OTHER_MEMBER, stamp(1, SAM))])
    result = merge(
        laptop,
        [
            edited(MEMBER, "deleted_at", datetime(2026, 5, 4), stamp(3), base=stamp(1)),
            edited(OTHER_MEMBER, "notes", "still here", stamp(3), base=stamp(1, SAM)),
        ],
    )
    assert dict(result.deleted) == {"members": 1}
    again = merge(
        laptop, [edited(MEMBER, "deleted_at", datetime(2026, 5, 5), stamp(4), base=stamp(3))]
    )
    assert dict(again.deleted) == {}  # already deleted


# What this version does not know is kept aside


def test_changes_for_an_unknown_table_or_field_are_kept_aside_and_relayed(
    laptop: Workspace,
) -> None:
    merge(laptop, [CREATION])
    result = merge(
        laptop,
        [
            edited(
                "0190e2a4-0000-7000-8000-0000000000f1", "title", "AGM", stamp(2), table=NEWER_TABLE
            ),
            edited(MEMBER, "shoe_size", 42, stamp(2)),
        ],
    )
    assert (result.new_changes, result.unknown, result.applied) == (2, 2, 0)
    assert kept_aside(laptop) == {
        (NEWER_TABLE, "0190e2a4-0000-7000-8000-0000000000f1", "title"),
        ("members", MEMBER, "shoe_size"),
    }
    assert query(laptop, "SELECT count(*) FROM changes") == [(3,)]  # in the log, to relay
    assert _now_known(laptop) == []


def test_a_row_change_holding_an_unknown_field_is_merged_where_known_and_kept_whole(
    laptop: Workspace,
) -> None:
    result = merge(laptop, [created(MEMBER, stamp(1), shoe_size=42)])
    assert member_fields(laptop, MEMBER, "full_name", "deleted_at") == ("Ana Petrova", None)
    assert kept_aside(laptop) == {("members", MEMBER, ROW_FIELD)}
    assert result.unknown == 1
    # Its known fields are clocked one by one: a row clock would stand for the unknown one.
    assert (MEMBER, ROW_FIELD) not in clocks(laptop)
    assert clocks(laptop)[(MEMBER, "full_name")] == stamp(1)


def test_kept_aside_changes_are_merged_once_this_version_knows_their_fields(
    laptop: Workspace,
) -> None:
    merge(laptop, [CREATION, edited(MEMBER, "phone", "+44 9", stamp(5), base=stamp(1))])
    # As if these had arrived (in the log, and kept aside) before an upgrade taught this
    # version the fields.
    aside = [
        edited(MEMBER, "notes", "kept aside", stamp(3, SAM), base=stamp(1)),
        edited(MEMBER, "phone", "+44 3", stamp(4, SAM), base=stamp(1)),
        edited("0190e2a4-0000-7000-8000-0000000000f1", "title", "AGM", stamp(2), table=NEWER_TABLE),
    ]
    with laptop.uow() as uow:
        uow.session.connection().exec_driver_sql(
            "INSERT INTO sync_unknown_changes (hlc, table_name, row_id, field, value, base_hlc)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(c.hlc, c.table, c.row_id, c.field, c.value, c.base_hlc) for c in aside],
        )
        uow.session.connection().exec_driver_sql(
            "INSERT INTO changes (hlc, device_id, table_name, row_id, field, value, base_hlc)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(c.hlc, c.device_id, *c[:3], c.value, c.base_hlc) for c in aside],
        )
        uow.commit()
    assert [c[2] for c in _now_known(laptop)] == ["notes", "phone"]  # oldest first
    with laptop.uow(immediate=True, capture_changes=False) as uow:
        result = apply_kept_aside(uow.session)
        uow.commit()
    assert result.applied == 1
    assert member_fields(laptop, MEMBER, "notes", "phone") == ("kept aside", "+44 9")
    assert open_conflicts(laptop) == {(MEMBER, "phone", stamp(5), stamp(4, SAM))}
    assert kept_aside(laptop) == {(NEWER_TABLE, "0190e2a4-0000-7000-8000-0000000000f1", "title")}


def _now_known(workspace: Workspace) -> list[tuple[str, str, str, str, str | None, str]]:
    with workspace.uow() as uow:
        return kept_aside_now_known(uow.session)


# For all inputs: the order of arrival and the way in are invisible

_VALUES: dict[str, list[object]] = {
    "email": [None, "a@example.org", "b@example.org"],
    "notes": [None, "one", "two"],
    "deleted_at": [None, datetime(2026, 5, 9)],
}


@st.composite
def _histories(draw: st.DrawFn) -> list[IncomingChange]:
    """Two members made by either laptop (one perhaps made twice), then edits made on either,
    each after its row's creation, each having seen some earlier change of its field (or
    none)."""
    changes = [
        created(row_id, stamp(draw(st.integers(1, 5)), draw(st.sampled_from([ANA, SAM])), i))
        for i, row_id in enumerate([MEMBER, OTHER_MEMBER])
    ]
    if draw(st.booleans()):  # the same row made again on a laptop (an id from its content)
        again = stamp(draw(st.integers(6, 30)), draw(st.sampled_from([ANA, SAM])), 50)
        changes.append(created(MEMBER, again, full_name="Ana P.", notes="made twice"))
    for i in range(draw(st.integers(0, 12))):
        row_id = draw(st.sampled_from([MEMBER, OTHER_MEMBER]))
        field = draw(st.sampled_from(sorted(_VALUES)))
        hlc = stamp(draw(st.integers(6, 30)), draw(st.sampled_from([ANA, SAM])), 100 + i)
        seen = [
            c.hlc
            for c in changes
            if c.row_id == row_id and c.field in (field, ROW_FIELD) and c.hlc < hlc
        ]
        base = draw(st.sampled_from(seen))
        value = draw(st.sampled_from(_VALUES[field]))
        changes.append(edited(row_id, field, value, hlc, base=base))
    return changes


@pytest.fixture(scope="module")
def empty_data_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return migrated_data_folder(tmp_path_factory.mktemp("template"))


@settings(max_examples=40, deadline=None)
@given(history=_histories(), data=st.data())
def test_the_same_changes_merge_to_the_same_database_in_any_order_and_any_files(
    empty_data_folder: Path, history: list[IncomingChange], data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(history), label="order of arrival")
    cuts = sorted(data.draw(st.sets(st.integers(1, len(history) - 1)), label="file ends"))
    files = [shuffled[a:b] for a, b in zip([0, *cuts], [*cuts, len(history)], strict=True)]
    with copies(empty_data_folder, 3) as (at_once, field_by_field, one_by_one):
        merge(at_once, history)  # an empty table: the fast path
        merge(field_by_field, history, fast_path=False)
        for file in files:
            merge(one_by_one, file)
        expected = state(at_once)
        conflicts = open_conflicts(at_once)
        for laptop in (field_by_field, one_by_one):
            assert state(laptop) == expected
            assert open_conflicts(laptop) == conflicts
