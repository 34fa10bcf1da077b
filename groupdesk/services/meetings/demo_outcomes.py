"""The demo group's decisions and actions, made from the meetings and attendance the meetings
demo has already written (call `add_demo_outcomes` at the end of that hook, same transaction).

It shows what the rules do: votes carried and defeated by the group's rule, minutes approved at
the next general meeting, one vote without quorum recorded on the chair's confirmation (other
inquorate meetings defer their motion), and actions that were closed on time, carried over
twice, dropped, or are still open past their due date. Counts never exceed those present.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import func, select

from groupdesk.ids import pair_id
from groupdesk.models.meetings import ActionItem, Attendance, Decision, Meeting
from groupdesk.models.members import Member
from groupdesk.models.settings import GroupSettings
from groupdesk.services.meetings.outcomes import Counts, Rule, outcome, parse_rule
from groupdesk.services.sync.capture import bulk_insert
from groupdesk.services.uow import UnitOfWork

MOTIONS = (
    "To buy a second-hand minibus for outings",
    "To hold the summer fair in the park rather than the hall",
    "To raise the yearly subscription by two pounds",
    "To apply for the community lottery grant",
    "To open the drop-in on Saturday mornings",
    "To join the neighbourhood food network",
)
ACTIONS = (
    "Ask the council about the park permit",
    "Print flyers for the fair",
    "Book the hall for the next quarter",
    "Draft the grant application",
    "Call volunteers for the Saturday rota",
    "Update the accessibility notes for the venue",
    "Send the minutes to members",
)
#: The kinds of meeting that vote and raise actions.
DECIDING_KINDS = ("general meeting", "committee")


def add_demo_outcomes(uow: UnitOfWork, *, seed: int, today: date) -> None:
    """Decisions and actions for the meetings held before `today` (in its open transaction)."""
    session = uow.session
    session.flush()
    rng = random.Random(f"meeting outcomes {seed}")
    present = func.count(Attendance.id).filter(Attendance.status == "present")
    held = session.execute(
        select(Meeting.id, Meeting.kind, Meeting.starts_at, present.label("present"))
        .outerjoin(
            Attendance, (Attendance.meeting_id == Meeting.id) & Attendance.deleted_at.is_(None)
        )
        .where(
            Meeting.starts_at < datetime.combine(today, datetime.min.time()),
            Meeting.status != "cancelled",
            Meeting.kind.in_(DECIDING_KINDS),
            Meeting.deleted_at.is_(None),
        )
        .group_by(Meeting.id)
        .order_by(Meeting.starts_at, Meeting.id)
    ).all()
    held = [meeting for meeting in held if meeting.present >= 2]
    if not held:
        return
    members = list(
        session.scalars(
            select(Member.id)
            .where(Member.status == "active", Member.deleted_at.is_(None))
            .order_by(Member.id)
        )
    )
    group = session.scalars(select(GroupSettings).where(GroupSettings.deleted_at.is_(None))).first()
    # A quorum most meetings reach: the smallest meeting falls short, and its chair confirms.
    smallest = min(held, key=lambda meeting: (meeting.present, meeting.starts_at))
    quorum = smallest.present + 1
    if group is not None:
        group.quorum = str(quorum)
    _add_decisions(session, rng, held, smallest.id, quorum, group)
    _add_actions(session, rng, held, members, today)


def _decision(
    meeting: Any, number: int, motion: str, counts: Counts, rule: Rule, **values: Any
) -> dict[str, Any]:
    """One decision row; `values` may name the outcome (deferred) and the chair's confirmation."""
    return {
        "id": pair_id("demo decision", meeting.id, str(number)),
        "meeting_id": meeting.id,
        "motion": motion,
        "method": "show of hands",
        "votes_for": counts.votes_for,
        "votes_against": counts.votes_against,
        "abstentions": counts.abstentions,
        "rule": rule.key,
        "outcome": values.pop("outcome", None) or outcome(counts, rule),
        "present_count": meeting.present,
        **values,
    }


def _add_decisions(
    session: Any, rng: random.Random, held: list[Any], confirmed_id: str, quorum: int, group: Any
) -> None:
    rule = parse_rule(group.decision_rule if group is not None else "simple majority")
    rows: list[dict[str, Any]] = []
    last_general: Any = None
    for meeting in held:
        quorate = meeting.present >= quorum
        state = {"quorum_met": quorate, "chair_confirmed": meeting.id == confirmed_id}
        if not quorate and meeting.id != confirmed_id:
            rows.append(
                _decision(
                    meeting, 0, rng.choice(MOTIONS), Counts(), rule, outcome="deferred", **state
                )
            )
            continue
        motions: list[tuple[str, Counts, dict[str, Any]]] = []
        if meeting.kind == "general meeting" and last_general is not None and quorate:
            approval = f"To approve the minutes of the meeting of {last_general.starts_at:%Y-%m-%d}"
            counts = Counts(meeting.present - 1, 0, 1)
            motions.append((approval, counts, {"approves_minutes_of_id": last_general.id}))
        if meeting.kind == "general meeting":
            last_general = meeting
        # The inquorate meeting takes a single vote, on the chair's confirmation.
        for motion in rng.sample(MOTIONS, rng.randint(1, 2) if quorate else 1):
            voting = rng.randint(max(1, meeting.present // 2), meeting.present)
            votes_for = rng.randint(0, voting)
            against = rng.randint(0, voting - votes_for)
            motions.append((motion, Counts(votes_for, against, voting - votes_for - against), {}))
        rows.extend(
            _decision(meeting, number, motion, counts, rule, **state, **extra)
            for number, (motion, counts, extra) in enumerate(motions)
        )
    bulk_insert(session, Decision, rows)


def _add_actions(
    session: Any, rng: random.Random, held: list[Any], members: list[str], today: date
) -> None:
    """Each meeting raises one to three actions; those due before today were mostly closed at
    the first meeting after their due date, some at the second (carried over twice), a few
    dropped, and the rest are still open and overdue."""
    rows: list[dict[str, Any]] = []
    later_meetings: dict[str, list[Any]] = defaultdict(list)
    for index, meeting in enumerate(held):
        later_meetings[meeting.id] = held[index + 1 :]
    for meeting in held:
        for number in range(rng.randint(1, 3)):
            due = meeting.starts_at.date() + timedelta(days=rng.choice((7, 14, 21, 28, 42)))
            row: dict[str, Any] = {
                "id": pair_id("demo action", meeting.id, str(number)),
                "text": rng.choice(ACTIONS),
                "owner_id": rng.choice(members) if members else None,
                "due_on": due,
                "status": "open",
                "status_changed_on": meeting.starts_at.date(),
                "raised_at_meeting_id": meeting.id,
                "closed_at_meeting_id": None,
            }
            after_due = [m for m in later_meetings[meeting.id] if m.starts_at.date() >= due]
            fate = rng.random()
            if due < today and after_due and fate < 0.8:
                closing = after_due[1] if fate < 0.15 and len(after_due) > 1 else after_due[0]
                row.update(
                    status="done",
                    status_changed_on=closing.starts_at.date(),
                    closed_at_meeting_id=closing.id,
                )
            elif due < today and fate < 0.88:
                row.update(status="dropped", status_changed_on=due)
            rows.append(row)
    bulk_insert(session, ActionItem, rows)
