"""Money: an exact amount in one ISO 4217 currency, never a float.

Amounts are `Decimal`s held to the currency's own number of decimal places (JPY 0, EUR 2,
BHD 3, as Babel's CLDR data says), so the database stores whole minor units (`minor_units`,
`from_minor`; see `groupdesk.models.money`). Arithmetic mixes no currencies; a sum is split
without losing a cent (`allocate`, `split`). People read and type amounts the way their locale
writes them ("1 234,56 €" in fr_FR, "€1,234.56" in en_IE): `format_money` and `parse_money`,
through Babel, so the CLI, reports and the GUI agree.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_EVEN, Decimal
from typing import TYPE_CHECKING

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.registry import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from babel import Locale
    from babel.numbers import NumberPattern

#: Marks that only steer the direction of text (bidi), never part of a number.
_DIRECTION_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u2066\u2067\u2068\u2069"))
_SPACES = "\u0020\u00a0\u202f\u2009\u2007"
_MINUS_SIGNS = "-\u2212\u2012\u2013\ufe63\uff0d"


class CurrencyMismatchError(GroupDeskError):
    """Two amounts in different currencies were added, compared or subtracted."""


@functools.cache
def _known_currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


@functools.cache
def exponent(currency: str) -> int:
    """How many decimal places the currency's minor unit has (JPY 0, EUR 2, BHD 3)."""
    from babel.numbers import get_currency_precision

    return get_currency_precision(currency)


def check_currency(code: str) -> str:
    """`code` as an upper-case ISO 4217 code that Babel knows, or a ValidationError saying so."""
    currency = code.strip().upper()
    if currency not in _known_currencies():
        raise ValidationError.single(
            "currency",
            QT_TRANSLATE_NOOP(
                "Money", "{code!r} is not an ISO 4217 currency code (like EUR, GBP or JPY)"
            ).format(code=code),
        )
    return currency


