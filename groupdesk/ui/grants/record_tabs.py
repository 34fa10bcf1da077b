"""The grant detail's tabs of record lists (payments and tranches, reports and outcomes: each
list with Edit… and Remove for the one chosen, a removal asked first, a refusal said under the
lists), and keeping a list's chosen record chosen across a reload (also the funders dialog)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTableWidget, QVBoxLayout, QWidget

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.services.undo import Undoable
from groupdesk.services.uow import UnitOfWork
from groupdesk.ui.context import AppContext
from groupdesk.ui.grants.form_dialog import CheckedFormDialog
from groupdesk.ui.grants.tab import GrantTab
from groupdesk.ui.ops import Op, show_error
from groupdesk.ui.widgets.bidi import select_row
from groupdesk.ui.widgets.forms import ask_yes_no
from groupdesk.ui.widgets.record_tables import fill_table, record_table
from groupdesk.ui.widgets.undo_bar import undoable_work


class TablesTab(GrantTab):
    """Captioned tables, one under the other, filled from one read; under them a line saying
    what the last change did or why it was refused."""

    def __init__(
        self,
        context: AppContext,
        tables: Sequence[tuple[str, Sequence[str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.tables: list[QTableWidget] = []
        for caption, headers in tables:
            table = record_table(headers, caption.replace("&", "").rstrip(":"))
            label = QLabel(caption)
            label.setBuddy(table)
            layout.addWidget(label)
            layout.addWidget(table, 1)
            self.tables.append(table)
            table.itemSelectionChanged.connect(self.check)
        #: What the last change did, or why it was refused (placed by `add_result_line`).
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Result"))
        self.result_label.setWordWrap(True)
        #: Asks before a removal; tests pass their own answer.
        self.ask_sure: Callable[[QWidget, str, str], bool] = ask_yes_no
        #: The edit dialog open now (for keyboard users, screen readers and tests).
        self.active_dialog: CheckedFormDialog | None = None

    def check(self) -> None:
        """Enable what acts on a chosen row once one is chosen."""

    def add_result_line(self) -> None:
        """The result line, under the lists."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.result_label)

    def record_button(self, text: str, name: str, act: Callable[[], object]) -> QPushButton:
        """A button acting on the chosen row of a table (disabled until one is chosen)."""
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: act())
        return button

    def open_dialog(self, dialog: CheckedFormDialog) -> CheckedFormDialog:
        """Open an edit dialog over this tab; the tab reloads once it is saved."""
        dialog.setParent(self, dialog.windowFlags())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _saved: self.reload())
        dialog.finished.connect(lambda _code: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def remove(
        self,
        record_id: str,
        question: str,
        said: str,
        remove: Callable[[UnitOfWork, str], None],
    ) -> Op[Undoable[None]] | None:
        """Remove a record once the person says yes; history keeps it, and the undo bar
        offers it back (`said` says what was deleted)."""
        if not self.ask_sure(self, self.tr("Delete"), question):
            return None
        self.result_label.clear()

        def done(outcome: Undoable[None]) -> None:
            self.context.offer_undo(outcome.undo)
            self.result_label.setText(
                self.tr("Deleted. The grant's History tab keeps what it was.")
            )
            self.reload()

        return (
            Op(self, undoable_work(said, lambda job: remove(job.uow(), record_id)))
            .on_success(done)
            .on_failure(self.refused)
            .run(self.context)
        )

    def refused(self, error: BaseException) -> None:
        """A refusal said in its words under the lists; a bug as a bug."""
        if isinstance(error, ValidationError):
            self.result_label.setText("\n".join(error.errors.values()))
        elif isinstance(error, GroupDeskError):
            self.result_label.setText(str(error))
        else:
            show_error(self, error)

    def add_buttons(self, table: QTableWidget, *buttons: QPushButton) -> None:
        """A row of buttons acting on `table`, right under it."""
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.indexOf(table) + 1, row)

    def fill(self, table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
        fill_table(table, rows, self.width())


class _Record(Protocol):
    @property
    def id(self) -> str: ...


RecordT = TypeVar("RecordT", bound=_Record)


def chosen_record(table: QTableWidget, records: Sequence[RecordT]) -> RecordT | None:
    """The record of `table`'s selected row (the table shows `records` in order)."""
    row = table.currentRow() if table.selectedItems() else -1
    return records[row] if 0 <= row < len(records) else None


def choose_record(table: QTableWidget, records: Sequence[RecordT], chosen: RecordT | None) -> None:
    """Keep `chosen` selected after a reload."""
    rows = [n for n, record in enumerate(records) if chosen and record.id == chosen.id]
    if rows:
        select_row(table, rows[0])
