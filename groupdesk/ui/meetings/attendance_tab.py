"""The Attendance tab: tick attendance from the paper sheet in a minute, from the keyboard.

Type part of a name to narrow the list, Enter to go to it, then Space (present), A
(apologies), X (absent) or Delete (not marked); each mark is saved as it is made.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from groupdesk.services.meetings.agenda import Agenda, agenda_of
from groupdesk.services.meetings.attendance import (
    ExpectedMember,
    expected_members,
    mark_attendance,
    mark_everyone_present,
    mark_late_or_early,
    set_guests,
)
from groupdesk.services.undo import Undoable
from groupdesk.services.wording import isolate
from groupdesk.ui.context import AppContext
from groupdesk.ui.meetings.rows_model import RowsModel, show_rows
from groupdesk.ui.meetings.tab import MeetingTab
from groupdesk.ui.ops import Op, QueryOp
from groupdesk.ui.widgets.bidi import select_row
from groupdesk.ui.widgets.forms import explain_disabled
from groupdesk.ui.widgets.undo_bar import undoable_work
from groupdesk.ui.words import MEETINGS, listed, word

#: The keys that set a mark in the list, besides Space (present, or not marked again).
MARK_KEYS = {
    Qt.Key.Key_P: "present",
    Qt.Key.Key_A: "apologies",
    Qt.Key.Key_X: "absent",
    Qt.Key.Key_Delete: None,
    Qt.Key.Key_Backspace: None,
}


class SheetView(QTableView):
    """The list of expected members; its keys set the chosen member's mark."""

    marked = Signal(int, object)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentIndex().row()
        key = Qt.Key(event.key())
        if row >= 0 and key == Qt.Key.Key_Space:
            model = self.model()
            assert isinstance(model, RowsModel)
            current = model.record(row).status
            self.marked.emit(row, None if current == "present" else "present")
        elif row >= 0 and key in MARK_KEYS and not event.modifiers():
            self.marked.emit(row, MARK_KEYS[key])
        else:
            super().keyPressEvent(event)


class SearchBox(QLineEdit):
    """Type to narrow the sheet; Enter or Down goes to the list (and saves nothing)."""

    to_list = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
            event.accept()
            self.to_list.emit()
        else:
            super().keyPressEvent(event)


