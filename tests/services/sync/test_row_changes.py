"""A new row travels as one row change holding every field; these check the cases where that
differs from one change per field: the same row created on two laptops at once, an edit read
before the row's creation, and a damaged row change in a file."""

from __future__ import annotations

import os

import pytest
from sync_helpers import add_member, edit_member, member, setup_group, state, sync

from groupdesk.services.members.skills import add_skill, skills_of
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.conflicts import list_conflicts
from groupdesk.services.sync.format import IncomingChange
from groupdesk.services.sync.merge import merge_changes
from groupdesk.services.sync.values import ROW_FIELD
from groupdesk.services.workspace import Workspace


def _log(workspace: Workspace) -> list[IncomingChange]:
    with workspace.uow() as uow:
        rows = uow.session.connection().exec_driver_sql(
            "SELECT table_name, row_id, field, hlc, base_hlc, value FROM changes ORDER BY seq"
        )
        return [IncomingChange(*row) for row in rows]


def _merge(workspace: Workspace, changes: list[IncomingChange]) -> None:
    with workspace.uow(immediate=True, capture_changes=False) as uow:
        merge_changes(uow.session, changes)
        uow.commit()


def test_the_same_skill_added_on_two_laptops_at_once_converges_with_one_conflict(
    laptops, sync_folder
) -> None:  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder)
    person = add_member(ana, "Łukasz Nowak")
    sync(ana, sam)
    # The row id comes from (member, skill), so both laptops create the same row.
    add_skill(ana.uow(), member_id=person, name="First aid", can_teach=True)
    sam.test_clock.millis = ana.test_clock.millis + 5_000
    add_skill(sam.uow(), member_id=person, name="First aid", can_teach=False)
    sync(ana, sam, ana)
    assert state(ana) == state(sam)
    [skill] = skills_of(ana.uow(), member_id=person)
    assert skill.can_teach is False  # Sam's is newer
    for laptop in (ana, sam):
        [conflict] = list_conflicts(laptop.uow())
        assert (conflict.field, conflict.mine, conflict.theirs) == ("can_teach", False, True)


def test_an_edit_read_before_the_rows_creation_gives_the_same_row(laptops) -> None:  # type: ignore[no-untyped-def]
    ana = laptops("ana")
    person = add_member(ana, "Ана Петрова", email="ana@example.org", phone="+44 1")
    edit_member(ana, person, phone="+44 2")
    creation, *edit = _log(ana)
    assert (creation.row_id, creation.field) == (person, ROW_FIELD)
    in_order, edit_first = laptops("in_order"), laptops("edit_first")
    _merge(in_order, [creation, *edit])
    _merge(edit_first, edit)  # the row is made hidden, waiting for its creation
    assert member(edit_first, person).deleted_at is not None
    _merge(edit_first, [creation])
    for laptop in (in_order, edit_first):
        found = member(laptop, person)
        assert (found.full_name, found.phone, found.deleted_at) == ("Ана Петрова", "+44 2", None)
        assert state(laptop)["members"] == state(ana)["members"]
        assert state(laptop)["field_clock"] == state(ana)["field_clock"]


@pytest.mark.parametrize(
    "value", ['["not", "an", "object"]', '{"bad name!": 1}', "{broken"], ids=str
)
def test_a_file_with_a_damaged_row_change_is_refused_whole(value: str) -> None:
    key = os.urandom(32)
    group, device = "0190e2a4-0000-7000-8000-00000000000a", "0190e2a4-0000-7000-8000-00000000000b"
    stamp = f"{1:015d}-000000-{device}"
    data = fmt.encode(
        fmt.Header(kind="changes", group_id=group, device_id=device, seq=1),
        key,
        changes=[
            ("members", "0190e2a4-0000-7000-8000-000000000001", ROW_FIELD, stamp, None, value)
        ],
    )
    with pytest.raises(fmt.SyncFileError, match="content is damaged"):
        fmt.decode("changes/x.gdc", data, key, group_id=group)
