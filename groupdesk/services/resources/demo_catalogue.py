"""What the demo group owns and lends: forty things of every kind, as a mutual-aid network has
them (a gazebo, a PA kit, tools, 60 folding chairs, the hall's meeting room, seed packets, how-to
guides), with their values, deposits, loan periods and where they are kept.

Plain data for `services/resources/demo.py`; a bigger demo repeats the lendable ones numbered
("Cordless drill (2)").
"""

from __future__ import annotations

from typing import NamedTuple


class Thing(NamedTuple):
    """One item of the catalogue; amounts in pounds (the demo group's currency is GBP)."""

    name: str
    kind: str
    description: str
    location: str
    value: int | None = None
    quantity: int = 1
    loan_days: int = 14
    deposit: int | None = None
    #: Pence per day late.
    late_fee: int | None = None
    buffer_days: int = 0
    #: A picture from `demo_photos.PICTURES`.
    picture: str = ""
    #: Lent by the member who owns it, not the group.
    members_own: bool = False
    #: Part of the PA kit (lent with it, never on its own in the demo).
    part: bool = False


SHED, HALL, STORE = "Community centre shed", "Riverside Community Hall", "Store room at the hall"
KIT = "PA kit"
CATALOGUE: tuple[Thing, ...] = (
    Thing(
        "Gazebo (3 × 3 m)",
        "equipment",
        "Pop-up gazebo with four side walls and weights; needs two people to put up.",
        SHED,
        180,
        loan_days=7,
        deposit=30,
        buffer_days=1,
        picture="gazebo",
    ),
    Thing(
        KIT,
        "equipment",
        "Everything for a talk outdoors: two speakers, the mixer and a bag of microphones.",
        STORE,
        650,
        loan_days=3,
        deposit=50,
        late_fee=500,
        buffer_days=1,
        picture="speaker",
    ),
    Thing("Speaker", "equipment", "Powered 10-inch speaker.", STORE, 220, quantity=2, part=True),
    Thing("Mixer", "equipment", "Four-channel mixer with power supply.", STORE, 120, part=True),
    Thing(
        "Microphones and cables",
        "equipment",
        "Two wired microphones, stands and XLR cables in a blue bag.",
        STORE,
        90,
        part=True,
    ),
    Thing(
        "Projector",
        "equipment",
        "HD projector with HDMI and VGA leads; the remote is in the case.",
        STORE,
        420,
        loan_days=3,
        deposit=40,
        picture="projector",
    ),
    Thing("Projection screen", "equipment", "Tripod screen, 180 cm wide.", STORE, 70, loan_days=3),
    Thing(
        "Cordless drill",
        "equipment",
        "18 V drill with two batteries, charger and a box of bits.",
        SHED,
        95,
        loan_days=7,
        deposit=10,
        late_fee=100,
        picture="drill",
    ),
    Thing(
        "Hedge trimmer", "equipment", "Electric, with a 10 m extension lead.", SHED, 80, loan_days=7
    ),
    Thing("Lawn mower", "equipment", "Petrol rotary mower; fuel is in the red can.", SHED, 260),
    Thing(
        "Pressure washer",
        "equipment",
        "For the benches and paths in spring.",
        SHED,
        150,
        loan_days=7,
    ),
    Thing("Ladder (3 m)", "equipment", "Aluminium step ladder.", SHED, 75, loan_days=7),
    Thing("Wheelbarrow", "equipment", "Green wheelbarrow with a puncture-proof tyre.", SHED, 60),
    Thing("Garden tool set", "equipment", "Two spades, two forks, rakes and hoes.", SHED, 120),
    Thing("Litter pickers", "equipment", "For the river clean-ups.", SHED, 120, quantity=20),
    Thing("Hi-vis vests", "equipment", "Adult sizes M to XXL.", SHED, 90, quantity=30),
    Thing(
        "Folding tables", "equipment", "1.8 m trestle tables.", HALL, 480, quantity=12, loan_days=3
    ),
    Thing(
        "Folding chairs",
        "equipment",
        "Stackable chairs, in stacks of ten.",
        HALL,
        900,
        quantity=60,
        loan_days=3,
        deposit=20,
        picture="chairs",
    ),
    Thing("Tea urn", "equipment", "20-litre urn; descale after use.", HALL, 85, loan_days=3),
    Thing(
        "Gas barbecue",
        "equipment",
        "Two-burner barbecue; the gas bottle is lent with it.",
        SHED,
        240,
        loan_days=3,
        deposit=25,
    ),
    Thing(
        "Sewing machine",
        "equipment",
        "Lent by its owner for repair cafés.",
        "At the owner's home",
        180,
        members_own=True,
    ),
    Thing(
        "Event laptop",
        "equipment",
        "For sign-ups and slides; no personal files, please.",
        STORE,
        350,
        loan_days=3,
        deposit=50,
    ),
    Thing(
        "First aid kit",
        "equipment",
        "Large kit for events; restock what you use.",
        HALL,
        45,
        loan_days=3,
    ),
    Thing(
        "Camera",
        "equipment",
        "Lent by its owner: ask before photographing people.",
        "At the owner's home",
        400,
        members_own=True,
        deposit=40,
    ),
    Thing(
        "Bike repair stand",
        "equipment",
        "Workshop stand with a basic tool kit.",
        "At the owner's home",
        110,
        members_own=True,
    ),
    Thing(
        "Gazebo weights",
        "equipment",
        "12 kg weights for the gazebo's legs.",
        SHED,
        60,
        quantity=4,
        loan_days=7,
    ),
    Thing(
        "Hall meeting room",
        "space",
        "Seats 30; step-free entrance; hearing loop. Book it, then collect the key.",
        HALL,
        loan_days=1,
        buffer_days=0,
        picture="room",
    ),
    Thing(
        "Allotment shed",
        "space",
        "Potting bench and water butt at plot 14.",
        "Mill Lane allotments",
        loan_days=1,
    ),
    Thing(
        "Hall kitchen",
        "space",
        "Kitchen with a hatch to the main room.",
        HALL,
        loan_days=1,
        buffer_days=1,
    ),
    Thing(
        "Storage bay",
        "space",
        "A lockable bay in the store room, for a project's kit.",
        STORE,
        loan_days=28,
    ),
    Thing(
        "Seed packets",
        "material",
        "Vegetable and wildflower seeds from the seed swap.",
        STORE,
        100,
        quantity=200,
        loan_days=60,
        picture="seeds",
    ),
    Thing(
        "Compost bags",
        "material",
        "40-litre bags of peat-free compost.",
        SHED,
        200,
        quantity=40,
        loan_days=30,
    ),
    Thing(
        "Bin bags",
        "material",
        "Heavy-duty rolls for clean-ups.",
        SHED,
        50,
        quantity=50,
        loan_days=30,
    ),
    Thing(
        "Exterior paint",
        "material",
        "White masonry paint, 5-litre tins.",
        SHED,
        300,
        quantity=15,
        loan_days=14,
    ),
    Thing(
        "Grant writing guide",
        "knowledge",
        "Printed binder: how we apply to small funders, with past applications.",
        STORE,
        loan_days=28,
        picture="binder",
    ),
    Thing(
        "First aid manual",
        "knowledge",
        "St John Ambulance manual, latest edition.",
        HALL,
        15,
        loan_days=28,
    ),
    Thing(
        "Bike maintenance handbook",
        "knowledge",
        "Illustrated handbook for the repair café.",
        STORE,
        20,
        loan_days=28,
    ),
    Thing("Food hygiene guide", "knowledge", "For the food share volunteers.", HALL, loan_days=28),
    Thing(
        "Running a repair café",
        "knowledge",
        "Our own how-to, printed and in a folder.",
        STORE,
        loan_days=28,
    ),
    Thing(
        "Sign language phrase cards",
        "knowledge",
        "BSL cards for welcoming visitors.",
        HALL,
        12,
        loan_days=28,
    ),
)
