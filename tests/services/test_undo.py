"""Undo of each kind of destructive or sweeping action, through the services (issue 19 item 2):
each is undone as ordinary changes, and an undo that would overwrite a later change, or bring
back someone forgotten, is refused with nothing changed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select
from support.grant_rows import add_grant, add_payment
from support.meeting_rows import evening_meeting
from support.resource_rows import stored_item, stored_loan

from groupdesk.errors import GroupDeskError
from groupdesk.models.grants import GrantStateChange
from groupdesk.models.members import Member, MemberSkill
from groupdesk.models.resources import ResourceItem
from groupdesk.models.sync_state import Change
from groupdesk.services.backup import write_backup
from groupdesk.services.grants.bank_import import import_bank_expenses
from groupdesk.services.grants.expenses import list_expenses
from groupdesk.services.grants.payments import payments_of, remove_payment
from groupdesk.services.grants.pipeline import move_grant
from groupdesk.services.grants.records import get_grant
from groupdesk.services.meetings.agenda import add_item, agenda_of, remove_item
from groupdesk.services.meetings.attendance import expected_members, mark_everyone_present
from groupdesk.services.meetings.records import cancel_meeting, meeting_detail
from groupdesk.services.members.erasure import forget_member
from groupdesk.services.members.importing import import_members
from groupdesk.services.members.merge import merge_members
from groupdesk.services.members.records import (
    add_member,
    delete_member,
    edit_member,
    get_member,
)
from groupdesk.services.resources.clashes import list_clashes
from groupdesk.services.resources.loans import get_loan, lend, return_loan
from groupdesk.services.resources.reservations import cancel_reservation, get_reservation, reserve
from groupdesk.services.restore import restore_backup
from groupdesk.services.undo import Undo, undo_changes, undoable
from groupdesk.services.workspace import Workspace, open_workspace

TODAY = date(2026, 5, 3)  # the members_ws clock (tests/services/conftest.py)

AddPerson = Callable[..., str]


def done(workspace: Workspace, sentence: str, action: Callable[[], object]) -> Undo:
    undo = undoable(workspace.uow(), sentence, action).undo
    assert undo is not None
    return undo


def test_a_deleted_member_comes_back(members_ws: Workspace, add_person: AddPerson) -> None:
    ana = add_person("Ana Petrova")
    undo = done(
        members_ws, "Deleted Ana Petrova.", lambda: delete_member(members_ws.uow(), member_id=ana)
    )
    assert get_member(members_ws.uow(), ana).deleted_at is not None
    assert undo_changes(members_ws.uow(), undo=undo) == 1
    assert get_member(members_ws.uow(), ana).deleted_at is None


def test_undo_is_logged_as_ordinary_changes_and_never_removes_any(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Petrova")
    undo = done(members_ws, "Deleted.", lambda: delete_member(members_ws.uow(), member_id=ana))
    before = log_size(members_ws)
    undo_changes(members_ws.uow(), undo=undo)
    assert log_size(members_ws) > before


def log_size(workspace: Workspace) -> int:
    with workspace.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(Change)) or 0)


def test_an_undo_is_refused_once_done(members_ws: Workspace, add_person: AddPerson) -> None:
    ana = add_person("Ana Petrova")
    undo = done(members_ws, "Deleted.", lambda: delete_member(members_ws.uow(), member_id=ana))
    undo_changes(members_ws.uow(), undo=undo)
    with pytest.raises(GroupDeskError, match="changed again since"):
        undo_changes(members_ws.uow(), undo=undo)


def test_an_undo_over_a_later_edit_is_refused_and_changes_nothing(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Petrova", phone="07700 900123")
    undo = done(
        members_ws,
        "Edited.",
        lambda: edit_member(members_ws.uow(), member_id=ana, changes={"phone": "07700 900456"}),
    )
    edit_member(members_ws.uow(), member_id=ana, changes={"phone": "07700 900789"})
    with pytest.raises(GroupDeskError, match="a member it changed was changed again since"):
        undo_changes(members_ws.uow(), undo=undo)
    assert get_member(members_ws.uow(), ana).phone == "+44 7700 900789"


def test_a_forgotten_member_is_not_brought_back(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Petrova")
    undo = done(members_ws, "Deleted.", lambda: delete_member(members_ws.uow(), member_id=ana))
    forget_member(members_ws.uow(), member_id=ana)
    with pytest.raises(GroupDeskError, match="forgotten at their request"):
        undo_changes(members_ws.uow(), undo=undo)
    assert get_member(members_ws.uow(), ana).erased_at is not None


def test_a_merge_is_undone_with_both_records_as_they_were(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Petrova")
    copy = add_person("Ana Petrova", email="ana@example.org")
    undo = done(
        members_ws, "Merged.", lambda: merge_members(members_ws.uow(), keep_id=ana, other_id=copy)
    )
    assert get_member(members_ws.uow(), ana).email == "ana@example.org"
    undo_changes(members_ws.uow(), undo=undo)
    kept, other = get_member(members_ws.uow(), ana), get_member(members_ws.uow(), copy)
    assert kept.email is None
    assert other.deleted_at is None and other.merged_into_id is None
    assert other.email == "ana@example.org"


def test_a_cancelled_meeting_is_planned_again(members_ws: Workspace) -> None:
    key = evening_meeting(members_ws, TODAY + timedelta(days=7))
    undo = done(members_ws, "Cancelled.", lambda: cancel_meeting(members_ws.uow(), meeting=key))
    meeting_id = meeting_detail(members_ws.uow(), meeting=key).occurrence.meeting_id
    assert meeting_id is not None
    undo_changes(members_ws.uow(), undo=undo)
    assert meeting_detail(members_ws.uow(), meeting=meeting_id).occurrence.status == "planned"


def test_a_removed_agenda_item_comes_back(members_ws: Workspace) -> None:
    key = evening_meeting(members_ws, TODAY + timedelta(days=7))
    agenda = add_item(members_ws.uow(), meeting=key, values={"title": "Budget"})
    item = agenda.items[0].id
    meeting_id = meeting_detail(members_ws.uow(), meeting=key).occurrence.meeting_id
    assert meeting_id is not None
    undo = done(members_ws, "Removed.", lambda: remove_item(members_ws.uow(), item_id=item))
    assert agenda_of(members_ws.uow(), meeting=meeting_id).items == ()
    undo_changes(members_ws.uow(), undo=undo)
    assert [i.title for i in agenda_of(members_ws.uow(), meeting=meeting_id).items] == ["Budget"]


def test_marking_everyone_present_is_undone(members_ws: Workspace, add_person: AddPerson) -> None:
    add_person("Ana Petrova")
    add_person("Wei Chen")
    key = evening_meeting(members_ws, TODAY)
    undo = done(members_ws, "Marked.", lambda: mark_everyone_present(members_ws.uow(), meeting=key))
    meeting_id = meeting_detail(members_ws.uow(), meeting=key).occurrence.meeting_id
    assert meeting_id is not None
    assert {m.status for m in expected_members(members_ws.uow(), meeting=meeting_id)} == {"present"}
    undo_changes(members_ws.uow(), undo=undo)
    assert {m.status for m in expected_members(members_ws.uow(), meeting=meeting_id)} == {None}


def test_a_returned_loan_is_out_again(members_ws: Workspace, add_person: AddPerson) -> None:
    ana = add_person("Ana Petrova")
    item = stored_item(members_ws, "Gazebo", condition="good")
    loan = stored_loan(members_ws, item, ana, TODAY - timedelta(days=3), TODAY + timedelta(days=4))
    undo = done(
        members_ws,
        "Returned.",
        lambda: return_loan(members_ws.uow(), loan_id=loan, condition_in="needs attention"),
    )
    assert get_loan(members_ws.uow(), loan_id=loan).returned_on == TODAY
    undo_changes(members_ws.uow(), undo=undo)
    back = get_loan(members_ws.uow(), loan_id=loan)
    assert back.returned_on is None and back.condition_in is None
    with members_ws.uow() as uow:
        assert uow.session.get(ResourceItem, item).condition == "good"  # type: ignore[union-attr]


def test_a_grant_move_is_undone_and_its_step_dropped(members_ws: Workspace) -> None:
    grant = add_grant(members_ws, state="drafting", currency="GBP")
    undo = done(
        members_ws,
        "Moved.",
        lambda: move_grant(members_ws.uow(), grant_id=grant, to_state="submitted"),
    )
    undo_changes(members_ws.uow(), undo=undo)
    assert get_grant(members_ws.uow(), grant_id=grant).state == "drafting"
    with members_ws.uow() as uow:
        steps = uow.session.scalars(
            select(GrantStateChange).where(
                GrantStateChange.grant_id == grant, GrantStateChange.deleted_at.is_(None)
            )
        ).all()
    assert steps == []


def test_an_import_is_undone_as_tombstones(members_ws: Workspace, add_person: AddPerson) -> None:
    add_person("Already Here")
    data = b"Full name,Skills\nAna Petrova,first aid\nWei Chen,\n"
    undo = done(members_ws, "Imported.", lambda: import_members(members_ws.uow(), data=data))
    assert live(members_ws, Member) == 3 and live(members_ws, MemberSkill) == 1
    assert undo_changes(members_ws.uow(), undo=undo) == 3
    assert live(members_ws, Member) == 1 and live(members_ws, MemberSkill) == 0
    with members_ws.uow() as uow:
        assert uow.session.scalar(select(func.count()).select_from(Member)) == 3  # kept, deleted
    import_members(members_ws.uow(), data=data)  # the same file again: not "already imported"
    assert live(members_ws, Member) == 3


def live(workspace: Workspace, model: type[Member] | type[MemberSkill]) -> int:
    with workspace.uow() as uow:
        return int(
            uow.session.scalar(
                select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            )
            or 0
        )


def test_an_import_is_not_undone_over_an_edit_of_one_of_its_members(
    members_ws: Workspace,
) -> None:
    undo = done(
        members_ws,
        "Imported.",
        lambda: import_members(members_ws.uow(), data=b"Full name\nAna Petrova\nWei Chen\n"),
    )
    with members_ws.uow() as uow:
        wei = uow.session.scalar(select(Member.id).where(Member.full_name == "Wei Chen"))
    assert wei is not None
    edit_member(members_ws.uow(), member_id=wei, changes={"email": "wei@example.org"})
    with pytest.raises(GroupDeskError, match="changed again since"):
        undo_changes(members_ws.uow(), undo=undo)
    assert live(members_ws, Member) == 2


def test_an_action_that_changed_nothing_offers_no_undo(members_ws: Workspace) -> None:
    assert undoable(members_ws.uow(), "Nothing.", lambda: None).undo is None


def test_a_cancelled_reservation_is_booked_again(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Petrova")
    item = stored_item(members_ws, "Gazebo", condition="good")
    day = TODAY + timedelta(days=4)
    booking = reserve(members_ws.uow(), item_id=item, starts_on=day, ends_on=day, member_id=ana)
    undo = done(
        members_ws,
        "Cancelled.",
        lambda: cancel_reservation(members_ws.uow(), reservation_id=booking.id),
    )
    undo_changes(members_ws.uow(), undo=undo)
    assert get_reservation(members_ws.uow(), reservation_id=booking.id).status == "booked"


def test_a_deleted_grant_payment_comes_back(members_ws: Workspace) -> None:
    grant = add_grant(members_ws, currency="GBP")
    payment = add_payment(members_ws, grant, "40.00", currency="GBP")
    undo = done(
        members_ws, "Deleted.", lambda: remove_payment(members_ws.uow(), payment_id=payment)
    )
    assert payments_of(members_ws.uow(), grant_id=grant) == []
    undo_changes(members_ws.uow(), undo=undo)
    assert [p.id for p in payments_of(members_ws.uow(), grant_id=grant)] == [payment]


def test_a_bank_import_is_undone_and_the_file_can_be_imported_again(
    members_ws: Workspace, tmp_path: Path
) -> None:
    grant = add_grant(members_ws, awarded="5000.00")
    path = tmp_path / "statement.csv"
    path.write_text("Date,Description,Amount\n2026-05-01,Paint,-12.50\n", encoding="utf-8")
    undo = done(
        members_ws,
        "Imported.",
        lambda: import_bank_expenses(members_ws.uow(), grant_id=grant, path=path),
    )
    assert len(list_expenses(members_ws.uow(), grant_id=grant)) == 1
    undo_changes(members_ws.uow(), undo=undo)
    assert list_expenses(members_ws.uow(), grant_id=grant) == []
    assert import_bank_expenses(members_ws.uow(), grant_id=grant, path=path).imported == 1


def test_an_undo_made_before_a_restore_is_refused(
    members_ws: Workspace, add_person: AddPerson, tmp_path: Path
) -> None:
    ana = add_person("Ana Petrova")
    saved = tmp_path / "before.zip"
    write_backup(members_ws.paths, saved, now_millis=members_ws.now_millis)
    wei = add_person("Wei Chen")
    undo = done(members_ws, "Deleted.", lambda: delete_member(members_ws.uow(), member_id=wei))
    paths = members_ws.paths
    members_ws.close()
    restore_backup(paths, saved)
    restored = open_workspace(paths, now_millis=members_ws.now_millis)
    # The same stretch of the log now holds another deletion, of Ana: the undo must not undo it.
    add_member(restored.uow(), values={"full_name": "Kemi Bello"})
    delete_member(restored.uow(), member_id=ana)
    with pytest.raises(GroupDeskError, match="restored from a backup"):
        undo_changes(restored.uow(), undo=undo)
    assert get_member(restored.uow(), ana).deleted_at is not None
    restored.close()


def test_a_return_undone_after_the_item_was_lent_again_shows_as_a_clash(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    """The undo does not refuse (the loan row was not changed since), and the double lending it
    makes is listed with the clashes, as after two laptops lent the gazebo offline."""
    ana, wei = add_person("Ana Petrova"), add_person("Wei Chen")
    item = stored_item(members_ws, "Gazebo", condition="good", loan_days=7)
    first = lend(members_ws.uow(), item_id=item, borrower_id=ana).id
    undo = done(members_ws, "Returned.", lambda: return_loan(members_ws.uow(), loan_id=first))
    lend(members_ws.uow(), item_id=item, borrower_id=wei)
    undo_changes(members_ws.uow(), undo=undo)
    [clash] = list_clashes(members_ws.uow(), item_id=item)
    assert len(clash.holdings) == 2


def test_an_import_that_filled_in_records_is_undone_field_by_field(
    members_ws: Workspace,
) -> None:
    import_members(members_ws.uow(), data=b"Full name\nAna Petrova\nWei Chen\n")
    data = b"Full name,Email\nAna Petrova,ana@example.org\nWei Chen,wei@example.org\n"
    undo = done(
        members_ws,
        "Filled in.",
        lambda: import_members(members_ws.uow(), data=data, existing="merge"),
    )
    with members_ws.uow() as uow:
        assert set(uow.session.scalars(select(Member.email))) == {
            "ana@example.org",
            "wei@example.org",
        }
    assert undo_changes(members_ws.uow(), undo=undo) == 2
    with members_ws.uow() as uow:
        assert set(uow.session.scalars(select(Member.email))) == {None}
