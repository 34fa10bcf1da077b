"""A believable demo group, the same for the same seed: for "try the demo", tests and benchmarks.

Names come from many scripts (Latin with accents, Polish, Cyrillic, Arabic, Chinese, …) so that
every screen and report is exercised with the text real groups have.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from groupdesk.errors import SetupError
from groupdesk.models.members import Member
from groupdesk.services import settings
from groupdesk.services.collation import search_key, sort_key
from groupdesk.services.members import demo as demo_members
from groupdesk.services.sync.capture import bulk_insert
from groupdesk.services.uow import UnitOfWork

DEMO_GROUP_NAME = "Riverside Neighbours"
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


@dataclass(frozen=True)
class DemoSummary:
    group_name: str
    members: int


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


def make_demo(
    uow: UnitOfWork, *, members: int = 60, seed: int = 1, today: date | None = None
) -> DemoSummary:
    """Fill an empty data folder with a demo group in one transaction; refuses a folder that
    already has a group."""
    if members < 1:
        raise SetupError("A demo group needs at least one member.")
    rng = random.Random(seed)
    today = today or date.today()
    group = settings.new_group_values(
        name=DEMO_GROUP_NAME, currency="GBP", locale="en_GB", financial_year_start="04-06"
    )
    rows = [_member_row(rng, index, today) for index in range(members)]
    demo_members.plant_duplicates(rows)
    with uow:
        settings.insert_group(uow, group)
        ids = bulk_insert(uow.session, Member, rows)
        care = demo_members.care_rows(random.Random(f"{seed}-care"), rows, ids, today)
        for model, model_rows in care.items():
            if model_rows:
                bulk_insert(uow.session, model, model_rows)
        uow.commit()
    return DemoSummary(DEMO_GROUP_NAME, members)
