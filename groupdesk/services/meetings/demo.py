"""The demo group's year of meetings: a monthly general meeting series (one occurrence moved,
one cancelled), committee meetings, working groups, socials and a training, in places with
accessibility notes, with agendas, minutes and attendance, then their decisions and actions
(`demo_outcomes`).

It runs as the meetings area's demo hook, after the members hook, in the transaction of
`services/demo.make_demo`, and reads the members from the session. Everything is written with
bulk inserts so `demo --members 10000` makes the benchmark group (about 2,000 meetings and
150,000 attendance rows) in seconds. Occurrence and attendance ids follow the services' rules,
so a demo meeting edited later is the same row the services would have made.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select

from groupdesk.models.meetings import AgendaItem, Attendance, Meeting, MeetingSeries
from groupdesk.models.members import Member, MemberRole
from groupdesk.services.meetings.attendance import attendance_id
from groupdesk.services.meetings.demo_outcomes import add_demo_outcomes
from groupdesk.services.meetings.occurrences import occurrence_id
from groupdesk.services.meetings.recurrence import RepeatRule, expand
from groupdesk.services.sync.capture import bulk_insert
from groupdesk.services.uow import UnitOfWork

ZONE = "Europe/London"
GENERAL_RULE = "FREQ=MONTHLY;BYDAY=1TH"
#: (place, accessibility notes, link)
PLACES = (
    (
        "Riverside Community Hall, 12 Mill Lane",
        "Step-free entrance from the car park; hearing loop in the main room; accessible toilet.",
        None,
    ),
    (
        "St Anne's Church Room, Bridge Street",
        "Three steps at the door, a portable ramp on request; no hearing loop.",
        None,
    ),
    (
        "The Old Library, first-floor meeting room",
        "Lift to the first floor; a quiet room next door for breaks.",
        None,
    ),
    (
        "Riverside Park pavilion",
        "Level paths from the gate; the outdoor toilets are not step-free.",
        None,
    ),
    (
        "Online (video call)",
        "Live captions on; a dial-in number is in the invitation.",
        "https://meet.example.org/riverside",
    ),
)


@dataclass(frozen=True)
class Kind:
    """How one kind of meeting is held: titles, time, length, who is invited, who comes."""

    kind: str
    titles: tuple[str, ...]
    at: time
    minutes: int
    invited: int
    comes: float
    agenda: tuple[str, ...]


GENERAL = Kind(
    "general meeting",
    ("General meeting",),
    time(19, 0),
    120,
    0,
    0.35,
    (
        "Welcome and apologies",
        "Minutes of the last meeting",
        "Treasurer's report",
        "Food share update",
        "Any other business",
    ),
)
#: One-off meetings, in the proportions the plan repeats.
KINDS = {
    "committee": Kind(
        "committee",
        ("Committee meeting",),
        time(18, 30),
        90,
        8,
        0.8,
        (
            "Apologies",
            "Actions from last time",
            "Finances",
            "Volunteer concerns",
            "Any other business",
        ),
    ),
    "working group": Kind(
        "working group",
        ("Food share working group", "Park clean-up working group", "Grants working group"),
        time(19, 0),
        90,
        25,
        0.7,
        ("Where we are", "Next steps"),
    ),
    "social": Kind(
        "social",
        ("Winter potluck", "Quiz night", "Summer picnic", "Film evening"),  # by quarter
        time(14, 0),
        180,
        120,
        0.75,
        ("Welcome",),
    ),
    "training": Kind(
        "training",
        ("First aid training", "Safeguarding training", "Facilitation workshop"),
        time(10, 0),
        240,
        20,
        0.85,
        ("Introductions", "The session", "What we will do next"),
    ),
}
PLAN = (
    "committee",
    "working group",
    "committee",
    "social",
    "working group",
    "committee",
    "training",
    "committee",
    "social",
    "committee",
)
#: Minutes under an item, one drawn per item of a held meeting.
NOTES = (
    "Agreed to keep the current arrangement until the spring.\n\nSiobhán will check the costs.",
    "Discussed at length; no change for now.",
    "Numbers are up on last month. Thanks to everyone who helped on Saturday.",
    "The hall asked us to finish by nine in future.",
    "A few new faces, welcomed by the chair.",
    "Noted, with thanks.",
)
GUEST_NAMES = ("Sam (a neighbour)", "Dana from the food bank", "Priya's sister", "Tom")


def add_demo_meetings(uow: UnitOfWork, *, size: int, seed: int, today: date) -> None:
    """A year of meetings around `today` for the demo members, then decisions and actions."""
    session = uow.session
    session.flush()
    members = session.execute(
        select(Member.id, Member.joined_on)
        .where(Member.status == "active", Member.deleted_at.is_(None))
        .order_by(Member.id)
    ).all()
    if not members:
        return
    organisers = list(
        session.scalars(
            select(MemberRole.member_id)
            .where(MemberRole.ended_on.is_(None), MemberRole.deleted_at.is_(None))
            .distinct()
            .order_by(MemberRole.member_id)
        )
    ) or [members[0].id]
    rng = random.Random(f"meetings {seed}")
    plan = _Plan(rng, list(members), organisers, today)
    plan.general_series(session)
    plan.one_off_meetings(max(len(PLAN) * 2, size // 5 - 12))
    plan.write(session)
    add_demo_outcomes(uow, seed=seed, today=today)


class _Plan:
    """The rows being made, and the members they are made for."""

    def __init__(
        self, rng: random.Random, members: list[Any], organisers: list[str], today: date
    ) -> None:
        self.rng = rng
        self.members = members
        self.member_ids = [member.id for member in members]
        self.organisers = organisers
        self.today = today
        # Eleven general meetings held; the other meetings over ten months back and two ahead,
        # so the upcoming list shows more than the series.
        self.first_day = today - timedelta(days=330)
        self.one_offs_from = today - timedelta(days=300)
        self.last_day = today + timedelta(days=65)
        self.meetings: list[dict[str, Any]] = []
        self.kinds: list[Kind] = []

    def general_series(self, session: Any) -> None:
        """The monthly general meeting: every past occurrence stored (held, one moved a week
        for a double-booked hall, one cancelled), and the next one with its agenda."""
        place, access, _ = PLACES[0]
        first = datetime.combine(self.first_day, GENERAL.at)
        series = {
            "kind": GENERAL.kind,
            "title": "General meeting",
            "rule": GENERAL_RULE,
            "starts_at": first,
            "zone": ZONE,
            "duration_minutes": GENERAL.minutes,
            "place": place,
            "accessibility": access,
            "chair_id": self.organisers[0],
            "note_taker_id": self.organisers[1 % len(self.organisers)],
        }
        (series_id,) = bulk_insert(session, MeetingSeries, [series])
        starts = expand(
            RepeatRule(GENERAL_RULE),
            first,
            start=first,
            end=datetime.combine(self.last_day, time.max),
        )
        now = datetime.combine(self.today, time.min)
        past = [start for start in starts if start < now]
        upcoming = [start for start in starts if start >= now][:1]
        moved, cancelled = past[len(past) // 2 - 2], past[len(past) // 2]
        for start in past + upcoming:
            row: dict[str, Any] = {
                **{key: series[key] for key in ("kind", "title", "zone", "place", "accessibility")},
                "id": occurrence_id(series_id, start),
                "series_id": series_id,
                "original_start": start,
                "starts_at": start,
                "chair_id": series["chair_id"],
                "note_taker_id": series["note_taker_id"],
                "status": "held" if start < now else "planned",
            }
            if start == moved:
                row["starts_at"] = start + timedelta(days=7)
                row["private_note"] = "Moved a week: the hall was double-booked."
            if start == cancelled:
                row.update(status="cancelled", private_note="Cancelled: too many away in summer.")
            row["ends_at"] = row["starts_at"] + timedelta(minutes=GENERAL.minutes)
            self._add(row, GENERAL)

    def one_off_meetings(self, count: int) -> None:
        """`count` meetings spread over the year, kinds in the proportions of `PLAN`."""
        span = (self.last_day - self.one_offs_from).days
        for number in range(count):
            kind = KINDS[PLAN[number % len(PLAN)]]
            day = self.one_offs_from + timedelta(
                days=number * span // count + self.rng.randint(0, 2)
            )
            place, access, link = self.rng.choice(PLACES[:4] if kind.kind == "social" else PLACES)
            starts = datetime.combine(day, kind.at)
            self._add(
                {
                    "kind": kind.kind,
                    "title": kind.titles[(day.month - 1) // 3]
                    if kind.kind == "social"
                    else self.rng.choice(kind.titles),
                    "starts_at": starts,
                    "ends_at": starts + timedelta(minutes=kind.minutes),
                    "zone": ZONE,
                    "place": place,
                    "link": link,
                    "accessibility": access,
                    "chair_id": self.rng.choice(self.organisers),
                    "note_taker_id": self.rng.choice(self.organisers),
                    "status": "held" if day < self.today else "planned",
                },
                kind,
            )

    def _add(self, row: dict[str, Any], kind: Kind) -> None:
        """Queue a meeting; one held by the whole group or a social may have had guests."""
        if row["status"] == "held" and (kind is GENERAL or kind.kind == "social"):
            guests = self.rng.randint(0, 6)
            names = self.rng.sample(GUEST_NAMES, min(guests, 2))
            row.update(guest_count=guests, guest_names="\n".join(names) or None)
        self.meetings.append(row)
        self.kinds.append(kind)

    def write(self, session: Any) -> None:
        """Insert the meetings, then their agendas, then attendance (each needs the ids of the
        one before); one present member came late to the latest general meeting."""
        stored = [row for row in self.meetings if "id" in row]
        new = [row for row in self.meetings if "id" not in row]
        bulk_insert(session, Meeting, stored)
        for row, new_id in zip(new, bulk_insert(session, Meeting, new), strict=True):
            row["id"] = new_id
        listed = [
            (row, kind)
            for row, kind in zip(self.meetings, self.kinds, strict=True)
            if row["status"] != "cancelled"
        ]
        agendas = [self._agenda(row, kind) for row, kind in listed]
        items = [item for agenda in agendas for item in agenda]
        for item, item_id in zip(items, bulk_insert(session, AgendaItem, items), strict=True):
            item["id"] = item_id
        latest_general = max(
            (row for row, kind in listed if kind is GENERAL and row["status"] == "held"),
            key=lambda row: row["starts_at"],
        )
        attendance: list[dict[str, Any]] = []
        for (row, kind), agenda in zip(listed, agendas, strict=True):
            if row["status"] == "held":
                late = agenda[1]["id"] if row is latest_general else None
                attendance.extend(self._attend(row, kind, late))
        bulk_insert(session, Attendance, attendance)

    def _agenda(self, meeting: dict[str, Any], kind: Kind) -> list[dict[str, Any]]:
        """The agenda, with a presenter and minutes under each item once the meeting is held."""
        held = meeting["status"] == "held"
        return [
            {
                "meeting_id": meeting["id"],
                "position": position,
                "title": title,
                "presenter_id": self.rng.choice(self.organisers),
                "minutes_allotted": self.rng.choice((5, 10, 15, 20)),
                "private": title == "Volunteer concerns",
                "notes": self.rng.choice(NOTES) if held else None,
            }
            for position, title in enumerate(kind.agenda, start=1)
        ]

    def _attend(
        self, meeting: dict[str, Any], kind: Kind, late_item: str | None
    ) -> list[dict[str, Any]]:
        """Marks for the invited members who had joined by then: present, apologies or absent;
        the first one present arrived at `late_item`, if given."""
        day = meeting["starts_at"].date()
        if kind is GENERAL:
            invited = [m.id for m in self.members if m.joined_on is None or m.joined_on <= day]
        else:
            pool = self.organisers if kind.kind == "committee" else self.member_ids
            invited = self.rng.sample(pool, min(kind.invited, len(pool)))
        marks = []
        for member_id in invited:
            draw = self.rng.random()
            status = "present" if draw < kind.comes else "absent"
            if kind.comes <= draw < kind.comes + 0.1:
                status = "apologies"
            marks.append(
                {
                    "id": attendance_id(meeting["id"], member_id),
                    "meeting_id": meeting["id"],
                    "member_id": member_id,
                    "status": status,
                    "arrived_at_item_id": late_item if status == "present" else None,
                }
            )
            if status == "present":
                late_item = None
        return marks
