"""What the grants dialogs share: a form whose fields show their problems beside them, a line
for what the save said, Save (the default) and Cancel, and the save itself run off the GUI
thread, a refusal shown beside its field and nothing saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from groupdesk.errors import ValidationError
from groupdesk.ui.context import AppContext
from groupdesk.ui.meetings.tab import add_day_calendar, show_refusal
from groupdesk.ui.ops import Op, OpJob
from groupdesk.ui.widgets.forms import FieldErrors, explain_disabled

T = TypeVar("T")


class FormDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.form = QFormLayout()
        self.errors = FieldErrors(self.form)
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Result"))
        self.result_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("primary")
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)

    def name(self, title: str, save: str) -> None:
        """The dialog's title, and what Save says it does to a screen reader."""
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.save_button.setAccessibleName(save)

    def write(self, work: Callable[[OpJob], T], saved: Callable[[T], object]) -> Op[T]:
        """Save through `work` off the GUI thread; `saved` gets what it returns."""
        return (
            Op(self, work)
            .with_progress(self.tr("Saving…"))
            .on_success(saved)
            .on_failure(lambda error: show_refusal(self, self.errors, self.result_label, error))
            .run(self.context)
        )


class CheckedFormDialog(FormDialog):
    """A form read whole as it is typed: `read` gives the values (each problem beside its
    field), `missing` says why Save waits when nothing is wrong yet, and `work` is the save.
    Save is refused while anything is wrong, so nothing is written for a bad value."""

    #: What the save returned.
    saved = Signal(object)

    def watch(self, *signals: SignalInstance) -> None:
        """Check the form whenever one of `signals` fires (and now)."""
        for signal in signals:
            signal.connect(self.check)
        self.save_button.clicked.connect(self.save)
        self.check()

    def day_edit(self, field: str, label: str) -> QLineEdit:
        """A day field with its calendar, typed the group's way."""
        edit = QLineEdit()
        edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.errors.add(field, edit, label)
        add_day_calendar(edit, self.context.locale)
        return edit

    def read(self, problems: dict[str, str]) -> dict[str, Any]:
        raise NotImplementedError

    def missing(self, values: dict[str, Any]) -> str | None:
        """Why Save waits though nothing typed is wrong (a required field still empty)."""
        return None

    def work(self, values: dict[str, Any]) -> Callable[[OpJob], object]:
        raise NotImplementedError

    def check(self) -> None:
        problems: dict[str, str] = {}
        values = self.read(problems)
        self.errors.show(ValidationError(problems)) if problems else self.errors.clear()
        reason = next(iter(problems.values()), None)
        explain_disabled(self.save_button, reason or self.missing(values))

    def save(self) -> Op[object] | None:
        problems: dict[str, str] = {}
        values = self.read(problems)
        if problems or self.missing(values):
            self.errors.show(ValidationError(problems))
            return None
        return self.write(self.work(values), self._saved)

    def _saved(self, result: object) -> None:
        self.saved.emit(result)
        self.accept()
