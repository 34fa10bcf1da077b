"""What the grants dialogs read from their fields as they are typed: an amount in the grant's
currency (the group's way of writing it, never below zero — the services' own rule), and a day.
Each problem is a `ValidationError` on the field's name, so it shows beside that field."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TypeVar

from babel.numbers import NumberFormatError, parse_number
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit

from groupdesk.errors import ValidationError
from groupdesk.money import Money, exponent
from groupdesk.services.grants.rules import checked_amount
from groupdesk.ui.formats import Formats
from groupdesk.ui.meetings.tab import day_problem, typed_day
from groupdesk.ui.messages import reworded

T = TypeVar("T")


def typed_amount(
    edit: QLineEdit, *, field: str, currency: str, locale: str, required: bool = False
) -> Money | None:
    """The amount in `edit` (None when empty and not `required`); a refusal in the reader's
    language, as it is shown while typing."""
    text = edit.text().strip()
    if not text and not required:
        return None
    try:
        amount = Formats(locale).read_money(text, currency=currency, field=field)
        return checked_amount(amount, field=field, currency=currency, allow_zero=not required)
    except ValidationError as problem:
        raise reworded(problem, locale) from None


def money_owed(
    problems: dict[str, str], edit: QLineEdit, *, currency: str, locale: str
) -> Money | None:
    """The amount a form needs (None while empty); zero or below is a problem beside the
    field, added to `problems`."""
    return collect(
        problems,
        lambda: typed_amount(
            edit,
            field="amount",
            currency=currency,
            locale=locale,
            required=bool(edit.text().strip()),
        ),
    )


def typed_date(edit: QLineEdit, *, field: str, locale: str) -> date | None:
    """The day in `edit`, typed the group's way or picked (None when empty)."""
    try:
        return typed_day(edit.text(), locale)
    except ValueError:
        raise ValidationError.single(field, day_problem(locale)) from None


def collect(problems: dict[str, str], read: Callable[[], T]) -> T | None:
    """`read()`, its ValidationError's messages added to `problems` (then None)."""
    try:
        return read()
    except ValidationError as problem:
        problems.update(problem.errors)
        return None


def amount_text(amount: Money | None, locale: str) -> str:
    """An amount as it is typed back into a field: the locale's digits, no currency sign."""
    if amount is None:
        return ""
    return Formats(locale).number(amount.amount, places=exponent(amount.currency))


def typed_count(edit: QLineEdit, *, field: str, locale: str) -> int | None:
    """The whole number in `edit`, written the group's way (None when empty); never below
    zero."""
    text = edit.text().strip()
    if not text:
        return None
    try:
        count = parse_number(text, locale=locale)
    except NumberFormatError:
        raise ValidationError.single(
            field, QCoreApplication.translate("GrantFields", "write a whole number, such as 200")
        ) from None
    if count < 0:
        raise ValidationError.single(
            field, QCoreApplication.translate("GrantFields", "it cannot be below zero")
        )
    return count
