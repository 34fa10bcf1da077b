"""Room for a table's stretching columns: when the columns sized to their contents leave them
less than a few words' width (large text, a narrow window), they stop stretching and keep that
width, and the table scrolls sideways instead of cutting every title to "Co…"."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

from groupdesk.ui.widgets.refit import Refit

#: The least a stretching column keeps, in average characters of the table's font.
LEAST_CHARACTERS = 16


class StretchRoom(Refit):
    """Installed on `view` by `keep_room`; checks again whenever the view, its font or its
    rows change."""

    def __init__(self, view: QTableView, columns: Sequence[int]) -> None:
        super().__init__(view)
        self.columns = tuple(columns)
        view.installEventFilter(self)
        view.viewport().installEventFilter(self)
        # The other columns are sized to their contents after rows or fonts change.
        view.horizontalHeader().sectionResized.connect(self._resized)

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if column not in self.columns:
            self.fit_later()

    def least(self) -> int:
        return self.view.fontMetrics().averageCharWidth() * LEAST_CHARACTERS

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.Show):
            self.fit_later()
        return False

    def apply(self) -> None:
        """After the header has sized the other columns to what they now hold (`fit_later`)."""
        header = self.view.horizontalHeader()
        others = sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column not in self.columns and not header.isSectionHidden(column)
        )
        least = self.least()
        squeezed = self.view.viewport().width() - others < least * len(self.columns)
        for column in self.columns:
            if squeezed:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
                header.resizeSection(column, least)
            else:
                header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)


def keep_room(view: QTableView, columns: Sequence[int]) -> StretchRoom:
    """Let `columns` of `view` stretch, but never below a few words' width."""
    header = view.horizontalHeader()
    for column in columns:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
    room = StretchRoom(view, columns)
    model = view.model()
    if model is not None:
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
            signal.connect(room.fit_later)
    return room
