"""The rules for a member's fields, each refused with a sentence that says what is wrong."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from groupdesk.errors import ValidationError
from groupdesk.services.members.fields import (
    check_email,
    check_phone,
    clean_member_values,
    clean_new_members,
    parse_bool,
    parse_date,
    phone_region,
)
from tests.support.member_rows import table_rows

TODAY = date(2026, 5, 3)


def errors_of(raw: dict[str, object], **options: object) -> dict[str, str]:
    with pytest.raises(ValidationError) as caught:
        clean_member_values(raw, region="GB", today=TODAY, **options)  # type: ignore[arg-type]
    return caught.value.errors


@pytest.mark.parametrize(
    "email",
    [
        "ana@",
        "ana",
        "@example.org",
        "ana@example",
        "ana@@example.org",
        "a b@example.org",
        "ana@example..org",
        "ana@.example.org",
        "ana@example.o",
    ],
)
def test_an_email_that_is_not_an_address_is_refused_and_quoted(email: str) -> None:
    assert errors_of({"full_name": "Ana", "email": email}) == {
        "email": f"{email!r} is not an email address"
    }


@pytest.mark.parametrize(
    ("email", "kept"),
    [
        ("ana@example.org", "ana@example.org"),
        ("  Ana.Silva+club@Example.ORG ", "Ana.Silva+club@example.org"),
        ("zoë@exämple.de", "zoë@exämple.de"),
        ("o'brien@mail.example.co.uk", "o'brien@mail.example.co.uk"),
    ],
)
def test_real_addresses_are_kept_with_the_domain_in_lower_case(email: str, kept: str) -> None:
    assert check_email(email) == kept


def test_a_phone_without_country_code_is_read_in_the_groups_country() -> None:
    assert check_phone("07700 900123", region="GB") == "+44 7700 900123"
    assert check_phone("020 7946 0018", region="GB") == "+44 20 7946 0018"
    assert check_phone("+33 1 23 45 67 89", region="GB") == "+33 1 23 45 67 89"
    assert check_phone("(202) 555-0143", region="US") == "+1 202-555-0143"


@pytest.mark.parametrize(
    ("phone", "message"),
    [
        ("123", "'123' is too short for a phone number in the United Kingdom"),
        (
            "07700 900123 4567 89",
            "'07700 900123 4567 89' is too long for a phone number in the United Kingdom",
        ),
        ("call me", "'call me' is not a phone number"),
        ("0770O 900123", "'0770O 900123' is not a phone number"),
        ("+999 1234 5678", "'+999 1234 5678' needs its country code, like +44 20 7946 0018"),
    ],
)
def test_a_bad_phone_is_refused_with_the_reason(phone: str, message: str) -> None:
    assert errors_of({"full_name": "Ana", "phone": phone})["phone"] == message


def test_the_phone_region_comes_from_the_groups_locale() -> None:
    assert phone_region("en_GB") == "GB"
    assert phone_region("fr_FR") == "FR"
    assert phone_region("ar_EG") == "EG"
    assert phone_region("de") == "DE"  # no country given: the likely one
    assert phone_region("not a locale") is None


def test_without_a_region_a_phone_needs_its_country_code() -> None:
    with pytest.raises(ValueError, match=r"needs its country code.*set the group's country"):
        check_phone("07700 900123", region=None)


@pytest.mark.parametrize(
    ("text", "locale", "expected"),
    [
        ("2024-05-03", None, date(2024, 5, 3)),
        ("03/05/2024", "en_GB", date(2024, 5, 3)),
        ("5/3/2024", "en_US", date(2024, 5, 3)),
        ("03.05.2024", "de_DE", date(2024, 5, 3)),
        ("2024/05/03", "en_US", date(2024, 5, 3)),
    ],
)
def test_dates_are_read_as_iso_or_in_the_groups_own_order(
    text: str, locale: str | None, expected: date
) -> None:
    assert parse_date(text, locale=locale) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2024-13-01", "'2024-13-01' is not a day of the calendar"),
        ("31/02/2024", "'31/02/2024' is not a day of the calendar"),
        ("03/05/24", "'03/05/24' has a two-digit year; write it as YYYY-MM-DD, like 2024-05-03"),
        ("next week", "'next week' is not a date; write it as YYYY-MM-DD, like 2024-05-03"),
    ],
)
def test_a_malformed_date_is_refused_with_how_to_write_it(text: str, message: str) -> None:
    assert errors_of({"full_name": "Ana", "joined_on": text}, locale="en_GB") == {
        "joined_on": message
    }


@given(st.dates())
def test_every_iso_date_reads_back_as_itself(day: date) -> None:
    assert parse_date(day.isoformat()) == day


def test_a_date_in_the_future_is_refused() -> None:
    assert errors_of({"full_name": "Ana", "joined_on": "2026-05-04"}) == {
        "joined_on": "2026-05-04 is in the future"
    }


def test_leaving_before_joining_is_refused_naming_both_dates() -> None:
    errors = errors_of(
        {"full_name": "Ana", "status": "left", "joined_on": "2024-03-05", "left_on": "2024-01-01"}
    )
    assert errors == {
        "left_on": "the leaving date 2024-01-01 is before the joining date 2024-03-05"
    }


def test_leaving_on_the_day_of_joining_is_allowed() -> None:
    clean = clean_member_values(
        {"full_name": "Ana", "status": "left", "joined_on": "2024-03-05", "left_on": "2024-03-05"},
        region="GB",
        today=TODAY,
    )
    assert clean["left_on"] == clean["joined_on"] == date(2024, 3, 5)


def test_a_leaving_date_needs_the_status_left() -> None:
    errors = errors_of({"full_name": "Ana", "left_on": "2024-01-01"})
    assert errors == {
        "left_on": "only a member who has left has a leaving date; set the status to left "
        "(it is active)"
    }


def test_setting_a_member_to_left_dates_the_leaving_today_unless_a_date_is_given() -> None:
    current = {"full_name": "Ana", "status": "active", "left_on": None, "joined_on": None}
    left_today = clean_member_values({"status": "left"}, region="GB", today=TODAY, current=current)
    assert left_today == {"status": "left", "left_on": TODAY}
    given = clean_member_values(
        {"status": "left", "left_on": "2025-01-01"}, region="GB", today=TODAY, current=current
    )
    assert given == {"status": "left", "left_on": date(2025, 1, 1)}


def test_making_a_member_active_again_clears_the_leaving_date() -> None:
    current = {"full_name": "Ana", "status": "left", "left_on": date(2025, 1, 1), "joined_on": None}
    for status in ("active", "inactive"):
        clean = clean_member_values({"status": status}, region="GB", today=TODAY, current=current)
        assert clean == {"status": status, "left_on": None}


def test_a_member_added_as_left_gets_no_invented_leaving_date() -> None:
    clean = clean_member_values({"full_name": "Ana", "status": "left"}, region="GB", today=TODAY)
    assert clean["left_on"] is None


def test_a_member_needs_a_name_and_every_bad_field_is_named_at_once() -> None:
    errors = errors_of({"full_name": "  ", "email": "ana@", "status": "gone", "pronouns": "x" * 51})
    assert errors == {
        "full_name": "a member needs a name",
        "email": "'ana@' is not an email address",
        "status": "'gone' is not a status; choose active, inactive or left",
        "pronouns": "keep it under 50 characters",
    }


def test_an_unknown_field_is_refused_listing_the_fields() -> None:
    message = errors_of({"full_name": "Ana", "shoe_size": "42"})["shoe_size"]
    assert message.startswith("there is no such member field; fields are full_name, ")


def test_consent_is_yes_or_no_with_how_it_was_given() -> None:
    clean = clean_member_values(
        {
            "full_name": "Ana",
            "consent_photo": "Yes",
            "consent_photo_how": "In person",
            "consent_photo_on": "2026-01-02",
        },
        region="GB",
        today=TODAY,
    )
    assert (clean["consent_photo"], clean["consent_photo_how"]) == (True, "in person")
    assert errors_of({"full_name": "Ana", "consent_contact": "maybe"}) == {
        "consent_contact": "'maybe' is not yes or no"
    }
    assert errors_of({"full_name": "Ana", "consent_contact_how": "telepathy"}) == {
        "consent_contact_how": "'telepathy' is not a way of giving consent; choose form, email "
        "or in person"
    }


def test_changing_a_consent_without_a_date_dates_it_today() -> None:
    current = {"consent_roster": False, "consent_roster_on": None}
    clean = clean_member_values({"consent_roster": True}, region="GB", today=TODAY, current=current)
    assert clean == {"consent_roster": True, "consent_roster_on": TODAY}


@pytest.mark.parametrize("text", ["yes", "Y", "TRUE", "1", "x", "✓"])
def test_yes_is_read_in_the_ways_spreadsheets_write_it(text: str) -> None:
    assert parse_bool(text) is True


@pytest.mark.parametrize("text", ["no", "N", "false", "0", "", None])
def test_no_is_read_in_the_ways_spreadsheets_write_it(text: str | None) -> None:
    assert parse_bool(text) is False


def test_a_new_member_gets_defaults_and_a_sort_key() -> None:
    clean = clean_member_values({"full_name": " Zoë  Ñúñez "}, region="GB", today=TODAY)
    assert clean["full_name"] == "Zoë  Ñúñez"
    assert clean["status"] == "active"
    assert clean["consent_contact"] is False and clean["email"] is None
    assert str(clean["sort_key"]).startswith("zoe nunez\x00")


#: Cells as an import gives them: good ones, and ones each rule refuses.
CELLS: dict[str, list[object]] = {
    "full_name": ["Ana Petrova", "Zoë Ñúñez", "李雷", "", "  ", "Bad\x00Name"],
    "email": ["", "ana@example.org", "ana@", "zoe@example.org"],
    "status": ["active", "left", "Inactive", "", "gone"],
    "joined_on": ["", "2024-01-16", "16/01/2024", "2030-01-01", "not a day"],
    "left_on": ["", "2023-12-31", "2025-02-01"],
    "consent_roster": ["yes", "no", "", "maybe"],
    "consent_roster_how": ["", "form", "by pigeon"],
}


@settings(max_examples=150, deadline=None)
@given(table_rows(CELLS, max_size=12))
def test_rows_checked_a_column_at_a_time_are_told_as_each_row_alone(
    rows: list[dict[str, object]],
) -> None:
    """An import checks each distinct value of a column once; every row still gets exactly the
    values, or the errors, that checking it alone gives, whatever its neighbours hold."""
    columns = {field: [row[field] for row in rows] for field in CELLS}
    checked = clean_new_members(columns, region="GB", today=TODAY, locale="en_GB")
    for at, row in enumerate(rows):
        try:
            alone: object = clean_member_values(row, region="GB", today=TODAY, locale="en_GB")
        except ValidationError as problem:
            assert checked.refused[at].errors == problem.errors
        else:
            assert at not in checked.refused
            assert checked.row(at) == alone
