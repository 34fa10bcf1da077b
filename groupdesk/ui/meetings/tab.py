"""What the meeting editor's tabs share: reading afresh when shown, reading a typed day (the
group's way, not ISO only), and showing a refused write."""

from __future__ import annotations

import re
from datetime import date
from zoneinfo import available_timezones

from babel import Locale
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QWidget

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.services.members.fields import parse_date
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import day_text
from groupdesk.ui.ops import show_error
from groupdesk.ui.widgets.date_picker import add_calendar
from groupdesk.ui.widgets.forms import FieldErrors


class MeetingTab(QWidget):
    """A tab of a stored meeting. It reads its part afresh whenever it is shown, since another
    tab may have changed it (attendance changes the quorum; closing an action, the agenda)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_key: str | None = None

    def set_meeting(self, key: str | None) -> None:
        self.meeting_key = key
        if key is not None and self.isVisible():
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.meeting_key is not None:
            self.reload()

    def reload(self) -> None:
        """Read this tab's part of the meeting (through a `QueryOp`)."""
        raise NotImplementedError


def day_problem(locale: str) -> str:
    """What to type, with an example in the group's own way of writing days."""
    return QCoreApplication.translate(
        "MeetingForms", "write the day as {example} or {short}, or pick it (Alt+Down)"
    ).format(example=day_text(EXAMPLE_DAY, locale), short=EXAMPLE_DAY.isoformat())


EXAMPLE_DAY = date(2026, 12, 31)


def typed_day(text: str, locale: str) -> date | None:
    """The day typed: the group's way ('31 Dec 2026' in en_GB, 'Dec 31, 2026' in en_US, as
    the editor shows days), short in the locale's order (31/12/2026 in en_GB), or ISO (what the
    calendar writes). None for none; ValueError if unreadable."""
    text = text.strip()
    if not text:
        return None
    try:
        return parse_date(text, locale=locale)
    except ValueError:
        return _day_with_month_name(text, locale)


def _day_with_month_name(text: str, locale: str) -> date:
    """A day written with its month's name or abbreviation in `locale` ('4 déc. 2026')."""
    months = _month_names(locale)
    words = re.findall(r"\w+", text.casefold())
    numbers = [word for word in words if word.isdigit()]
    named = [months[word] for word in words if word in months]
    years = [number for number in numbers if len(number) == 4]
    days = [number for number in numbers if len(number) <= 2]
    if len(named) != 1 or len(years) != 1 or len(days) != 1 or len(words) != 3:
        raise ValueError(text)
    return date(int(years[0]), named[0], int(days[0]))


def _month_names(locale: str) -> dict[str, int]:
    """Every way `locale` names a month (wide and abbreviated, folded, without dots)."""
    names: dict[str, int] = {}
    months = Locale.parse(locale).months
    for context in ("format", "stand-alone"):
        for width in ("wide", "abbreviated"):
            for number, name in months[context][width].items():
                names[name.casefold().rstrip(".")] = number
    return names


def add_day_calendar(edit: QLineEdit, locale: str) -> None:
    """The calendar beside a date field, opening on the day typed the group's way (on today's
    month when none is)."""

    def parse(text: str) -> date:
        day = typed_day(text, locale)
        if day is None:
            raise ValueError("no day typed")
        return day

    add_calendar(edit, parse)


def day_edit(locale: str, *, optional: bool = False) -> QLineEdit:
    """A field for a day: an example of the group's way as its placeholder, and the calendar."""
    edit = QLineEdit()
    example = day_field_text(EXAMPLE_DAY, locale)
    edit.setPlaceholderText(
        QCoreApplication.translate("MeetingForms", "{example} (optional)").format(example=example)
        if optional
        else example
    )
    add_day_calendar(edit, locale)
    return edit


def add_where_fields(
    errors: FieldErrors, place_label: str
) -> tuple[QComboBox, QLineEdit, QLineEdit]:
    """The time zone, place and video link rows a meeting and a series share."""
    zone = QComboBox()
    zone.setEditable(True)
    zone.addItems(sorted(available_timezones()))
    errors.add("zone", zone, QCoreApplication.translate("MeetingForms", "Time &zone"))
    place = QLineEdit()
    errors.add("place", place, place_label)
    link = QLineEdit()
    link.setPlaceholderText("https://")
    errors.add("link", link, QCoreApplication.translate("MeetingForms", "Video &link"))
    return zone, place, link


def day_field_text(day: date, locale: str) -> str:
    """A day as a date field shows it: the group's way, which `typed_day` reads back."""
    return day_text(day, locale)


def show_refusal(owner: QWidget, errors: FieldErrors, result: QLabel, error: BaseException) -> None:
    """A refused write: each message beside its field, the rest under the form; a bug as a bug."""
    if isinstance(error, ValidationError):
        result.setText("\n".join(errors.show(error)))
    elif isinstance(error, GroupDeskError):
        result.setText(str(error))
    else:
        show_error(owner, error)
