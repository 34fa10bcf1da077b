"""The demo's year of meetings: a series with a moved and a cancelled occurrence, attendance,
minutes, a vote recorded without quorum, overdue and carried-over actions; the same for a seed."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path
from subprocess import CompletedProcess
from typing import Any

import pytest
from sqlalchemy import select

from groupdesk.models.meetings import (
    ActionItem,
    AgendaItem,
    Attendance,
    Decision,
    Meeting,
    MeetingSeries,
)
from groupdesk.models.members import Member
from groupdesk.services.demo import make_demo
from groupdesk.services.meetings.attendance import attendance_id
from groupdesk.services.meetings.occurrences import occurrence_id, occurrences_between
from groupdesk.services.workspace import Workspace

MakeWorkspace = Callable[..., Workspace]
TODAY = date(2026, 12, 4)


@pytest.fixture
def workspace(make_workspace: MakeWorkspace) -> Workspace:
    """The 60-member demo group, made on `TODAY`."""
    made = make_workspace()
    make_demo(made.uow(), members=60, seed=1, today=TODAY)
    return made


def test_the_general_meetings_are_a_series_with_one_moved_and_one_cancelled(
    workspace: Workspace,
) -> None:
    with workspace.uow() as uow:
        (series,) = uow.session.scalars(select(MeetingSeries)).all()
        stored = uow.session.scalars(select(Meeting).where(Meeting.series_id == series.id)).all()
        assert all(row.id == occurrence_id(series.id, row.original_start) for row in stored)
        moved = [row for row in stored if row.starts_at != row.original_start]
        cancelled = [row for row in stored if row.status == "cancelled"]
        assert len(moved) == 1 and len(cancelled) == 1
        assert moved[0].starts_at - moved[0].original_start == timedelta(days=7)
        # The page's list shows the moved one at its new time, not at its old one.
        listed = occurrences_between(
            uow.session,
            start=datetime.combine(TODAY - timedelta(days=366), datetime.min.time()),
            end=datetime.combine(TODAY + timedelta(days=60), datetime.min.time()),
        )
        general_starts = [o.starts_at for o in listed if o.series_id == series.id]
        assert moved[0].starts_at in general_starts
        assert moved[0].original_start not in general_starts
        kinds = {o.kind for o in listed}
        assert kinds == {"general meeting", "committee", "working group", "social", "training"}
        assert any(o.starts_at.date() > TODAY for o in listed)
        assert all(o.place for o in listed)
        assert uow.session.scalars(select(Meeting.accessibility)).all()


def test_held_meetings_have_attendance_minutes_and_one_late_arrival(
    workspace: Workspace,
) -> None:
    with workspace.uow() as uow:
        meetings = uow.session.scalars(select(Meeting)).all()
        marks = uow.session.scalars(select(Attendance)).all()
        items = uow.session.scalars(select(AgendaItem)).all()
        active = set(uow.session.scalars(select(Member.id).where(Member.status == "active")))
        by_meeting: dict[str, list[Attendance]] = {}
        for mark in marks:
            by_meeting.setdefault(mark.meeting_id, []).append(mark)
            assert mark.id == attendance_id(mark.meeting_id, mark.member_id)
            assert mark.member_id in active
        for meeting in meetings:
            held = meeting.status == "held"
            assert bool(by_meeting.get(meeting.id)) == held, meeting.title
            assert (meeting.starts_at.date() < TODAY) == (meeting.status != "planned")
        assert {mark.status for mark in marks} == {"present", "apologies", "absent"}
        late = [mark for mark in marks if mark.arrived_at_item_id]
        assert len(late) == 1 and late[0].status == "present"
        assert any(meeting.guest_count and meeting.guest_names for meeting in meetings)
        assert all(meeting.chair_id and meeting.note_taker_id for meeting in meetings)
        held_ids = {meeting.id for meeting in meetings if meeting.status == "held"}
        assert all(item.notes for item in items if item.meeting_id in held_ids)
        assert all(item.presenter_id for item in items)
        assert any(item.private for item in items)


def test_outcomes_have_a_chair_confirmed_vote_and_overdue_and_carried_actions(
    workspace: Workspace,
) -> None:
    with workspace.uow() as uow:
        decisions = uow.session.scalars(select(Decision)).all()
        actions = uow.session.scalars(select(ActionItem)).all()
        starts = dict(uow.session.execute(select(Meeting.id, Meeting.starts_at)).all())
        confirmed = [d for d in decisions if d.chair_confirmed]
        assert len(confirmed) == 1 and not confirmed[0].quorum_met
        assert any(a.status == "open" and a.due_on < TODAY for a in actions)
        # Carried over twice: a meeting was held after its due day without closing it.
        assert any(
            a.closed_at_meeting_id
            and any(
                a.due_on <= s.date() < starts[a.closed_at_meeting_id].date()
                for s in starts.values()
            )
            for a in actions
        )


def group_content(workspace: Workspace) -> dict[str, list[Any]]:
    """The meetings part of the demo with members named, not by their (device-made) ids."""
    with workspace.uow() as uow:
        session = uow.session
        name = dict(session.execute(select(Member.id, Member.full_name)).all())
        meeting = {
            row.id: (row.title, row.starts_at)
            for row in session.execute(select(Meeting.id, Meeting.title, Meeting.starts_at))
        }
        rows = {
            "meetings": [
                (*meeting[m.id], m.kind, m.status, m.place, m.guest_count, name[m.chair_id])
                for m in session.scalars(select(Meeting))
            ],
            "attendance": [
                (meeting[a.meeting_id], name[a.member_id], a.status)
                for a in session.scalars(select(Attendance))
            ],
            "agenda": [
                (meeting[i.meeting_id], i.position, i.title, name[i.presenter_id], i.notes)
                for i in session.scalars(select(AgendaItem))
            ],
            "decisions": [
                (meeting[d.meeting_id], d.motion, d.votes_for, d.votes_against, d.outcome)
                for d in session.scalars(select(Decision))
            ],
            "actions": [
                (a.text, a.due_on, a.status, name.get(a.owner_id))
                for a in session.scalars(select(ActionItem))
            ],
        }
    return {key: sorted(value, key=repr) for key, value in rows.items()}


def test_the_same_seed_gives_the_same_meetings(make_workspace: MakeWorkspace) -> None:
    first, second, other = make_workspace("a"), make_workspace("b"), make_workspace("c")
    make_demo(first.uow(), members=40, seed=7, today=TODAY)
    make_demo(second.uow(), members=40, seed=7, today=TODAY)
    make_demo(other.uow(), members=40, seed=8, today=TODAY)
    assert group_content(first) == group_content(second)
    assert group_content(first) != group_content(other)


def test_a_bigger_demo_has_more_meetings(make_workspace: MakeWorkspace) -> None:
    workspace = make_workspace()
    make_demo(workspace.uow(), members=500, seed=1, today=TODAY)
    with workspace.uow() as uow:
        assert len(uow.session.scalars(select(Meeting.id)).all()) > 90


def test_the_demo_command_makes_meetings_the_cli_lists(
    cli: Callable[..., CompletedProcess[str]], tmp_path: Path
) -> None:
    folder = tmp_path / "demo"
    made = cli("demo", data_dir=folder)
    assert made.returncode == 0, made.stderr
    past = cli("meetings", "list", "--past", data_dir=folder)
    upcoming = cli("meetings", "list", data_dir=folder)
    assert past.returncode == 0 and upcoming.returncode == 0, past.stderr + upcoming.stderr
    assert "General meeting" in past.stdout and "cancelled" in past.stdout
    assert "Committee meeting" in past.stdout and "held" in past.stdout
    assert "General meeting" in upcoming.stdout
