"""One small table model for the meetings area's lists: rows of display texts, each with the
record it shows, filtered in the model (never through a proxy)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from groupdesk.ui.widgets.stretch import keep_room

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[T]):
    """Records shown as rows of texts; `describe(record)` gives one text per column."""

    def __init__(self, headers: Sequence[str], describe: Callable[[T], Sequence[str]]) -> None:
        super().__init__()
        self._headers = list(headers)
        self._describe = describe
        #: Each record with its texts and their case-folded join, worked out once per list.
        self._described: list[tuple[T, Sequence[str], str]] = []
        self._shown: list[tuple[T, Sequence[str]]] = []
        self._search = ""
        self._keep: Callable[[T], bool] = lambda _record: True

    def set_records(self, records: Sequence[T]) -> None:
        self._described = [self._with_texts(record) for record in records]
        self._apply()

    def _with_texts(self, record: T) -> tuple[T, Sequence[str], str]:
        texts = self._describe(record)
        return record, texts, "\n".join(texts).casefold()

    def set_search(self, text: str) -> None:
        """Keep the rows with `text` in any column (any case)."""
        self._search = text.casefold().strip()
        self._apply()

    def set_filter(self, keep: Callable[[T], bool]) -> None:
        self._keep = keep
        self._apply()

    def update(self, match: Callable[[T], bool], change: Callable[[T], T]) -> None:
        """Change the records `match` finds (a change just saved), keeping their rows."""
        self._described = [
            self._with_texts(change(old)) if match(old) else (old, texts, folded)
            for old, texts, folded in self._described
        ]
        for row, (old, _texts) in enumerate(self._shown):
            if match(old):
                new = change(old)
                self._shown[row] = (new, self._describe(new))
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _apply(self) -> None:
        self.beginResetModel()
        self._shown = [
            (record, texts)
            for record, texts, folded in self._described
            if self._keep(record) and self._search in folded
        ]
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._shown[row][0]

    def records(self) -> list[T]:
        """The records shown (after the search and the filter)."""
        return [record for record, _texts in self._shown]

    def every_record(self) -> list[T]:
        """Every record, shown or not."""
        return [record for record, _texts, _folded in self._described]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        return self._shown[index.row()][1][index.column()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None


def show_rows(
    view: QTableView, model: QAbstractTableModel, name: str, stretch: int | Sequence[int] = 0
) -> QTableView:
    """Make `view` a read-only list of whole rows of `model`; column `stretch` (or columns)
    takes the room the others, sized to their contents, leave, but never less than a few words'
    width (`widgets.stretch`)."""
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    keep_room(view, (stretch,) if isinstance(stretch, int) else stretch)
    return view
