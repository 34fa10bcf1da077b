"""Times as people read them: in this computer's time zone, the same way on every page."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from groupdesk.ui.dates import local_time


def test_a_sync_time_is_shown_in_local_time_whether_stored_naive_utc_or_with_a_zone() -> None:
    naive_utc = datetime(2026, 11, 24, 17, 30)
    same_moment_in_cairo = datetime(2026, 11, 24, 19, 30, tzinfo=timezone(timedelta(hours=2)))
    expected = naive_utc.replace(tzinfo=UTC).astimezone().strftime("%d %b %Y %H:%M")
    assert local_time(naive_utc) == local_time(same_moment_in_cairo) == expected
    assert local_time("2026-11-24T17:30:00+00:00") == expected  # a sync report's finished_at
    assert local_time("2026-11-24 17:30:00 UTC") == expected  # a backup's `when`
    assert local_time(None) == local_time("") == "—"
