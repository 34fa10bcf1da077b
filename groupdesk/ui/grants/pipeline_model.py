"""The pipeline as one list grouped by state: a heading row per state ("Active · 4") above its
grants, in the pipeline's order, searched in the model (never through a proxy)."""

from __future__ import annotations

import heapq
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from groupdesk.ui.palette import colours

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class PipelineModel(QAbstractTableModel, Generic[T]):
    """Records under a heading row per group; `describe(record)` gives one text per column,
    `group_of(record)` its group (one of `groups`, in their order), `heading(group, count)`
    the heading's text.

    A record is described when its row is first drawn or measured, and every record only on
    a search's first keystroke: describing 3,000 grants (their amounts through Babel) took the
    page a second at 100,000 members, for the twenty rows in sight.

    `sizes` gives, for a column of amounts, each record's (kind, size): the column's width is
    measured on the records of largest size of each kind only (`widest_rows`), not on the
    first thousand rows, each of which had to be described (0.1–0.2 s of the Grants page's
    opening at 100,000 members)."""

    #: Of each kind, the records of largest size measured.
    MEASURED_PER_KIND = 8

    def __init__(
        self,
        headers: Sequence[str],
        describe: Callable[[T], Sequence[str]],
        group_of: Callable[[T], str],
        groups: Sequence[str],
        heading: Callable[[str, int], str],
        sizes: Mapping[int, Callable[[T], tuple[Hashable, int]]] | None = None,
    ) -> None:
        super().__init__()
        self._headers = list(headers)
        self._sizes = dict(sizes or {})
        self._describe, self._group_of, self._heading = describe, group_of, heading
        self._order = {group: position for position, group in enumerate(groups)}
        self._records: list[T] = []
        #: Each record's texts once described, and all of them folded for a search.
        self._texts: list[Sequence[str] | None] = []
        self._folded: list[str] | None = None
        #: Each row: a heading (None, its text) or a record (its place in `_records`, "").
        self._rows: list[tuple[int | None, str]] = []
        self._search = ""

    def set_records(self, records: Sequence[T]) -> None:
        self._records = sorted(
            records, key=lambda record: self._order.get(self._group_of(record), 99)
        )
        self._texts = [None] * len(self._records)
        self._folded = None
        self._apply()

    def set_search(self, text: str) -> None:
        """Keep the grants with `text` in any column (any case); empty groups lose their heading."""
        self._search = text.casefold().strip()
        self._apply()

    def _texts_of(self, place: int) -> Sequence[str]:
        texts = self._texts[place]
        if texts is None:
            texts = self._texts[place] = self._describe(self._records[place])
        return texts

    def _matching(self) -> list[int]:
        if not self._search:
            return list(range(len(self._records)))
        if self._folded is None:
            self._folded = [
                "\n".join(self._texts_of(place)).casefold() for place in range(len(self._records))
            ]
        return [place for place, folded in enumerate(self._folded) if self._search in folded]

    def _apply(self) -> None:
        self.beginResetModel()
        self._rows = []
        shown = self._matching()
        groups = [self._group_of(self._records[place]) for place in shown]
        group: str | None = None
        for place, of in zip(shown, groups, strict=True):
            if of != group:
                group = of
                self._rows.append((None, self._heading(group, groups.count(group))))
            self._rows.append((place, ""))
        self.endResetModel()

    def widest_rows(self, column: int, rows: Sequence[int]) -> Sequence[int] | None:
        """Among `rows`, those whose record is of largest size of its kind in `column`; None
        for a column with no sizes (every row is then measured)."""
        size_of = self._sizes.get(column)
        if size_of is None:
            return None
        by_kind: dict[Hashable, list[tuple[int, int]]] = {}
        for row in rows:
            place = self._rows[row][0]
            if place is not None:
                kind, size = size_of(self._records[place])
                by_kind.setdefault(kind, []).append((size, row))
        return sorted(
            row
            for sized in by_kind.values()
            for _size, row in heapq.nlargest(self.MEASURED_PER_KIND, sized)
        )

    def is_heading(self, row: int) -> bool:
        return self._rows[row][0] is None

    def record(self, row: int) -> T | None:
        """The record of `row`; None for a heading."""
        place = self._rows[row][0]
        return None if place is None else self._records[place]

    def records(self) -> list[T]:
        """The records shown, in order (headings left out)."""
        return [self._records[place] for place, _text in self._rows if place is not None]

    def row_of(self, match: Callable[[T], bool]) -> int | None:
        return next(
            (
                n
                for n, (place, _text) in enumerate(self._rows)
                if place is not None and match(self._records[place])
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
        place, heading = self._rows[index.row()]
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,  # the whole text of a cut-short cell
        ):
            texts = [heading] if place is None else self._texts_of(place)
            return texts[index.column()] if index.column() < len(texts) else ""
        if place is None and role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if place is None and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(colours().heading_row))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None
