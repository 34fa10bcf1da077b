"""The demo group's library of things on a fixed day, for the tests of what the demo makes and
of the lists read from it (the dashboard's)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from groupdesk.services.demo import make_demo
from groupdesk.services.workspace import Workspace

#: The day the demo is made on, and the laptop's clock (noon UTC, the same date everywhere).
TODAY = date(2026, 12, 4)
NOON_MILLIS = int(datetime(2026, 12, 4, 12, 0, tzinfo=UTC).timestamp() * 1000)


def demo_on_today(make_workspace: Callable[..., Workspace], name: str = "data") -> Workspace:
    """A data folder holding the 60-member demo group, made on `TODAY` with the clock at it."""
    made = make_workspace(name, now_millis=lambda: NOON_MILLIS)
    make_demo(made.uow(), members=60, seed=1, today=TODAY)
    return made
