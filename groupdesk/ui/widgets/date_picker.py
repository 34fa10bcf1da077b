"""A calendar beside a typed date: click the calendar in the field (or press Alt+Down) and pick
the day, instead of remembering how to type it. The field stays a line edit holding the date as
text, so typing still works and the checks beside the field are the same."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPainter, QPalette, QPixmap, QShortcut
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QToolButton


class CalendarPopup(QCalendarWidget):
    """The calendar that drops down below one date field and writes the day picked into it."""

    def __init__(self, edit: QLineEdit, parse: Callable[[str], date]) -> None:
        super().__init__(edit)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.edit = edit
        self.parse = parse
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.setAccessibleName(
            QCoreApplication.translate("DatePicker", "Calendar for {field}").format(
                field=edit.accessibleName() or edit.objectName()
            )
        )
        self.activated.connect(self._pick)  # Enter or a double click
        self.clicked.connect(self._pick)

    def open_below(self) -> None:
        """Show the month of the date already typed (else today), below the field, or above
        it when there is no room below; always whole on the screen."""
        try:
            shown = self.parse(self.edit.text())
        except ValueError:
            shown = date.today()
        self.setSelectedDate(QDate(shown.year, shown.month, shown.day))
        self.adjustSize()
        field = QRect(self.edit.mapToGlobal(QPoint(0, 0)), self.edit.size())
        screen = self.edit.screen().availableGeometry()
        self.move(place_popup(field, self.size().width(), self.size().height(), screen))
        self.show()
        self.setFocus()

    def _pick(self, day: QDate) -> None:
        self.hide()
        self.edit.setText(day.toString(Qt.DateFormat.ISODate))
        self.edit.setFocus()
        self.edit.editingFinished.emit()  # checked beside the field, as if typed


def place_popup(field: QRect, width: int, height: int, screen: QRect) -> QPoint:
    """Where a popup of this size goes: below `field`, else above it, kept inside `screen`."""
    y = field.bottom() + 1
    if y + height > screen.bottom() and field.top() - height >= screen.top():
        y = field.top() - height
    x = min(max(field.left(), screen.left()), screen.right() + 1 - width)
    y = min(max(y, screen.top()), screen.bottom() + 1 - height)
    return QPoint(x, y)


def add_calendar(
    edit: QLineEdit, parse: Callable[[str], date] = lambda text: date.fromisoformat(text.strip())
) -> CalendarPopup:
    """Give `edit` a calendar button at its end and Alt+Down to open it; `parse` reads the date
    already typed (so the calendar opens on its month) and raises ValueError if it cannot."""
    popup = CalendarPopup(edit, parse)
    action = QAction(_calendar_icon(edit.palette()), "", edit)
    action.setToolTip(QCoreApplication.translate("DatePicker", "Pick the day (Alt+Down)"))
    action.triggered.connect(popup.open_below)
    edit.addAction(action, QLineEdit.ActionPosition.TrailingPosition)
    for button in action.associatedObjects():
        if isinstance(button, QToolButton):
            button.setAccessibleName(QCoreApplication.translate("DatePicker", "Pick the day"))
            button.setProperty("mouse_only", True)  # Alt+Down in the field opens it from the keys
    shortcut = QShortcut(QKeySequence("Alt+Down"), edit)
    shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
    shortcut.activated.connect(popup.open_below)
    return popup


def _calendar_icon(palette: QPalette) -> QIcon:
    """A small calendar drawn in the text colour (no icon theme on Windows or macOS)."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    colour = palette.color(QPalette.ColorRole.Text)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(colour)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(QRectF(4, 6, 24, 22), 3, 3)
        painter.fillRect(QRectF(4, 6, 24, 6), colour)
        painter.fillRect(QRectF(9, 3, 3, 6), colour)
        painter.fillRect(QRectF(20, 3, 3, 6), colour)
        for row in range(2):
            for column in range(3):
                painter.fillRect(QRectF(8 + column * 6, 15 + row * 6, 4, 4), colour)
    finally:
        painter.end()
    return QIcon(pixmap)
