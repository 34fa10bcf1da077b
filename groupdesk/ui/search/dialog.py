"""Search everything (Ctrl+K): one box finding members, meetings, actions, items, loans, grants,
funders and expenses, grouped by kind, opening the record chosen.

The group's records are read once, off the GUI thread, into an index (`services/search.py`)
when the box opens and again whenever they change; each keystroke then only scans the index in
memory, so typing never waits for the database.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from groupdesk.services.search import SearchHit, SearchIndex, build_index
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.dialog_keys import NO_ASK
from groupdesk.ui.messages import said
from groupdesk.ui.ops import QueryOp

#: Hits shown of each kind; more means "type another word".
SHOWN_PER_KIND = 8
_HIT = Qt.ItemDataRole.UserRole


class SearchDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.index: SearchIndex | None = None
        #: The rows that are hits (not the kind headings), in order.
        self.hit_items: list[QTreeWidgetItem] = []
        self.setWindowTitle(self.tr("Search everything"))
        self.setObjectName("searchDialog")
        self.setProperty(NO_ASK, True)  # typing here finds; there is nothing to lose
        self.query_edit = QLineEdit()
        self.query_edit.setObjectName("searchEverything")
        self.query_edit.setAccessibleName(self.tr("Search everything"))
        self.query_edit.setPlaceholderText(self.tr("Type a name, a title or a word…"))
        self.query_edit.setClearButtonEnabled(True)
        self.results = QTreeWidget()
        self.results.setObjectName("searchResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setColumnCount(2)
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setItemsExpandable(False)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.itemActivated.connect(self._open_item)
        self.status = QLabel()
        self.status.setObjectName("searchStatus")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Search status"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.query_edit)
        layout.addWidget(self.status)
        layout.addWidget(self.results, 1)
        self.resize(620, 460)
        self.query_edit.textChanged.connect(self._find)
        self.query_edit.installEventFilter(self)
        self.kinds = {
            "member": self.tr("Members"),
            "meeting": self.tr("Meetings"),
            "action": self.tr("Actions"),
            "item": self.tr("Items"),
            "loan": self.tr("Loans"),
            "grant": self.tr("Grants"),
            "funder": self.tr("Funders"),
            "expense": self.tr("Expenses"),
        }
        context.data_changed.connect(self._records_changed)
        self._read_index()

    # --- reading -----------------------------------------------------------------------------
    def _read_index(self) -> None:
        if self.index is None:
            self.status.setText(self.tr("Reading the group's records…"))
        QueryOp(self, lambda job: build_index(job.uow()), key="index").on_success(
            self._index_read
        ).run(self.context)

    def _index_read(self, index: SearchIndex) -> None:
        self.index = index
        self._find()

    def _records_changed(self, _areas: frozenset[str], _source: object) -> None:
        if self.isVisible():
            self._read_index()

    # --- finding -----------------------------------------------------------------------------
    def _find(self) -> None:
        if self.index is None:
            return
        text = self.query_edit.text()
        self.results.clear()
        self.hit_items = []
        if not text.strip():
            self.status.setText(
                self.tr(
                    "Type to find members, meetings, actions, items, loans, grants, funders "
                    "and expenses. Enter opens the one chosen."
                )
            )
            return
        hits = self.index.find(text, limit=SHOWN_PER_KIND + 1)
        if not hits:
            self.status.setText(
                isolated_once(
                    self.tr("Nothing matches “{text}”.").format(text=isolate(text.strip()))
                )
            )
            return
        shown = self._show(hits)
        self.status.setText(self.tr("%n found", "", shown))
        self.results.setCurrentItem(self.hit_items[0])

    def _show(self, hits: list[SearchHit]) -> int:
        """Fill the list grouped by kind; returns how many hits it shows."""
        groups: dict[str, list[SearchHit]] = {}
        for hit in hits:
            groups.setdefault(hit.record, []).append(hit)
        bold = QFont(self.results.font())
        bold.setBold(True)
        for kind, found in groups.items():
            heading = QTreeWidgetItem([self.kinds.get(kind, kind.capitalize()), ""])
            heading.setFont(0, bold)
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.results.addTopLevelItem(heading)
            for hit in found[:SHOWN_PER_KIND]:
                item = QTreeWidgetItem(heading, [hit.title, said(hit.detail, self.context.locale)])
                item.setData(0, _HIT, hit)
                item.setToolTip(0, hit.title)
                self.hit_items.append(item)
            if len(found) > SHOWN_PER_KIND:
                more = QTreeWidgetItem(heading, [self.tr("More: type another word"), ""])
                more.setFlags(Qt.ItemFlag.NoItemFlags)
            heading.setExpanded(True)
        self.results.resizeColumnToContents(0)
        return len(self.hit_items)

    def hits(self) -> list[SearchHit]:
        """The hits shown, in order (what a test or a screen reader walks)."""
        return [item.data(0, _HIT) for item in self.hit_items]

    def _first_hit(self) -> QTreeWidgetItem | None:
        return self.hit_items[0] if self.hit_items else None

    # --- moving and opening ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down move through the hits while the typing stays in the box; Enter opens."""
        pressed = isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress
        if watched is self.query_edit and isinstance(event, QKeyEvent) and pressed:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._step(1 if key == Qt.Key.Key_Down else -1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    def _step(self, by: int) -> None:
        items = self.hit_items
        if not items:
            return
        current = self.results.currentItem()
        at = items.index(current) if current in items else -1
        chosen = items[max(0, min(len(items) - 1, at + by))]
        self.results.setCurrentItem(chosen)
        self.results.scrollToItem(chosen)

    def open_current(self) -> None:
        item = self.results.currentItem() or self._first_hit()
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: QTreeWidgetItem) -> None:
        hit = item.data(0, _HIT)
        if isinstance(hit, SearchHit):
            self.accept()
            self.context.open_record(hit.area, hit.target, hit.record)
