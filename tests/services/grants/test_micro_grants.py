"""Micro-grants the group gives: a member applies, someone else decides (at a meeting or on
their own), the money is paid out and the member reports back; the applicant can never decide
their own."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from support.meeting_rows import evening_meeting

from groupdesk.errors import ValidationError
from groupdesk.money import Money
from groupdesk.services.grants.micro_grants import (
    apply_for_micro_grant,
    decide_micro_grant,
    micro_grants_of,
    pay_micro_grant,
    report_back,
)
from groupdesk.services.grants.payments import payments_of
from groupdesk.services.grants.pipeline import move_grant, state_changes
from groupdesk.services.grants.records import get_grant
from groupdesk.services.meetings.attendance import mark_attendance
from groupdesk.services.meetings.decisions import record_decision
from groupdesk.services.meetings.outcomes import Counts
from groupdesk.services.members.erasure import forget_member
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]


def gbp(text: str) -> Money:
    return Money(Decimal(text), "GBP")


def test_a_micro_grant_decided_at_a_meeting_is_paid_and_reported_back(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana, wei, zoe = (add_person(n) for n in ("Ana Silva", "Wei Chen", "Zoë Ñúñez"))
    applied = apply_for_micro_grant(
        members_ws.uow(),
        applicant_id=ana,
        title="Seed library",
        purpose="Shelves and envelopes for a seed swap",
        amount=gbp("150.00"),
        on=date(2026, 3, 2),
    )
    meeting = evening_meeting(members_ws, date(2026, 3, 10))
    mark_attendance(
        members_ws.uow(), meeting=meeting, marks={p: "present" for p in (ana, wei, zoe)}
    )
    decision = record_decision(
        members_ws.uow(),
        meeting=meeting,
        motion="Give Ana £120 for the seed library",
        counts=Counts(3, 0),
    )

    decide_micro_grant(
        members_ws.uow(),
        grant_id=applied.id,
        approve=True,
        by_id=wei,
        amount=gbp("120.00"),
        decision_id=decision.id,
        on=date(2026, 3, 10),
    )
    pay_micro_grant(
        members_ws.uow(), grant_id=applied.id, paid_on=date(2026, 3, 12), method="bank transfer"
    )
    report_back(members_ws.uow(), grant_id=applied.id, text="40 people swapped seeds in April.")

    shown = get_grant(members_ws.uow(), applied.id)
    assert (shown.direction, shown.state, shown.applicant_name) == (
        "outgoing",
        "reported",
        "Ana Silva",
    )
    assert (shown.requested, shown.awarded, shown.approved_by_name) == (
        gbp("150.00"),
        gbp("120.00"),
        "Wei Chen",
    )
    assert (shown.decision_id, shown.decision_on) == (decision.id, date(2026, 3, 10))
    assert shown.report_back == "40 people swapped seeds in April."
    [payment] = payments_of(members_ws.uow(), grant_id=applied.id)
    assert (payment.direction, payment.amount, payment.paid_on) == (
        "out",
        gbp("120.00"),
        date(2026, 3, 12),
    )
    assert [s.to_state for s in state_changes(members_ws.uow(), grant_id=applied.id)] == [
        "applied",
        "approved",
        "paid",
        "reported",
    ]
    assert [g.title for g in micro_grants_of(members_ws.uow(), member_id=ana)] == ["Seed library"]
    assert micro_grants_of(members_ws.uow(), member_id=wei) == []


def test_the_applicant_cannot_approve_their_own_micro_grant_and_nothing_is_saved(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Silva")
    applied = apply_for_micro_grant(
        members_ws.uow(), applicant_id=ana, title="Bike repair", purpose="Tools", amount=gbp("80")
    )

    with pytest.raises(ValidationError) as by_decide:
        decide_micro_grant(members_ws.uow(), grant_id=applied.id, approve=True, by_id=ana)
    with pytest.raises(ValidationError) as by_move:
        move_grant(members_ws.uow(), grant_id=applied.id, to_state="approved", by_id=ana)

    message = (
        "Ana Silva applied for this micro-grant and cannot decide it; "
        "someone else must approve or refuse it"
    )
    assert by_decide.value.errors == by_move.value.errors == {"by_id": message}
    shown = get_grant(members_ws.uow(), applied.id)
    assert (shown.state, shown.awarded, shown.approved_by_id) == ("applied", None, None)


def test_a_micro_grant_needs_a_purpose_and_an_amount_above_zero(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Silva")
    with pytest.raises(ValidationError) as no_purpose:
        apply_for_micro_grant(
            members_ws.uow(), applicant_id=ana, title="Tools", purpose=" ", amount=gbp("80")
        )
    with pytest.raises(ValidationError) as negative:
        apply_for_micro_grant(
            members_ws.uow(), applicant_id=ana, title="Tools", purpose="x", amount=gbp("-80")
        )

    assert no_purpose.value.errors == {"purpose": "say what the money is for"}
    assert negative.value.errors == {"amount": "an amount cannot be below zero"}
    assert micro_grants_of(members_ws.uow(), member_id=ana) == []


def test_a_refused_micro_grant_cannot_be_paid(members_ws: Workspace, add_person: AddPerson) -> None:
    ana, wei = add_person("Ana Silva"), add_person("Wei Chen")
    applied = apply_for_micro_grant(
        members_ws.uow(), applicant_id=ana, title="Tools", purpose="x", amount=gbp("80")
    )
    decide_micro_grant(members_ws.uow(), grant_id=applied.id, approve=False, by_id=wei)

    with pytest.raises(ValidationError) as refused:
        pay_micro_grant(members_ws.uow(), grant_id=applied.id, paid_on=date(2026, 5, 1))

    assert refused.value.errors == {"state": "A micro-grant that is refused can move no further"}
    assert payments_of(members_ws.uow(), grant_id=applied.id) == []


def test_forgetting_the_applicant_blanks_what_their_micro_grant_said_about_them(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana, wei = add_person("Ana Silva"), add_person("Wei Chen")
    applied = apply_for_micro_grant(
        members_ws.uow(),
        applicant_id=ana,
        title="Seed library",
        purpose="Ana's seed swap at her house",
        amount=gbp("80"),
    )
    decide_micro_grant(members_ws.uow(), grant_id=applied.id, approve=True, by_id=wei)

    forget_member(members_ws.uow(), member_id=ana)

    shown = get_grant(members_ws.uow(), applied.id)
    assert (shown.purpose, shown.applicant_name) == (None, "Forgotten member")
    assert (shown.awarded, shown.approved_by_name) == (gbp("80.00"), "Wei Chen")


def test_moving_a_micro_grant_to_paid_records_its_payment_so_the_money_agrees(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana, wei = add_person("Ana Silva"), add_person("Wei Chen")
    applied = apply_for_micro_grant(
        members_ws.uow(),
        applicant_id=ana,
        title="Tools",
        purpose="x",
        amount=gbp("80"),
        on=date(2026, 4, 20),
    )
    move_grant(
        members_ws.uow(),
        grant_id=applied.id,
        to_state="approved",
        by_id=wei,
        on=date(2026, 4, 28),
    )

    paid = move_grant(
        members_ws.uow(), grant_id=applied.id, to_state="paid", on=date(2026, 5, 1), by_id=wei
    )
    reported = move_grant(
        members_ws.uow(), grant_id=applied.id, to_state="reported", note="Fixed 12 bikes."
    )

    assert (paid.to_state, paid.changed_on, paid.by_name) == ("paid", date(2026, 5, 1), "Wei Chen")
    assert reported.to_state == "reported"
    [payment] = payments_of(members_ws.uow(), grant_id=applied.id)
    assert (payment.direction, payment.amount, payment.paid_on) == (
        "out",
        gbp("80.00"),
        date(2026, 5, 1),
    )
    assert get_grant(members_ws.uow(), applied.id).report_back == "Fixed 12 bikes."