@functools.total_ordering
@dataclass(frozen=True, slots=True)
class Money:
    """An amount of one currency, exact to its minor unit (`Money(Decimal("12.50"), "EUR")`)."""

    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if isinstance(self.amount, bool) or not isinstance(self.amount, Decimal | int):
            raise TypeError(f"Money takes a Decimal or an int, not {type(self.amount).__name__}")
        currency = check_currency(self.currency)
        exact = Decimal(self.amount).quantize(_quantum(currency))
        if exact != self.amount:
            raise ValueError(
                f"{self.amount} has more decimal places than {currency} has ({exponent(currency)})"
            )
        object.__setattr__(self, "currency", currency)
        object.__setattr__(self, "amount", exact)

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(Decimal(0), currency)

    @classmethod
    def from_minor(cls, minor_units: int, currency: str) -> Money:
        """The amount stored as whole minor units (cents, pence, fils).

        Made without `__post_init__`'s checks, which it passes by construction (whole minor
        units scaled by the currency's exponent are exact to it): every amount read from the
        database comes through here, 18,000 for the grants list at 100,000 members, and the
        checks were two thirds of their cost."""
        if isinstance(minor_units, bool) or not isinstance(minor_units, int):
            raise TypeError(f"minor units are an int, not {type(minor_units).__name__}")
        code = check_currency(currency)
        money = object.__new__(cls)
        object.__setattr__(money, "amount", Decimal(minor_units).scaleb(-exponent(code)))
        object.__setattr__(money, "currency", code)
        return money

    @property
    def minor_units(self) -> int:
        """Whole minor units, as the database stores them."""
        return int(self.amount.scaleb(exponent(self.currency)))

    # --- arithmetic within one currency --------------------------------------------------------

    def _same(self, other: Money, doing: str) -> None:
        if self.currency != other.currency:
            raise CurrencyMismatchError(
                f"Cannot {doing} {self.amount} {self.currency} and {other.amount} "
                f"{other.currency}: they are in different currencies."
            )

    def __add__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "add")
        return Money(self.amount + other.amount, self.currency)

    def __radd__(self, other: int) -> Money:
        """Lets `sum(amounts)` start from 0; any other number is refused."""
        if isinstance(other, int) and not isinstance(other, bool) and other == 0:
            return self
        return NotImplemented

    def __sub__(self, other: Money) -> Money:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "subtract")
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __abs__(self) -> Money:
        return Money(abs(self.amount), self.currency)

    def __mul__(self, times: int) -> Money:
        """Whole multiples only (3 nights at a rate); a fraction needs `times()` and a rounding."""
        if isinstance(times, bool) or not isinstance(times, int):
            return NotImplemented
        return Money(self.amount * times, self.currency)

    __rmul__ = __mul__

    def times(self, factor: Decimal | int, *, rounding: str = ROUND_HALF_EVEN) -> Money:
        """This amount times `factor` (a rate, a share), rounded to the minor unit."""
        if isinstance(factor, bool) or not isinstance(factor, Decimal | int):
            raise TypeError(f"a factor is a Decimal or an int, not {type(factor).__name__}")
        exact = (self.amount * factor).quantize(_quantum(self.currency), rounding=rounding)
        return Money(exact, self.currency)

    def __lt__(self, other: Money) -> bool:
        if not isinstance(other, Money):
            return NotImplemented
        self._same(other, "compare")
        return self.amount < other.amount

    def __bool__(self) -> bool:
        return bool(self.amount)

    def allocate(self, ratios: Sequence[int | Decimal]) -> list[Money]:
        """Split by `ratios` (3:1, or shares of a grant) so that the parts add up to exactly
        this amount: each part gets its share rounded down, and the minor units left over go,
        one each, to the parts whose shares lost the most in rounding (the first on a tie)."""
        if not ratios:
            raise ValueError("allocate needs at least one ratio")
        if any(isinstance(r, bool) or not isinstance(r, int | Decimal) or r < 0 for r in ratios):
            raise ValueError("ratios are Decimals or ints, none below zero")
        total = sum(ratios, Decimal(0))
        if total == 0:
            raise ValueError("at least one ratio must be above zero")
        whole = abs(self.minor_units)
        exact = [Decimal(whole) * r / total for r in ratios]
        parts = [int(share) for share in exact]  # int() of a non-negative Decimal rounds down
        by_loss = sorted(range(len(parts)), key=lambda i: (parts[i] - exact[i], i))
        for i in by_loss[: whole - sum(parts)]:
            parts[i] += 1
        sign = -1 if self.minor_units < 0 else 1
        return [Money.from_minor(sign * part, self.currency) for part in parts]

    def split(self, ways: int) -> list[Money]:
        """Share equally among `ways` parts, the odd minor units going to the first parts."""
        if ways < 1:
            raise ValueError("split needs at least one part")
        return self.allocate([1] * ways)

    def __composite_values__(self) -> tuple[int, str]:
        """The two columns SQLAlchemy stores it in (`groupdesk.models.money.money_column`)."""
        return self.minor_units, self.currency

    def __str__(self) -> str:
        """Plain and locale-free, for logs and CSV: '1234.50 EUR'."""
        return f"{self.amount} {self.currency}"

    def as_dict(self) -> dict[str, str]:
        """For JSON: the amount as a decimal string (never a float) beside its currency code,
        {"amount": "1234.50", "currency": "EUR"}."""
        return {"amount": str(self.amount), "currency": self.currency}


# --- reading and writing amounts the way people do ---------------------------------------------


def format_money(money: Money, locale: str) -> str:
    """'1 234,56 €' in fr_FR, '€1,234.56' in en_IE, '-¥1,235' in ja_JP: the locale's own way.

    Babel's `format_currency` with the locale's parsed form and pattern kept: it parsed the
    locale's name on every call, two thirds of its 40 µs (a list of 3,000 grants formats
    thousands of amounts)."""
    parsed, pattern = _currency_format(locale)
    return str(pattern.apply(money.amount, parsed, currency=money.currency))


@functools.cache
def _currency_format(locale: str) -> tuple[Locale, NumberPattern]:
    """The locale and its standard currency pattern, as `format_currency` looks them up."""
    from babel import Locale

    parsed = Locale.parse(locale)
    return parsed, parsed.currency_formats["standard"]


