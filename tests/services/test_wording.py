"""Fields and dates in the group's words, for the text services and the command line write."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from groupdesk.services.wording import day_text, field_label, moment_text


@pytest.mark.parametrize(
    ("field", "words"),
    [
        ("joined_on", "Joined"),
        ("full_name", "Full name"),
        ("follow_up_on", "Follow-up"),
        ("follow_up_done_on", "Follow-up done"),
        ("consent_photo", "Consent photo"),
        ("started_on", "Started"),
        ("email", "Email"),
    ],
)
def test_a_field_is_named_in_the_groups_words(field: str, words: str) -> None:
    assert field_label(field) == words


def test_a_day_is_the_medium_date_of_the_groups_locale_with_its_year() -> None:
    assert day_text(date(2026, 6, 18), "en_GB") == "18 Jun 2026"
    assert day_text(date(2026, 6, 18), "fr_FR") == "18 juin 2026"
    assert day_text(None, "en_GB") == "—"


def test_a_moment_is_that_day_and_the_time_in_this_computers_zone() -> None:
    moment = datetime(2026, 12, 4, 17, 48, 40, tzinfo=UTC)
    local = moment.astimezone()
    assert moment_text(moment, "en_GB") == f"{day_text(local.date(), 'en_GB')} {local:%H:%M}"
    assert moment_text(moment.replace(tzinfo=None), "en_GB") == moment_text(moment, "en_GB")
