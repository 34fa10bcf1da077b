"""What a treasurer cannot miss: applications due, reports due to funders, grant periods
ending, money at risk of going back unspent, and tranches the funder holds until a report.

Read in a few SELECTs whatever the number of grants (the dashboard's card and `grants
deadlines`). Money at risk is a grant under way (active or reporting) with money remaining
and its period ending within `AT_RISK_DAYS`: spend it, or ask the funder to extend.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import and_, select

from groupdesk.models.grants import Grant, GrantReport, GrantTranche
from groupdesk.money import Money
from groupdesk.services.grants.figures import list_grant_figures
from groupdesk.services.uow import UnitOfWork

#: How far ahead the list looks (a funder's report takes weeks to write).
HORIZON_DAYS = 60
#: A period ending this soon with money left puts that money at risk.
AT_RISK_DAYS = 60
#: Grants whose money is being spent.
UNDER_WAY = ("active", "reporting")
#: Applications still being written.
APPLYING = ("prospect", "drafting")
KINDS = ("application", "report", "period_end", "at_risk", "tranche")


@dataclass(frozen=True)
class Deadline:
    """One thing due, about one grant."""

    kind: str  # one of KINDS
    grant_id: str
    title: str
    #: The day it is due (None for a tranche the funder holds with no day set).
    day: date | None
    overdue: bool = False
    #: Money at risk, or the tranche held back.
    amount: Money | None = None
    #: A report's kind ("interim", "final"): the report due, or the one a tranche waits on.
    report_kind: str | None = None

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "grant_id": self.grant_id,
            "title": self.title,
            "day": self.day,
            "overdue": self.overdue,
            "amount": None if self.amount is None else self.amount.as_dict(),
            "report_kind": self.report_kind,
        }


def grant_deadlines(
    uow: UnitOfWork, *, today: date, horizon_days: int = HORIZON_DAYS
) -> list[Deadline]:
    """Everything due from the past (still open) to `horizon_days` ahead, by day (overdue
    first); tranches with no day last."""
    until = today + timedelta(days=horizon_days)
    live = Grant.deleted_at.is_(None)
    with uow:
        session = uow.session
        applications = session.execute(
            select(Grant.id, Grant.title, Grant.deadline).where(
                live,
                Grant.direction == "incoming",
                Grant.state.in_(APPLYING),
                Grant.deadline <= until,
            )
        ).all()
        reports = session.execute(
            select(Grant.id, Grant.title, GrantReport.due_on, GrantReport.kind)
            .join(Grant, Grant.id == GrantReport.grant_id)
            .where(
                live,
                GrantReport.deleted_at.is_(None),
                GrantReport.state == "due",
                GrantReport.due_on <= until,
            )
        ).all()
        ending = session.execute(
            select(Grant.id, Grant.title, Grant.period_end).where(
                live,
                Grant.state.in_(UNDER_WAY),
                Grant.period_end.between(today, until),
            )
        ).all()
        held = session.execute(
            select(
                Grant.id,
                Grant.title,
                GrantTranche.expected_on,
                GrantTranche.amount_minor,
                GrantTranche.amount_currency,
                GrantReport.kind,
            )
            .join(Grant, Grant.id == GrantTranche.grant_id)
            .join(
                GrantReport,
                and_(
                    GrantReport.id == GrantTranche.needs_report_id,
                    GrantReport.deleted_at.is_(None),
                    GrantReport.state == "due",
                ),
            )
            .where(
                live,
                GrantTranche.deleted_at.is_(None),
                GrantTranche.received_payment_id.is_(None),
            )
        ).all()
    risky = [row.id for row in ending if row.period_end <= today + timedelta(days=AT_RISK_DAYS)]
    at_risk = [
        grant
        for grant in (list_grant_figures(uow, grant_ids=risky) if risky else [])
        if grant.remaining is not None and grant.remaining.amount > 0
    ]
    found = [
        *(
            Deadline("application", r.id, r.title, r.deadline, r.deadline < today)
            for r in applications
        ),
        *(
            Deadline("report", r.id, r.title, r.due_on, r.due_on < today, report_kind=r.kind)
            for r in reports
        ),
        *(Deadline("period_end", r.id, r.title, r.period_end) for r in ending),
        *(
            Deadline("at_risk", g.row.id, g.row.title, g.row.period_end, amount=g.remaining)
            for g in at_risk
        ),
        *(
            Deadline(
                "tranche",
                r.id,
                r.title,
                r.expected_on,
                amount=Money.from_minor(r.amount_minor, r.amount_currency),
                report_kind=r.kind,
            )
            for r in held
        ),
    ]
    return sorted(
        found,
        key=lambda d: (d.day is None, d.day or today, KINDS.index(d.kind), d.title, d.grant_id),
    )
