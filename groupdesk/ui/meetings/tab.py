"""What the meeting editor's tabs share: reading afresh when shown, reading a typed day, and
showing a refused write."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.ui.context import AppContext
from groupdesk.ui.ops import show_error
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
