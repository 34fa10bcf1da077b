"""The funder report read back as a funder would: the grant's details and period, budget against
actual with the over-spent line flagged, payments, every expense with its receipt's file name,
outcomes against their targets, the group's own words and the chart; the CSV of the same figures
beside it; names in every script; the command line's hints when the grant is missing."""

from __future__ import annotations

import csv
import io
import re
import subprocess
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from support.grant_rows import add_expense_row, add_grant, add_line, add_payment, money
from support.meeting_reports import pdf_text, readable, unembedded_fonts
from support.receipt_photos import jpeg_bytes

from groupdesk.money import format_money
from groupdesk.reports.funder import write_funder_report
from groupdesk.services import settings
from groupdesk.services.grants.expenses import add_expense
from groupdesk.services.grants.export import budget_rows
from groupdesk.services.grants.figures import grant_figures
from groupdesk.services.grants.reporting import add_outcome, record_progress
from groupdesk.services.workspace import Workspace

TODAY = date(2026, 11, 24)
#: Budget line → (budget, [(payee, amount)]): Tools is over-spent; payees in many scripts.
LINES = {
    "Tools": ("100.00", [("Ана Петрова", "80.00"), ("Νίκος Παπαδόπουλος", "45.55")]),
    "حديقة المجتمع": ("300.00", [("محمد الخطيب", "120.10")]),
    "राज कुमार": ("200.00", [("李雷", "19.99"), ("Zoë Ñúñez", "0.01")]),
}
NARRATIVE = "We planted 40 trees.\n\nThe tools cost more than we planned: the price rose in May."


