"""The funder report of one grant: what a funder asks for at an interim or final report. The
grant's details and period, budget against actual per line (over-spent lines flagged), the
payments received, every expense with its receipts (named as the evidence pack names the files,
so an auditor can match them), the outcomes against their targets, the group's own words, and a
bar chart of budget against actual; with a CSV of the same figures beside the PDF.

Every figure comes from `services.grants` (`figures.grant_figures` for the sums), in the grant's
one currency, formatted the group's way.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from groupdesk.messages import QT_TRANSLATE_NOOP
from groupdesk.money import Money, format_money
from groupdesk.reports.charts import add_legend_entry, bar_chart
from groupdesk.reports.columns import Measure
from groupdesk.reports.document import (
    CELL_PADDING,
    Letterhead,
    Progress,
    ReportResult,
    cell,
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
from groupdesk.reports.meeting import details_table
from groupdesk.reports.text import BODY_FONT, unmarked
from groupdesk.services.csv_files import write_csv_file
from groupdesk.services.grants.expenses import Expense, list_expenses
from groupdesk.services.grants.export import budget_rows, named_receipts
from groupdesk.services.grants.figures import GrantFigures, grant_figures
from groupdesk.services.grants.payments import Payment, payments_of
from groupdesk.services.grants.records import GrantData, get_grant
from groupdesk.services.grants.reporting import Outcome, outcomes_of
from groupdesk.services.meetings.minutes import paragraphs
from groupdesk.services.uow import UnitOfWork

TITLE = "Funder report"
#: Columns of amounts and dates, in points.
MONEY_WIDTH = 78
DAY_WIDTH = 70
#: The smallest size an amount is shrunk to, to stay on one line.
MONEY_LEAST_SIZE = 7
NUMBER_WIDTH = 20
OVER_COLOUR = "#b00020"
OVER_BACKGROUND = "#fde8eb"
BUDGET_COLOUR = "#9bb7a8"
SPENT_COLOUR = "#2f6b4f"


@dataclass(frozen=True)
class FunderResult(ReportResult):
    grant_id: str
    #: The CSV of budget against actual written beside the PDF.
    csv: str
    expenses: int
    over_spent: int
    pages: int

    @property
    def sentence(self) -> str:
        lines = counted(self.over_spent, "line", "lines")
        over = f", {lines} over budget" if self.over_spent else ""
        return (
            f"Wrote {self.path} ({counted(self.expenses, 'expense', 'expenses')}{over},"
            f" on {counted(self.pages, 'page', 'pages')})"
            f" and the figures as {self.csv}."
        )


@functools.cache
def money_style(size: float = 9) -> Any:
    """The cell style for amounts at `size` points: right-aligned, in whatever font the symbol
    needs (made once per size: a funder report has thousands of amounts)."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    cell_style = paragraph_styles()["cell"]
    return ParagraphStyle(
        f"money-{size}", cell_style, alignment=TA_RIGHT, fontSize=size, leading=size + 2
    )


