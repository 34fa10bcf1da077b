"""Fields and dates in the group's words, for the text services and the command line write."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from groupdesk.services.text_rules import BIDI_CONTROLS, typed_text
from groupdesk.services.wording import (
    day_text,
    field_label,
    isolate,
    moment_text,
    value_text,
)

#: Names as a one-line field stores them: any letters, spaces and marks, no control characters.
_stored_names = st.text(
    st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=40
).map(lambda text: BIDI_CONTROLS.sub("", text))


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


def test_a_sync_time_is_shown_in_local_time_whether_stored_naive_utc_or_with_a_zone() -> None:
    naive_utc = datetime(2026, 11, 24, 17, 30)
    same_moment_in_cairo = datetime(2026, 11, 24, 19, 30, tzinfo=timezone(timedelta(hours=2)))
    expected = moment_text(naive_utc.replace(tzinfo=UTC), "en_GB")
    assert moment_text(naive_utc, "en_GB") == moment_text(same_moment_in_cairo, "en_GB") == expected
    assert moment_text("2026-11-24T17:30:00+00:00", "en_GB") == expected  # a sync's finished_at
    assert moment_text("2026-11-24 17:30:00 UTC", "en_GB") == expected  # a backup's `when`
    assert moment_text(None, "en_GB") == moment_text("", "en_GB") == "—"


def test_a_time_is_written_the_groups_way_like_every_other_date() -> None:
    """It was the computer's own '24 Nov 2026 17:30' whatever the group's language."""
    moment = datetime(2026, 11, 24, 17, 30, tzinfo=UTC)
    local = moment.astimezone()
    assert moment_text(moment, "fr_FR").startswith(f"{local.day} nov. 2026")
    assert moment_text(moment, "en_US").startswith(f"Nov {local.day}, 2026")


def test_a_stored_value_reads_as_history_shows_it() -> None:
    def day(found: date) -> str:
        return day_text(found, "en_GB")

    assert value_text("2024-03-01", day) == "1 Mar 2024"  # days are kept as ISO text
    assert value_text(True, day) == "yes" and value_text(None, day) == "—"
    assert value_text("+44 7700 900301", day) == "+44 7700 900301"
    assert value_text("2024-13-45", day) == "2024-13-45"  # not a day: as it is


@given(_stored_names)
def test_an_isolated_name_is_the_name_in_exactly_one_balanced_isolate(name: str) -> None:
    shown = isolate(name)
    assert shown == "\u2068" + name + "\u2069"
    assert shown.count("\u2068") == 1 and shown.count("\u2069") == 1


@given(_stored_names)
def test_a_name_copied_from_a_gui_sentence_and_pasted_into_a_field_is_stored_plain(
    name: str,
) -> None:
    assert typed_text(isolate(name), several_lines=False) == name
