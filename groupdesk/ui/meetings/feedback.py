"""What the meeting editor's tabs share: reading a typed day, and showing a refused write."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.ui.ops import show_error
from groupdesk.ui.widgets.forms import FieldErrors


def day_problem() -> str:
    return QCoreApplication.translate(
        "MeetingForms", "write the day as 2026-12-31, or pick it (Alt+Down)"
    )


def typed_day(text: str) -> date | None:
    """The day typed (ISO, as the calendar writes it); None for none; ValueError if unreadable."""
    text = text.strip()
    return date.fromisoformat(text) if text else None


def show_refusal(owner: QWidget, errors: FieldErrors, result: QLabel, error: BaseException) -> None:
    """A refused write: each message beside its field, the rest under the form; a bug as a bug."""
    if isinstance(error, ValidationError):
        result.setText("\n".join(errors.show(error)))
    elif isinstance(error, GroupDeskError):
        result.setText(str(error))
    else:
        show_error(owner, error)
