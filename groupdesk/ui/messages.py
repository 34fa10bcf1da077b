"""The services' sentences in the reader's language, with their values written the group's way.

A service marks its sentence and names its values (`groupdesk.messages.Message`); here the
template is translated in its context and each value written through the group's locale: a day
as "4 dic 2026", money as "1.234,50 €", a number as "1.234", a name someone typed in an isolate.
`Op` rewords every refusal it hands on, so a dialog shows `str(error)` or `error.errors` as
before and reads the reader's language.
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication

from groupdesk.errors import GroupDeskError
from groupdesk.messages import Message, english_plural
from groupdesk.money import Money
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.formats import Formats

E = TypeVar("E", bound=BaseException)


def said(text: str, locale: str) -> str:
    """`text` in the reader's language when a service marked it (a `Message`), else as it is."""
    if not isinstance(text, Message):
        return text
    count = text.arguments.get("n") if text.counted else None
    if isinstance(count, int):
        template = _counted(text, count, locale)
    else:
        template = QCoreApplication.translate(text.context, text.template, text.disambiguation)
    if not text.arguments:
        return template
    return worded(template, locale, **text.arguments)


def worded(template: str, locale: str, /, **values: object) -> str:
    """`template` (a sentence already translated) filled with `values` the group's way:
    numbers grouped ("30,000 items", not "30000"), days and money as the group writes them,
    names isolated for right-to-left text."""
    return isolated_once(_Wording(Formats(locale)).vformat(template, (), values))


def _counted(text: Message, count: int, locale: str) -> str:
    """The plural form the reader's language needs for `count`, written the group's way (Qt
    puts it in as bare figures: "1200" where the group writes "1.200")."""
    form = QCoreApplication.translate(text.context, text.template, text.disambiguation, count)
    if form == text.template.replace("%n", str(count)):  # no translation: the English forms
        form = english_plural(text.template, count)
    written = Formats(locale).number(count)
    return re.sub(rf"(?<!\d){count}(?!\d)", lambda _: written, form)


def reworded(error: E, locale: str) -> E:
    """A service's refusal with its sentences in the reader's language; anything else (a bug)
    as it is."""
    if isinstance(error, GroupDeskError):
        return error.reworded(lambda text: said(text, locale))
    return error


@dataclass(frozen=True)
class _Quoted:
    """A value the English sentence quotes (`{text!r}`, Python's 'x'): on screen “x”."""

    value: object


class _Wording(string.Formatter):
    def __init__(self, formats: Formats) -> None:
        super().__init__()
        self.formats = formats

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        return _Quoted(value) if conversion == "r" else value

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, _Quoted):  # curly quotes read well in every language shipped
            return f"“{self.written(value.value)}”"
        if format_spec and not isinstance(value, date):  # a day's spec is the CLI's ISO form
            return format(value, format_spec)
        return self.written(value)

    def written(self, value: object) -> str:
        """One value the group's way; a service's own sentence translated in turn."""
        if isinstance(value, Message):
            return said(value, self.formats.locale)
        if isinstance(value, str):
            return isolate(value)
        if isinstance(value, datetime):  # a time someone gave (a meeting's), in its own zone
            return f"{self.formats.day(value.date())} {self.formats.time(value)}"
        if isinstance(value, date):
            return self.formats.day(value)
        if isinstance(value, Money):
            return self.formats.money(value)
        if isinstance(value, int | Decimal) and not isinstance(value, bool):
            return self.formats.number(value)
        return str(value)
