"""The grants overview read back: every grant under its state, the grants sought apart from the
micro-grants given, totals per currency that never add euros to pounds, and the deadlines ahead
with the overdue one first; names in every script; the command line."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from support.grant_rows import add_expense_row, add_grant, add_payment, add_report
from support.meeting_reports import pdf_text, readable, unembedded_fonts

from groupdesk.money import format_money
from groupdesk.reports.grants_overview import write_grants_overview
from groupdesk.services import settings
from groupdesk.services.grants.figures import list_grant_figures, totals_by_currency
from groupdesk.services.workspace import Workspace

TODAY = date(2026, 11, 24)
#: Grant titles in many scripts, with their state, currency and award.
GRANTS = {
    "River fund": ("active", "EUR", "1000.00"),
    "Фонд соседей": ("active", "GBP", "2500.50"),
    "حديقة المجتمع": ("prospect", "GBP", None),
    "राज कुमार trust": ("closed", "EUR", "300.00"),
    "李雷 garden": ("declined", "GBP", None),
}


def _make(workspace: Workspace) -> dict[str, str]:
    ids = {
        title: add_grant(workspace, title=title, state=state, currency=currency, awarded=awarded)
        for title, (state, currency, awarded) in GRANTS.items()
    }
    add_payment(workspace, ids["River fund"], "600.00")
    add_expense_row(workspace, ids["River fund"], "120.25")
    add_expense_row(workspace, ids["Фонд соседей"], "99.99", currency="GBP")
    ids["Seed library"] = add_grant(
        workspace, title="Seed library", direction="outgoing", state="paid", currency="GBP"
    )
    add_report(workspace, ids["River fund"], date(2026, 11, 1))  # overdue
    add_report(workspace, ids["Фонд соседей"], date(2026, 12, 10), kind="final")
    return ids


def _squeezed(text: str) -> str:
    return "".join(text.split())


def test_the_overview_lists_every_grant_by_state_with_totals_per_currency_and_deadlines(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    _make(group_workspace)
    out = tmp_path / "grants.pdf"
    result = write_grants_overview(group_workspace.uow(), out, today=TODAY)
    text = readable(pdf_text(out))
    for heading in ("Grants overview", "Grants we seek", "Micro-grants we give", "Deadlines ahead"):
        assert heading in text
    for state in ("Prospect (1)", "Active (2)", "Closed (1)", "Declined (1)", "Paid (1)"):
        assert state in text
    assert text.index("Prospect (1)") < text.index("Active (2)") < text.index("Closed (1)")
    squeezed = _squeezed(text)
    for title in [*GRANTS, "Seed library"]:
        assert _squeezed(title) in squeezed, title
    locale = settings.get_settings(group_workspace.uow()).locale
    sought = [g for g in list_grant_figures(group_workspace.uow()) if g.row.direction == "incoming"]
    euros, pounds = totals_by_currency(sought)
    assert (euros.currency, euros.grants, pounds.currency, pounds.grants) == ("EUR", 2, "GBP", 3)
    for total in (euros, pounds):
        for money in (total.awarded, total.received, total.spent, total.remaining):
            assert format_money(money, locale) in text
    assert format_money(euros.awarded, locale) == "€1,300.00"
    assert "3,800.50" not in text  # euros never added to pounds
    overdue = "Interim report for River fund overdue since 1 Nov 2026"
    assert overdue in text
    assert text.index(overdue) < text.index("Final report for Фонд соседей due 10 Dec 2026")
    assert (result.grants, result.currencies, result.deadlines) == (6, ("EUR", "GBP"), 2)
    assert result.pages == len(PdfReader(out).pages)
    assert f"Page 1 of {result.pages}" in text and "made on 24 Nov 2026" in text
    assert unembedded_fonts(out) == []


def test_an_overview_of_no_grants_says_so(group_workspace: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "none.pdf"
    write_grants_overview(group_workspace.uow(), out, today=TODAY)
    text = pdf_text(out)
    assert "No grants recorded yet." in text
    assert "No grant deadlines in the next two months." in text


def test_the_command_writes_the_overview(
    group_workspace: Workspace,
    tmp_path: Path,
    cli: Callable[..., subprocess.CompletedProcess[str]],
) -> None:
    _make(group_workspace)
    folder = group_workspace.paths.root
    group_workspace.engine.dispose()
    out = tmp_path / "overview.pdf"
    ran = cli(
        "reports", "grants", "--out", out, "--date", "2026-11-24", "--paper", "letter",
        data_dir=folder,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr
    assert "6 grants in EUR, GBP" in ran.stdout
    page = PdfReader(out).pages[0]
    assert round(float(page.mediabox.width)) == 612


def test_an_amount_too_wide_for_its_column_is_printed_smaller_on_one_line(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    """Arabic locales write pounds as "UK£": "19,100.00 UK£" broke as "19,100.00 UK" over "£"."""
    add_grant(group_workspace, title="River fund", currency="GBP", awarded="19100.00")
    settings.update_settings(group_workspace.uow(), locale="ar_EG")
    out = tmp_path / "grants.pdf"
    write_grants_overview(group_workspace.uow(), out, today=TODAY)
    lines = pdf_text(out).replace("\u00a0", " ").splitlines()
    assert "19,100.00 UK£" in lines
    assert "UK" not in lines and "£" not in lines
