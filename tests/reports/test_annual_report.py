"""The annual report read back: the financial year of the group's settings, members joined
and left, meetings held with their attendance, decisions, loans, money per grant and per
currency (never added across currencies), the page the group writes; an empty year; the CLI."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from support.cli_runs import Cli
from support.grant_rows import add_expense_row, add_grant, add_payment
from support.meeting_reports import TODAY, make_meeting, pdf_text, readable, unembedded_fonts
from support.resource_rows import stored_item, stored_loan

from groupdesk.money import format_money
from groupdesk.reports.annual import write_annual_report
from groupdesk.services import settings
from groupdesk.services.grants.annual import money_year
from groupdesk.services.meetings.annual import decisions_taken, months_held
from groupdesk.services.members.annual import member_year
from groupdesk.services.members.records import add_member
from groupdesk.services.workspace import Workspace

#: The group's financial year starts on 6 April: 2026 is 6 Apr 2026 to 5 Apr 2027.
FIRST, LAST = date(2026, 4, 6), date(2027, 4, 5)
WORDS = "A year of growing.\n\nThank you, धन्यवाद, 谢谢, Дякуємо.\n\nشكرا لكم"


def _year(workspace: Workspace) -> dict[str, str]:
    """The meeting reports' group, in a year from 6 April, with a member who joined and one
    who left in the year, loans, and grants in euros and pounds with money either side of the
    year's first day."""
    settings.update_settings(
        workspace.uow(), financial_year_start_month=4, financial_year_start_day=6
    )
    members = make_meeting(workspace).members
    for name, values in (
        ("Joan Newcomer", {"joined_on": "2026-05-01"}),
        ("Old Hand", {"joined_on": "2020-01-01", "status": "left", "left_on": "2026-10-01"}),
    ):
        add_member(workspace.uow(), values={"full_name": name, **values}, today=TODAY)
    urn = stored_item(workspace, "Tea urn")
    for day in (date(2026, 4, 5), date(2026, 5, 1), date(2026, 6, 1)):
        stored_loan(workspace, urn, members["李雷"], day, day)
    euros = add_grant(workspace, title="River fund", currency="EUR", awarded="1000.00")
    pounds = add_grant(workspace, title="Фонд соседей", currency="GBP", awarded="900.00")
    add_payment(workspace, euros, "600.00", paid_on=date(2026, 4, 6))
    add_payment(workspace, euros, "50.00", paid_on=date(2026, 4, 5))  # the year before
    add_expense_row(workspace, euros, "120.25", spent_on=date(2027, 4, 5))
    add_expense_row(workspace, pounds, "99.99", currency="GBP", spent_on=date(2026, 9, 1))
    return members


def _squeezed(text: str) -> str:
    return "".join(text.split())


