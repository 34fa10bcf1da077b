"""The demo group's members and their community care: roles held over time, a skill-share
directory, mentoring pairs and support check-ins (with follow-ups due and people not seen
lately), plus two records entered twice, so the duplicate finder has something to find.

Names come from many scripts (Latin with accents, Polish, Cyrillic, Arabic, Chinese, …) so that
every screen and report is exercised with the text real groups have. Care rows are made from the
member rows and their ids with their own random stream, so the members stay the same for a seed;
everything is inserted with bulk inserts in the transaction of `services/demo.make_demo`, which
calls `add_demo_members` as the members area's demo hook.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from groupdesk.ids import pair_id
from groupdesk.models.base import Synced
from groupdesk.models.members import CheckIn, Member, MemberRole, MemberSkill, Mentorship
from groupdesk.services.collation import search_key, sort_key
from groupdesk.services.members.skills import skill_key
from groupdesk.services.sync.capture import bulk_insert
from groupdesk.services.uow import UnitOfWork

#: (given names, family names, e-mail friendly) per naming tradition.
NAME_POOLS: tuple[tuple[tuple[str, ...], tuple[str, ...], bool], ...] = (
    (
        ("Amara", "Tomás", "Zoë", "Inès", "José", "Chloé", "Mateo", "Lucía", "Sofía", "Noé"),
        ("Ñúñez", "García", "Okafor", "Müller", "Dubois", "Fernández", "O'Brien", "Silva"),
        True,
    ),
    (
        ("Łukasz", "Agnieszka", "Paweł", "Małgorzata", "Wojciech", "Zofia"),
        ("Nowak", "Wiśniewska", "Kowalczyk", "Żak", "Dąbrowski"),
        True,
    ),
    (
        ("Ана", "Иван", "Ольга", "Дмитрий", "Мария", "Сергей"),
        ("Петрова", "Смирнов", "Иванова", "Кузнецов", "Соколова"),
        False,
    ),
    (
        ("محمد", "فاطمة", "أحمد", "ليلى", "يوسف", "مريم"),
        ("الخطيب", "حداد", "منصور", "العلي", "ناصر"),
        False,
    ),
    (("雷", "芳", "伟", "静", "明"), ("李", "王", "张", "刘", "陈"), False),
    (
        ("Wei", "Mei", "Hiro", "Yuki", "Minh", "Anh"),
        ("Chen", "Tanaka", "Nguyen", "Park", "Kim"),
        True,
    ),
    (("Siobhán", "Aoife", "Ciarán", "Eoin"), ("Ní Bhriain", "Ó Súilleabháin", "Byrne"), True),
    (("Priya", "Arjun", "Ananya", "Rohan"), ("Sharma", "Patel", "Iyer", "Das"), True),
    (("Ayşe", "Mehmet", "Elif"), ("Yılmaz", "Öztürk", "Kaya"), True),
    (("Kwame", "Ama", "Kofi", "Abena"), ("Mensah", "Asante", "Boateng"), True),
)
LANGUAGES = (
    "English",
    "Spanish",
    "Polish",
    "Russian",
    "Arabic",
    "Mandarin",
    "Irish",
    "Hindi",
    "Turkish",
    "Twi",
    "French",
    "Portuguese",
)
#: The first members, named as in the design notes, so every demo shows these scripts.
FEATURED_NAMES = (
    ("Zoë Ñúñez", True),
    ("Łukasz Nowak", True),
    ("Ана Петрова", False),
    ("محمد الخطيب", False),
    ("李雷", False),
)
ACCESSIBILITY = ("Step-free access please", "Large print", "Hearing loop", "Quiet room breaks")
PRONOUNS = ("she/her", "he/him", "they/them")
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


def add_demo_members(uow: UnitOfWork, *, size: int, seed: int, today: date) -> None:
    """`size` members and their care, inserted in the caller's transaction."""
    rng = random.Random(seed)
    rows = [_member_row(rng, index, today) for index in range(size)]
    plant_duplicates(rows)
    ids = bulk_insert(uow.session, Member, rows)
    care = care_rows(random.Random(f"{seed}-care"), rows, ids, today)
    for model, model_rows in care.items():
        if model_rows:
            bulk_insert(uow.session, model, model_rows)


def demo_people(session: Session) -> tuple[list[str], list[str]]:
    """The ids of the demo's active members and of its organisers (those holding a role now,
    else the first member), in id order: whom the other areas' demo hooks make records for."""
    session.flush()
    members = list(
        session.scalars(
            select(Member.id)
            .where(Member.status == "active", Member.deleted_at.is_(None))
            .order_by(Member.id)
        )
    )
    organisers = list(
        session.scalars(
            select(MemberRole.member_id)
            .where(MemberRole.ended_on.is_(None), MemberRole.deleted_at.is_(None))
            .distinct()
            .order_by(MemberRole.member_id)
        )
    )
    return members, organisers or members[:1]


def _full_name(rng: random.Random) -> tuple[str, bool]:
    given, family, ascii_friendly = rng.choice(NAME_POOLS)
    first, last = rng.choice(given), rng.choice(family)
    if family is NAME_POOLS[4][1]:  # Chinese names: family name first, no space
        return f"{last}{first}", ascii_friendly
    return f"{first} {last}", ascii_friendly


def _member_row(rng: random.Random, index: int, today: date) -> dict[str, object]:
    name, ascii_friendly = _full_name(rng)
    if index < len(FEATURED_NAMES):  # the random draw still happens: the rest stay as they were
        name, ascii_friendly = FEATURED_NAMES[index]
    joined = today - timedelta(days=rng.randint(10, 6 * 365))
    status = rng.choices(("active", "inactive", "left"), weights=(80, 12, 8))[0]
    local_part = (
        search_key(name).replace(" ", ".").replace("'", "") if ascii_friendly else f"member{index}"
    )
    contact = rng.random() < 0.85
    consent_day = min(today, joined + timedelta(days=rng.randint(0, 30)))
    return {
        "full_name": name,
        "preferred_name": name.split()[0] if ascii_friendly and rng.random() < 0.3 else None,
        "sort_key": sort_key(name),
        "pronouns": rng.choice(PRONOUNS) if rng.random() < 0.6 else None,
        "email": f"{local_part}{index}@example.org" if rng.random() < 0.9 else None,
        "phone": f"+44 7700 900{index % 1000:03d}" if rng.random() < 0.7 else None,
        "address": f"{rng.randint(1, 180)} River Street" if rng.random() < 0.5 else None,
        "languages": ", ".join(rng.sample(LANGUAGES, rng.randint(1, 2))),
        "accessibility_needs": rng.choice(ACCESSIBILITY) if rng.random() < 0.1 else None,
        "status": status,
        "joined_on": joined,
        "left_on": min(today, joined + timedelta(days=rng.randint(1, 365)))
        if status == "left"
        else None,
        "consent_contact": contact,
        "consent_contact_on": consent_day if contact else None,
        "consent_contact_how": rng.choice(("form", "email", "in person")) if contact else None,
        **_consent("photo", rng.random() < 0.6, joined),
        **_consent("roster", rng.random() < 0.75, joined),
    }


def _consent(kind: str, given: bool, on: date) -> dict[str, object]:
    return {
        f"consent_{kind}": given,
        f"consent_{kind}_on": on if given else None,
        f"consent_{kind}_how": "form" if given else None,
    }


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