def money_cell(money: Money | None, locale: str, width: float = MONEY_WIDTH) -> Any:
    """An amount the group's way, right-aligned ("" for none). One too wide for its column
    ("16,220.54 UK£" in Arabic locales) is printed smaller, down to 7 points, rather than
    broken over two lines ("16,220.54 UK" over "£")."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if money is None:
        return ""
    text = format_money(money, locale)
    wide = stringWidth(unmarked(text), BODY_FONT, money_style().fontSize)
    room = width - CELL_PADDING
    if wide <= room:
        return cell(text, money_style(), width)
    size = max(MONEY_LEAST_SIZE, math.floor(4 * money_style().fontSize * room / wide) / 4)
    return para(text, money_style(size))


def csv_path(path: Path) -> Path:
    """The CSV beside the PDF: report.pdf → report.csv."""
    return path.with_suffix(".csv")


def write_funder_report(
    uow: UnitOfWork,
    path: Path,
    *,
    grant: str,
    narrative: str = "",
    today: date | None = None,
    paper_size: str | None = None,
    progress: Progress | None = None,
) -> FunderResult:
    """Write the funder report of `grant` to `path`, with `narrative` (the group's own words,
    paragraphs split by blank lines) and the CSV of budget against actual beside it."""
    from reportlab.lib.styles import ParagraphStyle

    check_pdf_path(path)
    today = today or uow.today()
    detail = get_grant(uow, grant)
    figures = grant_figures(uow, grant_id=grant)
    letterhead = group_letterhead(uow, title=TITLE, today=today, paper_size=paper_size)
    period = _period(letterhead, detail)
    letterhead = replace(letterhead, period=f"{detail.title}, {period}" if period else detail.title)
    if progress is not None:
        progress(0, 2, QT_TRANSLATE_NOOP("ReportProgress", "Reading the expenses…"))
    expenses = list_expenses(uow, grant_id=grant)
    receipts: dict[str, list[str]] = {}
    for expense_id, name, _sha in named_receipts(uow, expenses):
        receipts.setdefault(expense_id, []).append(name)
    payments = [
        payment for payment in payments_of(uow, grant_id=grant) if payment.direction == "in"
    ]
    outcomes = outcomes_of(uow, grant_id=grant)
    if progress is not None:
        progress(1, 2, QT_TRANSLATE_NOOP("ReportProgress", "Laying out the funder report…"))
    styles = paragraph_styles()
    styles["paragraph"] = ParagraphStyle("paragraph", styles["body"], spaceAfter=5)
    story: list[Any] = title_block(letterhead)
    story.append(_details(letterhead, detail, figures))
    words = paragraphs(narrative)
    if words:
        story.append(para("In our words", styles["heading"]))
        story += [para(text, styles["paragraph"]) for text in words]
    story.append(para("Budget against actual", styles["heading"]))
    if figures.lines or figures.no_line:
        story.append(_budget(letterhead, figures))
        if figures.over_spent:
            story.append(
                para(
                    f"{letterhead.counted(len(figures.over_spent), 'line', 'lines')} spent more"
                    " than their budget (marked “over by”).",
                    styles["note"],
                )
            )
        if figures.lines:  # no chart of nothing when everything was spent on no line
            story.append(_chart(letterhead, figures))
    else:
        story.append(para("The grant has no budget lines.", styles["note"]))
    story.append(para("Payments received", styles["heading"]))
    story.append(
        _payments(letterhead, payments, figures.received)
        if payments
        else para("No payments received yet.", styles["note"])
    )
    story.append(para("Expenses", styles["heading"]))
    if expenses:
        outside = {expense.id for expense in figures.outside_period}
        if outside:
            story.append(
                para(
                    f"{letterhead.counted(len(outside), 'expense falls', 'expenses fall')}"
                    " outside the grant's period (marked).",
                    styles["note"],
                )
            )
        story.append(_expenses(letterhead, expenses, receipts, outside))
    else:
        story.append(para("No expenses recorded yet.", styles["note"]))
    story.append(para("Outcomes", styles["heading"]))
    story.append(
        _outcomes(letterhead, outcomes)
        if outcomes
        else para("No outcomes set for this grant.", styles["note"])
    )
    pages = write_pdf(path, letterhead, story)
    figures_file = csv_path(path)
    write_csv_file(figures_file, budget_rows(figures))
    return FunderResult(
        path, figures.grant_id, str(figures_file), len(expenses), len(figures.over_spent), pages
    )


def _period(letterhead: Letterhead, detail: GrantData) -> str | None:
    """ "1 Jan 2026 – 31 Dec 2026" (an unknown end as "…"), or None when neither is set."""
    start, end = detail.period_start, detail.period_end
    if start is None and end is None:
        return None
    first = letterhead.day(start) if start else "…"
    last = letterhead.day(end) if end else "…"
    return f"{first} – {last}"


def _details(letterhead: Letterhead, detail: GrantData, figures: GrantFigures) -> Any:
    locale = letterhead.locale

    def amount(money: Money | None) -> str | None:
        return None if money is None else format_money(money, locale)

    return details_table(
        letterhead,
        [
            ("Grant", detail.title),
            ("Funder", detail.funder_name or detail.applicant_name),
            ("Their reference", detail.funder_reference),
            ("State", detail.state),
            ("Period", _period(letterhead, detail)),
            ("Responsible", detail.responsible_name),
            ("Purpose", detail.purpose),
            ("Restrictions", detail.restrictions),
            ("Requested", amount(figures.requested)),
            ("Awarded", amount(figures.awarded)),
            ("Received", amount(figures.received)),
            ("Spent", amount(figures.spent)),
            ("Committed", amount(figures.committed) if figures.committed.amount else None),
            ("Remaining", amount(figures.remaining)),
        ],
    )


def _budget(letterhead: Letterhead, figures: GrantFigures) -> Any:
    locale = letterhead.locale
    rest = letterhead.text_width - NUMBER_WIDTH - 4 * MONEY_WIDTH
    widths = [NUMBER_WIDTH, rest, MONEY_WIDTH, MONEY_WIDTH, MONEY_WIDTH, MONEY_WIDTH]
    rows: list[list[Any]] = []
    commands: list[tuple[Any, ...]] = []
    for number, line in enumerate(figures.lines, start=1):
        name = f"{line.category}: {line.description}" if line.description else line.category
        rows.append(
            [
                str(number),
                cell(name, paragraph_styles()["cell"], rest),
                money_cell(line.budget, locale),
                money_cell(line.spent, locale),
                money_cell(line.remaining, locale),
                money_cell(line.over, locale),
            ]
        )
        if line.over is not None:
            commands += [
                ("BACKGROUND", (0, number), (-1, number), OVER_BACKGROUND),
                ("TEXTCOLOR", (5, number), (5, number), OVER_COLOUR),
            ]
    if figures.no_line:
        unassigned = sum((e.amount for e in figures.no_line), Money.zero(figures.currency))
        rows.append(["", "On no budget line", "", money_cell(unassigned, locale), "", ""])
    budget = figures.budget
    rows.append(
        [
            "",
            "Total",
            money_cell(budget, locale),
            money_cell(figures.spent, locale),
            money_cell(budget - figures.spent, locale),
            "",
        ]
    )
    return listing(
        ("#", "Budget line", "Budget", "Spent", "Remaining", "Over by"),
        rows,
        widths,
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, "#333333"),
        *commands,
        right=(2, 3, 4, 5),
    )


def _chart(letterhead: Letterhead, figures: GrantFigures) -> Any:
    """Budget and spent side by side per line, numbered as the table numbers them (a chart's
    labels are drawn unshaped, so a category in any script is named in the table instead); an
    over-spent line's bar in red."""
    from reportlab.lib.colors import HexColor

    drawing, chart = bar_chart(
        letterhead.text_width,
        [str(n) for n in range(1, len(figures.lines) + 1)],
        [
            (
                f"Budget ({figures.currency})",
                BUDGET_COLOUR,
                [float(line.budget.amount) for line in figures.lines],
            ),
            ("Spent", SPENT_COLOUR, [float(line.spent.amount) for line in figures.lines]),
        ],
        locale=letterhead.locale,
    )
    for index, line in enumerate(figures.lines):
        if line.over is not None:
            chart.bars[(1, index)].fillColor = HexColor(OVER_COLOUR)
    if figures.over_spent:
        add_legend_entry(drawing, "Spent, over budget", OVER_COLOUR)
    return drawing


