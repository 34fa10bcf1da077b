"""The resource inventory read back as a person would: items by kind with their value and the
totals per currency, the loans out with the overdue ones marked, the upkeep due and the
deposits held; names in every script, every font embedded, numbered pages."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from support.meeting_reports import pdf_text, unembedded_fonts
from support.resource_demo import TODAY, demo_on_today
from support.resource_rows import gbp, stored_item, stored_loan

from groupdesk.money import Money
from groupdesk.registry import load, reports
from groupdesk.reports.inventory import write_inventory
from groupdesk.services.members.records import add_member
from groupdesk.services.resources.availability import overdue_loans
from groupdesk.services.resources.inventory import inventory
from groupdesk.services.workspace import Workspace


def _cells(text: str) -> list[str]:
    """The PDF's text a cell a line, NFKC (Arabic comes back as presentation forms)."""
    return [line.strip() for line in unicodedata.normalize("NFKC", text).splitlines()]


def _after(lines: list[str], heading: str) -> list[str]:
    return lines[lines.index(heading) :]


def test_the_demo_inventory_marks_the_overdue_drill_and_totals_the_values(
    make_workspace: Callable[..., Workspace], tmp_path: Path
) -> None:
    workspace = demo_on_today(make_workspace)
    out = tmp_path / "inventory.pdf"
    result = write_inventory(workspace.uow(), out, today=TODAY)
    lines = _cells(pdf_text(out))
    late = overdue_loans(workspace.uow())
    assert result.overdue == len(late) >= 1 and result.pages == 2
    loans = _after(lines, "Loans out")
    drill = loans.index("Cordless drill")
    assert loans[drill + 4] == "overdue, 5 days"  # item, borrower, out, due back, late
    for loan in late:
        row = loans.index(loan.item_name)
        assert loans[row + 1] == unicodedata.normalize("NFKC", loan.borrower_name)
        assert loans[row + 4].startswith("overdue, ")
    totals = inventory(workspace.uow()).totals
    assert [str(total.amount) for total in totals] == ["6347.00"]
    assert "£6,347.00" in _after(lines, "Total value")[:2]
    for heading in ("Equipment", "Spaces", "Materials", "Upkeep due", "Deposits held for members"):
        assert any(line.startswith(heading) for line in lines), heading
    assert "Page 1 of 2" in lines and "Page 2 of 2" in lines
    assert "Riverside Neighbours" in lines
    assert any("made on 4 Dec 2026" in line for line in lines)
    assert unembedded_fonts(out) == []


def test_names_in_every_script_and_totals_kept_apart_per_currency(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    def member(name: str) -> str:
        return add_member(
            group_workspace.uow(), values={"full_name": name}, today=date(2026, 11, 1)
        ).id

    li, mohammed = member("李雷"), member("محمد الخطيب")
    gazebo = stored_item(group_workspace, "Gazebo", value=gbp("180.50"))
    stored_item(group_workspace, "Tent", value=gbp("19.50"))
    stored_item(group_workspace, "Zelt", value=Money(Decimal("99.99"), "EUR"))
    stored_item(group_workspace, "Community room", kind="space")
    stored_loan(
        group_workspace, gazebo, li, date(2020, 1, 1), date(2020, 1, 8), deposit_taken=gbp("25")
    )
    stored_loan(
        group_workspace,
        gazebo,
        mohammed,
        date(2026, 1, 1),
        date(2999, 1, 1),
        deposit_taken=gbp("5"),
    )
    out = tmp_path / "inventory.pdf"
    result = write_inventory(group_workspace.uow(), out, today=date(2026, 12, 4))
    lines = _cells(pdf_text(out))
    assert (result.items, result.loans_out, result.overdue, result.deposits) == (4, 2, 1, 2)
    loans = _after(lines, "Loans out")
    assert loans[loans.index("李雷") + 3].startswith("overdue, ")
    arabic = unicodedata.normalize("NFKC", "محمد الخطيب")
    assert arabic in loans or arabic[::-1] in loans
    # Soonest due first: 李雷's overdue loan, then محمد's, not late (no mark in its last cell).
    li_row = loans.index("李雷")
    assert loans[li_row - 1] == "Gazebo"
    assert loans[li_row + 4] == "Gazebo" and loans[li_row + 5] in (arabic, arabic[::-1])
    assert loans[li_row + 8] == "Upkeep due"
    total = _after(lines, "Total value")
    assert total[1:3] == ["€99.99", "£200.00"]  # by currency code; never £299.99
    assert _after(lines, "Total held")[1] == "£30.00"
    assert "No upkeep is due." in lines


def test_the_report_is_registered_for_the_cli_and_the_reports_page() -> None:
    (entry,) = [entry for entry in reports() if entry.key == "resources"]
    assert entry.subject == "none" and load(entry.writer) is write_inventory


def test_a_long_list_repeats_its_header_on_every_page_and_is_byte_stable(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    for number in range(90):
        stored_item(group_workspace, f"Chair {number:02}", value=gbp("10"))
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    result = write_inventory(group_workspace.uow(), first, today=date(2026, 12, 4))
    write_inventory(group_workspace.uow(), second, today=date(2026, 12, 4))
    assert first.read_bytes() == second.read_bytes()
    pages = [_cells(page.extract_text()) for page in PdfReader(first).pages]
    assert result.pages == len(pages) >= 2
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {result.pages}" in page
    chairs = [page for page in pages if any(line.startswith("Chair ") for line in page)]
    assert len(chairs) >= 2
    for page in chairs:  # the header over every page's part of the list, each row whole
        assert page[page.index("Equipment") + 1 : page.index("Equipment") + 5] == [
            "Qty", "Kept at", "Condition", "Value"
        ]  # fmt: skip
        for row in (n for n, line in enumerate(page) if line.startswith("Chair ")):
            assert page[row + 1 : row + 4] == ["1", "good", "£10.00"]
    assert "£900.00" in pages[-1]


def test_counts_and_amounts_are_written_the_groups_way_without_a_direction_mark(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    """Babel starts an amount in Arabic locales with a right-to-left mark, which Noto Sans
    drew as a box before every amount; counts are the locale's numbers (1.500 in German)."""
    from groupdesk.services import settings

    stored_item(group_workspace, "Chairs", quantity=1500, value=gbp("2500.00"))
    for locale, count, amount in (("de_DE", "1.500", "2.500,00"), ("ar_EG", "1,500", "2,500.00")):
        settings.update_settings(group_workspace.uow(), locale=locale)
        out = tmp_path / f"{locale}.pdf"
        write_inventory(group_workspace.uow(), out, today=TODAY)
        text = pdf_text(out)
        assert "\u200f" not in text and "\u061c" not in text, locale
        assert f"{count} items;" not in text  # one item, 1,500 of it
        assert f"\n{count}\n" in text and amount in text, locale
