"""Meetings figures: expanding a series ten years ahead, and the attendance trend and
per-member attendance on the benchmark group (10,000 members, 2,000 meetings, 150,000
attendance rows).

The meetings and attendance are inserted with plain sqlite3 into a copy of the demo group
(until the demo makes them): these figures time reads, not writes. Baselines, measured in the
same run: dateutil's own rrule listing the same dates (the expansion), and the same aggregate
written by hand in raw sqlite3 (the two queries).
"""

from __future__ import annotations

import random
import sqlite3
import uuid
from datetime import datetime, timedelta
from pathlib import Path

from bench import Bench

MEETINGS = 2_000
ATTENDANCE = 150_000

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
    group by a.member_id || '') x on x.member_id = m.id
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


def _fill(database: Path) -> None:
    """2,000 meetings over four years, 75 marks each, as plain rows (no change log)."""
    rng = random.Random(11)
    connection = sqlite3.connect(database)
    member_ids = [row[0] for row in connection.execute("select id from members")]
    now = "2026-01-01 00:00:00.000000"
    meetings = []
    first = datetime(2023, 1, 2, 19, 0)
    for number in range(MEETINGS):
        starts = first + timedelta(hours=17 * number)
        meetings.append(
            (
                str(uuid.uuid4()),
                "general meeting",
                f"Meeting {number}",
                starts.isoformat(" "),
                (starts + timedelta(hours=2)).isoformat(" "),
                "Europe/London",
                "held",
                rng.randrange(5),
                now,
                now,
            )
        )
    connection.executemany(
        "insert into meetings (id, kind, title, starts_at, ends_at, zone, status, guest_count,"
        " created_at, updated_at) values (?,?,?,?,?,?,?,?,?,?)",
        meetings,
    )
    per_meeting = ATTENDANCE // MEETINGS
    marks = [
        (
            str(uuid.uuid4()),
            meeting[0],
            member_id,
            rng.choice(("present",) * 6 + ("apologies", "absent")),
            now,
            now,
        )
        for meeting in meetings
        for member_id in rng.sample(member_ids, per_meeting)
    ]
    connection.executemany(
        "insert into attendance (id, meeting_id, member_id, status, created_at, updated_at)"
        " values (?,?,?,?,?,?)",
        marks,
    )
    connection.commit()
    connection.close()


def queries(bench: Bench) -> None:
    from groupdesk.config import DataPaths
    from groupdesk.services.meetings.figures import member_attendance, monthly_trend
    from groupdesk.services.workspace import open_workspace

    folder = bench.copy_of(bench.demo_folder(10_000), "meetings-10000")
    database = folder / "groupdesk.sqlite"
    _fill(database)
    raw = sqlite3.connect(database)
    workspace = open_workspace(DataPaths(folder))
    try:
        for name, service, sql in (
            ("Attendance trend by month", monthly_trend, TREND_SQL),
            ("Attendance per member (10,000)", member_attendance, PER_MEMBER_SQL),
        ):
            bench.figure(
                f"{name}, 150,000 attendance rows",
                bench.best_of(lambda service=service: service(workspace.uow())),  # type: ignore[misc]
                goal=0.1,
                baseline=bench.best_of(lambda sql=sql: raw.execute(sql).fetchall()),  # type: ignore[misc]
                baseline_name="the same aggregate in raw sqlite3",
            )
    finally:
        workspace.close()
        raw.close()


def run(bench: Bench) -> None:
    expansion(bench)
    queries(bench)
