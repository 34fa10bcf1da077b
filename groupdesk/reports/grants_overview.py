"""Every grant on one report, for the committee or the treasurer's report: the grants the group
seeks and the micro-grants it gives, each by state in pipeline order, with awarded, received,
spent and remaining; totals per currency (never added across currencies: euros and pounds are
different money); and the deadlines ahead as the dashboard lists them (applications and reports
due, periods ending, money at risk, tranches held).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from groupdesk.messages import QT_TRANSLATE_NOOP
from groupdesk.money import format_money
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
    title_block,
    write_pdf,
)
from groupdesk.reports.funder import money_cell
from groupdesk.services.grants.dashboard import SENTENCES
from groupdesk.services.grants.deadlines import Deadline, grant_deadlines
from groupdesk.services.grants.figures import (
    CurrencyTotals,
    GrantSummary,
    list_grant_figures,
    totals_by_currency,
)
from groupdesk.services.grants.pipeline import INCOMING_MOVES, OUTGOING_MOVES
from groupdesk.services.uow import UnitOfWork

if TYPE_CHECKING:
    from pathlib import Path

TITLE = "Grants overview"
#: Each direction's section: its heading, the other party, its amounts' names, its states in
#: order. A micro-grant's "spent" is what the group paid the member (`figures`).
SECTIONS = (
    (
        "incoming",
        "Grants we seek",
        "Funder",
        ("Awarded", "Received", "Spent", "Remaining"),
        tuple(INCOMING_MOVES),
    ),
    (
        "outgoing",
        "Micro-grants we give",
        "Applicant",
        ("Approved", "Received", "Paid out", "Remaining"),
        tuple(OUTGOING_MOVES),
    ),
)
#: As wide as "30 Sept 2026" in en_GB with the cell's padding (66 broke it as "202 / 6").
DAY_WIDTH = 70
#: Narrower than the funder report's: six columns share the page here.
MONEY_WIDTH = 68
#: The grant's share of the two text columns (the rest is its funder or applicant).
TITLE_SHARE = 0.55
OVERDUE_BACKGROUND = "#fde8eb"


@dataclass(frozen=True)
class OverviewResult(ReportResult):
    grants: int
    #: The currencies the grants are in, by code (each totalled on its own).
    currencies: tuple[str, ...]
    deadlines: int
    pages: int

    @property
    def sentence(self) -> str:
        return (
            f"Wrote {self.path}: {counted(self.grants, 'grant', 'grants')} in"
            f" {', '.join(self.currencies) or 'no currency'},"
            f" {counted(self.deadlines, 'deadline', 'deadlines')} ahead,"
            f" on {counted(self.pages, 'page', 'pages')}."
        )


def write_grants_overview(
    uow: UnitOfWork,
    path: Path,
    *,
    today: date | None = None,
    paper_size: str | None = None,
    progress: Progress | None = None,
) -> OverviewResult:
    """Write the overview of every grant, as of `today`, to `path`."""
    check_pdf_path(path)
    today = today or uow.today()
    letterhead = group_letterhead(uow, title=TITLE, today=today, paper_size=paper_size)
    letterhead = letterhead.as_of(today)
    if progress is not None:
        progress(0, 1, QT_TRANSLATE_NOOP("ReportProgress", "Reading the grants…"))
    grants = list_grant_figures(uow)
    deadlines = grant_deadlines(uow, today=today)
    styles = paragraph_styles()
    story: list[Any] = title_block(
        letterhead, "Amounts in different currencies are totalled apart, never added together."
    )
    for direction, heading, party, amounts, states in SECTIONS:
        mine = [grant for grant in grants if grant.row.direction == direction]
        if not mine:
            continue
        story.append(para(heading, styles["heading"]))
        story.append(_totals(letterhead, totals_by_currency(mine), amounts))
        for state in states:
            in_state = [grant for grant in mine if grant.row.state == state]
            if in_state:
                heading = f"{state.capitalize()} ({letterhead.number(len(in_state))})"
                story.append(para(heading, styles["heading"]))
                story.append(_grants(letterhead, in_state, party, amounts))
    if not grants:
        story.append(para("No grants recorded yet.", styles["note"]))
    story.append(para("Deadlines ahead", styles["heading"]))
    story.append(
        _deadlines(letterhead, deadlines)
        if deadlines
        else para("No grant deadlines in the next two months.", styles["note"])
    )
    pages = write_pdf(path, letterhead, story)
    currencies = tuple(total.currency for total in totals_by_currency(grants))
    return OverviewResult(path, len(grants), currencies, len(deadlines), pages)


def _amount_widths(letterhead: Letterhead) -> list[float]:
    """Two text columns sharing what four amount columns leave."""
    rest = letterhead.text_width - 4 * MONEY_WIDTH
    return [rest * TITLE_SHARE, rest * (1 - TITLE_SHARE)] + [MONEY_WIDTH] * 4


def _totals(
    letterhead: Letterhead, totals: Sequence[CurrencyTotals], amounts: Sequence[str]
) -> Any:
    """One line per currency: how many grants, and their money added up."""
    locale = letterhead.locale
    widths = _amount_widths(letterhead)
    rows = [
        [
            total.currency,
            letterhead.number(total.grants),
            *(
                money_cell(money, locale, MONEY_WIDTH)
                for money in (total.awarded, total.received, total.spent, total.remaining)
            ),
        ]
        for total in totals
    ]
    return listing(
        ("Currency", "Grants", *amounts),
        rows,
        widths,
        right=(1, 2, 3, 4, 5),
    )


def _grants(
    letterhead: Letterhead, grants: Sequence[GrantSummary], party: str, amounts: Sequence[str]
) -> Any:
    locale = letterhead.locale
    widths = _amount_widths(letterhead)
    rows = [
        [
            *cells([grant.row.title, grant.counterpart], widths[:2]),
            *(
                money_cell(money, locale, MONEY_WIDTH)
                for money in (grant.awarded, grant.received, grant.spent, grant.remaining)
            ),
        ]
        for grant in grants
    ]
    return listing(
        ("Grant", party, *amounts),
        rows,
        widths,
        right=(2, 3, 4, 5),
    )


def _deadlines(letterhead: Letterhead, deadlines: Sequence[Deadline]) -> Any:
    """Overdue first, each in the dashboard's words; an overdue one shaded."""
    widths = [DAY_WIDTH, letterhead.text_width - DAY_WIDTH]
    rows = []
    shaded = []
    for number, deadline in enumerate(deadlines, start=1):
        key = deadline.kind
        if key in ("report", "tranche"):
            key = f"{deadline.report_kind} {key}"
        on_time, overdue = SENTENCES[key]
        day = letterhead.day(deadline.day) if deadline.day else ""
        amount = format_money(deadline.amount, letterhead.locale) if deadline.amount else ""
        sentence = (overdue if deadline.overdue and overdue else on_time).format(
            title=deadline.title, day=day, amount=amount
        )
        rows.append(cells([day, sentence], widths))
        if deadline.overdue:
            shaded.append(("BACKGROUND", (0, number), (-1, number), OVERDUE_BACKGROUND))
    return listing(("Due", "What"), rows, widths, *shaded)
