"""What sizes part of a table again whenever something changes (`widgets.stretch`,
`widgets.content_widths`, `widgets.row_heights`): now, or once the change that asked for it is
done, when several come together (a reset and a filter, a font and a resize, a scroll)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QTableView


class Refit(QObject):
    """Sizes part of `view` in `apply`; owned by the view, so gone with it."""

    def __init__(self, view: QTableView) -> None:
        super().__init__(view)
        self.view = view
        self._pending = False

    def fit_later(self) -> None:
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self, self.fit)  # not once the table is gone

    def fit(self) -> None:
        self._pending = False
        self.apply()

    def apply(self) -> None:
        raise NotImplementedError
