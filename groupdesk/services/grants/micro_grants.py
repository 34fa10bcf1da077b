"""Micro-grants the group gives to members' projects: a member applies (purpose, amount asked),
someone else decides (at a meeting, linked to its recorded decision, or on their own), the money
is paid out, and the member reports back.

Each step is a move through the micro-grant pipeline (`pipeline`), dated and signed; the
applicant can never approve or refuse their own application.
"""

from __future__ import annotations

from datetime import date

from groupdesk.errors import ValidationError
from groupdesk.models.grants import Grant, GrantPayment
from groupdesk.models.meetings import Decision
from groupdesk.money import Money
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.grants.pipeline import FIRST_STATE, apply_move, start
from groupdesk.services.grants.records import GrantData, GrantRow, grant_data, list_grants
from groupdesk.services.grants.rules import (
    checked_amount,
    checked_member,
    live_grant,
    paragraphs,
    required_words,
    words,
)
from groupdesk.services.rows import live_row
from groupdesk.services.uow import UnitOfWork


def apply_for_micro_grant(
    uow: UnitOfWork,
    *,
    applicant_id: str,
    title: str,
    purpose: str,
    amount: Money,
    on: date | None = None,
) -> GrantData:
    """A member applies for money for their project; the application is dated `on` (today)."""
    title_words = required_words(
        title, field="title", say=QT_TRANSLATE_NOOP("GrantRules", "give the project a title")
    )
    purpose_text = paragraphs(purpose)
    if purpose_text is None:
        raise ValidationError.single(
            "purpose", QT_TRANSLATE_NOOP("GrantRules", "say what the money is for")
        )
    with uow:
        session = uow.session
        checked_member(session, applicant_id, role="the applicant")
        currency = amount.currency
        grant = Grant(
            direction="outgoing",
            state=FIRST_STATE["outgoing"],
            title=title_words,
            applicant_id=applicant_id,
            purpose=purpose_text,
            currency=currency,
            requested=checked_amount(amount, field="amount", currency=currency),
        )
        session.add(grant)
        start(uow, grant, on=on, by_id=applicant_id)
        session.flush()
        data = grant_data(session, grant)
        uow.commit()
    return data


def decide_micro_grant(
    uow: UnitOfWork,
    *,
    grant_id: str,
    approve: bool,
    by_id: str,
    amount: Money | None = None,
    decision_id: str | None = None,
    on: date | None = None,
    note: str | None = None,
) -> GrantData:
    """Approve (the amount asked, or `amount`) or refuse a micro-grant. `by_id` decides, and
    may not be the applicant; `decision_id` links the meeting's recorded decision."""
    with uow:
        session = uow.session
        grant = live_grant(session, grant_id, direction="outgoing")
        if decision_id is not None:
            live_row(session, Decision, decision_id, what="decision")
            grant.decision_id = decision_id
        apply_move(
            uow,
            grant,
            "approved" if approve else "refused",
            on=on,
            by_id=by_id,
            note=note,
            awarded=amount if approve else None,
        )
        session.flush()
        data = grant_data(session, grant)
        uow.commit()
    return data


def pay_micro_grant(
    uow: UnitOfWork,
    *,
    grant_id: str,
    paid_on: date,
    method: str | None = None,
    reference: str | None = None,
    by_id: str | None = None,
) -> GrantData:
    """Pay an approved micro-grant its approved amount: a payment out, and the move to paid."""
    with uow:
        session = uow.session
        grant = live_grant(session, grant_id, direction="outgoing")
        apply_move(uow, grant, "paid", on=paid_on, by_id=by_id)
        awarded = grant.awarded
        assert awarded is not None  # approving set it
        session.add(
            GrantPayment(
                grant_id=grant.id,
                direction="out",
                paid_on=paid_on,
                amount=awarded,
                method=words(method),
                reference=words(reference),
            )
        )
        session.flush()
        data = grant_data(session, grant)
        uow.commit()
    return data


def report_back(uow: UnitOfWork, *, grant_id: str, text: str, on: date | None = None) -> GrantData:
    """The member's report on what the money did; the micro-grant is then reported."""
    report = paragraphs(text)
    if report is None:
        raise ValidationError.single(
            "report_back",
            QT_TRANSLATE_NOOP("GrantRules", "say what the project did with the money"),
        )
    with uow:
        session = uow.session
        grant = live_grant(session, grant_id, direction="outgoing")
        apply_move(uow, grant, "reported", on=on)
        grant.report_back = report
        session.flush()
        data = grant_data(session, grant)
        uow.commit()
    return data


def micro_grants_of(uow: UnitOfWork, *, member_id: str) -> list[GrantRow]:
    """The micro-grants a member applied for (their detail page lists them)."""
    return list_grants(uow, direction="outgoing", person_id=member_id)
