"""Merging two records of one person moves every reference, and an unmerge puts all back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import event, select

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.models import Change, Member
from groupdesk.models.grants import (
    Grant,
    GrantBudgetLine,
    GrantBudgetRevision,
    GrantExpense,
    GrantReimbursement,
    GrantStateChange,
)
from groupdesk.models.meetings import ActionItem, Decision
from groupdesk.models.references import referencing_columns
from groupdesk.models.resources import (
    Loan,
    LoanExtension,
    Reservation,
    ResourceItem,
    UpkeepEntry,
)
from groupdesk.money import Money
from groupdesk.services.meetings.agenda import add_item
from groupdesk.services.meetings.attendance import mark_attendance
from groupdesk.services.meetings.records import add_meeting
from groupdesk.services.meetings.series import add_series
from groupdesk.services.members.checkins import record_checkin
from groupdesk.services.members.mentorships import start_mentorship
from groupdesk.services.members.merge import merge_members, merges_into, unmerge_member
from groupdesk.services.members.records import edit_member, get_member, list_members
from groupdesk.services.members.roles import add_role
from groupdesk.services.members.skills import add_skill
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]


def references(workspace: Workspace) -> dict[tuple[str, str, str], str | None]:
    """(table, column, row id) → member id, for every member reference in the database."""
    found = {}
    with workspace.uow() as uow:
        for column in referencing_columns("members"):
            attribute = getattr(column.model, column.attribute)
            for row_id, value in uow.session.execute(select(column.model.id, attribute)):
                found[(column.table_name, column.attribute, row_id)] = value
    return found


def member_fields(workspace: Workspace, member_id: str) -> dict[str, Any]:
    data = get_member(workspace.uow(), member_id).as_dict()
    return {k: v for k, v in data.items() if k not in {"updated_at"}}


@pytest.fixture
def twins(members_ws: Workspace, add_person: AddPerson) -> tuple[str, str, str]:
    """Two records of Zoë (one with every kind of reference) and a friend, Wei."""
    keep = add_person(
        "Zoë Ñúñez", email="zoe@example.org", joined_on="2024-03-01", notes="Runs the tool library"
    )
    other = add_person(
        "Zoe Nunez",
        phone="07700 900123",
        pronouns="she/her",
        joined_on="2023-09-01",
        notes="Met at the river clean-up",
        consent_photo=True,
        consent_photo_on="2025-01-01",
        consent_photo_how="form",
    )
    wei = add_person("Wei Chen")
    uow = members_ws.uow
    add_role(uow(), member_id=other, role="Treasurer", started_on=date(2024, 1, 1))
    add_skill(uow(), member_id=other, name="First aid")
    start_mentorship(uow(), mentor_id=other, mentee_id=wei)
    start_mentorship(uow(), mentor_id=wei, mentee_id=other, started_on=date(2025, 1, 1))
    record_checkin(uow(), member_id=other, by_id=wei, on=date(2026, 4, 1), how="call")
    record_checkin(uow(), member_id=wei, by_id=other, on=date(2026, 4, 2), how="visit")
    return keep, other, wei


def _meetings_about(workspace: Workspace, member_id: str) -> None:
    """The member as chair and note-taker of a series and a meeting, presenter, attendee,
    proposer, seconder and owner of an action."""
    uow = workspace.uow
    people = {"chair_id": member_id, "note_taker_id": member_id}
    start, zone = datetime(2026, 4, 6, 19), "Europe/London"
    add_series(
        uow(), title="Committee", repeat="FREQ=MONTHLY", starts_at=start, zone=zone, **people
    )
    meeting = add_meeting(
        uow(), title="AGM", starts_at=start, ends_at=start + timedelta(hours=2), zone=zone, **people
    ).key
    add_item(uow(), meeting=meeting, values={"title": "Budget", "presenter_id": member_id})
    mark_attendance(uow(), meeting=meeting, marks={member_id: "present"})
    with uow() as work:
        work.session.add_all(
            [
                Decision(
                    meeting_id=meeting,
                    motion="Buy a kettle",
                    proposer_id=member_id,
                    seconder_id=member_id,
                    rule="simple majority",
                    outcome="carried",
                ),
                ActionItem(text="Buy the kettle", owner_id=member_id),
            ]
        )
        work.commit()


def _resources_about(workspace: Workspace, member_id: str) -> None:
    """The member as owner and custodian of an item, borrower, hander-out, receiver and fee
    waiver of a loan, extender, reserver and upkeeper."""
    with workspace.uow() as work:
        item = ResourceItem(name="Gazebo", owner_id=member_id, custodian_id=member_id)
        work.session.add(item)
        work.session.flush()
        day = date(2026, 6, 3)
        loan = Loan(
            item_id=item.id,
            borrower_id=member_id,
            out_on=day,
            due_on=day,
            handed_out_by_id=member_id,
            received_by_id=member_id,
            fee_waived_by_id=member_id,
        )
        work.session.add(loan)
        work.session.flush()
        work.session.add_all(
            [
                LoanExtension(
                    loan_id=loan.id, from_due=day, to_due=day, extended_on=day, by_id=member_id
                ),
                Reservation(item_id=item.id, member_id=member_id, starts_on=day, ends_on=day),
                UpkeepEntry(item_id=item.id, done_on=day, what="Cleaned", by_id=member_id),
            ]
        )
        work.commit()


def _grants_about(workspace: Workspace, member_id: str) -> None:
    """The member as applicant, approver and person responsible of a grant, mover of its state,
    reviser of its budget, payer of an expense and claimant and approver of a reimbursement."""
    with workspace.uow() as work:
        day = date(2026, 6, 3)
        grant = Grant(
            title="Seed library",
            state="applied",
            direction="outgoing",
            currency="EUR",
            applicant_id=member_id,
            approved_by_id=member_id,
            responsible_id=member_id,
        )
        work.session.add(grant)
        work.session.flush()
        amount = Money(Decimal("10.00"), "EUR")
        line = GrantBudgetLine(grant_id=grant.id, category="Seeds", amount=amount)
        work.session.add(line)
        work.session.flush()
        expense = GrantExpense(
            grant_id=grant.id,
            line_id=line.id,
            spent_on=day,
            payee="Shop",
            amount=amount,
            paid_by_id=member_id,
        )
        work.session.add(expense)
        work.session.flush()
        work.session.add_all(
            [
                GrantStateChange(
                    grant_id=grant.id, to_state="applied", changed_on=day, by_id=member_id
                ),
                GrantBudgetRevision(
                    line_id=line.id,
                    old_amount=amount,
                    new_amount=amount,
                    revised_on=day,
                    by_id=member_id,
                ),
                GrantReimbursement(
                    claimant_id=member_id,
                    expense_id=expense.id,
                    amount=amount,
                    claimed_on=day,
                    approved_by_id=member_id,
                ),
            ]
        )
        work.commit()


def test_merge_moves_every_reference_found_in_the_metadata(
    members_ws: Workspace, twins: tuple[str, str, str]
) -> None:
    keep, other, _wei = twins
    _meetings_about(members_ws, other)
    _resources_about(members_ws, other)
    _grants_about(members_ws, other)
    before = references(members_ws)
    movable = {
        (c.table_name, c.attribute) for c in referencing_columns("members") if c.on_merge == "move"
    }
    pointing = {(t, c) for (t, c, _r), v in before.items() if v == other}
    assert pointing == movable  # the fixture exercises every movable column there is
    result = merge_members(members_ws.uow(), keep_id=keep, other_id=other)
    after = references(members_ws)
    for key, value in before.items():
        table, column, _row = key
        if value == other and (table, column) in movable:
            assert after[key] == keep, key
    assert result.moved == {
        "checkins": 2,
        "member_roles": 1,
        "member_skills": 1,
        "mentorships": 2,
        "meeting_series": 2,
        "meetings": 2,
        "agenda_items": 1,
        "attendance": 1,
        "decisions": 2,
        "action_items": 1,
        "resource_items": 2,
        "resource_loans": 4,
        "resource_loan_extensions": 1,
        "resource_reservations": 1,
        "resource_upkeep": 1,
        "grants": 3,
        "grant_state_changes": 1,
        "grant_budget_revisions": 1,
        "grant_expenses": 1,
        "grant_reimbursements": 2,
    }


def test_merge_fills_what_the_survivor_lacks_and_tombstones_the_other(
    members_ws: Workspace, twins: tuple[str, str, str]
) -> None:
    keep, other, _wei = twins
    result = merge_members(members_ws.uow(), keep_id=keep, other_id=other)
    survivor = get_member(members_ws.uow(), keep)
    assert (survivor.email, survivor.phone, survivor.pronouns) == (
        "zoe@example.org",
        "+44 7700 900123",
        "she/her",
    )
    assert survivor.joined_on == date(2023, 9, 1)  # the earlier
    assert survivor.notes == "Runs the tool library\n\nMet at the river clean-up"
    assert survivor.consent_photo and survivor.consent_photo_on == date(2025, 1, 1)
    assert set(result.filled) >= {"phone", "pronouns", "joined_on", "notes", "consent_photo"}
    merged = get_member(members_ws.uow(), other)
    assert merged.merged_into_id == keep and merged.deleted_at is not None
    listed = {row.full_name: row for row in list_members(members_ws.uow())}
    assert set(listed) == {"Zoë Ñúñez", "Wei Chen"}
    assert listed["Zoë Ñúñez"].roles == ("Treasurer",)
    assert listed["Zoë Ñúñez"].skills == ("First aid",)
    assert [m[:2] for m in merges_into(members_ws.uow(), member_id=keep)] == [(other, "Zoe Nunez")]


def test_merge_is_one_transaction_of_ordinary_changes(
    members_ws: Workspace, twins: tuple[str, str, str]
) -> None:
    keep, other, _wei = twins
    with members_ws.uow() as uow:
        newest = uow.session.scalar(select(Change.seq).order_by(Change.seq.desc()).limit(1))
    commits: list[object] = []
    count_commit = commits.append
    event.listen(members_ws.engine, "commit", count_commit)
    merge_members(members_ws.uow(), keep_id=keep, other_id=other)
    event.remove(members_ws.engine, "commit", count_commit)
    with members_ws.uow() as uow:
        tables = set(uow.session.scalars(select(Change.table_name).where(Change.seq > newest)))
    assert len(commits) == 1
    assert tables == {
        "members",
        "member_roles",
        "member_skills",
        "mentorships",
        "checkins",
        "member_merges",
    }


def test_unmerge_restores_both_records_and_every_reference(
    members_ws: Workspace, twins: tuple[str, str, str]
) -> None:
    keep, other, _wei = twins
    refs_before = references(members_ws)
    keep_before, other_before = member_fields(members_ws, keep), member_fields(members_ws, other)
    merge_members(members_ws.uow(), keep_id=keep, other_id=other)
    result = unmerge_member(members_ws.uow(), member_id=other)
    assert (result.moved_back, result.left_in_place) == (6, 0)
    refs_after = {k: v for k, v in references(members_ws).items() if k[0] != "member_merges"}
    assert refs_after == {k: v for k, v in refs_before.items() if k[0] != "member_merges"}
    assert member_fields(members_ws, keep) == keep_before
    assert member_fields(members_ws, other) == other_before
    assert merges_into(members_ws.uow(), member_id=keep) == []


def test_unmerge_leaves_alone_what_was_changed_after_the_merge(
    members_ws: Workspace, twins: tuple[str, str, str]
) -> None:
    keep, other, _wei = twins
    merge_members(members_ws.uow(), keep_id=keep, other_id=other)
    edit_member(members_ws.uow(), member_id=keep, changes={"phone": "07700 900999"})
    unmerge_member(members_ws.uow(), member_id=other)
    assert get_member(members_ws.uow(), keep).phone == "+44 7700 900999"
    assert get_member(members_ws.uow(), keep).pronouns is None  # filled, untouched: put back


def test_merging_a_record_with_itself_or_a_merged_one_is_refused(
    members_ws: Workspace, twins: tuple[str, str, str]
) -> None:
    keep, other, wei = twins
    with pytest.raises(ValidationError, match="two different records"):
        merge_members(members_ws.uow(), keep_id=keep, other_id=keep)
    merge_members(members_ws.uow(), keep_id=keep, other_id=other)
    with pytest.raises(GroupDeskError, match="was merged into"):
        merge_members(members_ws.uow(), keep_id=wei, other_id=other)


def test_people_in_a_mentorship_together_are_not_merged(
    members_ws: Workspace, twins: tuple[str, str, str]
) -> None:
    _keep, other, wei = twins
    with pytest.raises(GroupDeskError, match="in a mentorship together, so they are two people"):
        merge_members(members_ws.uow(), keep_id=wei, other_id=other)


def test_unmerging_a_record_never_merged_says_so(
    members_ws: Workspace, twins: tuple[str, str, str]
) -> None:
    keep, _other, _wei = twins
    with pytest.raises(GroupDeskError, match="was not merged into anyone"):
        unmerge_member(members_ws.uow(), member_id=keep)


def test_a_chain_of_merges_is_undone_from_the_latest(
    members_ws: Workspace, twins: tuple[str, str, str], add_person: AddPerson
) -> None:
    keep, other, _wei = twins
    third = add_person("Zoe N.")
    merge_members(members_ws.uow(), keep_id=keep, other_id=other)
    merge_members(members_ws.uow(), keep_id=third, other_id=keep)
    with pytest.raises(GroupDeskError, match=r"was itself merged into .* since; undo that merge"):
        unmerge_member(members_ws.uow(), member_id=other)
    unmerge_member(members_ws.uow(), member_id=keep)
    unmerge_member(members_ws.uow(), member_id=other)
    with members_ws.uow() as uow:
        live = uow.session.scalars(select(Member.full_name).where(Member.deleted_at.is_(None)))
        assert set(live) == {"Zoë Ñúñez", "Zoe Nunez", "Wei Chen", "Zoe N."}
