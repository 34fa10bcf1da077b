"""The Actions tab: actions raised at this meeting and the open ones carried over from earlier
meetings, raised here with an owner and a due day, and marked done here."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from groupdesk.errors import ValidationError
from groupdesk.services.meetings.actions import ActionRow, carried_to, list_actions, mark_done
from groupdesk.services.meetings.actions import raise_action as raise_action_service
from groupdesk.services.members.choices import PersonChoice
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import day_text
from groupdesk.ui.meetings.rows_model import RowsModel, show_rows
from groupdesk.ui.meetings.tab import (
    MeetingTab,
    day_edit,
    day_problem,
    show_refusal,
    typed_day,
)
from groupdesk.ui.members.picker import MemberPicker
from groupdesk.ui.ops import Op, OpJob, QueryOp
from groupdesk.ui.widgets.forms import FieldErrors, explain_disabled
from groupdesk.ui.words import MEETINGS, word


def describe_action(context: AppContext, action: ActionRow) -> list[str]:
    """What, who, when due (an overdue one says so), its status, and where it was raised."""
    due = day_text(action.due_on, context.locale) if action.due_on else "—"
    if action.overdue:
        due = QCoreApplication.translate("ActionList", "{due} (overdue)").format(due=due)
    owner = action.owner_name or QCoreApplication.translate("ActionList", "nobody yet")
    status = word(MEETINGS, action.status)
    return [action.text, owner, due, status, action.raised_at_meeting_title or ""]


def action_list(context: AppContext) -> RowsModel[ActionRow]:
    """Actions as the Meetings page and the editor list them."""
    headers = [
        QCoreApplication.translate("ActionList", "Action"),
        QCoreApplication.translate("ActionList", "Owner"),
        QCoreApplication.translate("ActionList", "Due"),
        QCoreApplication.translate("ActionList", "Status"),
        QCoreApplication.translate("ActionList", "Raised at"),
    ]
    return RowsModel(headers, lambda action: describe_action(context, action))


def add_action_fields(
    errors: FieldErrors, locale: str
) -> tuple[QLineEdit, MemberPicker, QLineEdit]:
    """What is to be done, its owner and its due day: raising an action and editing one."""
    text = QLineEdit()
    errors.add("text", text, QCoreApplication.translate("ActionList", "&What is to be done"))
    owner = MemberPicker(allow_none=QCoreApplication.translate("ActionList", "Nobody yet"))
    errors.add("owner_id", owner, QCoreApplication.translate("ActionList", "&Owner"))
    due = day_edit(locale, optional=True)
    errors.add("due_on", due, QCoreApplication.translate("ActionList", "D&ue"))
    return text, owner, due


class ActionsTab(MeetingTab):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model = action_list(context)
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.text_edit, self.owner_picker, self.due_edit = add_action_fields(
            self.errors, context.locale
        )
        self.raise_button = QPushButton(self.tr("Raise &action"))
        self.raise_button.setAccessibleName(self.tr("Raise action"))
        self.raise_button.clicked.connect(self.raise_action)
        form.addRow("", self.raise_button)
        self.view = QTableView()
        show_rows(self.view, self.model, self.tr("Actions of this meeting"))
        list_label = QLabel(self.tr("&Raised here and carried over from earlier meetings:"))
        list_label.setBuddy(self.view)
        self.done_button = QPushButton(self.tr("&Mark done"))
        self.done_button.setAccessibleName(self.tr("Mark the chosen action done"))
        self.done_button.clicked.connect(self.mark_chosen_done)
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Action result"))
        self.text_edit.textChanged.connect(self._check)
        self.due_edit.textChanged.connect(self._check)
        self.view.selectionModel().selectionChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(list_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.done_button)
        layout.addWidget(self.result_label)
        self._check()

    def set_people(self, people: Sequence[PersonChoice]) -> None:
        self.owner_picker.set_people(people)

    def reload(self) -> None:
        key = self.meeting_key
        assert key is not None

        def read(job: OpJob) -> list[ActionRow]:
            here = list_actions(job.uow(), meeting=key)
            known = {action.id for action in here}
            return here + [a for a in carried_to(job.uow(), meeting=key) if a.id not in known]

        QueryOp(self, read, key="actions").on_success(self._show).run(self.context)

    def _show(self, actions: list[ActionRow]) -> None:
        self.model.set_records(actions)
        self._check()

    def _due(self) -> date | None:
        return typed_day(self.due_edit.text(), self.context.locale)

    def _chosen(self) -> ActionRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _check(self) -> None:
        problem: str | None
        try:
            self._due()
        except ValueError:
            problem = day_problem(self.context.locale)
            self.errors.show(ValidationError.single("due_on", problem))
        else:
            problem = None if self.text_edit.text().strip() else self.tr("Say what is to be done")
            self.errors.clear()
        explain_disabled(self.raise_button, problem)
        chosen = self._chosen()
        explain_disabled(
            self.done_button,
            self.tr("Choose an open action in the list")
            if chosen is None or chosen.status != "open"
            else None,
        )

    def raise_action(self) -> Op[str] | None:
        key = self.meeting_key
        if key is None:
            return None
        text, owner, due = self.text_edit.text(), self.owner_picker.member_id(), self._due()

        def done(_action_id: str) -> None:
            self.result_label.setText(self.tr("Action raised."))
            self.text_edit.clear()
            self.due_edit.clear()
            self.reload()

        return (
            Op(
                self,
                lambda job: raise_action_service(
                    job.uow(), text=text, owner_id=owner, due_on=due, meeting=key
                ),
            )
            .on_success(done)
            .on_failure(self._refused)
            .run(self.context)
        )

    def mark_chosen_done(self) -> Op[None] | None:
        chosen, key = self._chosen(), self.meeting_key
        if chosen is None or key is None:
            return None

        def done(_none: None) -> None:
            self.result_label.setText(self.tr("Marked done."))
            self.reload()

        return (
            Op(self, lambda job: mark_done(job.uow(), action_id=chosen.id, at_meeting=key))
            .on_success(done)
            .on_failure(self._refused)
            .run(self.context)
        )

    def _refused(self, error: BaseException) -> None:
        show_refusal(self, self.errors, self.result_label, error)
