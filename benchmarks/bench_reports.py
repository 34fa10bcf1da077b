"""Report figures: the membership roster PDF of the benchmark demo group.

Baseline, measured in the same run: ReportLab alone laying out the same cell texts as plain
strings in the same 100-row tables, in a built-in font (no script runs, no Arabic shaping, no
embedded fonts, no letterhead), so the ratio is what GroupDesk adds to ReportLab itself.
"""

from __future__ import annotations

from pathlib import Path

from bench import Bench


def run(bench: Bench) -> None:
    from groupdesk.config import DataPaths
    from groupdesk.reports.document import CHUNK
    from groupdesk.reports.roster import write_roster
    from groupdesk.services.members.records import list_members
    from groupdesk.services.workspace import open_workspace

    workspace = open_workspace(DataPaths(bench.demo_folder(bench.members)))
    try:
        out = bench.tmp / "roster.pdf"
        results = []
        seconds = bench.best_of(
            lambda: results.append(write_roster(workspace.uow(), out)), repeat=2
        )
        listed = [r for r in list_members(workspace.uow(), status="active") if r.consent_roster]
    finally:
        workspace.close()
    texts = [
        [r.display_name, ", ".join(r.roles), r.phone or "", r.email or "", str(r.joined_on or "")]
        for r in listed
    ]
    baseline = bench.best_of(lambda: _plain_tables(bench.tmp / "plain.pdf", texts, CHUNK), 2)
    result = results[-1]
    bench.figure(
        f"roster PDF of the {bench.group}-member demo "
        f"({result.listed:,} listed, {result.pages} pages)",
        seconds,
        baseline=baseline,
        baseline_name="ReportLab alone: the same texts, plain tables, built-in font",
        ratio_goal=1.5,
    )


def _plain_tables(path: Path, texts: list[list[str]], chunk: int) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    story = [
        Table([["Name", "Roles", "Phone", "Email", "Joined"], *texts[i : i + chunk]], repeatRows=1)
        for i in range(0, len(texts), chunk)
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
