"""The grants area's tab on a member's detail (`Area.member_tabs`): the micro-grants they applied
for and the reimbursements they claimed, newest first, amounts and days the group's way."""

from __future__ import annotations

from groupdesk.money import Money, format_money
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.grants.micro_grants import micro_grants_of
from groupdesk.services.grants.reimbursements import reimbursements
from groupdesk.services.members.sections import MemberTable
from groupdesk.services.settings import get_settings
from groupdesk.services.uow import UnitOfWork
from groupdesk.services.wording import day_text


def _amount(amount: Money | None, locale: str) -> str:
    return format_money(amount, locale) if amount is not None else "—"


def money_of_member(uow: UnitOfWork, *, member_id: str, days_in: str | None = None) -> MemberTable:
    """One row per micro-grant they applied for (asked, awarded, where it stands) and per
    reimbursement they claimed (how much, where it stands, under which grant)."""
    locale = get_settings(uow).locale
    days = days_in or locale
    grants = micro_grants_of(uow, member_id=member_id)
    claims = reimbursements(uow, member_id=member_id)
    rows = [
        (
            day_text(grant.deadline, days) if grant.deadline else "—",
            QT_TRANSLATE_NOOP("MemberTabs", "micro-grant"),
            grant.title,
            _amount(grant.awarded or grant.requested, locale),
            grant.state,
        )
        for grant in grants
    ]
    rows += [
        (
            day_text(claim.claimed_on, days),
            QT_TRANSLATE_NOOP("MemberTabs", "reimbursement"),
            f"{claim.grant_title}: {claim.description}" if claim.description else claim.grant_title,
            format_money(claim.amount, locale),
            claim.state
            if claim.paid_on is None
            else f"{claim.state} {day_text(claim.paid_on, days)}",
        )
        for claim in reversed(claims)
    ]
    return MemberTable(
        "grants",
        QT_TRANSLATE_NOOP("MemberTabs", "Grants"),
        (
            QT_TRANSLATE_NOOP("MemberTabs", "On"),
            QT_TRANSLATE_NOOP("MemberTabs", "What"),
            QT_TRANSLATE_NOOP("MemberTabs", "For"),
            QT_TRANSLATE_NOOP("MemberTabs", "Amount"),
            QT_TRANSLATE_NOOP("MemberTabs", "Where it stands"),
        ),
        QT_TRANSLATE_NOOP("MemberTabs", "No micro-grants or reimbursements."),
        tuple(rows),
    )
