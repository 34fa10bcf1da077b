"""One action, opened from an action list: what is to be done, its owner and due day (edited and
saved), its status (done, dropped, or open again), and the meeting it was raised at."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from groupdesk.errors import ValidationError
from groupdesk.services.meetings.actions import ActionRow, edit_action, get_action, set_status
from groupdesk.services.members.choices import PersonChoice, active_people
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import day_text
from groupdesk.ui.meetings.actions_tab import add_action_fields
from groupdesk.ui.meetings.tab import (
    day_field_text,
    day_problem,
    show_refusal,
    typed_day,
)
from groupdesk.ui.ops import Op, OpJob, QueryOp
from groupdesk.ui.widgets.forms import FieldErrors, explain_disabled
from groupdesk.ui.words import MEETINGS, word


class ActionDialog(QDialog):
    def __init__(self, context: AppContext, *, action_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.action_id = action_id
        self.action: ActionRow | None = None
        self.setWindowTitle(self.tr("Action"))
        self.setAccessibleName(self.windowTitle())
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.text_edit, self.owner_picker, self.due_edit = add_action_fields(
            self.errors, context.locale
        )
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Status"))
        self.status_label.setWordWrap(True)
        form.addRow(self.tr("Status:"), self.status_label)

        self.save_button = QPushButton(self.tr("&Save"))
        self.done_button = QPushButton(self.tr("Mark &done"))
        self.drop_button = QPushButton(self.tr("D&rop"))
        self.reopen_button = QPushButton(self.tr("Re&open"))
        self.meeting_button = QPushButton(self.tr("Open its &meeting"))
        self.save_button.clicked.connect(self.save)
        self.done_button.clicked.connect(lambda: self.change_status("done"))
        self.drop_button.clicked.connect(lambda: self.change_status("dropped"))
        self.reopen_button.clicked.connect(lambda: self.change_status("open"))
        self.meeting_button.clicked.connect(self._open_meeting)
        row = QHBoxLayout()
        for button in (
            self.save_button,
            self.done_button,
            self.drop_button,
            self.reopen_button,
            self.meeting_button,
        ):
            button.setAutoDefault(False)
            button.setAccessibleName(button.text().replace("&", ""))
            row.addWidget(button)
        row.addStretch(1)
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Result"))
        self.result_label.setWordWrap(True)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.result_label)
        layout.addWidget(close)
        self.text_edit.textChanged.connect(self._check)
        self.due_edit.textChanged.connect(self._check)
        self.resize(560, 0)
        self._show_buttons()
        QueryOp(self, lambda job: active_people(job.uow()), key="people").on_success(
            self._show_people
        ).run(context)
        self.reload()

    def reload(self) -> None:
        action_id = self.action_id
        QueryOp(
            self, lambda job: get_action(job.uow(), action_id=action_id), key="action"
        ).on_success(self._show).run(self.context)

    def _show_people(self, people: Sequence[PersonChoice]) -> None:
        chosen = self.owner_picker.member_id()
        if chosen is None and self.action is not None:
            chosen = self.action.owner_id
        self.owner_picker.set_people(people)
        self.owner_picker.choose(chosen)

    def _show(self, action: ActionRow) -> None:
        self.action = action
        self.text_edit.setText(action.text)
        self.owner_picker.choose(action.owner_id)
        locale = self.context.locale
        self.due_edit.setText(day_field_text(action.due_on, locale) if action.due_on else "")
        status = word(MEETINGS, action.status)
        if action.status_changed_on is not None:
            status = self.tr("{status} since {day}").format(
                status=status, day=day_text(action.status_changed_on, locale)
            )
        if action.overdue:
            status = self.tr("{status}, overdue").format(status=status)
        if action.raised_at_meeting_title:
            status = isolated_once(
                self.tr("{status}; raised at {meeting}").format(
                    status=status, meeting=isolate(action.raised_at_meeting_title)
                )
            )
        self.status_label.setText(status)
        self.setWindowTitle(
            isolated_once(self.tr("Action: {text}").format(text=isolate(action.text)))
        )
        self._show_buttons()
        self.adjustSize()  # room for a status that wraps

    def _show_buttons(self) -> None:
        action = self.action
        self.done_button.setVisible(action is not None and action.status != "done")
        self.drop_button.setVisible(action is not None and action.status == "open")
        self.reopen_button.setVisible(action is not None and action.status != "open")
        self.meeting_button.setVisible(action is not None and bool(action.raised_at_meeting_id))
        self._check()

    def _due(self) -> date | None:
        return typed_day(self.due_edit.text(), self.context.locale)

    def _check(self) -> None:
        problem: str | None = None
        try:
            self._due()
        except ValueError:
            problem = day_problem(self.context.locale)
            self.errors.show(ValidationError.single("due_on", problem))
        else:
            self.errors.clear()
            if not self.text_edit.text().strip():
                problem = self.tr("Say what is to be done")
        if self.action is None:
            problem = problem or self.tr("Reading the action…")
        explain_disabled(self.save_button, problem)

    def save(self) -> Op[None] | None:
        try:
            due = self._due()
        except ValueError:
            return None
        action_id, text, owner = (
            self.action_id,
            self.text_edit.text(),
            self.owner_picker.member_id(),
        )

        def write(job: OpJob) -> None:
            edit_action(job.uow(), action_id=action_id, text=text, owner_id=owner, due_on=due)

        return self._run(write, self.tr("Saved."))

    def change_status(self, status: str) -> Op[None]:
        action_id = self.action_id

        def write(job: OpJob) -> None:
            set_status(job.uow(), action_id=action_id, status=status)

        said = {
            "done": self.tr("Marked done."),
            "dropped": self.tr("Dropped."),
            "open": self.tr("Open again."),
        }
        return self._run(write, said[status])

    def _run(self, write: Callable[[OpJob], None], said: str) -> Op[None]:
        def done(_none: None) -> None:
            self.errors.clear()
            self.result_label.setText(said)
            self.reload()

        return (
            Op(self, write)
            .on_success(done)
            .on_failure(lambda error: show_refusal(self, self.errors, self.result_label, error))
            .run(self.context)
        )

    def _open_meeting(self) -> None:
        if self.action is not None and self.action.raised_at_meeting_id:
            self.context.open_record("meetings", self.action.raised_at_meeting_id)
