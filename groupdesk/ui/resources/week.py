"""The week view: one row per item, one column per day, each cell saying who has the item or
has it reserved that day; a day held beyond the item's stock (a clash after sync) is marked.

A plain table, so the arrow keys move from day to day and item to item, Enter opens the item,
and Alt+Left / Alt+Right (or the buttons) go back or forward a week.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, timedelta
from typing import Any, Protocol

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from groupdesk.services.resources.clashes import Holding
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.formats import day_text, words_locale
from groupdesk.ui.palette import colours

Index = QModelIndex | QPersistentModelIndex
DAYS = 7


class WeekItem(Protocol):
    """What the grid needs of an item (the page's list rows have it)."""

    @property
    def id(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def quantity(self) -> int: ...


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def short_day(day: date, locale: str) -> str:
    """'Fri 4 Dec' in en_GB, 'ven. 4 déc.' in fr_FR."""
    from babel.dates import format_skeleton

    return str(format_skeleton("MMMEd", day, locale=words_locale(locale)))


class WeekModel(QAbstractTableModel):
    """Items × days; column 0 names the item."""

    def __init__(self, locale: str, today: date) -> None:
        super().__init__()
        self.locale, self.today = locale, today
        self.start = monday_of(today)
        self._items: list[WeekItem] = []
        self._bookings: dict[str, list[Holding]] = {}

    def days(self) -> list[date]:
        return [self.start + timedelta(days=offset) for offset in range(DAYS)]

    def set_week(self, start: date, items: Sequence[WeekItem], bookings: Sequence[Holding]) -> None:
        self.beginResetModel()
        self.start = start
        by_item: dict[str, list[Holding]] = defaultdict(list)
        for booking in bookings:
            by_item[booking.item_id].append(booking)
        self._bookings = dict(by_item)
        self._items = list(items)
        self.endResetModel()

    def item(self, row: int) -> WeekItem:
        return self._items[row]

    def row_of(self, item_id: str) -> int | None:
        for row, item in enumerate(self._items):
            if item.id == item_id:
                return row
        return None

    def on_day(self, row: int, day: date) -> list[Holding]:
        return [b for b in self._bookings.get(self._items[row].id, ()) if b.holds_on(day)]

    def clashes(self, row: int, day: date) -> bool:
        """More of the item held that day than there is (two laptops lent it offline)."""
        held = sum(booking.quantity for booking in self.on_day(row, day))
        return held > self._items[row].quantity

    def booked(self, item_id: str) -> bool:
        return bool(self._bookings.get(item_id))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else DAYS + 1

    def _line(self, booking: Holding) -> str:
        """'Lent: Ana', or 'Lent ×2: Ana': how many is a sentence of its own, so a translation
        places the count with its space (Arabic keeps "×2" whole beside the word)."""
        many = booking.quantity > 1
        if booking.kind == "reservation":
            line = self.tr("Reserved ×{n}: {who}") if many else self.tr("Reserved: {who}")
        elif booking.overdue:
            line = self.tr("Overdue ×{n}: {who}") if many else self.tr("Overdue: {who}")
        else:
            line = self.tr("Lent ×{n}: {who}") if many else self.tr("Lent: {who}")
        return isolated_once(line.format(n=booking.quantity, who=isolate(booking.who)))

    def _cell_text(self, row: int, day: date) -> str:
        lines = [self._line(booking) for booking in self.on_day(row, day)]
        if self.clashes(row, day):
            lines.insert(0, self.tr("⚠ Clash"))
        return "\n".join(lines)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        item = self._items[row]
        if column == 0:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return item.name
            return None
        day = self.days()[column - 1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cell_text(row, day)
        if role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            what = self._cell_text(row, day).replace("\n", "; ") or self.tr("free")
            return f"{isolate(item.name)}, {day_text(day, self.locale)}: {what}"
        if role == Qt.ItemDataRole.BackgroundRole:
            held = self.on_day(row, day)
            if not held:
                return None
            look = colours()
            if self.clashes(row, day):
                return QBrush(QColor(look.clash))
            if any(booking.overdue for booking in held):
                return QBrush(QColor(look.overdue))
            held_out = any(booking.kind == "loan" for booking in held)
            return QBrush(QColor(look.loan if held_out else look.reservation))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Item")
            day = self.days()[section - 1]
            text = short_day(day, self.locale)
            return self.tr("{day} (today)").format(day=text) if day == self.today else text
        if role == Qt.ItemDataRole.FontRole and section and self.days()[section - 1] == self.today:
            font = QFont()
            font.setBold(True)
            return font
        return None


class WeekView(QWidget):
    """The grid with its week buttons. It asks for a week (`week_wanted`) and shows what the
    page hands back (`show_week`); Enter or a double click on a row asks for its item."""

    week_wanted = Signal(object)
    item_chosen = Signal(str)

    def __init__(self, locale: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = WeekModel(locale, today)
        self._items: list[WeekItem] = []
        self._bookings: list[Holding] = []
        self.previous_button = QPushButton(self.tr("◀ &Previous week"))
        self.this_button = QPushButton(self.tr("T&his week"))
        self.next_button = QPushButton(self.tr("Ne&xt week ▶"))
        self.previous_button.setToolTip(self.tr("The week before (Alt+Left)"))
        self.next_button.setToolTip(self.tr("The week after (Alt+Right)"))
        for button, step in ((self.previous_button, -1), (self.this_button, 0)):
            button.clicked.connect(lambda _c=False, s=step: self.go(s))
        self.next_button.clicked.connect(lambda _c=False: self.go(1))
        for button in (self.previous_button, self.this_button, self.next_button):
            button.setAccessibleName(button.text().replace("&", "").strip("◀▶ "))
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.go(-1))
        QShortcut(QKeySequence("Alt+Right"), self, lambda: self.go(1))
        self.week_label = QLabel()
        self.week_label.setObjectName("cardTitle")
        self.week_label.setAccessibleName(self.tr("Week shown"))
        self.booked_only = QCheckBox(self.tr("Only items &booked this week"))
        self.booked_only.setAccessibleName(self.tr("Only items booked this week"))
        self.booked_only.setChecked(True)
        self.booked_only.toggled.connect(lambda _on: self._fill())
        self.empty_label = QLabel()
        self.empty_label.hide()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Loans and reservations by day"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)  # names wrap, never cut
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._activated)
        self.table.doubleClicked.connect(self._activated)
        legend = QLabel(
            self.tr("Green: lent · Blue: reserved · Orange: overdue · Red: more out than there is")
        )
        legend.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.previous_button, self.this_button, self.next_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # The week and the choice on a row of their own: at large text one row would make the
        # window wider than an old laptop's screen.
        shown = QHBoxLayout()
        shown.addWidget(self.week_label)
        shown.addStretch(1)
        shown.addWidget(self.booked_only)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addLayout(shown)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(legend)
        self._show_label()

    @property
    def start(self) -> date:
        return self.model.start

    def go(self, weeks: int) -> None:
        """Ask for the week `weeks` away from the one shown (0: this week)."""
        start = monday_of(self.model.today) if weeks == 0 else self.start + timedelta(weeks=weeks)
        self.week_wanted.emit(start)

    def show_week(
        self, start: date, items: Sequence[WeekItem], bookings: Sequence[Holding]
    ) -> None:
        self._items, self._bookings = list(items), list(bookings)
        self.model.start = start
        self._fill()

    def _fill(self) -> None:
        chosen = self._current_item_id()
        booked = {booking.item_id for booking in self._bookings}
        items = [
            item for item in self._items if not self.booked_only.isChecked() or item.id in booked
        ]
        self.model.set_week(self.model.start, items, self._bookings)
        self.table.resizeRowsToContents()
        self._show_label()
        self.empty_label.setText(
            self.tr("Nothing is lent or reserved this week.") if not items else ""
        )
        self.empty_label.setVisible(not items)
        row = self.model.row_of(chosen) if chosen else None
        if row is not None:
            self.table.setCurrentIndex(self.model.index(row, self.table.currentIndex().column()))

    def _show_label(self) -> None:
        days = self.model.days()
        self.week_label.setText(
            self.tr("{first} to {last}").format(
                first=day_text(days[0], self.model.locale),
                last=day_text(days[-1], self.model.locale),
            )
        )

    def _current_item_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()).id if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.item_chosen.emit(self.model.item(index.row()).id)
