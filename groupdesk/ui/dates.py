"""How the GUI writes times for people: in this computer's time zone, in the group's date
format, the same way on every page (and as the CLI and history write them)."""

from __future__ import annotations

from datetime import datetime

from groupdesk.services.wording import moment_text


def local_time(value: datetime | str | None, locale: str) -> str:
    """A stored time (UTC; naive means UTC) in this computer's time zone, written the group's
    way: '24 Nov 2026, 17:30' in en_GB.

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
    return moment_text(moment, locale)