def _squeezed(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def grant(group_workspace: Workspace, tmp_path: Path) -> str:
    grant_id = add_grant(
        group_workspace,
        title="River fund",
        awarded="600.00",
        period_start=date(2026, 1, 1),
        period_end=date(2026, 12, 31),
    )
    receipt = tmp_path / "till.jpg"
    receipt.write_bytes(jpeg_bytes())
    for category, (budget, spent) in LINES.items():
        line = add_line(group_workspace, grant_id, category, budget)
        for payee, amount in spent:
            add_expense(
                group_workspace.uow(),
                grant_id=grant_id,
                line_id=line,
                spent_on=date(2026, 5, 3),
                payee=payee,
                amount=money(amount, "EUR"),
                receipts=[receipt] if payee == "Ана Петрова" else [],
            )
    add_payment(group_workspace, grant_id, "400.00")
    trees = add_outcome(
        group_workspace.uow(), grant_id=grant_id, name="Trees planted", target=50, unit="trees"
    )
    record_progress(group_workspace.uow(), outcome_id=trees.id, achieved=40)
    return grant_id


def test_the_funder_report_has_every_section_with_the_services_figures_to_the_cent(
    group_workspace: Workspace, grant: str, tmp_path: Path
) -> None:
    out = tmp_path / "funder.pdf"
    result = write_funder_report(
        group_workspace.uow(), out, grant=grant, narrative=NARRATIVE, today=TODAY
    )
    text = readable(pdf_text(out))
    for heading in ("Funder report", "In our words", "Budget against actual", "Payments received"):
        assert heading in text
    for heading in ("Expenses", "Outcomes", "River fund, 1 Jan 2026 – 31 Dec 2026"):
        assert heading in text
    assert "We planted 40 trees." in text and "the price rose in May." in text
    locale = settings.get_settings(group_workspace.uow()).locale
    figures = grant_figures(group_workspace.uow(), grant_id=grant)
    for amount in (figures.awarded, figures.received, figures.spent, figures.remaining):
        assert amount is not None and format_money(amount, locale) in text
    (tools,) = figures.over_spent
    assert tools.category == "Tools" and tools.over is not None
    assert format_money(tools.over, locale) == "€25.55" and "€25.55" in text
    assert "1 line spent more than their budget" in text
    assert "Spent, over budget" in text  # the chart's legend
    for line in figures.lines:
        assert format_money(line.budget, locale) in text
        assert format_money(line.spent, locale) in text
    assert "2026-05-03_Ана-Петрова_80.00.jpg" in _squeezed(text)
    assert text.count("no receipt") == 4
    assert "Trees planted (trees)" in text and "80%" in text
    assert (result.expenses, result.over_spent) == (5, 1)
    assert result.pages == len(PdfReader(out).pages)
    assert f"Page 1 of {result.pages}" in text and "made on 24 Nov 2026" in text
    beside = tmp_path / "funder.csv"
    assert result.csv == str(beside)
    rows = list(csv.reader(io.StringIO(beside.read_bytes().decode("utf-8-sig"), newline="")))
    assert rows == budget_rows(figures)


def test_the_funder_report_prints_every_script_embedded_and_identically_twice(
    group_workspace: Workspace, grant: str, tmp_path: Path
) -> None:
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    for out in (first, second):
        write_funder_report(
            group_workspace.uow(), out, grant=grant, today=TODAY, paper_size="Letter"
        )
    assert first.read_bytes() == second.read_bytes()
    text = _squeezed(readable(pdf_text(first)))
    names = [*LINES, *(payee for _b, spent in LINES.values() for payee, _a in spent)]
    for name in names:
        assert _squeezed(name) in text, name
    assert unembedded_fonts(first) == []
    page = PdfReader(first).pages[0]
    assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (612, 792)
    assert "In our words" not in text  # no narrative given, no empty heading


def test_a_grant_with_no_budget_lines_lists_its_expenses_and_marks_one_outside_the_period(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    grant_id = add_grant(group_workspace, period_start=date(2026, 1, 1))
    add_expense_row(group_workspace, grant_id, "5.00", spent_on=date(2025, 12, 31))
    out = tmp_path / "lineless.pdf"
    result = write_funder_report(group_workspace.uow(), out, grant=grant_id, today=TODAY)
    text = " ".join(pdf_text(out).split())  # the mark wraps under its date
    assert "On no budget line" in text and "€5.00" in text
    assert "1 expense falls outside the grant's period" in text
    assert "31 Dec 2025 (outside the period)" in text and "no line" in text
    assert result.expenses == 1 and "Spent, over budget" not in text


def test_a_long_list_of_expenses_has_its_header_once_at_the_top_of_each_page(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    """Until the expenses were drawn row by row, a header row came again mid-page after every
    100 expenses (each hundred was a table of its own)."""
    grant_id = add_grant(group_workspace, period_start=date(2026, 1, 1))
    for day in range(250):
        add_expense_row(
            group_workspace,
            grant_id,
            f"{day + 1}.25",
            spent_on=date(2026, 1, 1) + timedelta(days=day),
            payee=f"Shop {day + 1}",
        )
    out = tmp_path / "long.pdf"
    result = write_funder_report(group_workspace.uow(), out, grant=grant_id, today=TODAY)
    assert result.expenses == 250
    pages = [page.extract_text().splitlines() for page in PdfReader(out).pages]
    for n, lines in enumerate(pages):
        rows = [at for at, line in enumerate(lines) if "Shop " in line]
        if rows:
            headers = [at for at, line in enumerate(lines) if line.strip() == "Payee"]
            assert len(headers) == 1 and headers[0] < rows[0], f"page {n + 1}: {headers}"
    shops = re.findall(r"Shop (\d+)", "\n".join("\n".join(lines) for lines in pages))
    assert shops == [str(day + 1) for day in range(250)]
    text = " ".join(" ".join(" ".join(lines) for lines in pages).split())
    assert "€250.25" in text and "€1.25" in text


def test_no_payee_or_budget_line_is_broken_inside_a_word(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    """The budget line "Refreshments" printed as "Refreshme" over "nts" (its column a fifth
    of the room, whatever its words)."""
    grant_id = add_grant(group_workspace, period_start=date(2026, 1, 1))
    line = add_line(group_workspace, grant_id, "Refreshments", "100.00")
    add_expense_row(group_workspace, grant_id, "12.50", line_id=line, payee="Wholefoodshopkeepers")
    out = tmp_path / "words.pdf"
    write_funder_report(group_workspace.uow(), out, grant=grant_id, today=TODAY)
    words = {word for page in PdfReader(out).pages for word in page.extract_text().split()}
    assert {"Refreshments", "Wholefoodshopkeepers"} <= words


def test_a_payee_of_one_endless_word_still_leaves_the_receipts_their_room(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    grant_id = add_grant(group_workspace, period_start=date(2026, 1, 1))
    add_expense_row(group_workspace, grant_id, "3.00", payee="W" * 150)
    out = tmp_path / "endless.pdf"
    result = write_funder_report(group_workspace.uow(), out, grant=grant_id, today=TODAY)
    assert result.expenses == 1
    text = "".join(pdf_text(out).split())
    assert "W" * 150 in text and "noreceipt" in text


def test_the_command_writes_the_report_with_a_narrative_file_and_hints_at_the_grants_list(
    group_workspace: Workspace,
    grant: str,
    tmp_path: Path,
    cli: Callable[..., subprocess.CompletedProcess[str]],
) -> None:
    folder = group_workspace.paths.root
    group_workspace.engine.dispose()
    words = tmp_path / "words.txt"
    words.write_text(NARRATIVE, encoding="utf-8")
    out = tmp_path / "report.pdf"
    ran = cli(
        "reports", "grant", "--grant", grant[:13], "--narrative", words, "--out", out,
        "--date", "2026-11-24", data_dir=folder,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert "5 expenses, 1 line over budget" in ran.stdout
    assert "We planted 40 trees." in pdf_text(out) and (tmp_path / "report.csv").exists()
    for wrong in ([], ["--grant", "nope"]):
        refused = cli("reports", "grant", *wrong, "--out", tmp_path / "x.pdf", data_dir=folder)
        assert refused.returncode == 1
        assert "`groupdesk grants list` shows the grants" in refused.stderr
        assert "Traceback" not in refused.stderr
    missing = cli(
        "reports", "grant", "--grant", grant, "--narrative", tmp_path / "none.txt",
        "--out", tmp_path / "y.pdf", data_dir=folder,
    )  # fmt: skip
    assert missing.returncode == 1 and "none.txt cannot be read" in missing.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "y.pdf").exists()
