"""One small table model for the meetings area's lists: rows of display texts, each with the
record it shows, filtered in the model (never through a proxy)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QTableView

from groupdesk.ui.widgets.content_widths import fit_to_contents
from groupdesk.ui.widgets.stretch import keep_room

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
_TEXT_ROLES = frozenset(
    {Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.AccessibleTextRole.value}
)


class RowsModel(QAbstractTableModel, Generic[T]):
    """Records shown as rows of texts; `describe(record)` gives one text per column.

    A record is described when its row is first drawn or measured (a column sized to its
    contents measures the first 1,000 rows and those in sight), and every record only once a
    search needs their texts: at 100,000 members the Meetings page worded 6,700 rows (a Babel
    date each) on the GUI thread to show the 25 that fit."""

    def __init__(
        self,
        headers: Sequence[str],
        describe: Callable[[T], Sequence[str]],
        also_searched: Callable[[T], str] | None = None,
    ) -> None:
        """`also_searched(record)`: words the search finds beside the row's own (where an
        item is kept, which its row leaves to the detail)."""
        super().__init__()
        self._headers = list(headers)
        self._describe = describe
        self._also_searched = also_searched
        self._records: list[T] = []
        #: Each record's texts (by its place in `_records`), worked out when first asked for.
        self._texts: list[Sequence[str] | None] = []
        #: Each record's texts case-folded and joined, for the search; worked out on its first.
        self._folded: list[str] | None = None
        #: The places in `_records` of the rows shown.
        self._shown: list[int] = []
        self._search = ""
        self._keep: Callable[[T], bool] = lambda _record: True

    def set_records(self, records: Sequence[T]) -> None:
        self._records = list(records)
        self._texts = [None] * len(self._records)
        self._folded = None
        self._apply()

    def _texts_of(self, place: int) -> Sequence[str]:
        texts = self._texts[place]
        if texts is None:
            texts = self._texts[place] = self._describe(self._records[place])
        return texts

    def set_search(self, text: str) -> None:
        """Keep the rows with `text` in any column (any case)."""
        self._search = text.casefold().strip()
        self._apply()

    def set_filter(self, keep: Callable[[T], bool]) -> None:
        self._keep = keep
        self._apply()

    def update(self, match: Callable[[T], bool], change: Callable[[T], T]) -> None:
        """Change the records `match` finds (a change just saved), keeping their rows."""
        changed = set()
        for place, old in enumerate(self._records):
            if match(old):
                changed.add(place)
                self._records[place] = change(old)
                self._texts[place] = None
                if self._folded is not None:
                    self._folded[place] = self._fold(place)
        for row, place in enumerate(self._shown):
            if place in changed:
                self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def extend(self, records: Sequence[T]) -> None:
        """Add `records` after the last (the rest of a list whose first rows came first): the
        rows shown stay, with their selection and the place scrolled to."""
        first = len(self._records)
        self._records.extend(records)
        self._texts.extend([None] * len(records))
        if self._folded is not None:
            self._folded.extend(self._fold(place) for place in range(first, len(self._records)))
        added = self._matching(range(first, len(self._records)))
        if added:
            shown = len(self._shown)
            self.beginInsertRows(QModelIndex(), shown, shown + len(added) - 1)
            self._shown.extend(added)
            self.endInsertRows()

    def _fold(self, place: int) -> str:
        texts = self._texts_of(place)
        if self._also_searched is not None:
            texts = [*texts, self._also_searched(self._records[place])]
        return "\n".join(texts).casefold()

    def _matching(self, places: range) -> list[int]:
        """The places among `places` whose records the filter keeps and the search finds."""
        folded = self._folded
        if self._search and folded is None:
            folded = self._folded = [self._fold(place) for place in range(len(self._records))]
        records, keep, search = self._records, self._keep, self._search
        return [
            place
            for place in places
            if keep(records[place]) and (folded is None or search in folded[place])
        ]

    def _apply(self) -> None:
        self.beginResetModel()
        self._shown = self._matching(range(len(self._records)))
        self.endResetModel()

    def record(self, row: int) -> T:
        return self._records[self._shown[row]]

    def records(self) -> list[T]:
        """The records shown (after the search and the filter)."""
        return [self._records[place] for place in self._shown]

    def every_record(self) -> list[T]:
        """Every record, shown or not."""
        return list(self._records)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # The role first, against plain numbers: sizing a column asks each of its first 1,000
        # cells for ten roles, and only the text's two have an answer.
        if role not in _TEXT_ROLES or not index.isValid():
            return None
        return self._texts_of(self._shown[index.row()])[index.column()]

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
    takes the room the others, sized to their contents (`widgets.content_widths`), leave, but
    never less than a few words' width (`widgets.stretch`)."""
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    stretching = (stretch,) if isinstance(stretch, int) else tuple(stretch)
    fit_to_contents(view, [c for c in range(model.columnCount()) if c not in stretching])
    keep_room(view, stretching)
    return view
