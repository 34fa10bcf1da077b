"""The Agenda tab: items in order with a presenter and minutes, the running total against the
meeting's length, reordering (Alt+Up/Down or the buttons), a start copied from the series' last
agenda, the minutes taken under each item, and the open actions carried over to this meeting."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from groupdesk.services.meetings.actions import ActionRow, carried_to
from groupdesk.services.meetings.agenda import (
    Agenda,
    AgendaItemData,
    add_item,
    agenda_of,
    copy_previous_agenda,
    edit_item,
    move_item,
    remove_item,
)
from groupdesk.services.meetings.minutes import set_notes
from groupdesk.services.members.choices import PersonChoice
from groupdesk.services.undo import Undoable
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.meetings.actions_tab import describe_action
from groupdesk.ui.meetings.rows_model import RowsModel, show_rows
from groupdesk.ui.meetings.tab import MeetingTab, show_refusal
from groupdesk.ui.members.picker import MemberPicker
from groupdesk.ui.ops import Op, OpJob, QueryOp
from groupdesk.ui.palette import set_tone
from groupdesk.ui.widgets.bidi import select_row
from groupdesk.ui.widgets.forms import FieldErrors, explain_disabled, set_text_lines
from groupdesk.ui.widgets.undo_bar import undoable_work


class AgendaView(QTableView):
    """The items in order; Alt+Up and Alt+Down move the chosen one."""

    def __init__(self, tab: AgendaTab) -> None:
        super().__init__()
        self._tab = tab

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if step is not None and event.modifiers() == Qt.KeyboardModifier.AltModifier:
            self._tab.move_chosen(step)
        else:
            super().keyPressEvent(event)


class AgendaTab(MeetingTab):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.agenda: Agenda | None = None
        self._ends: dict[str, int] = {}
        #: The item to choose when the next agenda arrives (one just added or moved).
        self._choose_next: str | None = None
        self.model: RowsModel[AgendaItemData] = RowsModel(
            [self.tr("Item"), self.tr("Presenter"), self.tr("Minutes"), self.tr("Ends after")],
            self._describe,
        )
        form = QFormLayout()
        self.errors = FieldErrors(form)
        self.title_edit = QLineEdit()
        self.errors.add("title", self.title_edit, self.tr("Ite&m"))
        self.presenter_picker = MemberPicker(allow_none=self.tr("Nobody named"))
        self.errors.add("presenter_id", self.presenter_picker, self.tr("&Presenter"))
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, 1440)
        self.minutes_spin.setSpecialValueText(self.tr("not set"))
        self.minutes_spin.setSuffix(self.tr(" min"))
        self.minutes_spin.setMaximumWidth(
            self.minutes_spin.fontMetrics().horizontalAdvance("0") * 14
        )
        self.errors.add("minutes_allotted", self.minutes_spin, self.tr("Mi&nutes"))
        self.add_button = QPushButton(self.tr("Add i&tem"))
        self.update_button = QPushButton(self.tr("&Update item"))
        self.remove_button = QPushButton(self.tr("&Remove item"))
        self.up_button = QPushButton(self.tr("Move up (Alt+Up)"))
        self.down_button = QPushButton(self.tr("Move down (Alt+Down)"))
        self.copy_button = QPushButton(self.tr("Cop&y the previous agenda"))
        self.add_button.clicked.connect(self.add)
        self.update_button.clicked.connect(self.update_chosen)
        self.remove_button.clicked.connect(self.remove_chosen)
        self.up_button.clicked.connect(lambda: self.move_chosen(-1))
        self.down_button.clicked.connect(lambda: self.move_chosen(1))
        self.copy_button.clicked.connect(self.copy_previous)
        buttons = QHBoxLayout()
        for button in (
            self.add_button,
            self.update_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.copy_button,
        ):
            button.setAccessibleName(button.text().replace("&", ""))
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.view = AgendaView(self)
        show_rows(self.view, self.model, self.tr("Agenda items in order"))
        # Room for a usual agenda, however many actions are carried over below it.
        self.view.setMinimumHeight(self.view.verticalHeader().defaultSectionSize() * 7)
        self.view.selectionModel().selectionChanged.connect(self._chosen_changed)
        list_label = QLabel(self.tr("Items in &order:"))
        list_label.setBuddy(self.view)
        self.total_label = QLabel()
        self.total_label.setAccessibleName(self.tr("Minutes planned"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        set_text_lines(self.notes_edit, 3)
        notes_label = QLabel(self.tr("Minutes ta&ken under the chosen item:"))
        notes_label.setBuddy(self.notes_edit)
        self.notes_edit.setAccessibleName(self.tr("Minutes taken under the chosen item"))
        self.notes_button = QPushButton(self.tr("Save not&es"))
        self.notes_button.setAccessibleName(self.tr("Save notes"))
        self.notes_button.clicked.connect(self.save_notes)
        self.carried_label = QLabel()
        self.carried_label.setWordWrap(True)
        self.carried_label.setAccessibleName(self.tr("Actions carried over"))
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Agenda result"))
        self.title_edit.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(list_label)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(notes_label)
        layout.addWidget(self.notes_edit)
        layout.addWidget(self.notes_button)
        layout.addWidget(self.carried_label)
        layout.addWidget(self.result_label)
        self.set_series(False)
        self._check()

    def set_people(self, people: Sequence[PersonChoice]) -> None:
        self.presenter_picker.set_people(people)

    def set_series(self, in_series: bool) -> None:
        explain_disabled(
            self.copy_button,
            None if in_series else self.tr("Only a meeting of a series has an agenda before it"),
        )

    def reload(self) -> None:
        key = self.meeting_key
        assert key is not None
        QueryOp(self, lambda job: agenda_of(job.uow(), meeting=key), key="agenda").on_success(
            self._show
        ).run(self.context)
        QueryOp(self, lambda job: carried_to(job.uow(), meeting=key), key="carried").on_success(
            self._show_carried
        ).run(self.context)

    # Showing

    def _show(self, agenda: Agenda) -> None:
        self.agenda = agenda
        self._ends = {
            item.id: total
            for item, total in zip(agenda.items, agenda.running_totals(), strict=True)
        }
        self.model.set_records(agenda.items)
        if agenda.minutes_over:
            text = self.tr("{total} minutes planned: {over} more than the meeting's {length}.")
        else:
            text = self.tr("{total} of the meeting's {length} minutes planned.")
        self.total_label.setText(
            text.format(
                total=agenda.total_minutes, over=agenda.minutes_over, length=agenda.meeting_minutes
            )
        )
        set_tone(self.total_label, "error" if agenda.minutes_over else "")
        chosen = self._choose_next
        self._choose_next = None
        for row, item in enumerate(self.model.records()):
            if item.id == chosen:
                select_row(self.view, row)
        self._chosen_changed()

    def _show_carried(self, actions: list[ActionRow]) -> None:
        still_open = [action for action in actions if action.status == "open"]
        if not still_open:
            self.carried_label.setText(self.tr("No open actions from earlier meetings."))
            return
        lines = []
        for action in still_open:
            text, owner, due, *_rest = describe_action(self.context, action)
            lines.append(
                isolated_once(
                    self.tr("{text} — {owner}, due {due}").format(
                        text=isolate(text), owner=isolate(owner), due=isolate(due)
                    )
                )
            )
        self.carried_label.setText(
            self.tr("Open actions from earlier meetings:") + "\n• " + "\n• ".join(lines)
        )

    def _describe(self, item: AgendaItemData) -> list[str]:
        minutes = str(item.minutes_allotted) if item.minutes_allotted else "—"
        ends = self.tr("{minutes} min").format(minutes=self._ends.get(item.id, 0))
        return [item.title, item.presenter_name or "", minutes, ends]

    def chosen(self) -> AgendaItemData | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _chosen_changed(self) -> None:
        item = self.chosen()
        if item is not None:
            self.title_edit.setText(item.title)
            self.presenter_picker.choose(item.presenter_id)
            self.minutes_spin.setValue(item.minutes_allotted or 0)
            self.notes_edit.setPlainText(item.notes or "")
        self._check()

    def _check(self) -> None:
        item = self.chosen()
        no_title = None if self.title_edit.text().strip() else self.tr("Give the item a title")
        explain_disabled(self.add_button, no_title)
        none = self.tr("Choose an item in the list")
        explain_disabled(self.update_button, none if item is None else no_title)
        for button in (self.remove_button, self.notes_button):
            explain_disabled(button, none if item is None else None)
        rows = self.model.rowCount()
        row = self.view.selectionModel().selectedRows()[0].row() if item else -1
        explain_disabled(self.up_button, None if row > 0 else none)
        explain_disabled(self.down_button, None if 0 <= row < rows - 1 else none)

    # Writing

    def _values(self) -> dict[str, object]:
        return {
            "title": self.title_edit.text(),
            "presenter_id": self.presenter_picker.member_id(),
            "minutes_allotted": self.minutes_spin.value() or None,
        }

    def _write(
        self,
        work: Callable[[OpJob], Agenda],
        *,
        choose: str | None = None,
        said: str = "",
        added: bool = False,
        undoable: bool = False,
    ) -> Op[Undoable[Agenda]]:
        """Write off the GUI thread, then show the agenda; with `undoable`, the bar offers to
        undo what `said` says was done."""

        def shown(outcome: Undoable[Agenda]) -> None:
            self.context.offer_undo(outcome.undo)
            agenda = outcome.result
            self.errors.clear()
            if added:
                self.title_edit.clear()
            self.result_label.setText(said)
            self._choose_next = choose
            self._show(agenda)

        return (
            Op(
                self,
                undoable_work(said, work) if undoable else lambda job: Undoable(work(job), None),
            )
            .on_success(shown)
            .on_failure(lambda error: show_refusal(self, self.errors, self.result_label, error))
            .run(self.context)
        )

    def add(self) -> Op[Undoable[Agenda]] | None:
        key, values = self.meeting_key, self._values()
        if key is None:
            return None
        return self._write(lambda job: add_item(job.uow(), meeting=key, values=values), added=True)

    def update_chosen(self) -> Op[Undoable[Agenda]] | None:
        item, values = self.chosen(), self._values()
        if item is None:
            return None
        return self._write(
            lambda job: edit_item(job.uow(), item_id=item.id, values=values), choose=item.id
        )

    def remove_chosen(self) -> Op[Undoable[Agenda]] | None:
        item = self.chosen()
        if item is None:
            return None
        removed = isolated_once(
            self.tr("Removed {title} from the agenda.").format(title=isolate(item.title))
        )
        return self._write(
            lambda job: remove_item(job.uow(), item_id=item.id), said=removed, undoable=True
        )

    def move_chosen(self, step: int) -> Op[Undoable[Agenda]] | None:
        item = self.chosen()
        if item is None or not 0 <= item.position + step < self.model.rowCount():
            return None
        to = item.position + step
        return self._write(
            lambda job: move_item(job.uow(), item_id=item.id, to_position=to), choose=item.id
        )

    def copy_previous(self) -> Op[Undoable[Agenda]] | None:
        key = self.meeting_key
        if key is None:
            return None
        return self._write(
            lambda job: copy_previous_agenda(job.uow(), meeting=key),
            said=self.tr("Copied the items of the last meeting's agenda."),
            undoable=True,
        )

    def save_notes(self) -> Op[Undoable[Agenda]] | None:
        item, notes, key = self.chosen(), self.notes_edit.toPlainText(), self.meeting_key
        if item is None or key is None:
            return None

        def work(job: OpJob) -> Agenda:
            set_notes(job.uow(), item_id=item.id, notes=notes)
            return agenda_of(job.uow(), meeting=key)

        return self._write(work, choose=item.id, said=self.tr("Notes saved."))
