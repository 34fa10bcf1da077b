"""Times as people read them: in this computer's time zone, in the group's date format, the same
way on every page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from groupdesk.services.wording import moment_text
from groupdesk.ui.dates import local_time


def test_a_sync_time_is_shown_in_local_time_whether_stored_naive_utc_or_with_a_zone() -> None:
    naive_utc = datetime(2026, 11, 24, 17, 30)
    same_moment_in_cairo = datetime(2026, 11, 24, 19, 30, tzinfo=timezone(timedelta(hours=2)))
    expected = moment_text(naive_utc.replace(tzinfo=UTC), "en_GB")
    assert local_time(naive_utc, "en_GB") == local_time(same_moment_in_cairo, "en_GB") == expected
    assert local_time("2026-11-24T17:30:00+00:00", "en_GB") == expected  # a sync's finished_at
    assert local_time("2026-11-24 17:30:00 UTC", "en_GB") == expected  # a backup's `when`
    assert local_time(None, "en_GB") == local_time("", "en_GB") == "—"


def test_a_time_is_written_the_groups_way_like_every_other_date() -> None:
    """It was the computer's own '24 Nov 2026 17:30' whatever the group's language."""
    moment = datetime(2026, 11, 24, 17, 30, tzinfo=UTC)
    local = moment.astimezone()
    assert local_time(moment, "fr_FR").startswith(f"{local.day} nov. 2026")
    assert local_time(moment, "en_US").startswith(f"Nov {local.day}, 2026")
