"""Days in the reports' date columns stay on one line: en_GB writes September "Sept", and a
66-point column broke "17 Sept 2026" as "17 Sept 202" over "6" (funder report, grants
overview, annual report)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from support.grant_rows import add_expense_row, add_grant, add_payment, add_report
from support.meeting_reports import pdf_text

from groupdesk.reports.annual import write_annual_report
from groupdesk.reports.funder import write_funder_report
from groupdesk.reports.grants_overview import write_grants_overview
from groupdesk.services.meetings.decisions import record_decision
from groupdesk.services.meetings.outcomes import Counts
from groupdesk.services.meetings.records import add_meeting
from groupdesk.services.workspace import Workspace

SEPTEMBER = date(2026, 9, 17)
ON_ONE_LINE = "17 Sept 2026"


def test_a_september_day_stays_on_one_line_in_every_date_column(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    uow = group_workspace.uow
    grant = add_grant(group_workspace, title="River fund", currency="GBP", awarded="500.00")
    add_expense_row(group_workspace, grant, "12.00", currency="GBP", spent_on=SEPTEMBER)
    add_payment(group_workspace, grant, "500.00", currency="GBP", paid_on=SEPTEMBER)
    add_report(group_workspace, grant, SEPTEMBER)
    meeting = add_meeting(
        uow(),
        title="September meeting",
        starts_at=datetime(2026, 9, 17, 19, 0),
        ends_at=datetime(2026, 9, 17, 21, 0),
        zone="Europe/London",
    ).key
    record_decision(
        uow(), meeting=meeting, motion="Buy a tea urn", counts=Counts(), chosen_outcome="deferred"
    )
    written = {
        "funder": write_funder_report(uow(), tmp_path / "funder.pdf", grant=grant, today=SEPTEMBER),
        "grants": write_grants_overview(uow(), tmp_path / "grants.pdf", today=SEPTEMBER),
        "annual": write_annual_report(uow(), tmp_path / "annual.pdf", year=2026, today=SEPTEMBER),
    }
    for name, result in written.items():
        assert ON_ONE_LINE in pdf_text(result.path), name
