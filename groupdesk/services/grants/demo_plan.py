"""What the demo's grants are: the funders, the way through the pipeline to each state, and
the hand-made grants of the small demo group with their budgets, spending and reports
(`services/grants/demo.py` writes them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

#: (name, kind, contact person, email, website)
FUNDERS = (
    (
        "Riverside Community Foundation",
        "foundation",
        "Aisha Rahman",
        "grants@riversidecf.org.uk",
        "https://riversidecf.org.uk",
    ),
    (
        "Millbrook Borough Council",
        "council",
        "Gareth Hughes",
        "communities@millbrook.gov.uk",
        "https://millbrook.gov.uk/grants",
    ),
    ("Hartley's Hardware", "company", "Jan Hartley", "jan@hartleys.example", None),
    ("Eleanor Price", "individual", None, None, None),
    (
        "Crowdfunder: Riverside Garden",
        "crowdfunding",
        None,
        None,
        "https://crowdfunder.example/riverside-garden",
    ),
    ("Eastside Tenants' Association", "another group", "Kofi Mensah", "eastside@example.org", None),
    (
        "Europäische Bürgerstiftung",
        "foundation",
        "Lena Vogt",
        "foerderung@buergerstiftung.example",
        "https://buergerstiftung.example",
    ),
)
#: The way through the pipeline to each state (the moves `services.grants.pipeline` allows).
PATHS = {
    "prospect": ("prospect",),
    "drafting": ("prospect", "drafting"),
    "submitted": ("prospect", "drafting", "submitted"),
    "awarded": ("prospect", "drafting", "submitted", "awarded"),
    "declined": ("prospect", "drafting", "submitted", "declined"),
    "withdrawn": ("prospect", "drafting", "withdrawn"),
    "active": ("prospect", "drafting", "submitted", "awarded", "active"),
    "reporting": ("prospect", "drafting", "submitted", "awarded", "active", "reporting"),
    "closed": ("prospect", "drafting", "submitted", "awarded", "active", "reporting", "closed"),
}
#: The states of the scaled grants, in turn: the showcase's proportions, those that spend first
#: (so a demo only a little bigger already has more spending).
SCALED_STATES = (
    "active",
    "closed",
    "reporting",
    "submitted",
    "active",
    "prospect",
    "declined",
    "closed",
    "drafting",
    "awarded",
    "withdrawn",
)
#: Budget categories the scaled grants draw from.
CATEGORIES = (
    "Equipment",
    "Venue hire",
    "Materials",
    "Training",
    "Publicity",
    "Travel",
    "Refreshments",
    "Volunteer expenses",
)
PAYEES = (
    "Hartley's Hardware",
    "Millbrook Builders' Merchants",
    "Corner Shop",
    "PrintWorks",
    "St Anne's Church",
    "Riverside Garden Centre",
    "Bus company",
    "Cash & Carry",
)


@dataclass
class Spend:
    """A showcase expense: on which line (None: on no line), days from today, payee, amount,
    what, the receipt's roles (none: a missing receipt)."""

    line: int | None
    days: int
    payee: str
    amount: str
    what: str
    receipts: tuple[str, ...] = ("receipt",)


@dataclass
class Showcase:
    """A hand-made grant of the small demo; days are from today, amounts in its currency."""

    title: str
    funder: int
    state: str
    requested: str
    awarded: str | None = None
    currency: str = "GBP"
    deadline: int | None = None
    decision: int | None = None
    period: tuple[int, int] | None = None
    restrictions: str | None = None
    lines: tuple[tuple[str, str, str], ...] = ()
    spends: tuple[Spend, ...] = ()
    reports: tuple[tuple[str, int, str], ...] = ()
    received: tuple[tuple[int, str], ...] = ()
    extras: dict[str, Any] = field(default_factory=dict)


