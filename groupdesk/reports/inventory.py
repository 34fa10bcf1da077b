"""The resource inventory and loans: every item by kind with its condition and value (and the
total value per currency, for the insurer and the annual accounts), the loans out with the
overdue ones marked, the upkeep due, and the deposits the group holds for members.

Money is printed the group's locale's way and right-aligned; amounts in two currencies are
never added together, so each total is one line per currency.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from groupdesk.messages import QT_TRANSLATE_NOOP
from groupdesk.models.resources import ITEM_KINDS
from groupdesk.money import Money, format_money
from groupdesk.reports.document import (
    NO_BREAK,
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
    table,
    title_block,
    write_pdf,
)
from groupdesk.services.resources.availability import loans_out
from groupdesk.services.resources.fees import DepositsHeld, deposits_held
from groupdesk.services.resources.inventory import Inventory, inventory
from groupdesk.services.resources.loans import LoanData
from groupdesk.services.resources.upkeep import PlanStatus, plan_statuses
from groupdesk.services.uow import UnitOfWork

TITLE = "Resource inventory and loans"
#: Columns holding a day or an amount, in points: as wide as "30 Nov 2026" or "£12,345.00".
DAY_WIDTH = 70
MONEY_WIDTH = 80
#: As wide as "10,000" with the cell's padding (34 broke "1,500" as "1,50" over "0").
QUANTITY_WIDTH = 44
LATE_WIDTH = 100
#: Overdue loans: this colour, and the word "overdue" in the row (a grey printer loses colour).
OVERDUE = "#fbe3e1"
KIND_HEADINGS = {
    "equipment": "Equipment",
    "space": "Spaces",
    "material": "Materials",
    "knowledge": "Knowledge and guides",
}


@dataclass(frozen=True)
class InventoryResult(ReportResult):
    items: int
    loans_out: int
    overdue: int
    upkeep_due: int
    deposits: int
    pages: int

    @property
    def sentence(self) -> str:
        return (
            f"Wrote {self.path}: {counted(self.items, 'item', 'items')},"
            f" {counted(self.loans_out, 'loan', 'loans')} out ({self.overdue} overdue),"
            f" {counted(self.upkeep_due, 'upkeep job', 'upkeep jobs')} due,"
            f" {counted(self.deposits, 'deposit', 'deposits')} held,"
            f" on {counted(self.pages, 'page', 'pages')}."
        )


def write_inventory(
    uow: UnitOfWork,
    path: Path,
    *,
    today: date | None = None,
    paper_size: str | None = None,
    progress: Progress | None = None,
) -> InventoryResult:
    """Write the inventory PDF to `path` (replacing it only once the new one is complete)."""
    check_pdf_path(path)
    today = today or uow.today()
    letterhead = group_letterhead(uow, title=TITLE, today=today, paper_size=paper_size)
    letterhead = letterhead.as_of(today)
    if progress is not None:
        progress(0, 2, QT_TRANSLATE_NOOP("ReportProgress", "Reading the items and loans…"))
    stock = inventory(uow)
    out = loans_out(uow)
    upkeep = plan_statuses(uow, due_only=True)
    deposits = deposits_held(uow)
    overdue = sum(loan.overdue for loan in out)
    summary = (
        f"{letterhead.counted(len(stock.items), 'item', 'items')};"
        f" {letterhead.counted(len(out), 'loan', 'loans')} out,"
        f" {letterhead.number(overdue)} overdue;"
        f" {letterhead.counted(len(upkeep), 'upkeep job', 'upkeep jobs')} due;"
        f" {letterhead.counted(len(deposits.deposits), 'deposit', 'deposits')} held."
    )
    if progress is not None:
        progress(1, 2, QT_TRANSLATE_NOOP("ReportProgress", "Laying out the inventory…"))
    story: list[Any] = title_block(letterhead, summary)
    story += _items(letterhead, stock)
    story += _loans(letterhead, out)
    story += _upkeep(letterhead, upkeep)
    story += _deposits(letterhead, deposits)
    pages = write_pdf(path, letterhead, story)
    return InventoryResult(
        path, len(stock.items), len(out), overdue, len(upkeep), len(deposits.deposits), pages
    )


def _money(letterhead: Letterhead, amount: Money | None) -> str:
    return "" if amount is None else format_money(amount, letterhead.locale)


def _heading(text: str) -> Any:
    return para(text, paragraph_styles()["heading"])


def _none(text: str) -> Any:
    return para(text, paragraph_styles()["note"])


def _totals(letterhead: Letterhead, label: str, totals: Sequence[Money]) -> Any:
    """One line per currency, the amount under the amounts' column."""
    width = letterhead.text_width
    head = paragraph_styles()["head"]
    rows = [
        [para(label, head) if place == 0 else "", _money(letterhead, total)]
        for place, total in enumerate(totals)
    ]
    return table(rows, [width - MONEY_WIDTH, MONEY_WIDTH], ("ALIGN", (1, 0), (1, -1), "RIGHT"))


