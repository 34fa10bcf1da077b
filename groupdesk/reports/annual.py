"""The annual report for the general meeting: one financial year of the group (the year of
Settings, "Financial year starts"), told in figures and in the group's own words.

Members (at the start and end of the year, joined, left), the meetings held with a chart of
attendance month by month, the decisions taken, the resources lent, and the money each grant
brought in and spent, one table and one chart per currency (euros and pounds are different
money, never added together); and a page the group writes itself (`narrative`). Every section
is read by one of its area's service queries (`services/<area>/annual.py`); a year with
nothing in it says so section by section.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from groupdesk.messages import QT_TRANSLATE_NOOP
from groupdesk.reports.charts import bar_chart, drawable
from groupdesk.reports.document import (
    Letterhead,
    Progress,
    ReportResult,
    cells,
    check_pdf_path,
    counted,
    group_letterhead,
    listing,
    para,
    paragraph_styles,
    space,
    title_block,
    write_pdf,
)
from groupdesk.reports.funder import MONEY_WIDTH, money_cell
from groupdesk.services import settings
from groupdesk.services.grants.annual import money_year
from groupdesk.services.grants.figures import GrantSummary, totals_by_currency
from groupdesk.services.meetings.annual import DecisionTaken, decisions_taken, months_held
from groupdesk.services.meetings.figures import MonthFigures
from groupdesk.services.meetings.minutes import paragraphs
from groupdesk.services.members.annual import MemberYear, member_year
from groupdesk.services.resources.annual import LendingYear, lending_year
from groupdesk.services.uow import UnitOfWork

TITLE = "Annual report"
DAY_WIDTH = 70
COUNT_WIDTH = 60
NUMBER_WIDTH = 20
PRESENT_COLOUR = "#2f6b4f"
GUEST_COLOUR = "#9bb7a8"
RECEIVED_COLOUR = "#9bb7a8"
SPENT_COLOUR = "#2f6b4f"
#: A decision's outcome as the minutes word it.
OUTCOMES = ("carried", "defeated", "withdrawn", "deferred")


@dataclass(frozen=True)
class AnnualResult(ReportResult):
    year: int
    #: The financial year's first and last day (ISO 8601).
    first: str
    last: str
    members_at_end: int
    joined: int
    left: int
    meetings: int
    decisions: int
    loans: int
    #: The currencies money moved in, by code (each totalled on its own).
    currencies: tuple[str, ...]
    pages: int

    @property
    def sentence(self) -> str:
        return (
            f"Wrote {self.path}: the year from {self.first} to {self.last},"
            f" {counted(self.members_at_end, 'member', 'members')} at its end,"
            f" {counted(self.meetings, 'meeting', 'meetings')} held,"
            f" {counted(self.decisions, 'decision', 'decisions')},"
            f" {counted(self.loans, 'loan', 'loans')},"
            f" on {counted(self.pages, 'page', 'pages')}."
        )


@dataclass(frozen=True)
class _Year:
    """What the report reads of the year, each part from its area's query."""

    members: MemberYear
    months: list[MonthFigures]
    decisions: list[DecisionTaken]
    lending: LendingYear
    grants: list[GrantSummary]


