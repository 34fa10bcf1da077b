"""Numbers, money, percentages and days written the group's way, from its locale."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from groupdesk.errors import ValidationError
from groupdesk.money import Money
from groupdesk.ui.formats import Formats


def plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest.mark.parametrize(
    ("locale", "number", "two_places", "percent", "day", "money"),
    [
        ("en_GB", "1,234,567.5", "1,234.50", "12.5%", "3 May 2026", "£1,234.56"),
        ("fr_FR", "1 234 567,5", "1 234,50", "12,5 %", "3 mai 2026", "1 234,56 £GB"),
        ("de_DE", "1.234.567,5", "1.234,50", "12,5 %", "03.05.2026", "1.234,56 £"),
        ("hi_IN", "12,34,567.5", "1,234.50", "12.5%", "3 मई 2026", "£1,234.56"),
        ("tr_TR", "1.234.567,5", "1.234,50", "%12,5", "3 May 2026", "£1.234,56"),
    ],
)
def test_values_are_written_the_groups_way(
    locale: str, number: str, two_places: str, percent: str, day: str, money: str
) -> None:
    formats = Formats(locale)
    assert plain(formats.number(Decimal("1234567.5"))) == number
    assert plain(formats.number(Decimal("1234.5"), places=2)) == two_places
    assert plain(formats.percent(Decimal("0.125"), places=1)) == percent
    assert formats.day(date(2026, 5, 3)) == day
    assert plain(formats.money(Money(Decimal("1234.56"), "GBP"))) == money


def test_fixed_places_leave_the_locales_own_patterns_untouched() -> None:
    """Babel shares a locale's pattern objects: asking for 0 places once must not change how
    every later number in that locale is written."""
    formats = Formats("de_DE")
    assert formats.number(Decimal("2.5"), places=0) == "2"
    assert formats.percent(Decimal("0.5")) == "50\xa0%"
    assert formats.number(Decimal("1234.5")) == "1.234,5"
    assert plain(formats.percent(Decimal("0.125"), places=1)) == "12,5 %"


def test_an_empty_day_is_a_dash() -> None:
    assert Formats("en_GB").day(None) == "—"


def test_a_money_field_reads_what_was_typed_or_says_how_to_write_it() -> None:
    formats = Formats("fr_FR")
    assert formats.read_money("1 234,5", currency="EUR") == Money(Decimal("1234.50"), "EUR")
    with pytest.raises(ValidationError) as refused:
        formats.read_money("douze", currency="EUR", field="deposit")
    assert plain(refused.value.errors["deposit"]) == (
        "'douze' is not an amount; write it like 1 234,56 €"
    )


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_money_shown_in_a_field_reads_back(units: int) -> None:
    formats = Formats("fr_CH")
    amount = Money.from_minor(units, "CHF")
    assert formats.read_money(formats.money(amount), currency="CHF") == amount
