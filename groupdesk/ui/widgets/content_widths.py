"""Columns as wide as what a list's first rows hold, measured once each time the rows change.

Qt's `ResizeToContents` asks the item delegate for the size of every cell of the first 1,000
rows on each layout, and the delegate asks the model for about ten roles a cell: at 100,000
members the Meetings page spent ~0.4 s of its opening on the GUI thread in those calls into
Python. Here each column's texts are read once, the widest by the view's font are found, and
only the rows that could be the widest (a decoration adds at most an icon's width) are asked
for the delegate's size: the same widths, for a few dozen delegate calls."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QAbstractItemModel, QEvent, QObject, Qt
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionViewItem, QTableView

from groupdesk.ui.widgets.refit import Refit

#: The rows a column is measured on (Qt's own `resizeContentsPrecision`), besides those in sight.
MEASURED_ROWS = 1000

#: At most this many rows a column asks the delegate for: those whose text is widest.
_ASKED_ROWS = 32


@runtime_checkable
class KnowsWidestRows(Protocol):
    """A model that can name, among `rows`, those that could hold a column's widest text
    without writing every cell (a column of amounts: those with the most digits), or None."""

    def widest_rows(self, column: int, rows: Sequence[int]) -> Sequence[int] | None: ...


class ContentWidths(Refit):
    """Installed on `view` by `fit_to_contents`; measures again when the rows, the font or the
    style change."""

    def __init__(self, view: QTableView, columns: Sequence[int]) -> None:
        super().__init__(view)
        self.columns = tuple(columns)
        view.installEventFilter(self)
        model = view.model()
        # New rows are measured before they are first painted; changes that can come one row
        # at a time (a thumbnail arriving) are measured together afterwards.
        model.modelReset.connect(self.fit)
        model.layoutChanged.connect(self.fit)
        for signal in (model.rowsInserted, model.rowsRemoved, model.dataChanged):
            signal.connect(self.fit_later)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Show):
            self.fit()
        return False

    def apply(self) -> None:
        # A hidden list (another page, a tab not chosen) is measured when it is shown.
        if not self.view.isVisible():
            return
        header = self.view.horizontalHeader()
        rows = self._measured_rows(self.view.model())
        for column in self.columns:
            if not header.isSectionHidden(column):
                width = max(header.sectionSizeHint(column), self.content_width(column, rows))
                width = min(max(width, header.minimumSectionSize()), header.maximumSectionSize())
                if header.sectionSize(column) != width:
                    header.resizeSection(column, width)

    def content_width(self, column: int, rows: Sequence[int]) -> int:
        """The widest delegate size among `rows` of `column`."""
        view, model = self.view, self.view.model()
        if isinstance(model, KnowsWidestRows):
            narrowed = model.widest_rows(column, rows)
            rows = rows if narrowed is None else narrowed
        if not rows:
            return 0
        metrics = view.fontMetrics()
        width_of: dict[str, int] = {}
        widths = []
        for row in rows:
            text = model.index(row, column).data(Qt.ItemDataRole.DisplayRole)
            text = "" if text is None else str(text)
            width = width_of.get(text)
            if width is None:
                width = width_of[text] = metrics.horizontalAdvance(text)
            widths.append((width, row))
        widest = max(width for width, _row in widths)
        # A row whose text is narrower than the widest by more than an icon and its spacing
        # cannot be the widest cell.
        slack = max(view.iconSize().width(), 0) + metrics.height()
        slack += view.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        candidates = sorted(
            ((width, row) for width, row in widths if width >= widest - slack), reverse=True
        )[:_ASKED_ROWS]
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        size = 0
        for _width, row in candidates:
            index = model.index(row, column)
            delegate = view.itemDelegateForIndex(index)
            size = max(size, delegate.sizeHint(option, index).width())
        return size + (1 if view.showGrid() else 0)

    def _measured_rows(self, model: QAbstractItemModel) -> list[int]:
        """The first `MEASURED_ROWS` rows and those in sight, as Qt measures them."""
        count = model.rowCount()
        if count <= MEASURED_ROWS:
            # Asking the header which rows are in sight lays out every row's height first.
            return list(range(count))
        vertical = self.view.verticalHeader()
        top = max(0, vertical.visualIndexAt(0))
        bottom = vertical.visualIndexAt(self.view.viewport().height())
        bottom = count - 1 if bottom < 0 else bottom
        in_sight = range(top, min(bottom + 1, count))
        return sorted(set(range(min(count, MEASURED_ROWS))).union(in_sight))


def fit_to_contents(view: QTableView, columns: Sequence[int]) -> ContentWidths:
    """Size `columns` of `view` to what they hold; the user may still drag them wider."""
    header = view.horizontalHeader()
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    widths = ContentWidths(view, columns)
    widths.fit()
    return widths
