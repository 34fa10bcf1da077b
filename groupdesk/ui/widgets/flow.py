"""A row of buttons that wraps onto a second line when the window is narrow, rather than
making the window wider than the screen (at Very large text, or in Spanish, whose words are
longer). Qt's own Flow Layout example, trimmed to what a row of buttons needs."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Items left to right (right to left when mirrored), as many to a line as fit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setContentsMargins(0, 0, 0, 0)
        self._items: list[QLayoutItem] = []

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line, when there is room."""
        shown = [item.sizeHint() for item in self._shown()]
        width = sum(size.width() for size in shown) + self.spacing() * max(0, len(shown) - 1)
        return QSize(width, max((size.height() for size in shown), default=0))

    def minimumSize(self) -> QSize:
        """As narrow as the widest item: the rest goes onto further lines."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        return size

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _place(self, rect: QRect, *, move: bool) -> int:
        """Lay the items out in `rect` (only measure unless `move`); returns the height used."""
        gap = max(0, self.spacing())
        x, y, line = rect.x(), rect.y(), 0
        owner = self.parentWidget()
        mirrored = owner is not None and owner.isRightToLeft()
        for item in self._shown():
            size = item.sizeHint()
            if x > rect.x() and x + size.width() > rect.right() + 1:
                x, y, line = rect.x(), y + line + gap, 0
            if move:
                left = rect.right() + 1 - (x - rect.x()) - size.width() if mirrored else x
                item.setGeometry(QRect(QPoint(left, y), size))
            x += size.width() + gap
            line = max(line, size.height())
        return y + line - rect.y()
