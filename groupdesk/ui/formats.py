"""How the GUI writes numbers, money, percentages and days: the group's way, from its locale.

A page gets one `Formats` for the group's locale (from the group settings, passed in) and uses
it for every cell and label, so "1 234,56 €", "12,5 %" and "3 mai 2026" agree across pages,
reports and the CLI (all through Babel). Moments (a sync, a backup) are written by
`moment_text`, in this computer's time zone.

A day's month is a word, and words belong to the screens' language: with the screens in Arabic
or Spanish and a group in en_GB, "30 Nov 2026" would sit in English inside an Arabic sentence
(and Arabic's direction would scatter its parts). So days go through `words_locale`: the
group's locale while the screens speak its language (or English, the source), else the
screens' language, in the group's country where Babel knows that pair.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from functools import cache

from groupdesk.money import Money, format_money, parse_money
from groupdesk.services import wording
from groupdesk.ui.language import SOURCE_LANGUAGE, screens_language


def words_locale(locale: str) -> str:
    """The locale to write a day's words in, for a group in `locale` (see the module's doc)."""
    return _words_locale(screens_language(), locale)


@cache
def _words_locale(screens: str, locale: str) -> str:
    """Asked for every day in a list: Babel's parsing, once per pair."""
    from babel import Locale, UnknownLocaleError

    group = Locale.parse(locale)
    if screens in (SOURCE_LANGUAGE, group.language):
        return locale
    for candidate in (f"{screens}_{group.territory}", screens):
        try:
            Locale.parse(candidate)
        except (UnknownLocaleError, ValueError):
            continue
        return candidate
    return locale


def day_text(day: date | None, locale: str) -> str:
    """A day as `services.wording.day_text` writes it, in the screens' words."""
    return wording.day_text(day, words_locale(locale))


def moment_text(moment: datetime | str | None, locale: str) -> str:
    """A stored moment as `services.wording.moment_text` writes it, in the screens' words."""
    return wording.moment_text(moment, words_locale(locale))


@dataclass(frozen=True)
class Formats:
    """Writing and reading values in one locale (`Formats("fr_FR")`)."""

    locale: str

    def number(self, value: int | Decimal, *, places: int | None = None) -> str:
        """'1 234,5' in fr_FR, '12,34,567' in hi_IN; with `places`, exactly that many decimals."""
        from babel.numbers import format_decimal

        if places is None:
            return format_decimal(value, locale=self.locale)
        return self._apply("decimal_formats", value, places)

    def percent(self, fraction: int | Decimal, *, places: int = 0) -> str:
        """A fraction as a percentage: Decimal('0.125') → '12,5 %' in fr_FR with places=1."""
        return self._apply("percent_formats", fraction, places)

    def _apply(self, kind: str, value: int | Decimal, places: int) -> str:
        """The locale's own pattern of `kind` (its grouping, its percent sign and spacing), held
        to exactly `places` decimal places."""
        from babel import Locale
        from babel.numbers import parse_pattern

        locale = Locale.parse(self.locale)
        # A copy: Babel hands out the locale's own pattern object, shared by every caller.
        pattern = copy.copy(parse_pattern(getattr(locale, kind)[None]))
        pattern.frac_prec = (places, places)
        return str(pattern.apply(Decimal(value), locale))

    def money(self, amount: Money) -> str:
        return format_money(amount, self.locale)

    def read_money(self, text: str, *, currency: str, field: str = "amount") -> Money:
        """What was typed in a money field; ValidationError on `field` with an example."""
        return parse_money(text, currency=currency, locale=self.locale, field=field)

    def time(self, value: datetime) -> str:
        """'18:30' in en_GB, '6:30 PM' in en_US: a time of day as given (no zone change)."""
        from babel.dates import format_time

        return format_time(value.time(), format="short", locale=words_locale(self.locale))

    def day(self, value: date | None) -> str:
        """'3 May 2026' in en_GB, '3 mai 2026' in fr_FR; an empty day is '—' (as the CLI's)."""
        return day_text(value, self.locale)