def _payments(letterhead: Letterhead, payments: Sequence[Payment], received: Money) -> Any:
    rest = letterhead.text_width - DAY_WIDTH - MONEY_WIDTH
    widths = [DAY_WIDTH, rest * 0.4, rest * 0.6, MONEY_WIDTH]
    rows: list[list[Any]] = [
        [
            *cells([letterhead.day(p.paid_on), p.method or "", p.reference or ""], widths[:3]),
            money_cell(p.amount, letterhead.locale),
        ]
        for p in payments
    ]
    rows.append(["", "Total received", "", money_cell(received, letterhead.locale)])
    return listing(
        ("Received on", "Method", "Reference", "Amount"),
        rows,
        widths,
        ("LINEABOVE", (0, -1), (-1, -1), 0.8, "#333333"),
        right=(3,),
    )


def _expenses(
    letterhead: Letterhead,
    expenses: Sequence[Expense],
    receipts: dict[str, list[str]],
    outside: set[str],
) -> Any:
    from reportlab.lib.styles import ParagraphStyle

    # file names are long: a size smaller, so most fit on their line
    style = ParagraphStyle("receipt", paragraph_styles()["cell"], fontSize=8, leading=10)
    widths = _expense_widths(letterhead, expenses)
    rows = []
    for expense in expenses:
        day = letterhead.day(expense.spent_on)
        if expense.id in outside:
            day += " (outside the period)"
        files = receipts.get(expense.id, ["no receipt"])
        rows.append(
            [
                *cells([day, expense.payee, expense.line or "no line"], widths[:3]),
                # a receipt a line, as the evidence pack names the file
                cell(files[0], style, widths[3])
                if len(files) == 1
                else [para(name, style) for name in files],
                money_cell(expense.amount, letterhead.locale),
            ]
        )
    from groupdesk.reports.rows import rows_listing  # ReportLab, imported when a report is made

    # drawn row by row: one header at the top of each page, not one every hundred rows
    return rows_listing(
        ("Date", "Payee", "Budget line", "Receipts", "Amount"),
        rows,
        widths,
        right=(4,),
        styles={3: style, 4: money_style()},
    )