def parse_money(text: str, *, currency: str, locale: str, field: str = "amount") -> Money:
    """What someone typed, read the way their locale writes amounts ("1 234,56", "1.234,56 €",
    "-€12", "(€12.00)"); the currency's symbol or code may be there or not. Bad input is a
    ValidationError on `field` with a sentence that shows how to write it."""
    from babel.numbers import (
        NumberFormatError,
        get_decimal_symbol,
        get_group_symbol,
        parse_decimal,
    )

    currency = check_currency(currency)
    example = format_money(
        Money.from_minor(123456 * 10 ** exponent(currency) // 100, currency), locale
    )
    typed = text.strip()
    if not typed:
        raise ValidationError.single(
            field,
            QT_TRANSLATE_NOOP("Money", "enter an amount, like {example}").format(example=example),
        )
    negative, digits = _sign_and_digits(typed, symbols=_symbols(currency, locale))
    group, decimal = get_group_symbol(locale), get_decimal_symbol(locale)
    if group in _SPACES:  # typed with an ordinary space where the locale prints a narrow one
        digits = re.sub(f"[{_SPACES}]", group, digits)
    elif group == "'":
        digits = digits.replace("\u2019", "'")
    unreadable = QT_TRANSLATE_NOOP(
        "Money", "{typed!r} is not an amount; write it like {example}"
    ).format(typed=typed, example=example)
    if not digits or any(not (c.isdigit() or c in (group, decimal)) for c in digits):
        raise ValidationError.single(field, unreadable)
    try:
        amount = parse_decimal(digits, locale=locale, strict=True)
    except NumberFormatError as error:
        grouped = _grouped_as_money(digits, currency=currency, locale=locale)
        if grouped is not None:
            return Money(-grouped if negative else grouped, currency)
        suggestions = getattr(error, "suggestions", None)
        if suggestions:
            unreadable = QT_TRANSLATE_NOOP(
                "Money",
                "{typed!r} is not an amount (did you mean {guesses}?); write it like {example}",
            ).format(typed=typed, guesses=" or ".join(suggestions[:2]), example=example)
        raise ValidationError.single(field, unreadable) from None
    places = exponent(currency)
    if amount != amount.quantize(_quantum(currency)):
        raise ValidationError.single(
            field,
            (
                QT_TRANSLATE_NOOP(
                    "Money",
                    "{currency} amounts have at most {places} decimal places; write it like "
                    "{example}",
                )
                if places
                else QT_TRANSLATE_NOOP(
                    "Money", "{currency} amounts have no decimal places; write it like {example}"
                )
            ).format(currency=currency, places=places, example=example),
        )
    return Money(-amount if negative else amount, currency)


def _grouped_as_money(digits: str, *, currency: str, locale: str) -> Decimal | None:
    """`digits` read leniently, if they are grouped just as the locale groups amounts of money.

    Some locales group money unlike other numbers (mr_IN writes 1,234,567.89 as money but
    12,34,567.89 otherwise), and Babel's strict reading knows only the latter."""
    from babel.numbers import NumberFormatError, get_decimal_symbol, parse_decimal

    try:
        amount = parse_decimal(digits, locale=locale)
    except NumberFormatError:
        return None
    if amount != amount.quantize(_quantum(currency)):
        return None
    shown = format_money(Money(amount.quantize(_quantum(currency)), currency), locale)
    _, shown_digits = _sign_and_digits(shown, symbols=_symbols(currency, locale))
    point = get_decimal_symbol(locale)
    return amount if shown_digits.split(point)[0] == digits.split(point)[0] else None


def _symbols(currency: str, locale: str) -> tuple[str, str]:
    from babel.numbers import get_currency_symbol

    return get_currency_symbol(currency, locale), currency


def _sign_and_digits(typed: str, *, symbols: tuple[str, ...]) -> tuple[bool, str]:
    """Whether `typed` is negative (a minus sign before or after, or accounting brackets), and
    what is left once the sign, the currency symbols and the direction marks are gone."""
    cleaned = typed.translate(_DIRECTION_MARKS).strip(_SPACES)
    negative = cleaned.startswith("(") and cleaned.endswith(")")
    if negative:
        cleaned = cleaned[1:-1]
    marks = {symbol.translate(_DIRECTION_MARKS).strip() for symbol in symbols}
    for mark in sorted(marks - {""}, key=len, reverse=True):
        cleaned = cleaned.replace(mark, " ")
    cleaned = cleaned.strip(_SPACES)
    if cleaned[:1] and cleaned[0] in _MINUS_SIGNS:
        negative, cleaned = not negative, cleaned[1:]
    elif cleaned[-1:] and cleaned[-1] in _MINUS_SIGNS:
        negative, cleaned = not negative, cleaned[:-1]
    return negative, cleaned.strip(_SPACES)


@functools.cache
def _quantum(currency: str) -> Decimal:
    """The currency's minor unit as a Decimal (cached: every Money is quantized to it)."""
    return Decimal(1).scaleb(-exponent(currency))
