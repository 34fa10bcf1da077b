"""The grants area's list on the dashboard: applications and reports due, periods ending, money
at risk of going back unspent, tranches waiting on a report; each line opens its grant."""

from __future__ import annotations

from datetime import date

from groupdesk.money import format_money
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services import settings
from groupdesk.services.dashboard import DashboardItem, DashboardList, LineValue
from groupdesk.services.grants.deadlines import Deadline, grant_deadlines
from groupdesk.services.uow import UnitOfWork

#: kind → (sentence, sentence when overdue); {title}, {day}, {amount}.
SENTENCES: dict[str, tuple[str, str]] = {
    "application": (
        QT_TRANSLATE_NOOP("Dashboard", "Application for {title} due {day}"),
        QT_TRANSLATE_NOOP("Dashboard", "Application for {title}: the deadline passed on {day}"),
    ),
    "interim report": (
        QT_TRANSLATE_NOOP("Dashboard", "Interim report for {title} due {day}"),
        QT_TRANSLATE_NOOP("Dashboard", "Interim report for {title} overdue since {day}"),
    ),
    "final report": (
        QT_TRANSLATE_NOOP("Dashboard", "Final report for {title} due {day}"),
        QT_TRANSLATE_NOOP("Dashboard", "Final report for {title} overdue since {day}"),
    ),
    "period_end": (
        QT_TRANSLATE_NOOP("Dashboard", "{title}: the grant period ends {day}"),
        "",
    ),
    "at_risk": (
        QT_TRANSLATE_NOOP("Dashboard", "{title}: {amount} unspent, and the period ends {day}"),
        "",
    ),
    "interim tranche": (
        QT_TRANSLATE_NOOP("Dashboard", "{title}: {amount} waiting on the interim report"),
        "",
    ),
    "final tranche": (
        QT_TRANSLATE_NOOP("Dashboard", "{title}: {amount} waiting on the final report"),
        "",
    ),
}


def grant_deadlines_card(uow: UnitOfWork, *, today: date) -> DashboardList:
    """Every deadline of `deadlines.grant_deadlines`, overdue first, each opening its grant."""
    locale = settings.get_settings(uow).locale
    return DashboardList(
        "grant-deadlines",
        QT_TRANSLATE_NOOP("Dashboard", "Grant deadlines and money at risk"),
        QT_TRANSLATE_NOOP("Dashboard", "No grant deadlines in the next two months."),
        tuple(
            DashboardItem(
                *_sentence(deadline, locale),
                QT_TRANSLATE_NOOP("Dashboard", "Open"),
                page="grants",
                record_id=deadline.grant_id,
            )
            for deadline in grant_deadlines(uow, today=today)
        ),
        QT_TRANSLATE_NOOP("Dashboard", "…and %n more on the Grants page.", "", 0),
        more_page="grants",
    )


def _sentence(deadline: Deadline, locale: str) -> tuple[str, tuple[tuple[str, LineValue], ...]]:
    key = deadline.kind
    if key in ("report", "tranche"):
        key = f"{deadline.report_kind} {key}"
    on_time, overdue = SENTENCES[key]
    values: tuple[tuple[str, LineValue], ...] = (("title", deadline.title),)
    if deadline.day is not None:
        values += (("day", deadline.day),)
    if deadline.amount is not None:
        values += (("amount", format_money(deadline.amount, locale)),)
    return (overdue if deadline.overdue and overdue else on_time), values
