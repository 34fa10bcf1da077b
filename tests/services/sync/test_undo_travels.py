"""An undo is an ordinary change that syncs (issue 19 item 2): laptop A deletes a member and
undoes it, and laptop B has them alive after the sync; an undo on A after B edited the member
since is refused, and nothing changes on either laptop."""

from __future__ import annotations

import pytest
from sync_helpers import add_member, edit_member, live_members, setup_group, state, sync

from groupdesk.errors import GroupDeskError
from groupdesk.services.members.records import delete_member
from groupdesk.services.undo import Undo, undo_changes, undoable
from groupdesk.services.workspace import Workspace


@pytest.fixture
def pair(laptops, sync_folder):  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder, names=["Ana's laptop", "Sam's laptop"])
    return ana, sam


def delete(workspace: Workspace, member_id: str) -> Undo:
    undo = undoable(
        workspace.uow(),
        "Deleted Ana Petrova.",
        lambda: delete_member(workspace.uow(), member_id=member_id),
    ).undo
    assert undo is not None
    return undo


def test_a_deleted_and_undone_member_is_alive_on_the_other_laptop(pair) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    person = add_member(ana)
    sync(ana, sam)
    undo = delete(ana, person)
    sync(ana, sam)
    assert "Ana Petrova" not in live_members(sam)
    undo_changes(ana.uow(), undo=undo)
    sync(ana, sam)
    assert "Ana Petrova" in live_members(sam)
    assert state(ana) == state(sam)


def test_an_undo_after_an_edit_from_the_other_laptop_is_refused(pair) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    person = add_member(ana)
    sync(ana, sam)
    undo = delete(ana, person)
    sync(ana, sam)
    edit_member(sam, person, deleted_at=None)  # Sam brought them back by hand
    sync(sam, ana)
    before = state(ana)
    with pytest.raises(GroupDeskError, match="changed again since"):
        undo_changes(ana.uow(), undo=undo)
    assert state(ana) == before
