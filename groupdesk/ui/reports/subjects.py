"""What a report can be made for, read for the Reports page's chooser (no Qt: it runs on the
database thread): the meetings, the grants the group seeks, the financial years.

The keys are what the report writers take (`meeting=`, `grant=`, `year=`), the labels what a
volunteer picks from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from groupdesk.services.grants.records import list_grants
from groupdesk.services.meetings.occurrences import Occurrence
from groupdesk.services.meetings.records import list_meetings, meeting_detail
from groupdesk.services.settings import get_settings
from groupdesk.services.uow import UnitOfWork
from groupdesk.services.wording import isolate
from groupdesk.ui.formats import day_text

#: How far the meeting chooser looks back and ahead: a year of minutes, a season of agendas.
MEETINGS_BACK = timedelta(days=366)
MEETINGS_AHEAD = timedelta(days=120)
#: The grants a funder report is likeliest for come first (by title within each state): those
#: reporting or under way, then awarded and closed; prospects and applications last.
FUNDER_REPORT_FIRST = {"reporting": 0, "active": 1, "awarded": 2, "closed": 3}
#: How many financial years the year chooser offers.
YEARS_OFFERED = 6


@dataclass(frozen=True)
class SubjectChoice:
    key: str
    label: str


def subject_choices(
    uow: UnitOfWork, kind: str, *, locale: str, including: str = ""
) -> list[SubjectChoice]:
    """The subjects of one kind ("meeting", "grant", "year"), the likeliest first: the next
    meeting, then the latest past ones; the grants reporting or under way; the last finished
    financial year. A meeting
    asked for by key (`including`, from the Meetings page) is offered even when further off."""
    if kind == "meeting":
        found = _meetings(uow, locale)
        if including and all(choice.key != including for choice in found):
            found.insert(
                0, _meeting_choice(meeting_detail(uow, meeting=including).occurrence, locale)
            )
        return found
    if kind == "grant":
        grants = sorted(
            list_grants(uow, direction="incoming"),
            key=lambda grant: FUNDER_REPORT_FIRST.get(grant.state, len(FUNDER_REPORT_FIRST)),
        )
        return [
            SubjectChoice(grant.id, f"{isolate(grant.title)} — {isolate(grant.funder_name)}")
            if grant.funder_name
            else SubjectChoice(grant.id, grant.title)
            for grant in grants
        ]
    if kind == "year":
        return _years(uow)
    return []


def _meetings(uow: UnitOfWork, locale: str) -> list[SubjectChoice]:
    ahead = list_meetings(uow, when="upcoming", horizon=MEETINGS_AHEAD)
    back = list_meetings(uow, when="past", horizon=MEETINGS_BACK)
    return [
        _meeting_choice(meeting, locale)
        for meeting in [*ahead, *back]
        if meeting.status != "cancelled"
    ]


def _meeting_choice(meeting: Occurrence, locale: str) -> SubjectChoice:
    when = f"{day_text(meeting.starts_at.date(), locale)} {meeting.starts_at:%H:%M}"
    return SubjectChoice(meeting.key, f"{when} — {isolate(meeting.title)}")


def _years(uow: UnitOfWork) -> list[SubjectChoice]:
    """The last finished financial year first (the general meeting's), then this one so far,
    then the years before."""
    group = get_settings(uow)
    current = group.financial_year_of(uow.today())
    years = [current - 1, current, *range(current - 2, current - YEARS_OFFERED, -1)]

    def label(year: int) -> str:
        named = (
            str(year)
            if (group.financial_year_start_month, group.financial_year_start_day) == (1, 1)
            else f"{year}–{(year + 1) % 100:02d}"
        )
        return f"{named} (so far)" if year == current else named

    return [SubjectChoice(str(year), label(year)) for year in years]
