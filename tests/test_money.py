"""Money: exact amounts in one currency, minor units by the currency's exponent, splitting
without losing a cent, and amounts written and read the way each locale does."""

from __future__ import annotations

from decimal import Decimal

import pytest
from babel.localedata import locale_identifiers
from hypothesis import given, settings
from hypothesis import strategies as st

from groupdesk.errors import ValidationError
from groupdesk.money import CurrencyMismatchError, Money, exponent, format_money, parse_money

CURRENCIES = ("EUR", "GBP", "USD", "JPY", "BHD", "INR", "CHF", "KWD", "CLF", "XAF")
#: Every locale Babel knows (about 1,100), so a group anywhere reads back what it was shown.
LOCALES = sorted(locale_identifiers())

currencies = st.sampled_from(CURRENCIES)
minor_units = st.integers(min_value=-(10**15), max_value=10**15)


@st.composite
def money(draw: st.DrawFn, currency: str | None = None) -> Money:
    return Money.from_minor(draw(minor_units), currency or draw(currencies))


def nbsp(text: str) -> str:
    """Babel's spacing (narrow and no-break spaces) written as the plain spaces a test types."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


# --- the value ---------------------------------------------------------------------------------


def test_each_currency_keeps_its_own_minor_unit() -> None:
    assert [exponent(c) for c in ("JPY", "EUR", "BHD")] == [0, 2, 3]
    assert Money.from_minor(1234, "JPY").amount == Decimal("1234")
    assert Money.from_minor(1234, "EUR").amount == Decimal("12.34")
    assert Money.from_minor(1234, "BHD").amount == Decimal("1.234")
    assert Money(Decimal("12.5"), "eur") == Money(Decimal("12.50"), "EUR")
    assert Money(Decimal("12.5"), "EUR").minor_units == 1250


def test_an_amount_finer_than_the_currency_or_a_float_is_refused() -> None:
    with pytest.raises(ValueError, match="more decimal places than JPY has"):
        Money(Decimal("1.5"), "JPY")
    with pytest.raises(TypeError, match="not float"):
        Money(1.5, "EUR")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="not float"):
        Money(Decimal(1), "EUR").times(0.5)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="'ABC' is not an ISO 4217 currency code"):
        Money(Decimal(1), "ABC")


def test_currencies_never_mix() -> None:
    euros, pounds = Money(Decimal("5"), "EUR"), Money(Decimal("3"), "GBP")
    with pytest.raises(CurrencyMismatchError, match=r"Cannot add 5\.00 EUR and 3\.00 GBP"):
        _ = euros + pounds
    with pytest.raises(CurrencyMismatchError, match="Cannot subtract"):
        _ = euros - pounds
    with pytest.raises(CurrencyMismatchError, match="Cannot compare"):
        _ = euros < pounds
    assert euros != pounds


def test_arithmetic_within_one_currency() -> None:
    fee = Money(Decimal("12.50"), "EUR")
    assert fee + fee == fee * 2 == 2 * fee == Money(Decimal("25"), "EUR")
    assert sum([fee, fee, fee]) == Money(Decimal("37.50"), "EUR")
    assert -fee == Money(Decimal("-12.50"), "EUR") and abs(-fee) == fee
    assert fee.times(Decimal("0.175")) == Money(Decimal("2.19"), "EUR")  # 2.1875, half-even
    assert Money.zero("EUR") < fee and not Money.zero("EUR")
    assert str(fee) == "12.50 EUR"


def test_a_split_gives_the_odd_cents_to_the_first_parts() -> None:
    assert [str(m) for m in Money(Decimal("100"), "EUR").split(3)] == [
        "33.34 EUR",
        "33.33 EUR",
        "33.33 EUR",
    ]
    assert [str(m) for m in Money(Decimal("-0.05"), "EUR").split(3)] == [
        "-0.02 EUR",
        "-0.02 EUR",
        "-0.01 EUR",
    ]
    assert [str(m) for m in Money(Decimal("10"), "JPY").allocate([1, 2])] == ["3 JPY", "7 JPY"]


ratio = st.integers(min_value=0, max_value=1000) | st.decimals(
    min_value=0, max_value=100, places=3, allow_nan=False, allow_infinity=False
)


@given(money(), st.lists(ratio, min_size=1, max_size=12))
def test_allocated_parts_add_up_to_the_whole(whole: Money, ratios: list[int | Decimal]) -> None:
    if not any(ratios):
        ratios[0] = 1
    parts = whole.allocate(ratios)
    assert sum(parts, Money.zero(whole.currency)) == whole
    assert all(part.currency == whole.currency for part in parts)
    # Each part is within one minor unit of its exact share.
    for part, ratio in zip(parts, ratios, strict=True):
        exact = Decimal(whole.minor_units) * ratio / sum(ratios)
        assert abs(part.minor_units - exact) < 1


@given(minor_units, currencies)
def test_minor_units_round_trip(units: int, currency: str) -> None:
    amount = Money.from_minor(units, currency)
    assert amount.minor_units == units
    assert isinstance(amount.amount, Decimal) and isinstance(amount.minor_units, int)
    assert Money.from_minor(amount.minor_units, currency) == amount


@given(st.integers(min_value=-(2**63), max_value=2**63 - 1), currencies)
def test_an_amount_read_from_the_database_is_the_checked_one_exactly(
    units: int, currency: str
) -> None:
    """`from_minor` skips the constructor's checks (every amount read comes through it): it
    must make what the checked constructor makes, to the exponent, for any stored integer."""
    read = Money.from_minor(units, currency.lower())
    checked = Money(read.amount, currency)
    assert (read.amount, read.currency) == (checked.amount, checked.currency)
    assert str(read.amount) == str(checked.amount)  # "0.00", not "0E-2"
    assert read.amount.as_tuple().exponent == -exponent(currency)


# --- written and read the locale's way ---------------------------------------------------------


def test_amounts_are_written_the_locales_way() -> None:
    amount = Money(Decimal("1234.56"), "EUR")
    assert nbsp(format_money(amount, "fr_FR")) == "1 234,56 €"
    assert format_money(amount, "en_IE") == "€1,234.56"
    assert format_money(-amount, "en_IE") == "-€1,234.56"
    assert nbsp(format_money(amount, "de_DE")) == "1.234,56 €"
    assert format_money(Money(Decimal("1234"), "JPY"), "ja_JP") == "￥1,234"


@pytest.mark.parametrize(
    ("typed", "locale", "expected"),
    [
        ("1 234,56", "fr_FR", "1234.56"),  # an ordinary space where French prints a narrow one
        ("1234,56 €", "fr_FR", "1234.56"),
        ("-1 234,56 €", "fr_FR", "-1234.56"),
        ("€1,234.56", "en_IE", "1234.56"),
        ("-€1,234.56", "en_IE", "-1234.56"),
        ("(€12.00)", "en_IE", "-12.00"),  # accounting brackets
        ("€ −3", "en_IE", "-3"),  # a typographic minus
        ("12 EUR", "en_GB", "12"),
        ("1.234,5", "de_DE", "1234.50"),
        ("1’234.50", "de_CH", "1234.50"),  # the apostrophe Swiss keyboards make
        ("12,34,567.89", "mr_IN", "1234567.89"),  # Indian grouping, and …
        ("1,234,567.89", "mr_IN", "1234567.89"),  # … the way mr_IN prints money
    ],
)
def test_amounts_are_read_the_locales_way(typed: str, locale: str, expected: str) -> None:
    assert parse_money(typed, currency="EUR", locale=locale) == Money(Decimal(expected), "EUR")


@pytest.mark.parametrize(
    ("typed", "currency", "sentence"),
    [
        ("", "EUR", "enter an amount, like €1,234.56"),
        ("twelve", "EUR", "'twelve' is not an amount; write it like €1,234.56"),
        ("1e5", "EUR", "'1e5' is not an amount"),
        ("1,23", "EUR", "'1,23' is not an amount (did you mean 123 or 1.23?)"),
        ("1.005", "EUR", "EUR amounts have at most 2 decimal places; write it like €1,234.56"),
        ("12.5", "JPY", "JPY amounts have no decimal places; write it like JP¥1,234"),
        ("$12", "EUR", "'$12' is not an amount"),
    ],
)
def test_bad_input_is_refused_with_a_sentence_beside_the_field(
    typed: str, currency: str, sentence: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_money(typed, currency=currency, locale="en_GB", field="deposit")
    assert list(refused.value.errors) == ["deposit"]
    assert sentence in refused.value.errors["deposit"]


@settings(max_examples=300)
@given(money(), st.sampled_from(LOCALES))
def test_what_is_written_reads_back_the_same_in_every_locale(amount: Money, locale: str) -> None:
    read_back = parse_money(format_money(amount, locale), currency=amount.currency, locale=locale)
    assert read_back == amount
    assert type(read_back.amount) is Decimal  # no float on the way


@settings(max_examples=300)
@given(money(), st.sampled_from(LOCALES))
def test_an_amount_is_written_as_babel_s_format_currency_writes_it(
    amount: Money, locale: str
) -> None:
    """`format_money` keeps each locale's parsed form and pattern: the same text as asking
    Babel afresh every time."""
    from babel.numbers import format_currency

    expected = format_currency(amount.amount, amount.currency, locale=locale)
    assert format_money(amount, locale) == expected


def test_money_in_json_is_a_decimal_string_beside_its_currency() -> None:
    assert Money(Decimal("0.30"), "EUR").as_dict() == {"amount": "0.30", "currency": "EUR"}
    assert Money.from_minor(1234567, "JPY").as_dict() == {"amount": "1234567", "currency": "JPY"}
    assert Money.from_minor(300, "KWD").as_dict() == {"amount": "0.300", "currency": "KWD"}
