"""The demo group's community care: roles held over time, a skill-share directory, mentoring
pairs and support check-ins (with follow-ups due and people not seen lately), plus two records
entered twice, so the duplicate finder has something to find.

Rows are made from the member rows and their ids with their own random stream, so the members
themselves stay as `demo` made them, and everything is inserted by the caller in its one
transaction with bulk inserts.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from groupdesk.ids import pair_id
from groupdesk.models.base import Synced
from groupdesk.models.members import CheckIn, MemberRole, MemberSkill, Mentorship
from groupdesk.services.collation import sort_key
from groupdesk.services.members.skills import skill_key

ROLES = ("coordinator", "treasurer", "secretary", "volunteer lead", "mentoring lead")
SKILLS = (
    "First aid",
    "Bike repair",
    "Grant writing",
    "Cooking for crowds",
    "Arabic translation",
    "Polish translation",
    "British Sign Language",
    "Carpentry",
    "Gardening",
    "Social media",
    "Bookkeeping",
    "Childcare",
    "Van driving",
    "Sewing",
    "Web design",
    "Photography",
    "Facilitation",
    "Tree planting",
    "Plumbing",
    "IT support",
)
INTERESTS = ("Public speaking", "Grant writing", "Facilitation", "First aid", "Web design")
NOTES = (
    "Catching up after the river clean-up.",
    "Busy with exams; will come back in the summer.",
    "Happy to help with the next food share.",
    "Asked about the tool library.",
    "New job, evenings are hard for now.",
    "Would like to lead a session.",
    None,
)
GOALS = (
    "Lead a meeting by the summer",
    "Write a first small grant application",
    "Run the tool library on Saturdays",
    "Build confidence facilitating workshops",
)


def plant_duplicates(rows: list[dict[str, Any]]) -> None:
    """Make the last two records re-entries of earlier people (as happens when a paper sign-up
    sheet is typed in twice): one without accents, one in Latin letters for a Cyrillic name."""
    from anyascii import anyascii

    if len(rows) < 20:
        return
    latin = next(
        (
            r
            for r in rows[:-2]
            if not r["full_name"].isascii()
            and anyascii(r["full_name"]).isascii()
            and r["full_name"][0].isupper()
            and r["full_name"][0].isascii()
        ),
        None,
    )
    cyrillic = next((r for r in rows[:-2] if "\u0400" <= r["full_name"][0] <= "\u04ff"), None)
    for target, original in ((rows[-1], latin), (rows[-2], cyrillic)):
        if original is None:
            continue
        name = anyascii(original["full_name"])
        target.update(
            full_name=name,
            sort_key=sort_key(name),
            email=None,
            phone=original["phone"],
            preferred_name=None,
        )


def care_rows(
    rng: random.Random, members: Sequence[dict[str, Any]], ids: Sequence[str], today: date
) -> dict[type[Synced], list[dict[str, Any]]]:
    """Roles, skills, mentorships and check-ins for the demo members (ids in the same order)."""
    people = list(zip(ids, members, strict=True))
    active = [(i, m) for i, m in people if m["status"] == "active"]
    if not active:
        return {}
    roles = _roles(rng, active, today)
    organisers = sorted({r["member_id"] for r in roles if r["ended_on"] is None}) or [active[0][0]]
    return {
        MemberRole: roles,
        MemberSkill: _skills(rng, people),
        Mentorship: _mentorships(rng, active, today),
        CheckIn: _checkins(rng, active, organisers, today),
    }


def _roles(
    rng: random.Random, active: list[tuple[str, dict[str, Any]]], today: date
) -> list[dict[str, Any]]:
    rows = []
    teams = max(1, len(active) // 60)  # a big demo is a federation of local groups
    veterans = sorted(active, key=lambda p: p[1]["joined_on"])
    for team in range(teams):
        for number, role in enumerate(ROLES):
            holder_id, holder = veterans[(team * len(ROLES) + number) % len(veterans)]
            start = max(holder["joined_on"], today - timedelta(days=rng.randint(200, 900)))
            if number < 2 and start - timedelta(days=400) > holder["joined_on"]:
                past_id, past = rng.choice(veterans[: max(3, len(veterans) // 3)])
                past_start = max(past["joined_on"], start - timedelta(days=rng.randint(400, 900)))
                if past_start < start - timedelta(days=1):
                    rows.append(_role(past_id, role, past_start, start - timedelta(days=1)))
            rows.append(_role(holder_id, role, start, None))
    return rows


def _role(member_id: str, role: str, start: date, end: date | None) -> dict[str, Any]:
    return {"member_id": member_id, "role": role, "started_on": start, "ended_on": end}


def _skills(rng: random.Random, people: list[tuple[str, dict[str, Any]]]) -> list[dict[str, Any]]:
    rows = []
    for member_id, _member in people:
        chosen = {
            name: "skill"
            for name in rng.sample(SKILLS, rng.choices((0, 1, 2, 3), (30, 40, 20, 10))[0])
        }
        if rng.random() < 0.3:
            chosen.setdefault(rng.choice(INTERESTS), "interest")
        for name, kind in chosen.items():
            key = skill_key(name)
            rows.append(
                {
                    "id": pair_id("member_skill", member_id, key),
                    "member_id": member_id,
                    "name": name,
                    "name_key": key,
                    "kind": kind,
                    "can_teach": kind == "skill" and rng.random() < 0.35,
                }
            )
    return rows


def _mentorships(
    rng: random.Random, active: list[tuple[str, dict[str, Any]]], today: date
) -> list[dict[str, Any]]:
    rows = []
    newcomers = [p for p in active if (today - p[1]["joined_on"]).days < 400]
    veterans = [p for p in active if (today - p[1]["joined_on"]).days >= 400] or active
    for mentee_id, mentee in newcomers:
        if rng.random() > 0.45:
            continue
        mentor_id, _mentor = rng.choice(veterans)
        if mentor_id == mentee_id:
            continue
        start = mentee["joined_on"] + timedelta(days=rng.randint(7, 60))
        if start > today:
            continue
        ended = start + timedelta(days=rng.randint(90, 200))
        rows.append(
            {
                "mentor_id": mentor_id,
                "mentee_id": mentee_id,
                "started_on": start,
                "ended_on": ended if ended < today and rng.random() < 0.5 else None,
                "goals": rng.choice(GOALS),
            }
        )
    return rows


def _checkins(
    rng: random.Random,
    active: list[tuple[str, dict[str, Any]]],
    organisers: list[str],
    today: date,
) -> list[dict[str, Any]]:
    rows = []
    for member_id, member in active:
        # Most people are seen now and then; some have gone quiet (the dashboard's list).
        if rng.random() < 0.2:
            continue
        count = rng.choice((1, 1, 2, 3))
        for _ in range(count):
            age = rng.randint(1, 200)
            on = max(member["joined_on"], today - timedelta(days=age))
            by = rng.choice(organisers)
            follow_up = None
            if rng.random() < 0.2:
                follow_up = on + timedelta(days=rng.choice((7, 14, 28)))
            rows.append(
                {
                    "member_id": member_id,
                    "by_id": by if by != member_id else None,
                    "checked_on": on,
                    "how": rng.choice(("call", "call", "visit", "message")),
                    "note": rng.choice(NOTES),
                    "follow_up_on": follow_up,
                    "follow_up_done_on": None,
                }
            )
    _settle_follow_ups(rows)
    return rows


def _settle_follow_ups(rows: list[dict[str, Any]]) -> None:
    """A later check-in on the same person settles an earlier follow-up, as the service does."""
    latest: dict[str, date] = {}
    for row in rows:
        latest[row["member_id"]] = max(latest.get(row["member_id"], date.min), row["checked_on"])
    for row in rows:
        if row["follow_up_on"] and latest[row["member_id"]] > row["checked_on"]:
            row["follow_up_done_on"] = latest[row["member_id"]]
