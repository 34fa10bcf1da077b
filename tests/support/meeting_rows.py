"""A meeting for service tests: one evening, 19:00 to 21:00 in London."""

from __future__ import annotations

from datetime import date, datetime, time

from groupdesk.services.meetings.records import add_meeting
from groupdesk.services.workspace import Workspace


def evening_meeting(
    workspace: Workspace, day: date, title: str = "Committee", kind: str = "committee"
) -> str:
    """Plan a meeting on `day`; returns its key."""
    return add_meeting(
        workspace.uow(),
        title=title,
        kind=kind,
        starts_at=datetime.combine(day, time(19)),
        ends_at=datetime.combine(day, time(21)),
        zone="Europe/London",
    ).key
