"""The pipeline as one list grouped by state: a heading row per state ("Active · 4") above its
grants, in the pipeline's order, searched in the model (never through a proxy)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from groupdesk.ui.palette import colours

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class PipelineModel(QAbstractTableModel, Generic[T]):
    """Records under a heading row per group; `describe(record)` gives one text per column,
    `group_of(record)` its group (one of `groups`, in their order), `heading(group, count)`
    the heading's text."""

    def __init__(
        self,
        headers: Sequence[str],
        describe: Callable[[T], Sequence[str]],
        group_of: Callable[[T], str],
        groups: Sequence[str],
        heading: Callable[[str, int], str],
    ) -> None:
        super().__init__()
        self._headers = list(headers)
        self._describe, self._group_of, self._heading = describe, group_of, heading
        self._order = {group: position for position, group in enumerate(groups)}
        self._described: list[tuple[T, Sequence[str], str]] = []
        #: Each row: a heading (None, its text) or a record (the record, its texts).
        self._rows: list[tuple[T | None, Sequence[str]]] = []
        self._search = ""

    def set_records(self, records: Sequence[T]) -> None:
        ordered = sorted(records, key=lambda record: self._order.get(self._group_of(record), 99))
        self._described = []
        for record in ordered:
            texts = self._describe(record)
            self._described.append((record, texts, "\n".join(texts).casefold()))
        self._apply()

    def set_search(self, text: str) -> None:
        """Keep the grants with `text` in any column (any case); empty groups lose their heading."""
        self._search = text.casefold().strip()
        self._apply()

    def _apply(self) -> None:
        self.beginResetModel()
        self._rows = []
        shown = [(r, texts) for r, texts, folded in self._described if self._search in folded]
        group: str | None = None
        for record, texts in shown:
            if self._group_of(record) != group:
                group = self._group_of(record)
                count = sum(1 for other, _texts in shown if self._group_of(other) == group)
                self._rows.append((None, [self._heading(group, count)]))
            self._rows.append((record, texts))
        self.endResetModel()

    def is_heading(self, row: int) -> bool:
        return self._rows[row][0] is None

    def record(self, row: int) -> T | None:
        """The record of `row`; None for a heading."""
        return self._rows[row][0]

    def records(self) -> list[T]:
        """The records shown, in order (headings left out)."""
        return [record for record, _texts in self._rows if record is not None]

    def row_of(self, match: Callable[[T], bool]) -> int | None:
        return next(
            (
                n
                for n, (record, _t) in enumerate(self._rows)
                if record is not None and match(record)
            ),
            None,
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if index.isValid() and self.is_heading(index.row()):
            return Qt.ItemFlag.ItemIsEnabled  # a heading cannot be chosen
        return super().flags(index)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        record, texts = self._rows[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,  # the whole text of a cut-short cell
        ):
            return texts[index.column()] if index.column() < len(texts) else ""
        if record is None and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if record is None and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(colours().heading_row))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None
