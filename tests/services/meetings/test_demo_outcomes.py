"""The demo's decisions and actions: made from real meetings and attendance, always lawful."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy import select
from support.meeting_rows import evening_meeting

from groupdesk.models.meetings import ActionItem, Decision, Meeting
from groupdesk.services.meetings.attendance import mark_attendance
from groupdesk.services.meetings.demo_outcomes import add_demo_outcomes
from groupdesk.services.meetings.outcomes import Counts, outcome, parse_rule
from groupdesk.services.settings import get_settings
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]
TODAY = date(2026, 12, 1)


def test_demo_outcomes_show_one_chair_confirmed_vote_and_overdue_and_carried_actions(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    people = [add_person(f"Person {n}") for n in range(10)]
    for month in range(1, 13):
        general = month % 3 == 0
        key = evening_meeting(
            members_ws,
            date(2026, month, 2),
            "General meeting" if general else "Committee",
            "general meeting" if general else "committee",
        )
        coming = people[: 3 + (month * 7) % 8]
        mark_attendance(members_ws.uow(), meeting=key, marks=dict.fromkeys(coming, "present"))
    with members_ws.uow() as uow:
        add_demo_outcomes(uow, seed=1, today=TODAY)
        uow.commit()

    quorum = int(get_settings(members_ws.uow()).quorum)
    rule = parse_rule(get_settings(members_ws.uow()).decision_rule)
    with members_ws.uow() as uow:
        decisions = uow.session.scalars(select(Decision)).all()
        actions = uow.session.scalars(select(ActionItem)).all()
        starts = dict(uow.session.execute(select(Meeting.id, Meeting.starts_at)).all())
        confirmed = [d for d in decisions if d.chair_confirmed]
        assert len(confirmed) == 1 and not confirmed[0].quorum_met
        assert confirmed[0].present_count < quorum
        for d in decisions:
            counts = Counts(d.votes_for, d.votes_against, d.abstentions)
            assert counts.total() <= d.present_count
            assert d.outcome in ("deferred", outcome(counts, rule))
            assert d.quorum_met == (d.present_count >= quorum)
        assert any(d.approves_minutes_of_id for d in decisions)
        assert {d.outcome for d in decisions} >= {"carried", "defeated"}
        assert any(a.status == "open" and a.due_on < TODAY for a in actions)
        # Carried over twice: still open at a meeting after the one it was raised at, and closed
        # at a later one still.
        carried_twice = [
            a
            for a in actions
            if a.closed_at_meeting_id
            and any(
                starts[a.raised_at_meeting_id] < start < starts[a.closed_at_meeting_id]
                for start in starts.values()
            )
        ]
        assert carried_twice
