"""A believable demo group, the same for the same seed: for "try the demo", tests and benchmarks.

The group itself is made here; each area adds its part through its `demo` hook in the registry
(`groupdesk/registry.py`): members from many scripts with their care, later meetings, resources
and grants.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from groupdesk.errors import SetupError
from groupdesk.registry import areas, load
from groupdesk.services import settings
from groupdesk.services.uow import UnitOfWork

DEMO_GROUP_NAME = "Riverside Neighbours"


@dataclass(frozen=True)
class DemoSummary:
    group_name: str
    members: int


def make_demo(
    uow: UnitOfWork, *, members: int = 60, seed: int = 1, today: date | None = None
) -> DemoSummary:
    """Fill an empty data folder with a demo group in one transaction; refuses a folder that
    already has a group."""
    if members < 1:
        raise SetupError("A demo group needs at least one member.")
    today = today or uow.today()
    group = settings.new_group_values(
        name=DEMO_GROUP_NAME, currency="GBP", locale="en_GB", financial_year_start="04-06"
    )
    with uow:
        settings.insert_group(uow, group)
        for area in areas():
            if area.demo:
                load(area.demo)(uow, size=members, seed=seed, today=today)
        uow.commit()
    return DemoSummary(DEMO_GROUP_NAME, members)