class AttendanceTab(MeetingTab):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.model: RowsModel[ExpectedMember] = RowsModel(
            [self.tr("Member"), self.tr("Mark")], self._describe
        )
        self.search_edit = SearchBox()
        self.search_edit.setPlaceholderText(self.tr("Type part of a name, then Enter"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.model.set_search)
        self.search_edit.to_list.connect(self._go_to_list)
        search_label = QLabel(self.tr("&Find:"))
        search_label.setBuddy(self.search_edit)
        self.search_edit.setAccessibleName(self.tr("Find a member on the sheet"))
        self.view = SheetView()
        show_rows(self.view, self.model, self.tr("Expected members and their marks"))
        self.view.marked.connect(self._mark_row)
        list_label = QLabel(
            self.tr("Shee&t (Space: present, A: apologies, X: absent, Delete: not marked):")
        )
        list_label.setBuddy(self.view)
        self.counts_label = QLabel()
        self.counts_label.setAccessibleName(self.tr("How many are marked"))
        self.everyone_button = QPushButton(self.tr("Mark &everyone present"))
        self.everyone_button.setAccessibleName(self.tr("Mark everyone present"))
        self.everyone_button.setToolTip(
            self.tr("Everyone not yet marked is marked present; then mark the few who were not")
        )
        self.everyone_button.clicked.connect(self.mark_everyone_present)

        self.guests_spin = QSpinBox()
        self.guests_spin.setRange(0, 10_000)
        guests_label = QLabel(self.tr("&Number of guests:"))
        guests_label.setBuddy(self.guests_spin)
        self.guests_spin.setAccessibleName(self.tr("Number of guests"))
        self.guest_names_edit = QLineEdit()
        self.guest_names_edit.setPlaceholderText(self.tr("Their names, if they gave them"))
        names_label = QLabel(self.tr("Guest na&mes:"))
        names_label.setBuddy(self.guest_names_edit)
        self.guest_names_edit.setAccessibleName(self.tr("Guest names"))
        self.guests_button = QPushButton(self.tr("Save g&uests"))
        self.guests_button.setAccessibleName(self.tr("Save guests"))
        self.guests_button.clicked.connect(self.save_guests)
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Attendance result"))
        # Late arrival and early leave of the member chosen on the sheet, at an agenda item.
        self.arrived_combo = QComboBox()
        self.left_combo = QComboBox()
        for combo in (self.arrived_combo, self.left_combo):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.setMinimumContentsLength(14)
        arrived_label = QLabel(self.tr("Arrived &late at:"))
        arrived_label.setBuddy(self.arrived_combo)
        left_label = QLabel(self.tr("Left earl&y at:"))
        left_label.setBuddy(self.left_combo)
        self.arrived_combo.setAccessibleName(self.tr("Arrived late at"))
        self.left_combo.setAccessibleName(self.tr("Left early at"))
        self.times_button = QPushButton(self.tr("Save arrival and leaving"))
        self.times_button.setAccessibleName(self.tr("Save arrival and leaving"))
        self.times_button.clicked.connect(self.save_times)
        self.view.selectionModel().currentRowChanged.connect(lambda *_rows: self._show_times())

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.everyone_button)
        guests = QHBoxLayout()
        for widget in (guests_label, self.guests_spin, names_label):
            guests.addWidget(widget)
        guests.addWidget(self.guest_names_edit, 1)
        guests.addWidget(self.guests_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(list_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.counts_label)
        times = QHBoxLayout()
        for part in (arrived_label, self.arrived_combo, left_label, self.left_combo):
            times.addWidget(part)
        times.addWidget(self.times_button)
        times.addStretch(1)
        layout.addLayout(times)
        layout.addLayout(guests)
        layout.addWidget(self.result_label)

    def set_guests(self, count: int, names: str | None) -> None:
        self.guests_spin.setValue(count)
        # One line here: names kept one a line show as a list.
        self.guest_names_edit.setText(", ".join((names or "").splitlines()))

    def reload(self) -> None:
        key = self.meeting_key
        assert key is not None
        QueryOp(self, lambda job: expected_members(job.uow(), meeting=key), key="sheet").on_success(
            self._show
        ).run(self.context)
        QueryOp(self, lambda job: agenda_of(job.uow(), meeting=key), key="agenda").on_success(
            self._show_agenda
        ).run(self.context)

    def _show_agenda(self, agenda: Agenda) -> None:
        for combo, none in (
            (self.arrived_combo, self.tr("On time")),
            (self.left_combo, self.tr("Stayed to the end")),
        ):
            combo.clear()
            combo.addItem(none, None)
            for item in agenda.items:
                combo.addItem(f"{item.position + 1}. {isolate(item.title)}", item.id)
        self._show_times()

    def _chosen(self) -> ExpectedMember | None:
        row = self.view.currentIndex().row()
        return self.model.record(row) if 0 <= row < self.model.rowCount() else None

    def _show_times(self) -> None:
        """The chosen member's late arrival and early leave; only someone present has them."""
        chosen = self._chosen()
        present = chosen is not None and chosen.status == "present"
        for combo, item_id in (
            (self.arrived_combo, chosen.arrived_at_item_id if chosen else None),
            (self.left_combo, chosen.left_at_item_id if chosen else None),
        ):
            combo.setCurrentIndex(max(combo.findData(item_id), 0))
            combo.setEnabled(present and combo.count() > 1)
        reason = None
        if not present:
            reason = self.tr("Choose a member marked present on the sheet")
        elif self.arrived_combo.count() <= 1:
            reason = self.tr("The meeting has no agenda items to arrive or leave at")
        explain_disabled(self.times_button, reason)

    def save_times(self) -> Op[None] | None:
        chosen, key = self._chosen(), self.meeting_key
        if chosen is None or key is None:
            return None
        arrived, left = self.arrived_combo.currentData(), self.left_combo.currentData()
        member_id = chosen.member_id

        def done(_none: None) -> None:
            self.model.update(
                lambda old: old.member_id == member_id,
                lambda old: replace(old, arrived_at_item_id=arrived, left_at_item_id=left),
            )
            self.result_label.setText(self.tr("Arrival and leaving saved."))

        def refused(error: BaseException) -> None:
            self.result_label.setText(str(error))

        return (
            Op(
                self,
                lambda job: mark_late_or_early(
                    job.uow(),
                    meeting=key,
                    member_id=member_id,
                    arrived_at_item_id=arrived,
                    left_at_item_id=left,
                ),
            )
            .on_success(done)
            .on_failure(refused)
            .run(self.context)
        )

    def _show(self, members: list[ExpectedMember]) -> None:
        self.model.set_records(members)
        self._count()

    def _describe(self, member: ExpectedMember) -> list[str]:
        mark = word(MEETINGS, member.status) if member.status else "—"
        late = [
            text
            for text, item in (
                (self.tr("arrived late"), member.arrived_at_item_id),
                (self.tr("left early"), member.left_at_item_id),
            )
            if item and member.status == "present"
        ]
        return [member.name, listed([mark, *late])]

    def _count(self) -> None:
        marks = [member.status for member in self.model.every_record()]
        self.counts_label.setText(
            self.tr(
                "Present {present} · Apologies {apologies} · Absent {absent} · "
                "Not marked {unmarked}"
            ).format(
                present=marks.count("present"),
                apologies=marks.count("apologies"),
                absent=marks.count("absent"),
                unmarked=marks.count(None),
            )
        )

    def _go_to_list(self) -> None:
        if self.model.rowCount():
            self.view.setFocus()
            select_row(self.view, 0)

    def _mark_row(self, row: int, status: str | None) -> None:
        self.mark(self.model.record(row).member_id, status)

    def mark(self, member_id: str, status: str | None) -> Op[dict[str, int]]:
        key = self.meeting_key
        assert key is not None

        def done(_counts: dict[str, int]) -> None:
            self.model.update(
                lambda old: old.member_id == member_id, lambda old: replace(old, status=status)
            )
            self._count()
            self._show_times()

        return (
            Op(self, lambda job: mark_attendance(job.uow(), meeting=key, marks={member_id: status}))
            .on_success(done)
            .run(self.context)
        )

    def mark_everyone_present(self) -> Op[Undoable[dict[str, int]]]:
        key = self.meeting_key
        assert key is not None

        def marked(outcome: Undoable[dict[str, int]]) -> None:
            self.context.offer_undo(outcome.undo)
            self.reload()

        return (
            Op(
                self,
                undoable_work(
                    self.tr("Marked everyone present."),
                    lambda job: mark_everyone_present(job.uow(), meeting=key),
                ),
            )
            .with_progress(self.tr("Marking everyone present…"))
            .on_success(marked)
            .run(self.context)
        )

    def save_guests(self) -> Op[None]:
        key = self.meeting_key
        assert key is not None
        count, names = self.guests_spin.value(), self.guest_names_edit.text()
        return (
            Op(self, lambda job: set_guests(job.uow(), meeting=key, count=count, names=names))
            .on_success(lambda _none: self.result_label.setText(self.tr("Guests saved.")))
            .run(self.context)
        )