def test_the_annual_report_tells_the_financial_year_in_figures_and_in_our_words(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    _year(group_workspace)
    uow = group_workspace.uow
    out = tmp_path / "annual.pdf"
    result = write_annual_report(uow(), out, year=2026, narrative=WORDS, today=TODAY)
    text = readable(pdf_text(out))
    for heading in (
        "Annual report 2026–27",
        "6 Apr 2026 – 5 Apr 2027",
        "The year in our words",
        "Members",
        "Meetings held",
        "Decisions taken",
        "Resources lent",
        "Money raised and spent",
    ):
        assert heading in text, heading
    for words in ("A year of growing.", "شكرا لكم", "谢谢", "Дякуємо"):
        assert _squeezed(words) in _squeezed(text), words
    members = member_year(uow(), first=FIRST, last=LAST)
    assert (members.at_start, members.joined, members.left, members.at_end) == (9, 1, 1, 9)
    assert "Joined during the year\n1\n" in text and "Left during the year\n1\n" in text
    held = months_held(uow(), first=FIRST, last=LAST, today=TODAY)
    decisions = decisions_taken(uow(), first=FIRST, last=LAST)
    meetings = sum(month.meetings for month in held)
    assert meetings >= 2 and decisions
    assert f"{meetings} meetings held" in text
    assert "Hold the winter fair on 12 December" in text
    assert "2 loans of 1 item to 1 member." in text  # the loan of 5 April is the year before
    locale = settings.get_settings(uow()).locale
    grants = {grant.row.title: grant for grant in money_year(uow(), first=FIRST, last=LAST)}
    assert format_money(grants["River fund"].received, locale) == "€600.00"
    assert format_money(grants["River fund"].spent, locale) == "€120.25"
    for figure in ("€600.00", "€120.25", "£0.00", "£99.99", "Total in EUR", "Total in GBP"):
        assert figure in text, figure
    assert "€650.00" not in text  # the payment of 5 April is the year before
    assert "720.24" not in text and "699.99" not in text  # euros never added to pounds
    assert (result.year, result.first, result.last) == (2026, "2026-04-06", "2027-04-05")
    assert result.currencies == ("EUR", "GBP") and result.decisions == len(decisions)
    assert result.pages == len(PdfReader(out).pages)
    assert f"Page 1 of {result.pages}" in text
    assert unembedded_fonts(out) == []
    again = tmp_path / "again.pdf"
    write_annual_report(uow(), again, year=2026, narrative=WORDS, today=TODAY)
    assert again.read_bytes() == out.read_bytes()


def test_a_year_with_nothing_in_it_says_so_in_each_section(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "annual.pdf"
    result = write_annual_report(group_workspace.uow(), out, year=2031, today=TODAY)
    text = readable(pdf_text(out))
    for sentence in (
        "Annual report 2031",
        "1 Jan 2031 – 31 Dec 2031",
        "No meetings were held in this year.",
        "No decisions were recorded in this year.",
        "Nothing was lent in this year.",
        "No grant received or spent money in this year.",
        "Members at the end of the year\n0\n",
    ):
        assert sentence in text, sentence
    assert "The year in our words" not in text
    assert (result.meetings, result.loans, result.currencies) == (0, 0, ())
    assert result.sentence.endswith("0 meetings held, 0 decisions, 0 loans, on 1 page.")


def test_counts_in_the_annual_report_are_the_locales_numbers(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    _year(group_workspace)
    settings.update_settings(group_workspace.uow(), locale="fr_FR")
    out = tmp_path / "annual.pdf"
    write_annual_report(group_workspace.uow(), out, year=2026, today=TODAY)
    text = readable(pdf_text(out))
    assert "600,00 €" in text and "99,99 £GB" in text


@pytest.mark.parametrize(
    ("year", "said"),
    [
        ((), "say which year: type the year the financial year starts in as four digits"),
        (("--year", "26"), "'26' is not a year; type the year"),
    ],
)
def test_the_cli_says_what_to_type_for_a_missing_or_wrong_year(
    group_workspace: Workspace, tmp_path: Path, cli: Cli, year: tuple[str, ...], said: str
) -> None:
    out = tmp_path / "annual.pdf"
    group_workspace.engine.dispose()
    done = cli("reports", "annual", *year, "--out", out, data_dir=group_workspace.paths.root)
    assert done.returncode == 1
    assert said in done.stderr and "--year 2026" in done.stderr
    assert "Traceback" not in done.stderr
    assert not out.exists()


def test_the_cli_writes_the_annual_report_of_a_year_with_the_groups_words(
    group_workspace: Workspace, tmp_path: Path, cli: Cli
) -> None:
    _year(group_workspace)
    group_workspace.engine.dispose()
    words = tmp_path / "words.txt"
    words.write_text(WORDS, encoding="utf-8")
    out = tmp_path / "annual.pdf"
    done = cli(
        "reports", "annual", "--year", "2026", "--narrative", words,
        "--date", TODAY.isoformat(), "--out", out, data_dir=group_workspace.paths.root,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "the year from 2026-04-06 to 2027-04-05" in done.stdout
    assert "A year of growing." in pdf_text(out)
