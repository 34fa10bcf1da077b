"""The grant detail's lists: the meetings area's `RowsModel` (texts per record, searched in the
model), with a cell's other roles asked of the tab — a budget line's bar, an expense's receipt
thumbnail, a figure aligned right, an overspent figure in red."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from groupdesk.ui.meetings.rows_model import RowsModel

T = TypeVar("T")
#: extra(record, column, role) -> the cell's value for a role other than its text, or None.
Extra = Callable[[T, int, int], Any]


class RichRowsModel(RowsModel[T]):
    def __init__(
        self, headers: Sequence[str], describe: Callable[[T], Sequence[str]], extra: Extra[T]
    ) -> None:
        super().__init__(headers, describe)
        self._extra = extra

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return super().data(index, role)
        return self._extra(self.record(index.row()), index.column(), role)

    def refresh_row(self, row: int) -> None:
        """Ask the view to draw `row` again (its thumbnail arrived)."""
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))


def right_aligned(columns: Sequence[int]) -> Extra[Any]:
    """Figures aligned right in `columns`, as on a statement."""
    wanted = frozenset(columns)

    def extra(_record: object, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in wanted:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    return extra
