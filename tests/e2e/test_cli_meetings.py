"""`groupdesk meetings …` and `groupdesk calendar export` as a shell runs them."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
import recurring_ical_events
from icalendar import Calendar

Cli = Callable[..., subprocess.CompletedProcess[str]]


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, result.stderr
    return result


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(ok(result).stdout)


@pytest.fixture
def group(river_friends: Path) -> Path:
    return river_friends


def member(cli: Cli, folder: Path, name: str) -> str:
    result = ok(cli("members", "add", "--full-name", name, data_dir=folder))
    return result.stdout.strip().rsplit("(", 1)[1].rstrip(")")


@pytest.mark.slow
def test_plan_a_series_record_attendance_and_export_the_calendar(
    cli: Cli, group: Path, tmp_path: Path
) -> None:
    ana, ben = member(cli, group, "Ana Silva"), member(cli, group, "Ben Ode")
    # The CLI reads the real clock: plan a month ahead of it, weekly, three times.
    first = datetime.combine(date.today() + timedelta(days=30), time(19, 0))
    starts = [first + timedelta(weeks=week) for week in range(3)]
    series = as_json(
        cli(
            "meetings",
            "add",
            "--title",
            "General meeting",
            "--start",
            f"{first:%Y-%m-%d %H:%M}",
            "--zone",
            "Europe/London",
            "--repeat",
            "RRULE:FREQ=WEEKLY;COUNT=3",
            "--place",
            "Hall",
            "--json",
            data_dir=group,
        )
    )
    listed = as_json(cli("meetings", "list", "--json", data_dir=group))
    assert [(m["starts_at"], m["meeting_id"]) for m in listed] == [
        (when.isoformat(), None) for when in starts
    ]
    second = f"{series['series_id'][:13]}@{starts[1]:%Y%m%dT%H%M}"
    marked = as_json(
        cli(
            "meetings",
            "attendance",
            second,
            "--present",
            ana,
            "--apologies",
            ben[:30],
            "--guests",
            "2",
            "--json",
            data_dir=group,
        )
    )
    assert (marked["present"], marked["apologies"]) == (1, 1)
    shown = as_json(cli("meetings", "show", marked["meeting_id"], "--json", data_dir=group))
    assert shown["attendance"] == {"present": 1, "apologies": 1, "absent": 0, "guests": 2}
    assert shown["meeting_id"] == marked["meeting_id"]
    ok(cli("meetings", "cancel", f"{series['series_id']}@{starts[2]:%Y%m%dT%H%M}", data_dir=group))

    ics = tmp_path / "general.ics"
    ok(
        cli(
            "calendar",
            "export",
            "--series",
            series["series_id"][:13],
            "--out",
            str(ics),
            data_dir=group,
        )
    )
    found = recurring_ical_events.of(Calendar.from_ical(ics.read_bytes())).between(
        first - timedelta(days=1), first + timedelta(days=60)
    )
    assert sorted(event["DTSTART"].dt.replace(tzinfo=None) for event in found) == starts[:2]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("meetings", "add", "--title", "AGM", "--start", "next week"),
            "start: 'next week' is not a date and time like 2026-06-01 19:00",
        ),
        (
            ("meetings", "add", "--title", "AGM", "--start", "2030-01-01 19:00"),
            "zone: say which time zone, e.g. --zone Europe/London",
        ),
        (
            (
                "meetings",
                "add",
                "--title",
                "AGM",
                "--start",
                "2030-01-01 19:00",
                "--end",
                "2030-01-01 18:00",
                "--zone",
                "Europe/London",
            ),
            "the meeting ends (2030-01-01 18:00) before it starts (2030-01-01 19:00)",
        ),
        (
            (
                "meetings",
                "add",
                "--title",
                "AGM",
                "--start",
                "2030-01-01 19:00",
                "--zone",
                "Europe/Lndon",
            ),
            "zone: 'Europe/Lndon' is not a time zone",
        ),
        (
            (
                "meetings",
                "add",
                "--title",
                "AGM",
                "--start",
                "2030-01-01 19:00",
                "--zone",
                "UTC",
                "--repeat",
                "FREQ=FORTNIGHTLY",
            ),
            "repeat: 'FREQ=FORTNIGHTLY' needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY",
        ),
        (("meetings", "show", "zzzz9999"), "There is no meeting with the id 'zzzz9999'."),
        (("calendar", "export", "--upcoming"), "out: say where to write it"),
    ],
)
def test_bad_input_exits_1_naming_the_field_and_value(
    cli: Cli, group: Path, args: tuple[str, ...], message: str
) -> None:
    result = cli(*args, data_dir=group)
    assert (result.returncode, result.stdout) == (1, "")
    assert message in result.stderr and "Traceback" not in result.stderr
