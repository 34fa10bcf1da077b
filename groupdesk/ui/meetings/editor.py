"""The meeting editor: Details (what, when, where, who chairs), then, once the meeting is
saved, its Agenda, Attendance, Decisions and Actions tabs, which write as they go.

Details validate as they are typed (a meeting that ends before it starts is named beside its
end time and Save says why it waits); the service checks everything again on save.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt, QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from groupdesk.errors import ValidationError
from groupdesk.models.meetings import MEETING_KINDS
from groupdesk.services.meetings.details import check_times
from groupdesk.services.meetings.occurrences import Occurrence
from groupdesk.services.meetings.records import (
    MeetingDetail,
    add_meeting,
    edit_meeting,
    meeting_detail,
    usual_zone,
)
from groupdesk.services.members.choices import PersonChoice, active_people
from groupdesk.ui.context import AppContext
from groupdesk.ui.meetings.actions_tab import ActionsTab
from groupdesk.ui.meetings.agenda_tab import AgendaTab
from groupdesk.ui.meetings.attendance_tab import AttendanceTab
from groupdesk.ui.meetings.decisions_tab import DecisionsTab
from groupdesk.ui.meetings.series_dialog import SeriesDialog
from groupdesk.ui.meetings.tab import (
    add_where_fields,
    day_edit,
    day_field_text,
    day_problem,
    show_refusal,
    typed_day,
)
from groupdesk.ui.members.picker import MemberPicker
from groupdesk.ui.messages import said
from groupdesk.ui.ops import Op, OpJob, QueryOp
from groupdesk.ui.widgets.bidi import time_edit
from groupdesk.ui.widgets.forms import FieldErrors, explain_disabled, set_text_lines


class MeetingDialog(QDialog):
    #: The meeting's key, once it is stored (a new meeting's first save).
    saved = Signal(str)

    def __init__(
        self, context: AppContext, *, meeting: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_key = meeting
        self.setWindowTitle(self.tr("Meeting") if meeting else self.tr("New meeting"))
        self.setAccessibleName(self.windowTitle())
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Parts of the meeting"))
        self.tabs.addTab(self._details_tab(), self.tr("&Details"))
        self.agenda = AgendaTab(context, self)
        self.attendance = AttendanceTab(context, self)
        self.decisions = DecisionsTab(context, self)
        self.actions_tab = ActionsTab(context, self)
        self._later_tabs = (
            (self.agenda, self.tr("A&genda")),
            (self.attendance, self.tr("Attendan&ce")),
            (self.decisions, self.tr("Decision&s")),
            (self.actions_tab, self.tr("Act&ions")),
        )
        for tab, title in self._later_tabs:
            self.tabs.addTab(tab, title)
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Result"))
        self.result_label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = QPushButton(self.tr("Sa&ve details"))
        self.save_button.setAccessibleName(self.tr("Save details"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.resize(720, 640)
        # Enter in a tab's box must not press a button of another tab (or save the details).
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
        self._enable_later_tabs()
        self._check()
        QueryOp(self, lambda job: active_people(job.uow()), key="people").on_success(
            self._show_people
        ).run(context)
        if meeting is None:
            QueryOp(self, lambda job: usual_zone(job.uow()), key="zone").on_success(
                lambda zone: self.zone_combo.setCurrentText(zone or "UTC")
            ).run(context)
        else:
            QueryOp(
                self, lambda job: meeting_detail(job.uow(), meeting=meeting), key="detail"
            ).on_success(self._show_detail).run(context)

    def _details_tab(self) -> QWidget:
        tab = QWidget()
        form = QFormLayout(tab)
        self.errors = FieldErrors(form)
        self.kind_combo = QComboBox()
        self.kind_combo.setEditable(True)
        self.kind_combo.addItems([self.tr(kind) for kind in MEETING_KINDS])
        self.errors.add("kind", self.kind_combo, self.tr("&Kind"))
        self.title_edit = QLineEdit()
        self.errors.add("title", self.title_edit, self.tr("&Title"))
        self.day_edit = day_edit(self.context.locale)
        self.errors.add("starts_at", self.day_edit, self.tr("Da&y"))
        self.start_edit = time_edit(QTime(19, 0))
        self.errors.add("start_time", self.start_edit, self.tr("St&arts at"))
        self.end_edit = time_edit(QTime(21, 0))
        self.errors.add("ends_at", self.end_edit, self.tr("&Ends at"))
        self.next_day_check = QCheckBox(self.tr("Ends the &next day (past midnight)"))
        self.next_day_check.setAccessibleName(self.tr("Ends the next day"))
        form.addRow("", self.next_day_check)
        self.zone_combo, self.place_edit, self.link_edit = add_where_fields(
            self.errors, self.tr("&Place")
        )
        self.access_edit = QPlainTextEdit()
        self.access_edit.setTabChangesFocus(True)
        set_text_lines(self.access_edit, 3)
        self.errors.add("accessibility", self.access_edit, self.tr("Accessi&bility notes"))
        self.chair_picker = MemberPicker(allow_none=self.tr("Nobody yet"))
        self.errors.add("chair_id", self.chair_picker, self.tr("C&hair"))
        self.note_taker_picker = MemberPicker(allow_none=self.tr("Nobody yet"))
        self.errors.add("note_taker_id", self.note_taker_picker, self.tr("N&ote-taker"))
        self.series_button = QPushButton(self.tr("Change the se&ries…"))
        self.series_button.setAccessibleName(self.tr("Change the series"))
        self.series_button.setToolTip(
            self.tr("The series' rule and details, for every meeting or from this one on")
        )
        self.series_button.clicked.connect(self.open_series)
        self.series_button.hide()
        form.addRow("", self.series_button)
        #: The series this meeting belongs to, and its start as the rule made it.
        self.series: tuple[str, datetime] | None = None
        for signal in (
            self.title_edit.textChanged,
            self.day_edit.textChanged,
            self.start_edit.timeChanged,
            self.end_edit.timeChanged,
            self.next_day_check.toggled,
        ):
            signal.connect(self._check)
        return tab

    # Reading

    def _show_people(self, people: Sequence[PersonChoice]) -> None:
        for picker in (self.chair_picker, self.note_taker_picker):
            chosen = picker.member_id()
            picker.set_people(people)
            picker.choose(chosen)
        self.agenda.set_people(people)
        self.decisions.set_people(people)
        self.actions_tab.set_people(people)

    def _show_detail(self, detail: MeetingDetail) -> None:
        meeting = detail.occurrence
        self.kind_combo.setCurrentText(meeting.kind)
        self.title_edit.setText(meeting.title)
        self.day_edit.setText(day_field_text(meeting.starts_at.date(), self.context.locale))
        self.start_edit.setTime(QTime(meeting.starts_at.hour, meeting.starts_at.minute))
        self.end_edit.setTime(QTime(meeting.ends_at.hour, meeting.ends_at.minute))
        self.next_day_check.setChecked(meeting.ends_at.date() > meeting.starts_at.date())
        self.zone_combo.setCurrentText(meeting.zone)
        self.place_edit.setText(meeting.place or "")
        self.link_edit.setText(meeting.link or "")
        self.access_edit.setPlainText(detail.accessibility or "")
        self.chair_picker.choose(detail.chair_id)
        self.note_taker_picker.choose(detail.note_taker_id)
        self.setWindowTitle(meeting.title)
        self.attendance.set_guests(detail.guest_count, detail.guest_names)
        self.agenda.set_series(meeting.series_id is not None)
        if meeting.series_id is not None:
            self.series = (meeting.series_id, meeting.original_start or meeting.starts_at)
        self.series_button.setVisible(self.series is not None)

    def open_series(self) -> SeriesDialog | None:
        """The series editor, offering "this meeting and the following ones" from here."""
        if self.series is None:
            return None
        series_id, from_start = self.series
        dialog = SeriesDialog(self.context, series_id=series_id, from_start=from_start, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.series_dialog = dialog
        dialog.open()
        return dialog

    # Checking and saving

    def _times(self) -> tuple[datetime, datetime] | None:
        try:
            day = typed_day(self.day_edit.text(), self.context.locale)
        except ValueError:
            return None
        if day is None:
            return None
        start, end = self.start_edit.time(), self.end_edit.time()
        end_day = day + timedelta(days=1) if self.next_day_check.isChecked() else day
        return (
            datetime.combine(day, time(start.hour(), start.minute())),
            datetime.combine(end_day, time(end.hour(), end.minute())),
        )

    def _problems(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        times = self._times()
        if times is None:
            if self.day_edit.text().strip():
                errors["starts_at"] = day_problem(self.context.locale)
        else:
            check_times(*times, errors)
        return {field: said(message, self.context.locale) for field, message in errors.items()}

    def _check(self) -> None:
        """Show what is wrong beside its field as it is typed, and why Save waits."""
        problems = self._problems()
        self.errors.show(ValidationError(problems)) if problems else self.errors.clear()
        reason = next(iter(problems.values()), None)
        if reason is None and self._times() is None:
            reason = self.tr("Give the day of the meeting")
        if reason is None and not self.title_edit.text().strip():
            reason = self.tr("Give the meeting a title")
        explain_disabled(self.save_button, reason)

    def _fields(self) -> dict[str, object]:
        times = self._times()
        assert times is not None  # Save waits for a day
        return {
            "kind": self.kind_combo.currentText(),
            "title": self.title_edit.text(),
            "starts_at": times[0],
            "ends_at": times[1],
            "zone": self.zone_combo.currentText(),
            "place": self.place_edit.text(),
            "link": self.link_edit.text(),
            "accessibility": self.access_edit.toPlainText(),
            "chair_id": self.chair_picker.member_id(),
            "note_taker_id": self.note_taker_picker.member_id(),
        }

    def save(self) -> Op[Occurrence] | None:
        problems = self._problems()
        if problems:
            self.errors.show(ValidationError(problems))
            return None
        fields, key = self._fields(), self.meeting_key

        def write(job: OpJob) -> Occurrence:
            if key is None:
                return add_meeting(job.uow(), **fields)  # type: ignore[arg-type]
            return edit_meeting(job.uow(), meeting=key, changes=fields)

        return (
            Op(self, write)
            .with_progress(self.tr("Saving…"))
            .on_success(self._saved)
            .on_failure(self._refused)
            .run(self.context)
        )

    def _saved(self, meeting: Occurrence) -> None:
        self.errors.clear()
        first = self.meeting_key is None
        self.meeting_key = meeting.key
        self.setWindowTitle(meeting.title)
        self.result_label.setText(
            self.tr("Saved. Now take attendance, record decisions and actions in the tabs.")
            if first
            else self.tr("Saved.")
        )
        self._enable_later_tabs()
        self.saved.emit(meeting.key)

    def _refused(self, error: BaseException) -> None:
        show_refusal(self, self.errors, self.result_label, error)

    def _enable_later_tabs(self) -> None:
        """Attendance, decisions and actions belong to a stored meeting."""
        for tab, _title in self._later_tabs:
            index = self.tabs.indexOf(tab)
            self.tabs.setTabEnabled(index, self.meeting_key is not None)
            self.tabs.setTabToolTip(
                index, "" if self.meeting_key else self.tr("Save the details first")
            )
            tab.set_meeting(self.meeting_key)
