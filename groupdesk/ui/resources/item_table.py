"""The Resources page's list of items: each row worded when first drawn (where the item is now,
what it needs), the name taking the room the window has, the short columns as wide as their
words.

The short columns are sized from the words they can hold (each kind, each condition, "out, due"
with the widest day of the year), not by measuring rows: the list may hold 30,000 items, and
sizing to contents asks for every cell of the first thousand. A cell still too narrow (a long
name in a narrow window) is cut with "…" and shows its whole text as a tooltip; a screen reader
reads the whole text (the model's accessible text).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QModelIndex
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QTableView,
    QToolTip,
    QWidget,
)

from groupdesk.models.resources import ITEM_CONDITIONS, ITEM_KINDS
from groupdesk.services.resources.records import ItemRow
from groupdesk.ui.formats import Formats
from groupdesk.ui.meetings.rows_model import RowsModel
from groupdesk.ui.widgets.stretch import keep_room
from groupdesk.ui.words import RESOURCES, word

NAME = 0  # the column that takes the room the others leave


class ItemTable(QTableView):
    """The items, one row each, read-only; `items` holds them (searched and filtered there)."""

    def __init__(self, formats: Formats, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.formats, self.today = formats, today
        self._days: dict[date, str] = {}
        self._word = self._words()
        self.items: RowsModel[ItemRow] = RowsModel(
            [self.tr("Item"), self.tr("Kind"), self.tr("Now"), self.tr("Needs")],
            self._describe,
            also_searched=lambda row: row.location or "",  # "Search names, places…"
        )
        self.setModel(self.items)
        self.setAccessibleName(self.tr("Items"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().hide()
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        for column in range(self.items.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        keep_room(self, (NAME,))  # stretches, or keeps a few words' width and scrolls
        self._largest = 1  # the largest stock in the list: its widest "53 of 60 here"
        self.items.modelReset.connect(self._rows_changed)
        self.items.rowsInserted.connect(self._rows_changed)
        self.fit_columns()

    # --- the rows' words ---------------------------------------------------------------------
    def _words(self) -> dict[str, str]:
        """The list's words, translated once (the list words 3,000 rows)."""
        return {
            "some here": self.tr("{free} of {count} here"),
            "and overdue": self.tr("; overdue since {day}"),
            "overdue": self.tr("overdue since {day}"),
            "out": self.tr("out, due {day}"),
            "here": self.tr("here"),
            "not free": self.tr("not free today"),
            "upkeep": self.tr("upkeep due"),
            **{kind: word(RESOURCES, kind) for kind in ITEM_KINDS},
            **{condition: word(RESOURCES, condition) for condition in ITEM_CONDITIONS},
        }

    def _day(self, day: date) -> str:
        """A day the group's way, worked out once per day (a list has few distinct due days,
        and Babel takes about 0.1 ms for each)."""
        if day not in self._days:
            self._days[day] = self.formats.day(day)
        return self._days[day]

    def _describe(self, row: ItemRow) -> list[str]:
        """Item, kind, where it is now ("out, due 5 Dec 2026"; "53 of 60 here") and what it
        needs (its condition when not good, or upkeep due). Where it is kept is in the detail
        and found by the search, so the list stays narrow enough to sit beside the detail."""
        words = self._word
        due = self._day(row.next_due) if row.next_due else ""
        if row.quantity > 1:
            now = words["some here"].format(free=row.free_now, count=row.quantity)
            if row.overdue:
                now += words["and overdue"].format(day=due)
        elif row.overdue:
            now = words["overdue"].format(day=due)
        elif row.out:
            now = words["out"].format(day=due)
        else:
            now = words["here"] if row.free_now else words["not free"]
        if row.condition != "good":
            needs = words.get(row.condition, row.condition)
        else:
            needs = words["upkeep"] if row.needs_upkeep else ""
        return [row.name, words.get(row.kind, row.kind), now, needs]

    # --- the columns' widths -----------------------------------------------------------------
    def _column_words(self) -> list[list[str]]:
        """What Kind, Now and Needs can say: every word, a stock as large as the largest, and
        each month's 28th (a day at its widest in the group's way of writing days)."""
        words = self._word
        days = [self._day(date(self.today.year, month, 28)) for month in range(1, 13)]
        stock = str(self._largest)
        now = [words["some here"].format(free=stock, count=stock), words["here"]]
        now += [words["not free"]]
        now += [words[what].format(day=day) for what in ("overdue", "out") for day in days]
        needs = [words["upkeep"], *(words[condition] for condition in ITEM_CONDITIONS)]
        return [[words[kind] for kind in ITEM_KINDS], now, needs]

    def fit_columns(self) -> None:
        """The short columns as wide as their longest word or their heading, in the table's
        own font (larger text, wider columns); the name takes the rest."""
        self.ensurePolished()
        metrics = self.fontMetrics()
        header = self.horizontalHeader()
        for column, texts in enumerate(self._column_words(), start=NAME + 1):
            widest = max(metrics.horizontalAdvance(text) for text in texts)
            header.resizeSection(column, max(header.sectionSizeHint(column), widest + self._room()))
        self.verticalHeader().setDefaultSectionSize(metrics.height() + 12)

    def _room(self) -> int:
        """What a cell adds to its text: the style's margin each side, the grid line, and a
        pixel each side for the text's fractional width (at 96 dpi, "knowledge" sized exactly
        to its rounded width was drawn "knowled…")."""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self)
        return 2 * (margin + 2) + (1 if self.showGrid() else 0)

    def fit_stock(self, largest: int) -> None:
        """Fit the Now column to a stock as large as `largest` ("53 of 60 here"): the whole
        list's, known before all of its rows are in."""
        if largest != self._largest:
            self._largest = largest
            self.fit_columns()

    def _rows_changed(self) -> None:
        self.fit_stock(max((row.quantity for row in self.items.every_record()), default=1))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self.fit_columns()

    # --- a cut cell's whole text -------------------------------------------------------------
    def is_cut(self, index: QModelIndex) -> bool:
        """Whether the cell shows its text cut short ("Allotment sh…")."""
        text = str(index.data() or "")
        return self.fontMetrics().horizontalAdvance(text) + self._room() > self.columnWidth(
            index.column()
        )

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.indexAt(event.pos())
            if index.isValid() and self.is_cut(index):
                rect = self.visualRect(index)
                QToolTip.showText(event.globalPos(), str(index.data()), self.viewport(), rect)
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)
