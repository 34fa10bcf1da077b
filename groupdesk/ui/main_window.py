"""The main window: a sidebar of pages beside the current page; layout remembered between runs."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QFontMetrics, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from groupdesk.services.group_values import GroupSettingsData
from groupdesk.services.wording import isolate
from groupdesk.ui.context import ALL, AppContext
from groupdesk.ui.dialog_keys import install_dialog_keys
from groupdesk.ui.help_menu import install_help_menu
from groupdesk.ui.ops import QueryOp
from groupdesk.ui.pages import PAGES, page_entry
from groupdesk.ui.pages.base import Page
from groupdesk.ui.search import install_search
from groupdesk.ui.shortcuts import install_window_shortcuts
from groupdesk.ui.style import (
    NORMAL_TEXT,
    RING,
    TEXT_SIZE_KEY,
    set_text_size,
    step_text_size,
    text_size,
)
from groupdesk.ui.theme import install_theme
from groupdesk.ui.widgets.undo_bar import install_undo

GEOMETRY_KEY = "window/geometry"
SPLITTER_KEY = "window/splitter"
PAGE_KEY = "window/page"
#: The page F5 syncs from (`sync_now`).
SYNC_PAGE = "sync"
#: The page that makes and previews reports (`open_report`).
REPORTS_PAGE = "reports"


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("mainWindow")
        self.pages: dict[str, Page] = {}
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setAccessibleName(self.tr("Sections"))
        for number, entry in enumerate(PAGES, start=1):
            title = QCoreApplication.translate("Sidebar", entry.title)
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setToolTip(self.tr("{title} (Ctrl+{number})").format(title=title, number=number))
            self.sidebar.addItem(item)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda key=entry.key: self.show_page(key))
        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")
        self.splitter = QSplitter()
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.sidebar.setMinimumWidth(self._sidebar_width())  # page names are never cut
        self.splitter.setSizes([self._sidebar_width(), 1000])
        self.undo_bar = install_undo(self, context)
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.undo_bar)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        # The bar sits above the page: just before the sidebar in Tab order (Shift+Tab from the
        # sidebar), as a page's table keeps Tab for its cells.
        QWidget.setTabOrder(self.undo_bar.close_button, self.sidebar)
        install_search(self, context)
        install_dialog_keys(QApplication.instance())  # type: ignore[arg-type]
        install_window_shortcuts(self, sync_now=self.sync_now, print_report=self.print_report)
        install_help_menu(self, context)
        self.sidebar.currentItemChanged.connect(self._sidebar_moved)
        # Text size, for tired or low-vision eyes: Ctrl+plus, Ctrl+minus, Ctrl+0 anywhere.
        for keys, steps in (
            (QKeySequence.StandardKey.ZoomIn, 1),
            (QKeySequence("Ctrl+="), 1),  # plus without Shift on most keyboards
            (QKeySequence.StandardKey.ZoomOut, -1),
            (QKeySequence("Ctrl+0"), 0),
        ):
            zoom = QShortcut(keys, self)
            zoom.activated.connect(lambda steps=steps: self.change_text_size(steps))
        if context.settings.contains(TEXT_SIZE_KEY):
            set_text_size(context.settings, text_size(context.settings))
        self.theme = install_theme(context.settings)  # light, dark or high contrast
        context.data_changed.connect(self._reread_group)
        context.record_requested.connect(self.open_record)
        context.view_requested.connect(self.open_view)
        context.report_requested.connect(self.open_report)
        self._show_title()
        self._restore_layout()

    def change_text_size(self, steps: int) -> int:
        """One size larger or smaller (0: back to normal); remembered for this laptop."""
        settings = self.context.settings
        if steps == 0:
            return set_text_size(settings, NORMAL_TEXT)
        return step_text_size(settings, steps)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # A new text size: the sidebar follows, once its own new font has arrived.
            QTimer.singleShot(0, self, self._fit_sidebar)

    def _fit_sidebar(self) -> None:
        sizes = self.splitter.sizes()
        width = self._sidebar_width()
        self.sidebar.setMinimumWidth(width)
        self.splitter.setSizes([width, max(1, sum(sizes) - width)])

    def _sidebar_width(self) -> int:
        """Wide enough for the longest page name at the sidebar's text size, and no wider: on an
        old laptop's screen every pixel is wanted by the page."""
        self.sidebar.ensurePolished()
        metrics = QFontMetrics(self.sidebar.font())
        longest = max(
            metrics.horizontalAdvance(self.sidebar.item(row).text())
            for row in range(self.sidebar.count())
        )
        # Item padding and focus ring each side, frame and selection margin.
        return longest + 2 * (12 + RING) + 24

    def _show_title(self) -> None:
        group = self.context.group
        self.setWindowTitle(f"{isolate(group.name)} — GroupDesk" if group else "GroupDesk")

    def _reread_group(self, areas: frozenset[str], _source: object) -> None:
        """The group's settings changed (or everything did): read them again, off this thread,
        before the pages that listen read theirs (the worker runs reads in order)."""
        if "settings" in areas or ALL in areas:
            from groupdesk.services.settings import get_settings

            QueryOp(self, lambda job: get_settings(job.uow()), key="group").on_success(
                self._group_read
            ).run(self.context)

    def _group_read(self, group: GroupSettingsData) -> None:
        self.context.group = group
        self._show_title()

    def page(self, key: str) -> Page:
        """The page for `key`, made on first use."""
        if key not in self.pages:
            page_class = page_entry(key).load()
            page = page_class(self.context)
            self.pages[key] = page
            self.stack.addWidget(page)
        return self.pages[key]

    def show_page(self, key: str) -> Page:
        page = self.page(key)
        self.stack.setCurrentWidget(page)
        page.ensure_fresh()
        for row in range(self.sidebar.count()):
            item = self.sidebar.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key and self.sidebar.currentRow() != row:
                self.sidebar.setCurrentRow(row)
        return page

    def open_record(self, key: str, record_id: str = "", record: str = "") -> object:
        """Show the page for `key` with one of its records open (`Page.open_record`), or just
        the page when `record_id` is empty; returns what the page opened (its editor)."""
        page = self.show_page(key)
        return page.open_record(record_id, record) if record_id else None

    def open_view(self, key: str, view: str) -> None:
        """Show the page for `key` in one of its views (`Page.show_view`)."""
        self.show_page(key).show_view(view)

    def open_report(self, report: str, subject: str = "") -> Page:
        """Show the Reports page with `report` chosen, on `subject` when given."""
        page = self.show_page(REPORTS_PAGE)
        page.open_report(report, subject)
        return page

    def sync_now(self) -> None:
        """F5 from any page: the Sync page, syncing (or saying how to set sync up)."""
        page = self.show_page(SYNC_PAGE)
        sync = getattr(page, "sync_when_ready", None)
        if sync is not None:
            sync()

    def print_report(self) -> None:
        """Ctrl+P: the page's own report on what it has chosen, else the Reports page."""
        page = self.stack.currentWidget()
        if not (isinstance(page, Page) and page.print_report()):
            self.show_page(REPORTS_PAGE)

    def current_key(self) -> str:
        page = self.stack.currentWidget()
        return page.key if isinstance(page, Page) else ""

    def _sidebar_moved(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.show_page(current.data(Qt.ItemDataRole.UserRole))

    def _restore_layout(self) -> None:
        settings = self.context.settings
        geometry = settings.value(GEOMETRY_KEY)
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1200, 780)
        splitter = settings.value(SPLITTER_KEY)
        if isinstance(splitter, QByteArray) and not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        key = str(settings.value(PAGE_KEY, "dashboard"))
        self.show_page(key if any(e.key == key for e in PAGES) else "dashboard")

    def save_layout(self) -> None:
        settings = self.context.settings
        settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        settings.setValue(SPLITTER_KEY, self.splitter.saveState())
        settings.setValue(PAGE_KEY, self.current_key())
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.context.wait_for_background_work()
        super().closeEvent(event)
