"""Likely duplicates, most likely first, and merging a pair (undone from the member's profile)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from groupdesk.errors import GroupDeskError
from groupdesk.services.members.duplicates import DuplicatePair, find_duplicates
from groupdesk.services.members.merge import MergeResult, merge_members
from groupdesk.services.undo import Undoable
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.messages import worded
from groupdesk.ui.ops import Op, QueryOp, show_error
from groupdesk.ui.widgets.forms import explain_disabled
from groupdesk.ui.widgets.undo_bar import undoable_work
from groupdesk.ui.words import listed

#: More pairs than this are not listed at once (the most likely come first).
SHOWN = 500


class DuplicatesDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.pairs: list[DuplicatePair] | None = None
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.setAccessibleName(self.windowTitle())
        self.resize(860, 460)
        self.summary = QLabel(self.tr("Looking for records of the same person…"))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Likely"), self.tr("First record"), self.tr("Other record"), self.tr("Why")]
        )
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        # Every column on screen (the reasons were off to the right, behind a scroll bar):
        # names and contacts wrap inside their cell instead.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column, mode in ((1, "Stretch"), (2, "Stretch"), (3, "ResizeToContents")):
            header.setSectionResizeMode(column, getattr(QHeaderView.ResizeMode, mode))
        self.table.setWordWrap(True)
        self.keep_first = QPushButton(self.tr("Merge, keeping the &first record"))
        self.keep_second = QPushButton(self.tr("Merge, keeping the &other record"))
        for button, keep_first in ((self.keep_first, True), (self.keep_second, False)):
            explain_disabled(button, self.tr("Choose a pair in the list first."))
            button.clicked.connect(lambda _c=False, k=keep_first: self.merge_selected(keep_first=k))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Merge result"))
        self.result_label.hide()  # no empty band between the buttons until there is news
        actions = QHBoxLayout()
        actions.addWidget(self.keep_first)
        actions.addWidget(self.keep_second)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(self.result_label)
        layout.addWidget(close)
        self.search()

    def search(self) -> None:
        self.find_op = (
            QueryOp(self, lambda job: find_duplicates(job.uow()))
            .on_success(self._found)
            .run(self.context)
        )

    def _found(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs[:SHOWN]
        if not pairs:
            self.summary.setText(self.tr("No likely duplicates."))
        else:
            found = (
                self.tr("1 possible duplicate")
                if len(pairs) == 1
                else worded(
                    self.tr("{count} possible duplicates"), self.context.locale, count=len(pairs)
                )
            )
            self.summary.setText(
                self.tr(
                    "{found}; check each pair before merging. A merge can be undone from the "
                    "kept record's profile."
                ).format(found=found)
            )
        self.table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            cells = (
                self.tr("{score}%").format(score=pair.score),
                _describe(pair.first.full_name, pair.first.email, pair.first.phone),
                _describe(pair.second.full_name, pair.second.email, pair.second.phone),
                listed(self.tr(reason) for reason in pair.reasons),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()

    def _selection_changed(self) -> None:
        reason = None if self.table.selectedItems() else self.tr("Choose a pair in the list first.")
        explain_disabled(self.keep_first, reason)
        explain_disabled(self.keep_second, reason)

    def merge_selected(self, *, keep_first: bool) -> bool:
        """Start merging the chosen pair; returns whether a merge was started."""
        if not self.pairs or not self.table.selectedItems():
            return False
        pair = self.pairs[self.table.currentRow()]
        keep, other = (pair.first, pair.second) if keep_first else (pair.second, pair.first)

        sentence = isolated_once(
            self.tr("Merged {other} into {keep}.").format(
                other=isolate(other.full_name), keep=isolate(keep.full_name)
            )
        )

        def merged(outcome: Undoable[MergeResult]) -> None:
            self.context.offer_undo(outcome.undo)
            self._say(sentence)
            self.search()

        def refused(problem: BaseException) -> None:
            if isinstance(problem, GroupDeskError):
                self._say(str(problem))
            else:
                show_error(self, problem)

        self.merge_op = (
            Op(
                self,
                undoable_work(
                    sentence,
                    lambda job: merge_members(job.uow(), keep_id=keep.id, other_id=other.id),
                ),
            )
            .on_success(merged)
            .on_failure(refused)
            .run(self.context)
        )
        return True

    def _say(self, text: str) -> None:
        self.result_label.setText(text)
        self.result_label.show()


def _describe(name: str, email: str | None, phone: str | None) -> str:
    """The name on its own line, then how to reach them (a long email wraps on its own)."""
    phone = phone.replace(" ", "\u00a0") if phone else phone  # a number never splits
    contact = " · ".join(filter(None, (email, phone)))
    return f"{name}\n{contact}" if contact else name
