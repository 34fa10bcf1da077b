"""The resources area's tab on a member's detail (`Area.member_tabs`): what they have borrowed
and not yet brought back, and a warning on their profile when they have left (or are leaving)
with things still out."""

from __future__ import annotations

from sqlalchemy import select

from groupdesk.models.members import Member
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.members.sections import MemberTable
from groupdesk.services.resources.availability import current_loans
from groupdesk.services.search import listed
from groupdesk.services.settings import get_settings
from groupdesk.services.uow import UnitOfWork
from groupdesk.services.wording import day_text


def loans_held(uow: UnitOfWork, *, member_id: str, days_in: str | None = None) -> MemberTable:
    """The member's loans not yet returned, soonest due first, each saying when it is due."""
    locale = get_settings(uow).locale
    days = days_in or locale
    out = current_loans(uow, member_id=member_id)
    with uow:
        leaving = uow.session.execute(
            select(Member.status, Member.left_on).where(Member.id == member_id)
        ).one_or_none()
    rows = tuple(
        (
            loan.item_name + (f" ×{loan.quantity}" if loan.quantity > 1 else ""),
            day_text(loan.out_on, days),
            _due(day_text(loan.due_on, days), overdue=loan.overdue),
            QT_TRANSLATE_NOOP("MemberTabs", "deposit held")
            if loan.deposit_taken is not None
            else "",
        )
        for loan in out
    )
    warning = ""
    if out and leaving is not None and (leaving.status == "left" or leaving.left_on):
        warning = QT_TRANSLATE_NOOP(
            "MemberTabs",
            "Has left but still has %n thing(s) borrowed: {things}. Ask for them back before "
            "they go.",
            "",
            0,
        ).format(n=len(out), things=listed(*(loan.item_name for loan in out)))
    return MemberTable(
        "loans",
        QT_TRANSLATE_NOOP("MemberTabs", "Borrowed"),
        (
            QT_TRANSLATE_NOOP("MemberTabs", "Item"),
            QT_TRANSLATE_NOOP("MemberTabs", "Out since"),
            QT_TRANSLATE_NOOP("MemberTabs", "Due back"),
            QT_TRANSLATE_NOOP("MemberTabs", "Note"),
        ),
        QT_TRANSLATE_NOOP("MemberTabs", "Nothing borrowed at the moment."),
        rows,
        warning=warning,
    )


def _due(day: str, *, overdue: bool) -> str:
    """A loan's due day, said late in the reader's language when it is (a `Message`)."""
    return QT_TRANSLATE_NOOP("MemberTabs", "{day} (overdue)").format(day=day) if overdue else day
