"""Rows as tall as their wrapped words, measured as they come into sight.

Qt's `ResizeToContents` on a list's rows measures every row on each layout: the Grants list,
whose titles wrap, held the GUI thread ~0.25 s at 10,000 members (300 grants) and would hold it
for seconds at 100,000 (3,000). Here only the rows in sight, and a screen's worth either side,
are measured, whenever the rows, the column widths, the font or the scroll position change."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView

from groupdesk.ui.widgets.refit import Refit


class RowsInSight(Refit):
    """Installed on `view` by `fit_rows_in_sight`."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        view.installEventFilter(self)
        model = view.model()
        for signal in (
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.dataChanged,
        ):
            signal.connect(self.fit_later)
        view.verticalScrollBar().valueChanged.connect(self.fit_later)
        view.horizontalHeader().sectionResized.connect(self.fit_later)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self.fit_later()
        return False

    def apply(self) -> None:
        view = self.view
        count = view.model().rowCount()
        if not view.isVisible() or not count:
            return
        vertical = view.verticalHeader()
        top = max(0, vertical.visualIndexAt(0))
        bottom = vertical.visualIndexAt(view.viewport().height())
        bottom = count - 1 if bottom < 0 else bottom
        around = bottom - top + 1
        for row in range(max(0, top - around), min(count, bottom + around + 1)):
            view.resizeRowToContents(row)


def fit_rows_in_sight(view: QTableView) -> RowsInSight:
    """Let `view`'s rows take the height their words need, measured as they come into sight."""
    return RowsInSight(view)