def _items(letterhead: Letterhead, stock: Inventory) -> list[Any]:
    story: list[Any] = [_heading("Items")]
    if not stock.items:
        return [*story, _none("No items yet: add them on the Resources page.")]
    rest = letterhead.text_width - QUANTITY_WIDTH - MONEY_WIDTH
    widths = [rest * 0.42, QUANTITY_WIDTH, rest * 0.36, rest * 0.22, MONEY_WIDTH]
    kinds = [kind for kind in ITEM_KINDS if any(item.kind == kind for item in stock.items)]
    kinds += sorted({item.kind for item in stock.items} - set(ITEM_KINDS))
    for kind in kinds:
        rows = [
            cells(
                [
                    item.name,
                    letterhead.number(item.quantity),
                    item.location or "",
                    item.condition,
                    _money(letterhead, item.value),
                ],
                widths,
            )
            for item in stock.items
            if item.kind == kind
        ]
        # The kind heads the first column: repeated over each page of its table, never left
        # alone at the foot of a page.
        columns = (
            KIND_HEADINGS.get(kind, kind.capitalize()),
            "Qty",
            "Kept at",
            "Condition",
            "Value",
        )
        story += [space(2), listing(columns, rows, widths, right=(1, 4))]
    if stock.totals:
        story.append(_totals(letterhead, "Total value", stock.totals))
    return story


def _loans(letterhead: Letterhead, out: Sequence[LoanData]) -> list[Any]:
    story: list[Any] = [_heading("Loans out")]
    if not out:
        return [*story, _none("Nothing is out on loan.")]
    rest = letterhead.text_width - 2 * DAY_WIDTH - LATE_WIDTH
    widths = [rest * 0.5, rest * 0.5, DAY_WIDTH, DAY_WIDTH, LATE_WIDTH]
    rows = []
    marks: list[tuple[Any, ...]] = []
    for number, loan in enumerate(out, start=1):
        late = ""
        if loan.overdue:
            days = f"{loan.days_late} day{'' if loan.days_late == 1 else 's'}"
            late = f"overdue, {days}".replace(" ", NO_BREAK)
            marks.append(("BACKGROUND", (0, number), (-1, number), OVERDUE))
        item = loan.item_name if loan.quantity == 1 else f"{loan.item_name} ×{loan.quantity}"
        rows.append(
            cells(
                [
                    item,
                    loan.borrower_name,
                    letterhead.day(loan.out_on),
                    letterhead.day(loan.due_on),
                    late,
                ],
                widths,
            )
        )
    columns = ("Item", "Borrower", "Out", "Due back", "Late")
    return [*story, listing(columns, rows, widths, *marks)]


def _upkeep(letterhead: Letterhead, due: Sequence[PlanStatus]) -> list[Any]:
    story: list[Any] = [_heading("Upkeep due")]
    if not due:
        return [*story, _none("No upkeep is due.")]
    rest = letterhead.text_width - DAY_WIDTH - 110
    widths = [rest * 0.45, rest * 0.55, DAY_WIDTH, 110]
    rows = [
        cells(
            [
                plan.item_name,
                plan.what,
                letterhead.day(plan.since),
                _why_due(letterhead, plan),
            ],
            widths,
        )
        for plan in due
    ]
    return [*story, listing(("Item", "What", "Last done", "Due"), rows, widths)]


def _why_due(letterhead: Letterhead, plan: PlanStatus) -> str:
    """ "after 12 loans" by use, or "since 30 Nov 2026" by the calendar."""
    if plan.every_loans is not None and plan.loans_since >= plan.every_loans:
        return f"after {plan.loans_since} loans"
    return f"since {letterhead.day(plan.due_on)}" if plan.due_on else ""


def _deposits(letterhead: Letterhead, held: DepositsHeld) -> list[Any]:
    story: list[Any] = [_heading("Deposits held for members")]
    if not held.deposits:
        return [*story, _none("The group holds no deposits.")]
    rest = letterhead.text_width - DAY_WIDTH - MONEY_WIDTH
    widths = [rest * 0.5, rest * 0.5, DAY_WIDTH, MONEY_WIDTH]
    rows = [
        cells(
            [
                deposit.member_name,
                deposit.item_name
                + (" (back; deposit not yet settled)" if deposit.item_returned else ""),
                letterhead.day(deposit.taken_on),
                _money(letterhead, deposit.amount),
            ],
            widths,
        )
        for deposit in held.deposits
    ]
    columns = ("Member", "Item", "Taken", "Held")
    return [
        *story,
        listing(columns, rows, widths, right=(3,)),
        _totals(letterhead, "Total held", held.totals),
    ]
