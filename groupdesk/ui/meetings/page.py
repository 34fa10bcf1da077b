"""The Meetings page: upcoming and past meetings (search, kind filter), the actions across
meetings (owner, open, overdue), and the ways in — a new meeting, the editor, a calendar file.

Dialogs open without blocking (`open()`), and the page keeps the one it opened in
`active_dialog`, so keyboard users, screen readers and tests all reach the same widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from groupdesk.models.meetings import MEETING_KINDS
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.meetings.actions import (
    ActionOwner,
    ActionRow,
    action_owners,
    list_actions,
)
from groupdesk.services.meetings.calendar import upcoming_calendar
from groupdesk.services.meetings.occurrences import Occurrence
from groupdesk.services.meetings.records import list_meetings
from groupdesk.services.output_files import check_output_path, write_output
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import day_text
from groupdesk.ui.meetings.action_dialog import ActionDialog
from groupdesk.ui.meetings.actions_tab import action_list
from groupdesk.ui.meetings.editor import MeetingDialog
from groupdesk.ui.meetings.rows_model import RowsModel, show_rows
from groupdesk.ui.meetings.series_dialog import SeriesDialog
from groupdesk.ui.members.picker import MemberPicker
from groupdesk.ui.messages import said
from groupdesk.ui.ops import Op, OpJob
from groupdesk.ui.pages.base import Page
from groupdesk.ui.widgets.empty_state import EmptyState
from groupdesk.ui.widgets.flow import FlowLayout
from groupdesk.ui.widgets.forms import ask_save_path, explain_disabled, labelled
from groupdesk.ui.words import MEETINGS, word

DialogT = TypeVar("DialogT", bound=QDialog)


class MeetingsPage(Page):
    key, title = "meetings", "Meetings"
    guide = QT_TRANSLATE_NOOP(
        "Guide",
        "Meetings holds the group's meetings: agendas, who came, minutes and the actions "
        "agreed. Start with New meeting… (Ctrl+N), then take attendance and note the actions on"
        " the day.",
    )
    areas = frozenset({"meetings", "members", "settings"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: Asks where to save a file; tests pass their own answer.
        self.ask_path: Callable[[QWidget, str, str, str], str] = ask_save_path
        self.active_dialog: QDialog | None = None
        self.status_label = QLabel()
        self.status_label.setAccessibleName(self.tr("Last result"))
        self.meetings: RowsModel[Occurrence] = RowsModel(
            [
                self.tr("When"),
                self.tr("Title"),
                self.tr("Kind"),
                self.tr("Place"),
                self.tr("Status"),
            ],
            self._describe_meeting,
        )
        self.action_rows = action_list(context)

        heading = QLabel(self.page_title())
        heading.setObjectName("pageHeading")
        self.new_button = QPushButton(self.tr("&New meeting…"))
        self.new_button.setObjectName("primary")
        self.new_button.setToolTip(self.tr("Plan a meeting (Ctrl+N)"))
        self.new_button.clicked.connect(self.open_new_dialog)
        self.series_button = QPushButton(self.tr("New s&eries…"))
        self.series_button.setToolTip(
            self.tr("Plan a meeting that repeats (every second Tuesday…)")
        )
        self.series_button.clicked.connect(self.open_new_series)
        self.export_button = QPushButton(self.tr("E&xport calendar…"))
        self.export_button.setToolTip(
            self.tr("A calendar file (.ics) of the upcoming meetings, for phones and calendars")
        )
        self.export_button.clicked.connect(self._choose_calendar_file)
        for button in (self.new_button, self.series_button, self.export_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        QShortcut(QKeySequence.StandardKey.New, self, self.open_new_dialog)
        header = QHBoxLayout()
        header.addWidget(heading)
        header.addWidget(self.loading_label)
        header.addStretch(1)
        actions = QWidget()  # wraps rather than widening the window (Very large, Spanish)
        flow = FlowLayout(actions)
        for button in (self.new_button, self.series_button, self.export_button):
            flow.addWidget(button)
        header.addWidget(actions, 0, Qt.AlignmentFlag.AlignTop)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Meetings or actions"))
        self.tabs.addTab(self._meetings_tab(), self.tr("&Meetings"))
        self.tabs.addTab(self._actions_tab(), self.tr("&Actions"))
        #: Whether the Actions tab shows what the group holds now; it reads when first shown.
        self._actions_current = False
        self.tabs.currentChanged.connect(lambda _index: self._read_actions_if_shown())

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)

    def _meetings_tab(self) -> QWidget:
        tab = QWidget()
        filters = QHBoxLayout()
        self.when_combo = QComboBox()
        self.when_combo.addItem(self.tr("Upcoming"), "upcoming")
        self.when_combo.addItem(self.tr("Past"), "past")
        self.when_combo.currentIndexChanged.connect(lambda _index: self.refresh())
        labelled(self.tr("&Show:"), self.when_combo, filters)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search titles, kinds, places… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.meetings.set_search)
        labelled(self.tr("Sea&rch:"), self.search_edit, filters)
        self.search_edit.setAccessibleName(self.tr("Search meetings"))
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Any kind"), None)
        for kind in MEETING_KINDS:
            self.kind_combo.addItem(word(MEETINGS, kind), kind)
        self.kind_combo.currentIndexChanged.connect(self._filter_kind)
        labelled(self.tr("&Kind:"), self.kind_combo, filters)
        self.meetings_view = show_rows(QTableView(), self.meetings, self.tr("Meetings"), 1)
        self.meetings_view.doubleClicked.connect(self._open_index)
        self.meetings_view.activated.connect(self._open_index)  # Enter, as well as double-click
        self.empty_label = EmptyState(
            self.meetings_view,
            self._explain_empty,
            self.tr("Plan the first meeting…"),
            self.open_new_dialog,
        )
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.meetings_view, 1)
        layout.addLayout(self._report_buttons())
        return tab

    def _report_buttons(self) -> QHBoxLayout:
        """The chosen meeting's printed reports, each opening the Reports page on it."""
        row = QHBoxLayout()
        self.report_buttons: dict[str, QPushButton] = {}
        for report, text, name in (
            ("agenda", self.tr("Print a&genda…"), self.tr("Print the agenda")),
            ("signin", self.tr("Sign-&in sheet…"), self.tr("Sign-in sheet")),
            ("minutes", self.tr("Minu&tes…"), self.tr("Minutes")),
        ):
            button = QPushButton(text)
            button.setAccessibleName(name)
            button.clicked.connect(
                lambda _checked=False, report=report: self.open_report_of(report)
            )
            row.addWidget(button)
            self.report_buttons[report] = button
        row.addStretch(1)
        self.meetings_view.selectionModel().selectionChanged.connect(
            lambda *_args: self._update_report_buttons()
        )
        self.meetings.modelReset.connect(self._update_report_buttons)
        self._update_report_buttons()
        return row

    def chosen_meeting(self) -> Occurrence | None:
        rows = self.meetings_view.selectionModel().selectedRows()
        return self.meetings.record(rows[0].row()) if rows else None

    def _update_report_buttons(self) -> None:
        reason = None if self.chosen_meeting() else self.tr("Choose a meeting in the list first")
        for button in self.report_buttons.values():
            explain_disabled(button, reason)

    def open_report_of(self, report: str) -> None:
        """The Reports page with `report` chosen for the chosen meeting."""
        meeting = self.chosen_meeting()
        if meeting is not None:
            self.context.open_report(report, meeting.key)

    def print_report(self) -> bool:
        """Ctrl+P: the chosen meeting's agenda (the meeting still to choose when none is)."""
        meeting = self.chosen_meeting()
        self.context.open_report("agenda", meeting.key if meeting is not None else "")
        return True

    def _actions_tab(self) -> QWidget:
        tab = self.actions_tab = QWidget()
        filters = QHBoxLayout()
        self.owner_picker = MemberPicker(allow_none=self.tr("Anyone"))
        self.owner_picker.currentIndexChanged.connect(lambda _index: self.load_actions())
        labelled(self.tr("O&wner:"), self.owner_picker, filters)
        self.open_check = QCheckBox(self.tr("O&pen only"))
        self.open_check.setChecked(True)
        self.overdue_check = QCheckBox(self.tr("O&verdue only"))
        for check in (self.open_check, self.overdue_check):
            check.setAccessibleName(check.text().replace("&", ""))
            check.toggled.connect(lambda _on: self.load_actions())
            filters.addWidget(check)
        filters.addStretch(1)
        self.actions_view = show_rows(QTableView(), self.action_rows, self.tr("Actions"))
        self.actions_view.doubleClicked.connect(self._open_action_index)
        self.actions_view.activated.connect(self._open_action_index)
        self.actions_view.setToolTip(self.tr("Open an action with Enter or a double click"))
        layout = QVBoxLayout(tab)
        layout.addLayout(filters)
        layout.addWidget(self.actions_view, 1)
        return tab

    # Reading

    def refresh(self) -> None:
        when = self.when_combo.currentData()
        self.load(lambda job: list_meetings(job.uow(), when=when), self._show_meetings)
        self._actions_current = False
        self._read_actions_if_shown()

    def _read_actions_if_shown(self) -> None:
        """The actions and their owners, once the Actions tab is shown: at 100,000 members
        reading and sizing them (3,000 actions, 14,700 owners) took ~0.3 s of every opening of
        the page, most often to show the Meetings tab only."""
        if self._actions_current or self.tabs.currentWidget() is not self.actions_tab:
            return
        self._actions_current = True
        self.load(lambda job: action_owners(job.uow()), self._show_owners, key="owners")
        self.load_actions()

    def load_actions(self) -> None:
        owner, open_only = self.owner_picker.member_id(), self.open_check.isChecked()
        overdue = self.overdue_check.isChecked()

        def read(job: OpJob) -> list[ActionRow]:
            return list_actions(job.uow(), owner_id=owner, open_only=open_only, overdue=overdue)

        self.load(read, self.action_rows.set_records, key="actions")

    def _show_meetings(self, found: list[Occurrence]) -> None:
        self.meetings.set_records(found)
        self.empty_label.loaded()

    def _explain_empty(self) -> tuple[str, bool]:
        """What the empty list says: how to see hidden meetings, or what meetings are for."""
        if self.meetings.every_record():
            return self.tr("No meeting matches. Clear the search or choose Any kind."), False
        if self.when_combo.currentData() == "past":
            return self.tr(
                "No meetings held yet: a meeting shows here once its day is past."
            ), False
        return (
            self.tr(
                "Plan the group's meetings here: the agenda, who came, the decisions taken and "
                "the actions agreed, ready to print. Nothing is planned yet (Ctrl+N)."
            ),
            True,
        )

    def _show_owners(self, owners: Sequence[ActionOwner]) -> None:
        """The owner filter offers the members who own an action, not every member (10,000
        names made the page take a second to open)."""
        chosen = self.owner_picker.member_id()
        self.owner_picker.blockSignals(True)
        self.owner_picker.set_people(owners)
        self.owner_picker.choose(chosen)
        self.owner_picker.blockSignals(False)

    def _filter_kind(self) -> None:
        kind = self.kind_combo.currentData()
        self.meetings.set_filter(lambda meeting: kind is None or meeting.kind == kind)

    def _describe_meeting(self, meeting: Occurrence) -> list[str]:
        when = f"{day_text(meeting.starts_at.date(), self.context.locale)} "
        when += f"{meeting.starts_at:%H:%M}–{meeting.ends_at:%H:%M}"
        place = meeting.place or meeting.link or ""
        kind, status = word(MEETINGS, meeting.kind), word(MEETINGS, meeting.status)
        return [when, meeting.title, kind, place, status]

    # The editor

    def open_new_dialog(self) -> MeetingDialog:
        return self._open_dialog(MeetingDialog(self.context, parent=self))

    def open_new_series(self) -> SeriesDialog:
        return self._open_dialog(SeriesDialog(self.context, parent=self))

    def open_meeting(self, key: str) -> MeetingDialog:
        return self._open_dialog(MeetingDialog(self.context, meeting=key, parent=self))

    def open_record(self, record_id: str, record: str = "") -> MeetingDialog | ActionDialog:
        """A meeting (by id or occurrence key) in the editor, as a dashboard line opens it, or
        an action (`record` "action", a search hit) in its own dialog."""
        if record == "action":
            return self.open_action(record_id)
        return self.open_meeting(record_id)

    def show_view(self, view: str) -> None:
        """ "open-actions": the Actions tab showing every open action (the dashboard card's
        "…and N more")."""
        if view != "open-actions":
            return
        for check, on in ((self.open_check, True), (self.overdue_check, False)):
            check.blockSignals(True)
            check.setChecked(on)
            check.blockSignals(False)
        self.owner_picker.blockSignals(True)
        self.owner_picker.choose(None)
        self.owner_picker.blockSignals(False)
        read_before = self._actions_current
        self.tabs.setCurrentWidget(self.actions_tab)  # reads them, the first time
        if read_before:
            self.load_actions()

    def open_action(self, action_id: str) -> ActionDialog:
        dialog = ActionDialog(self.context, action_id=action_id, parent=self)
        return self._open_dialog(dialog)

    def _open_action_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_action(self.action_rows.record(index.row()).id)

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_meeting(self.meetings.record(index.row()).key)

    def _open_dialog(self, dialog: DialogT) -> DialogT:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    # The calendar file

    def _choose_calendar_file(self) -> None:
        path = self.ask_path(
            self, self.tr("Export calendar"), "meetings.ics", self.tr("Calendar files (*.ics)")
        )
        if path:
            self.export_calendar(Path(path))

    def export_calendar(self, path: Path) -> Op[int]:
        def write(job: OpJob) -> int:
            check_output_path(path, data_paths=job.workspace.paths, force=True)
            data = upcoming_calendar(job.uow())
            write_output(path, data)
            return data.count(b"BEGIN:VEVENT")

        def done(events: int) -> None:
            saved = QT_TRANSLATE_NOOP("MeetingsPage", "Saved %n meeting(s) to {path}.", "", 0)
            self.status_label.setText(said(saved.format(n=events, path=path), self.context.locale))

        return (
            Op(self, write)
            .with_progress(self.tr("Exporting the calendar…"))
            .on_success(done)
            .run(self.context)
        )
