"""The report goals of issue 14 on the 10,000-member demo group: the annual report (5 s,
400 MB), the funder report of a grant with 2,000 expenses (its largest grant, topped up to
2,000 in a copy; 2 s) and the sign-in sheet of a meeting every active member is expected at
(3 s).

Each report is written in a child process of its own, which times the writing alone (not
Python's start) and reports its peak resident memory; the baseline, in another child of the
same run, is ReportLab alone laying out the same rows as plain tables in a built-in font (no
letterhead, no script runs, no embedded fonts), so the ratio is what GroupDesk adds.

Run as a child: `python bench_report_goals.py KIND DATA_DIR OUT.pdf` prints one JSON line.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

MEMBERS = 10_000
EXPENSES = 2_000
#: (what, report's goal in seconds, its memory goal in MB).
GOALS = {
    "annual": ("annual report of the demo's latest full year", 5.0, 400.0),
    "funder": (f"funder report of a grant with {EXPENSES:,} expenses", 2.0, None),
    "signin": ("sign-in sheet of a meeting, every active member", 3.0, None),
}


def run(bench: Any) -> None:
    demo = bench.demo_folder(MEMBERS)
    for kind, (what, goal, memory_goal) in GOALS.items():
        folder = demo
        if kind == "funder":
            folder = bench.copy_of(demo, "funder-expenses")
            _top_up_largest_grant(folder)
        report = _child(kind, folder, bench.tmp / f"{kind}.pdf")
        plain = _child(f"{kind}-plain", folder, bench.tmp / f"{kind}-plain.pdf")
        name = (
            f"{what} ({report['rows']:,} rows, {report['pages']} pages;"
            f" {report['cpu']:.2f} s of CPU)"
        )
        baseline_name = "ReportLab alone: the same rows, plain tables"
        bench.figure(
            name, report["seconds"], goal=goal, baseline=plain["seconds"],
            baseline_name=baseline_name,
        )  # fmt: skip
        bench.figure(
            f"{kind}: peak memory of the process",
            report["peak_mb"],
            goal=memory_goal,
            baseline=plain["peak_mb"],
            baseline_name=baseline_name,
            unit="MB",
        )


def _top_up_largest_grant(folder: Path) -> None:
    """Give the grant with the most expenses EXPENSES of them (as the demo writes them)."""
    import random
    from datetime import timedelta

    from groupdesk.config import DataPaths
    from groupdesk.models.grants import Grant, GrantExpense
    from groupdesk.services.sync.capture import bulk_insert
    from groupdesk.services.workspace import open_workspace

    workspace = open_workspace(DataPaths(folder))
    rng = random.Random(14)
    with workspace.uow() as uow:
        grant_id = _largest_grant(uow)
        grant = uow.session.get(Grant, grant_id)
        assert grant is not None
        have = uow.session.query(GrantExpense).filter_by(grant_id=grant_id).count()
        today = uow.today()
        bulk_insert(
            uow.session,
            GrantExpense,
            [
                {
                    "grant_id": grant_id,
                    "spent_on": today - timedelta(days=rng.randint(0, 700)),
                    "payee": rng.choice(["Hardware store", "Printer", "Hall", "Café"]),
                    "amount_minor": rng.randint(100, 50_000),
                    "amount_currency": grant.currency,
                }
                for _ in range(EXPENSES - have)
            ],
        )
        uow.commit()
    workspace.close()


def _largest_grant(uow: Any) -> str:
    from sqlalchemy import func, select

    from groupdesk.models.grants import GrantExpense

    grant: str = uow.session.scalars(
        select(GrantExpense.grant_id)
        .where(GrantExpense.deleted_at.is_(None))
        .group_by(GrantExpense.grant_id)
        .order_by(func.count().desc())
        .limit(1)
    ).one()
    return grant


def _child(kind: str, folder: Path, out: Path) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, __file__, kind, str(folder), str(out)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"{kind} failed: {done.stderr}")
    answer: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return answer


# --- in the child ------------------------------------------------------------------------------


def _measure(kind: str, folder: Path, out: Path) -> dict[str, Any]:
    from groupdesk.config import DataPaths
    from groupdesk.services.workspace import open_workspace

    workspace = open_workspace(DataPaths(folder))
    uow = workspace.uow
    today = uow().today()
    writer, rows = {
        "annual": _annual,
        "funder": _funder,
        "signin": _signin,
    }[kind.removesuffix("-plain")](uow, today)
    start, cpu = time.perf_counter(), time.process_time()
    pages = _plain(out, rows) if kind.endswith("-plain") else writer(out)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    workspace.close()
    return {"seconds": seconds, "cpu": cpu, "peak_mb": peak_mb, "rows": len(rows), "pages": pages}


Writer = Callable[[Path], int]


def _annual(uow: Callable[[], Any], today: date) -> tuple[Writer, list[list[str]]]:
    """The last financial year that has ended (the demo's year so far is half empty)."""
    from groupdesk.reports.annual import write_annual_report
    from groupdesk.services import settings
    from groupdesk.services.grants.annual import money_year
    from groupdesk.services.meetings.annual import decisions_taken, months_held
    from groupdesk.services.resources.annual import lending_year

    group = settings.get_settings(uow())
    year = group.financial_year_of(today) - 1
    first, last = group.financial_year(year)
    rows = [[m.month, str(m.meetings), str(m.present)] for m in months_held(
        uow(), first=first, last=last, today=today
    )]  # fmt: skip
    rows += [[str(d.day), d.meeting_title, d.motion, d.outcome] for d in decisions_taken(
        uow(), first=first, last=last
    )]  # fmt: skip
    rows += [[i.name, str(i.loans)] for i in lending_year(uow(), first=first, last=last).most_lent]
    rows += [
        [g.row.title, g.counterpart, str(g.received), str(g.spent)]
        for g in money_year(uow(), first=first, last=last)
    ]
    return (lambda out: write_annual_report(uow(), out, year=year, today=today).pages), rows


def _funder(uow: Callable[[], Any], today: date) -> tuple[Writer, list[list[str]]]:
    from groupdesk.reports.funder import write_funder_report
    from groupdesk.services.grants.expenses import list_expenses

    with uow() as reading:
        grant = _largest_grant(reading)
    rows = [
        [str(e.spent_on), e.payee, e.line or "", str(e.amount)]
        for e in list_expenses(uow(), grant_id=grant)
    ]
    return (lambda out: write_funder_report(uow(), out, grant=grant, today=today).pages), rows


def _signin(uow: Callable[[], Any], today: date) -> tuple[Writer, list[list[str]]]:
    from groupdesk.reports.signin import write_signin
    from groupdesk.services.meetings.attendance import expected_members
    from groupdesk.services.meetings.records import list_meetings

    meeting = list_meetings(uow(), when="past")[-1].key
    rows = [[m.name, "", "yes"] for m in expected_members(uow(), meeting=meeting)]
    return (lambda out: write_signin(uow(), out, meeting=meeting, today=today).pages), rows


def _plain(out: Path, rows: list[list[str]]) -> int:
    """The same rows in plain 25-row tables, ReportLab's defaults."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    story = [Table(rows[i : i + 25], repeatRows=0) for i in range(0, len(rows), 25)]
    document = SimpleDocTemplate(str(out), pagesize=A4)
    document.build(story)
    return int(document.page)


if __name__ == "__main__":
    kind, folder, out = sys.argv[1:4]
    print(json.dumps(_measure(kind, Path(folder), Path(out))))