SHOWCASE = (
    Showcase("Community garden tools", 2, "prospect", "800.00", deadline=40),
    Showcase("Youth football kit", 1, "drafting", "2500.00", deadline=21),
    Showcase("Winter warm space", 0, "submitted", "6000.00", deadline=-10, decision=25),
    Showcase(
        "Repair café start-up",
        5,
        "awarded",
        "1500.00",
        "1200.00",
        deadline=-70,
        decision=-5,
        period=(25, 390),
    ),
    Showcase("Mural on the underpass", 1, "declined", "4000.00", deadline=-120, decision=-60),
    Showcase("Summer trip for seniors", 4, "withdrawn", "1800.00", deadline=-30),
    Showcase(
        "Food share fridge and freezer",
        0,
        "active",
        "3200.00",
        "3000.00",
        deadline=-260,
        decision=-215,
        period=(-200, 40),
        restrictions="Not for food itself; equipment, training and publicity only.",
        lines=(
            ("Equipment", "Fridge, freezer and their fitting", "2200.00"),
            ("Training", "Food hygiene level 2 for six volunteers", "500.00"),
            ("Publicity", "Leaflets and a banner", "300.00"),
        ),
        spends=(
            Spend(0, -180, "Cash & Carry", "1249.00", "Upright fridge", ("invoice", "proof")),
            Spend(0, -176, "Cash & Carry", "749.00", "Chest freezer"),
            Spend(0, -170, "Millbrook Electrical", "240.00", "Fitting and a new socket"),
            Spend(1, -120, "Food Safety Training Ltd", "280.00", "Hygiene course, four places"),
            Spend(2, -150, "PrintWorks", "95.50", "500 leaflets"),
            Spend(None, -168, "Hartley's Hardware", "12.99", "Padlock for the freezer"),
            Spend(2, -20, "PrintWorks", "64.00", "Banner", ()),
        ),
        reports=(("final", 70, "due"),),
        received=((-210, "3000.00"),),
    ),
    Showcase(
        "Riverside tree planting",
        1,
        "reporting",
        "5000.00",
        "5000.00",
        deadline=-470,
        decision=-430,
        period=(-400, -20),
        lines=(
            ("Materials", "Trees, stakes and guards", "3200.00"),
            ("Equipment", "Spades, gloves, a wheelbarrow", "800.00"),
            ("Refreshments", "Planting days", "400.00"),
            ("Publicity", "Signs at the planting sites", "600.00"),
        ),
        spends=(
            Spend(0, -380, "Riverside Garden Centre", "1860.00", "120 whips and stakes"),
            Spend(0, -200, "Riverside Garden Centre", "1105.50", "80 whips and guards"),
            Spend(1, -390, "Hartley's Hardware", "42.10", "Spades and gloves"),
            Spend(1, -385, "Hartley's Hardware", "389.00", "Wheelbarrow and tools"),
            Spend(2, -300, "Corner Shop", "58.40", "Tea, biscuits, fruit"),
            Spend(2, -190, "Corner Shop", "61.75", "Planting day lunch"),
            Spend(3, -360, "PrintWorks", "412.00", "Aluminium site signs"),
        ),
        reports=(("interim", 9, "due"), ("final", 75, "due")),
        received=((-420, "3500.00"),),
        extras={"tranche_waiting": "1500.00", "trees": (200, (60, 52, 61))},
    ),
    Showcase(
        "Community hall accessibility",
        0,
        "closed",
        "10000.00",
        "9500.00",
        deadline=-800,
        decision=-760,
        period=(-700, -335),
        lines=(
            ("Building work", "Ramp and handrails", "7000.00"),
            ("Equipment", "Hearing loop", "2500.00"),
        ),
        spends=(
            Spend(0, -600, "Millbrook Builders' Merchants", "6980.00", "Ramp and handrails"),
            Spend(1, -560, "Loop Systems UK", "2495.00", "Hearing loop, fitted"),
        ),
        reports=(("final", -300, "accepted"),),
        received=((-750, "9500.00"),),
    ),
    Showcase(
        "Twinning exchange with Flussdorf",
        6,
        "active",
        "4500.00",
        "4500.00",
        currency="EUR",
        deadline=-150,
        decision=-120,
        period=(-90, 200),
        lines=(
            ("Travel", "Coach for the visit", "3000.00"),
            ("Venue hire", "Welcome evening", "1500.00"),
        ),
        spends=(Spend(0, -30, "Reisebüro Flussdorf", "2100.00", "Coach deposit"),),
        reports=(("final", 230, "due"),),
        received=((-100, "4500.00"),),
    ),
    Showcase(
        "Reading corner books",
        3,
        "active",
        "400.00",
        "400.00",
        deadline=-60,
        decision=-50,
        period=(-45, 135),
        lines=(("Materials", "Children's books", "400.00"),),
        spends=(Spend(0, -14, "Riverside Books", "126.30", "Picture books"),),
        received=((-45, "400.00"),),
    ),
)
