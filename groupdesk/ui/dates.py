"""How the GUI writes times for people: in this computer's time zone, the same way everywhere."""

from __future__ import annotations

from datetime import UTC, datetime


def local_time(value: datetime | str | None) -> str:
    """A stored time (UTC; naive means UTC) in this computer's time zone: '24 Nov 2026 17:30'.

    Takes a datetime, an ISO string (a sync report's `finished_at`) or a backup's
    '2026-11-24 16:36:16 UTC'; anything else unreadable is shown as it is."""
    if not value:
        return "—"
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value.removesuffix(" UTC").removesuffix("Z"))
        except ValueError:
            return value
    else:
        moment = value
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%d %b %Y %H:%M")
