"""A bar per budget line: how much of the line is spent, drawn in its cell (red past the line's
amount), with the figure as text for screen readers and the tooltip."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from groupdesk.ui.palette import colours

#: The role holding a line's spent share (a float, 0.0 up; above 1.0 is overspent) for the bar.
SHARE_ROLE = Qt.ItemDataRole.UserRole + 1


class SpentBarDelegate(QStyledItemDelegate):
    """Draws the cell's `SHARE_ROLE` as a bar with the cell's text (the percentage) beside it."""

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        share = index.data(SHARE_ROLE)
        if share is None:
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, option.palette.highlight())
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        metrics = option.fontMetrics
        text_width = metrics.horizontalAdvance("0000 %") + 8
        bar = rect.adjusted(4, 6, -text_width, -6)
        look = colours()
        over = QColor(look.error)
        painter.save()
        painter.fillRect(bar, QColor(look.track))
        filled = QRect(bar)
        filled.setWidth(int(bar.width() * min(float(share), 1.0)))
        painter.fillRect(filled, over if share > 1.0 else QColor(look.accent))
        painter.setPen(over if share > 1.0 else option.palette.text().color())
        painter.drawText(
            rect.adjusted(rect.width() - text_width + 4, 0, 0, 0),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            text,
        )
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        if index.data(SHARE_ROLE) is not None:
            hint.setWidth(max(hint.width(), 220))
        return hint
