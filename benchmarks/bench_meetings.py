"""Meetings figures: expanding a series ten years ahead, the attendance trend and per-member
attendance, and opening the Meetings page, on the benchmark group: the 10,000-member demo,
whose year of meetings (2,000 meetings, about 130,000 attendance rows) the meetings demo makes.

Baselines, measured in the same run: dateutil's own rrule listing the same dates (the
expansion), the same aggregate written by hand in raw sqlite3 (the two queries), and the page's
own service reads called directly (the page; timed in a process of its own, meetings_page.py).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from bench import Bench

TREND_SQL = """
select strftime('%Y-%m', starts_at) as month, count(*), sum(present), sum(apologies),
       sum(absent), sum(guest_count)
from (select m.starts_at, m.guest_count,
             coalesce(sum(a.status = 'present'), 0) as present,
             coalesce(sum(a.status = 'apologies'), 0) as apologies,
             coalesce(sum(a.status = 'absent'), 0) as absent
      from meetings m left join attendance a on a.meeting_id = m.id and a.deleted_at is null
      where m.deleted_at is null and m.status != 'cancelled'
      group by m.id)
group by month order by month
"""
PER_MEMBER_SQL = """
select m.id, m.full_name, x.attended, x.expected, x.last_attended
from members m join (
    select a.member_id, sum(a.status = 'present') as attended, count(*) as expected,
           max(case when a.status = 'present' then g.starts_at end) as last_attended
    from attendance a join meetings g on g.id = a.meeting_id
    where a.deleted_at is null and g.deleted_at is null and g.status != 'cancelled'
    group by a.member_id) x on x.member_id = m.id
order by x.attended, m.sort_key
"""


def expansion(bench: Bench) -> None:
    from dateutil.rrule import rrulestr

    from groupdesk.services.meetings.recurrence import expand, parse_rule

    start = datetime(2027, 1, 5, 19, 0)
    end = start + timedelta(days=3653)
    repeat = parse_rule("FREQ=WEEKLY;BYDAY=TU", starts_at=start)
    bench.figure(
        "Expand a weekly series ten years ahead (522 meetings)",
        bench.best_of(lambda: expand(repeat, start, start=start, end=end), repeat=10),
        goal=0.02,
        baseline=bench.best_of(
            lambda: rrulestr(repeat.rule, dtstart=start).between(start, end), repeat=10
        ),
        baseline_name="dateutil rrule.between of the same rule",
    )


def queries(bench: Bench) -> None:
    from groupdesk.config import DataPaths
    from groupdesk.services.meetings.figures import member_attendance, monthly_trend
    from groupdesk.services.workspace import open_workspace

    folder = bench.copy_of(bench.demo_folder(bench.members), "meetings")
    raw = sqlite3.connect(folder / "groupdesk.sqlite")
    (marks,) = raw.execute("select count(*) from attendance").fetchone()
    workspace = open_workspace(DataPaths(folder))
    try:
        for name, service, sql in (
            ("Attendance trend by month", monthly_trend, TREND_SQL),
            (f"Attendance per member ({bench.group})", member_attendance, PER_MEMBER_SQL),
        ):
            bench.figure(
                f"{name}, {marks:,} attendance rows",
                bench.best_of(lambda service=service: service(workspace.uow())),  # type: ignore[misc]
                goal=0.1,
                baseline=bench.best_of(lambda sql=sql: raw.execute(sql).fetchall()),  # type: ignore[misc]
                baseline_name="the same aggregate in raw sqlite3",
            )
    finally:
        workspace.close()
        raw.close()


def page_open(bench: Bench) -> None:
    bench.page_opening(
        Path(__file__).parent / "meetings_page.py",
        lambda _folder: f"Meetings page opens, lists filled and painted ({bench.group} members)",
        "the page's three service reads called directly",
    )


def run(bench: Bench) -> None:
    expansion(bench)
    queries(bench)
    page_open(bench)
