"""The grants' year for the annual report: the money each grant brought in and spent in the
year, in its own currency (never added across currencies: `figures.totals_by_currency`)."""

from __future__ import annotations

from datetime import date

from groupdesk.services.grants.figures import GrantSummary, list_grant_figures
from groupdesk.services.uow import UnitOfWork


def money_year(uow: UnitOfWork, *, first: date, last: date) -> list[GrantSummary]:
    """The grants whose money moved from `first` to `last` (both included), each with what was
    received and spent (for a micro-grant: paid out) in those days, in the grants list's
    order. One query."""
    return [
        grant
        for grant in list_grant_figures(uow, between=(first, last))
        if grant.received.amount or grant.spent.amount
    ]
