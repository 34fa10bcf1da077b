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
from groupdesk.services.member_duplicates import DuplicatePair, find_duplicates
from groupdesk.services.member_merge import merge_members
from groupdesk.ui.context import AppContext
from groupdesk.ui.ops import Op

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
            [self.tr("Likely"), self.tr("Record"), self.tr("Other record"), self.tr("Why")]
        )
        self.table.setAccessibleName(self.tr("Possible duplicates"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.keep_first = QPushButton(self.tr("Merge, keeping the &first record"))
        self.keep_second = QPushButton(self.tr("Merge, keeping the &other record"))
        for button, keep_first in ((self.keep_first, True), (self.keep_second, False)):
            button.setEnabled(False)
            button.clicked.connect(lambda _c=False, k=keep_first: self.merge_selected(keep_first=k))
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setAccessibleName(self.tr("Merge result"))
        actions = QHBoxLayout()
        actions.addWidget(self.keep_first)
        actions.addWidget(self.keep_second)
        actions.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.summary, self.table):
            layout.addWidget(widget)
        layout.addLayout(actions)
        layout.addWidget(self.result_label)
        layout.addWidget(close)
        self.search()

    def search(self) -> None:
        self.find_op = (
            Op(self, lambda job: find_duplicates(job.uow()))
            .on_success(self._found)
            .run(self.context)
        )

    def _found(self, pairs: list[DuplicatePair]) -> None:
        self.pairs = pairs[:SHOWN]
        if not pairs:
            self.summary.setText(self.tr("No likely duplicates."))
        else:
            self.summary.setText(
                self.tr(
                    "{count} possible duplicates; check each pair before merging. A merge "
                    "can be undone from the kept record's profile."
                ).format(count=len(pairs))
            )
        self.table.setRowCount(len(self.pairs))
        for row, pair in enumerate(self.pairs):
            cells = (
                str(pair.score),
                _describe(pair.first.full_name, pair.first.email, pair.first.phone),
                _describe(pair.second.full_name, pair.second.email, pair.second.phone),
                ", ".join(self.tr(reason) for reason in pair.reasons),
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _selection_changed(self) -> None:
        chosen = bool(self.table.selectedItems())
        self.keep_first.setEnabled(chosen)
        self.keep_second.setEnabled(chosen)

    def merge_selected(self, *, keep_first: bool) -> bool:
        if not self.pairs or not self.table.selectedItems():
            return False
        pair = self.pairs[self.table.currentRow()]
        keep, other = (pair.first, pair.second) if keep_first else (pair.second, pair.first)
        try:
            merge_members(self.context.uow(), keep_id=keep.id, other_id=other.id)
        except GroupDeskError as problem:
            self.result_label.setText(str(problem))
            return False
        self.result_label.setText(
            self.tr("Merged {other} into {keep}.").format(
                other=other.full_name, keep=keep.full_name
            )
        )
        self.context.announce({"members"}, source=self)
        self.search()
        return True


def _describe(name: str, email: str | None, phone: str | None) -> str:
    return " · ".join(filter(None, (name, email, phone)))