def _expense_widths(letterhead: Letterhead, expenses: Sequence[Expense]) -> list[float]:
    """Date and amount columns of their set widths; of the rest, payee and budget line about a
    fifth each, wider if a word in them needs it (so none is broken: "Refreshme nts") up to
    two fifths; the receipts the others (a file name is one long word: it may be broken)."""
    measure = Measure(paragraph_styles()["cell"].fontSize)
    rest = letterhead.text_width - DAY_WIDTH - MONEY_WIDTH

    def wide_enough(share: float, head: str, texts: list[str]) -> float:
        return min(max(rest * share, measure.longest_word(head, texts)), rest * 0.4)

    payee = wide_enough(0.22, "Payee", [e.payee for e in expenses])
    line = wide_enough(0.2, "Budget line", [e.line or "" for e in expenses])
    return [DAY_WIDTH, payee, line, rest - payee - line, MONEY_WIDTH]


def _outcomes(letterhead: Letterhead, outcomes: Sequence[Outcome]) -> Any:
    from babel.numbers import format_decimal

    number_width = 70
    rest = letterhead.text_width - 3 * number_width
    widths = [rest, number_width, number_width, number_width]
    rows = []
    for outcome in outcomes:
        unit = f" {outcome.unit}" if outcome.unit else ""
        target = (
            ""
            if outcome.target is None
            else format_decimal(outcome.target, locale=letterhead.locale)
        )
        share = f"{round(100 * outcome.achieved / outcome.target)}%" if outcome.target else ""
        rows.append(
            [
                cell(
                    f"{outcome.name}{unit and f' ({unit.strip()})'}",
                    paragraph_styles()["cell"],
                    rest,
                ),
                target,
                format_decimal(outcome.achieved, locale=letterhead.locale),
                share,
            ]
        )
    return listing(("Outcome", "Target", "Achieved", "Of target"), rows, widths, right=(1, 2, 3))