def write_annual_report(
    uow: UnitOfWork,
    path: Path,
    *,
    year: int | None = None,
    narrative: str = "",
    today: date | None = None,
    paper_size: str | None = None,
    progress: Progress | None = None,
) -> AnnualResult:
    """Write the annual report of the financial year starting in `year` (by default the one
    `today` is in) to `path`, with `narrative` (the year in the group's words, paragraphs split
    by blank lines) on a page of its own."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import PageBreak

    check_pdf_path(path)
    today = today or uow.today()
    group = settings.get_settings(uow)
    year = group.financial_year_of(today) if year is None else year
    first, last = group.financial_year(year)
    letterhead = group_letterhead(uow, title=TITLE, today=today, paper_size=paper_size)
    name = str(year) if (first.month, first.day) == (1, 1) else f"{year}–{(year + 1) % 100:02d}"
    letterhead = replace(
        letterhead,
        title=f"{TITLE} {name}",
        period=f"{letterhead.day(first)} – {letterhead.day(last)}",
    )
    steps = 6
    if progress is not None:
        progress(0, steps, QT_TRANSLATE_NOOP("ReportProgress", "Reading the members…"))
    members = member_year(uow, first=first, last=last)
    if progress is not None:
        progress(1, steps, QT_TRANSLATE_NOOP("ReportProgress", "Reading the meetings…"))
    months = months_held(uow, first=first, last=last, today=today)
    decisions = decisions_taken(uow, first=first, last=last)
    if progress is not None:
        progress(2, steps, QT_TRANSLATE_NOOP("ReportProgress", "Reading the loans…"))
    lending = lending_year(uow, first=first, last=last)
    if progress is not None:
        progress(3, steps, QT_TRANSLATE_NOOP("ReportProgress", "Reading the grants…"))
    grants = money_year(uow, first=first, last=last)
    the_year = _Year(members, months, decisions, lending, grants)
    if progress is not None:
        progress(4, steps, QT_TRANSLATE_NOOP("ReportProgress", "Laying out the annual report…"))
    styles = paragraph_styles()
    story: list[Any] = title_block(
        letterhead,
        f"The financial year from {letterhead.long_day(first)} to {letterhead.long_day(last)}.",
        "Amounts in different currencies are shown apart, never added together.",
    )
    story.append(_glance(letterhead, the_year))
    words = paragraphs(narrative)
    if words:
        paragraph = ParagraphStyle("paragraph", styles["body"], spaceAfter=5)
        story.append(para("The year in our words", styles["heading"]))
        story += [para(text, paragraph) for text in words]
        story.append(PageBreak())
    else:
        story.append(space())
    story += _members(letterhead, members, first, last)
    story += _meetings(letterhead, months)
    story += _decisions(letterhead, decisions)
    story += _lending(letterhead, lending)
    story += _money(letterhead, grants)
    if progress is not None:
        progress(5, steps, QT_TRANSLATE_NOOP("ReportProgress", "Writing the annual report…"))
    pages = write_pdf(path, letterhead, story)
    return AnnualResult(
        path,
        year,
        first.isoformat(),
        last.isoformat(),
        members.at_end,
        members.joined,
        members.left,
        sum(month.meetings for month in months),
        len(decisions),
        lending.loans,
        tuple(total.currency for total in totals_by_currency(grants)),
        pages,
    )


def _heading(text: str) -> Any:
    return para(text, paragraph_styles()["heading"])


def _note(text: str) -> Any:
    return para(text, paragraph_styles()["note"])


def _glance(letterhead: Letterhead, the_year: _Year) -> Any:
    """The year in one short table: the figures each section then tells in full."""
    counted = letterhead.counted
    meetings = sum(month.meetings for month in the_year.months)
    lines = [
        ("Members at the end of the year", letterhead.number(the_year.members.at_end)),
        ("Joined during the year", letterhead.number(the_year.members.joined)),
        ("Left during the year", letterhead.number(the_year.members.left)),
        ("Meetings held", letterhead.number(meetings)),
        ("Decisions taken", letterhead.number(len(the_year.decisions))),
        ("Loans of the group's things", letterhead.number(the_year.lending.loans)),
        ("Grants with money in or out", counted(len(the_year.grants), "grant", "grants")),
    ]
    width = letterhead.text_width
    widths = [width - 2 * MONEY_WIDTH, 2 * MONEY_WIDTH]
    rows = [cells([label, figure], widths) for label, figure in lines]
    return listing(("The year at a glance", ""), rows, widths, right=(1,))


def _members(letterhead: Letterhead, members: MemberYear, first: date, last: date) -> list[Any]:
    width = letterhead.text_width
    widths = [width - COUNT_WIDTH, COUNT_WIDTH]
    lines = [
        (f"Members on {letterhead.day(first)}, the year's first day", members.at_start),
        ("Joined during the year", members.joined),
        ("Left during the year", members.left),
        (f"Members on {letterhead.day(last)}, the year's last day", members.at_end),
    ]
    rows = [cells([label, letterhead.number(count)], widths) for label, count in lines]
    return [
        _heading("Members"),
        listing(("", "Members"), rows, widths, right=(1,)),
        space(1),
        _note(
            "A member counts from the day they joined until the day they left; members marked"
            " inactive are still members."
        ),
    ]


def _meetings(letterhead: Letterhead, months: Sequence[MonthFigures]) -> list[Any]:
    """Month by month: meetings held and who came; the chart shows the trend."""
    from babel.dates import format_date

    story: list[Any] = [_heading("Meetings held")]
    held = sum(month.meetings for month in months)
    if not held:
        return [*story, _note("No meetings were held in this year.")]
    present = sum(month.present for month in months)
    guests = sum(month.guests for month in months)
    story.append(
        para(
            f"{letterhead.counted(held, 'meeting', 'meetings')} held;"
            f" members were present {letterhead.counted(present, 'time', 'times')}"
            f" and {letterhead.counted(guests, 'guest', 'guests')} came.",
            paragraph_styles()["body"],
        )
    )
    days = [date.fromisoformat(f"{month.month}-01") for month in months]
    names = [format_date(day, "MMM yyyy", locale=letterhead.locale) for day in days]
    width = letterhead.text_width
    rest = width - 5 * COUNT_WIDTH
    widths = [rest, *([COUNT_WIDTH] * 5)]
    rows = [
        cells(
            [
                name,
                letterhead.number(month.meetings),
                letterhead.number(month.present),
                letterhead.number(month.apologies),
                letterhead.number(month.guests),
                letterhead.number(round(month.present / month.meetings)),
            ],
            widths,
        )
        for name, month in zip(names, months, strict=True)
    ]
    columns = ("Month", "Meetings", "Present", "Apologies", "Guests", "Present per meeting")
    story.append(listing(columns, rows, widths, right=(1, 2, 3, 4, 5)))
    labels = [
        drawable(format_date(day, "MMM yy", locale=letterhead.locale), f"{day:%m/%y}")
        for day in days
    ]
    drawing, _ = bar_chart(
        width,
        labels,
        [
            (
                "Members present per meeting",
                PRESENT_COLOUR,
                [month.present / month.meetings for month in months],
            ),
            (
                "Guests per meeting",
                GUEST_COLOUR,
                [month.guests / month.meetings for month in months],
            ),
        ],
        locale=letterhead.locale,
    )
    return [*story, space(2), drawing]


def _decisions(letterhead: Letterhead, decisions: Sequence[DecisionTaken]) -> list[Any]:
    story: list[Any] = [_heading("Decisions taken")]
    if not decisions:
        return [*story, _note("No decisions were recorded in this year.")]
    tally = Counter(decision.outcome for decision in decisions)
    outcomes = [
        f"{letterhead.number(tally[outcome])} {outcome}" for outcome in OUTCOMES if tally[outcome]
    ]
    story.append(
        para(
            f"{letterhead.counted(len(decisions), 'decision', 'decisions')}:"
            f" {', '.join(outcomes)}.",
            paragraph_styles()["body"],
        )
    )
    vote_width = 90
    rest = letterhead.text_width - DAY_WIDTH - vote_width
    widths = [DAY_WIDTH, rest * 0.3, rest * 0.7, vote_width]
    rows = [
        cells(
            [
                letterhead.day(decision.day),
                decision.meeting_title,
                decision.motion,
                _vote(letterhead, decision),
            ],
            widths,
        )
        for decision in decisions
    ]
    return [*story, listing(("Date", "Meeting", "Motion", "Outcome"), rows, widths)]


def _vote(letterhead: Letterhead, decision: DecisionTaken) -> str:
    """ "carried 12–3–1" (for, against, abstaining), or the outcome alone without a count."""
    counts = (decision.votes_for, decision.votes_against, decision.abstentions)
    if not any(counts):
        return decision.outcome
    return f"{decision.outcome} {'–'.join(letterhead.number(count) for count in counts)}"


def _lending(letterhead: Letterhead, lending: LendingYear) -> list[Any]:
    from reportlab.platypus import KeepTogether

    story: list[Any] = [_heading("Resources lent")]
    if not lending.loans:
        return [*story, _note("Nothing was lent in this year.")]
    story.append(
        para(
            f"{letterhead.counted(lending.loans, 'loan', 'loans')} of"
            f" {letterhead.counted(lending.items, 'item', 'items')} to"
            f" {letterhead.counted(lending.borrowers, 'member', 'members')}."
            " The most lent:",
            paragraph_styles()["body"],
        )
    )
    width = letterhead.text_width
    widths = [width - COUNT_WIDTH, COUNT_WIDTH]
    rows = [cells([item.name, letterhead.number(item.loans)], widths) for item in lending.most_lent]
    # the heading, the sentence and the list on one page: ten rows at most
    return [KeepTogether([*story, listing(("Item", "Times lent"), rows, widths, right=(1,))])]


def _money(letterhead: Letterhead, grants: Sequence[GrantSummary]) -> list[Any]:
    """A table and a chart per currency: each grant's money in and out in the year, numbered
    in the chart as in the table (a chart cannot shape a title in every script)."""
    from reportlab.platypus import KeepTogether

    story: list[Any] = [_heading("Money raised and spent")]
    if not grants:
        return [*story, _note("No grant received or spent money in this year.")]
    story.append(
        _note(
            "Received: what funders paid in the year. Spent: the grant's expenses in the year;"
            " for a micro-grant the group gives, what it paid out."
        )
    )
    locale = letterhead.locale
    width = letterhead.text_width
    rest = width - NUMBER_WIDTH - 2 * MONEY_WIDTH
    widths = [NUMBER_WIDTH, rest * 0.55, rest * 0.45, MONEY_WIDTH, MONEY_WIDTH]
    for total in totals_by_currency(grants):
        mine = [grant for grant in grants if grant.currency == total.currency]
        rows: list[list[Any]] = [
            [
                str(number),
                *cells([grant.row.title, grant.counterpart], widths[1:3]),
                money_cell(grant.received, locale),
                money_cell(grant.spent, locale),
            ]
            for number, grant in enumerate(mine, start=1)
        ]
        rows.append(
            [
                "",
                f"Total in {total.currency}",
                "",
                money_cell(total.received, locale),
                money_cell(total.spent, locale),
            ]
        )
        table = listing(
            ("#", f"Grant ({total.currency})", "Funder or applicant", "Received", "Spent"),
            rows,
            widths,
            ("LINEABOVE", (0, -1), (-1, -1), 0.8, "#333333"),
            right=(3, 4),
        )
        drawing, _ = bar_chart(
            width,
            [str(number) for number in range(1, len(mine) + 1)],
            [
                (
                    f"Received ({total.currency})",
                    RECEIVED_COLOUR,
                    [float(grant.received.amount) for grant in mine],
                ),
                (
                    f"Spent ({total.currency})",
                    SPENT_COLOUR,
                    [float(grant.spent.amount) for grant in mine],
                ),
            ],
            locale=locale,
        )
        # a currency's chart on the page of its table (split only when they outgrow a page)
        story.append(KeepTogether([space(2), table, drawing]))
    return story
