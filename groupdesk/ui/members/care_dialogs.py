"""Small forms about a member: log a check-in, add a role, add a skill, start mentoring.

Each validates through its service, called off the GUI thread; a refused field shows its message
beside it, any other refusal shows under the fields, and the dialog stays open. After `accept()`,
`saved` holds what the service returned.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.messages import sentence
from groupdesk.models.members import CHECKIN_METHODS
from groupdesk.services.members import checkins, mentorships, records, roles, skills
from groupdesk.services.members.fields import parse_date
from groupdesk.services.undo import Undoable
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.members.picker import MemberPicker
from groupdesk.ui.messages import reworded
from groupdesk.ui.ops import Op, OpJob, QueryOp, show_error
from groupdesk.ui.pages.base import Page
from groupdesk.ui.palette import set_tone
from groupdesk.ui.widgets.date_picker import add_calendar
from groupdesk.ui.widgets.forms import FieldErrors, set_text_lines
from groupdesk.ui.words import MEMBERS, word


class CareDialog(QDialog):
    """A form with inline errors, a Save button (Ctrl+S) and `submit()` to call the service."""

    def __init__(self, context: AppContext, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.locale_name = context.locale
        self.saved: Any = None
        #: The save on its way to the database (None when none is).
        self.saving: Op[Any] | None = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.form = QFormLayout()
        self.errors = FieldErrors(self.form)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("error-form")
        set_tone(self.problem_label, "error")
        self.problem_label.setWordWrap(True)
        self.problem_label.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("primary")
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self).activated.connect(self.save)
        # Who this is about, inside the dialog too: a title bar can be cut short or unseen.
        self.heading = QLabel(title)
        self.heading.setObjectName("cardTitle")
        self.heading.setWordWrap(True)
        self.setMinimumWidth(480)  # room for the date hints, so a message does not widen it
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addLayout(self.form)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.buttons)

    def offer_people(self, picker: MemberPicker, member_id: str) -> None:
        """Fill `picker` with everyone but the member, once the list arrives from the database."""
        QueryOp(self, lambda job: records.list_members(job.uow()), key="people").on_success(
            lambda rows: picker.set_people([row for row in rows if row.id != member_id])
        ).run(self.context)

    def date_field(self, field: str, label: str, *, today: bool = False) -> QLineEdit:
        edit = QLineEdit(self.context.workspace.today().isoformat() if today else "")
        edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.errors.add(field, edit, label)
        add_calendar(edit, self.parse_date)
        return edit

    def parse_date(self, text: str) -> date:
        """A date as the group writes it (03/05/2024 is 3 May in en_GB, 5 March in en_US)."""
        return parse_date(text, locale=self.locale_name)

    def read_date(self, field: str, edit: QLineEdit) -> date | None:
        text = edit.text().strip()
        if not text:
            return None
        try:
            return self.parse_date(text)
        except ValueError as problem:
            raise ValidationError.single(field, sentence(problem)) from None

    def submit(self) -> Callable[[OpJob], Any]:
        """Read the form (a typed date it cannot read raises `ValidationError`) and return the
        service call that saves it, to run on the database thread."""
        raise NotImplementedError

    def save(self) -> bool:
        """Start the save; returns False when the form itself is refused or a save is running."""
        if self.saving is not None:
            return False
        try:
            write = self.submit()
        except ValidationError as problem:
            self._refused(reworded(problem, self.locale_name))
            return False
        self.save_button.setEnabled(False)
        self.saving = Op(self, write).on_success(self._saved).on_failure(self._refused)
        self.saving.run(self.context)
        return True

    def _saved(self, result: Any) -> None:
        if isinstance(result, Undoable):  # a save the undo bar offers to take back
            self.context.offer_undo(result.undo)
            result = result.result
        self.saving, self.saved = None, result
        self.save_button.setEnabled(True)
        self.accept()

    def _refused(self, problem: BaseException) -> None:
        self.saving = None
        self.save_button.setEnabled(True)
        if isinstance(problem, ValidationError):
            unplaced = self.errors.show(problem)
            self.problem_label.setText("\n".join(unplaced))
            self.problem_label.setVisible(bool(unplaced))
        elif isinstance(problem, GroupDeskError):
            self.errors.clear()
            self.problem_label.setText(str(problem))
            self.problem_label.show()
        else:
            show_error(self, problem)
            return
        self.adjustSize()  # taller, so a message of two lines is not covered


class CheckInDialog(CareDialog):
    def __init__(
        self, context: AppContext, *, member: records.MemberData, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context,
            isolated_once(
                self.tr("Log a check-in with {name}").format(name=isolate(member.display_name))
            ),
            parent,
        )
        self.member = member
        self.by_picker = MemberPicker(allow_none=self.tr("(not recorded)"))
        self.offer_people(self.by_picker, member.id)
        self.errors.add("by", self.by_picker, self.tr("Checked in &by"))
        self.on_edit = self.date_field("on", self.tr("&On"), today=True)
        self.how_combo = QComboBox()
        for method in CHECKIN_METHODS:
            self.how_combo.addItem(word(MEMBERS, method), method)
        self.errors.add("how", self.how_combo, self.tr("&How"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        set_text_lines(self.note_edit, 4)
        self.errors.add("note", self.note_edit, self.tr("&Note"))
        self.follow_up_edit = self.date_field("follow_up_on", self.tr("&Follow up on"))
        self.follow_up_edit.setPlaceholderText(self.tr("YYYY-MM-DD (empty: no follow-up)"))

    def submit(self) -> Callable[[OpJob], checkins.CheckInData]:
        errors: dict[str, str] = {}
        on = follow_up = None
        for field, edit in (("on", self.on_edit), ("follow_up_on", self.follow_up_edit)):
            try:
                value = self.read_date(field, edit)
            except ValidationError as problem:
                errors.update(problem.errors)
                continue
            if field == "on":
                on = value
            else:
                follow_up = value
        if on is None and "on" not in errors:
            errors["on"] = self.tr("say when the check-in was")
        if errors:
            raise ValidationError(errors)
        assert on is not None
        member_id, by_id, how = (
            self.member.id,
            self.by_picker.member_id(),
            self.how_combo.currentData(),
        )
        note = self.note_edit.toPlainText()
        return lambda job: checkins.record_checkin(
            job.uow(),
            member_id=member_id,
            by_id=by_id,
            on=on,
            how=str(how),
            note=note,
            follow_up_on=follow_up,
        )


class RoleDialog(CareDialog):
    def __init__(
        self, context: AppContext, *, member: records.MemberData, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context,
            isolated_once(
                self.tr("Add a role for {name}").format(name=isolate(member.display_name))
            ),
            parent,
        )
        self.member = member
        self.role_combo = QComboBox()
        self.role_combo.setEditable(True)
        self.role_combo.addItems(roles.COMMON_ROLES)
        self.role_combo.setCurrentText("")
        self.errors.add("role", self.role_combo, self.tr("&Role"))
        self.from_edit = self.date_field("started_on", self.tr("&From"))
        self.to_edit = self.date_field("ended_on", self.tr("&To (empty: still held)"))

    def submit(self) -> Callable[[OpJob], roles.RoleData]:
        member_id, role = self.member.id, self.role_combo.currentText()
        started_on = self.read_date("started_on", self.from_edit)
        ended_on = self.read_date("ended_on", self.to_edit)
        return lambda job: roles.add_role(
            job.uow(), member_id=member_id, role=role, started_on=started_on, ended_on=ended_on
        )


class SkillDialog(CareDialog):
    def __init__(
        self, context: AppContext, *, member: records.MemberData, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context,
            isolated_once(
                self.tr("Add a skill for {name}").format(name=isolate(member.display_name))
            ),
            parent,
        )
        self.member = member
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. first aid, bike repair"))
        self.errors.add("name", self.name_edit, self.tr("&Skill or interest"))
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("knows it (a skill)"), "skill")
        self.kind_combo.addItem(self.tr("wants to learn it (an interest)"), "interest")
        self.errors.add("kind", self.kind_combo, self.tr("&Kind"))
        self.teach_check = QCheckBox(self.tr("Happy to &teach or share it"))
        self.teach_check.setAccessibleName(self.tr("Happy to teach or share it"))
        self.form.addRow(self.teach_check)

    def submit(self) -> Callable[[OpJob], skills.SkillData]:
        member_id, name, kind = self.member.id, self.name_edit.text(), self.kind_combo.currentData()
        can_teach = self.teach_check.isChecked()
        return lambda job: skills.add_skill(
            job.uow(), member_id=member_id, name=name, kind=str(kind), can_teach=can_teach
        )


class MentorshipDialog(CareDialog):
    def __init__(
        self, context: AppContext, *, member: records.MemberData, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context,
            isolated_once(
                self.tr("Mentoring for {name}").format(name=isolate(member.display_name))
            ),
            parent,
        )
        self.member = member
        self.role_combo = QComboBox()
        self.role_combo.addItem(self.tr("is mentored by"), "mentee")
        self.role_combo.addItem(self.tr("mentors"), "mentor")
        self.errors.add("role", self.role_combo, self.tr("{name}").format(name=member.display_name))
        self.other_picker = MemberPicker()
        self.offer_people(self.other_picker, member.id)
        self.errors.add("mentee", self.other_picker, self.tr("&Whom"))
        self.from_edit = self.date_field("started_on", self.tr("&From"), today=True)
        self.goals_edit = QPlainTextEdit()
        self.goals_edit.setTabChangesFocus(True)
        set_text_lines(self.goals_edit, 3)
        self.errors.add("goals", self.goals_edit, self.tr("&Goals"))

    def submit(self) -> Callable[[OpJob], mentorships.MentorshipData]:
        other = self.other_picker.member_id()
        if other is None:
            raise ValidationError.single("mentee", self.tr("choose a member from the list"))
        mentor, mentee = (
            (other, self.member.id)
            if self.role_combo.currentData() == "mentee"
            else (self.member.id, other)
        )
        started_on = self.read_date("started_on", self.from_edit)
        goals = self.goals_edit.toPlainText()
        return lambda job: mentorships.start_mentorship(
            job.uow(), mentor_id=mentor, mentee_id=mentee, started_on=started_on, goals=goals
        )


def open_from_dashboard(
    page: Page, action: str, member_id: str, shown: Callable[[QDialog], None]
) -> QueryOp[records.MemberData]:
    """A dashboard line's button ("checkin" or "mentor"): the member's check-in or mentoring
    dialog, opened over `page` once their record has been read; saving refreshes the page."""
    dialog_class = CheckInDialog if action == "checkin" else MentorshipDialog

    def open_for(member: records.MemberData) -> None:
        dialog = dialog_class(page.context, member=member, parent=page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        shown(dialog)
        dialog.open()

    return page.load(lambda job: records.get_member(job.uow(), member_id), open_for, key="member")
