"""The base of every sidebar page: refresh when shown, and when its areas change while shown.

A page reads through `load()`, which runs the read on the database thread (a `QueryOp`) and
shows the quiet "Loading…" label meanwhile, so a sync holding the database never freezes it.
A page that declares a `guide` gets a "?" button beside its heading (and F1) showing it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QToolButton,
    QWidget,
)

from groupdesk.ui.context import ALL, AppContext
from groupdesk.ui.ops import OpJob, QueryOp, show_error
from groupdesk.ui.widgets.bidi import install_cell_directions

T = TypeVar("T")


class Page(QWidget):
    key: ClassVar[str] = ""
    areas: ClassVar[frozenset[str]] = frozenset()
    #: The page's sidebar name, translated in the "Sidebar" context (the registry marks it).
    title: ClassVar[str] = ""
    #: Two sentences: what the page is for and its first steps, marked with
    #: `QT_TRANSLATE_NOOP("Guide", …)` so lupdate collects it.
    guide: ClassVar[str] = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        self._loading: set[str] = set()
        self.setObjectName(f"page-{self.key}")
        self.setAccessibleName(self.page_title())
        #: Shown while a read is on its way; each page places it near its heading.
        self.loading_label = QLabel(self.tr("Loading…"))
        self.loading_label.setObjectName("loading")
        self.loading_label.setAccessibleName(self.tr("Loading"))
        self.loading_label.hide()
        context.data_changed.connect(self._on_data_changed)
        # Once for the app: the page's lists and its dialogs' lay out each cell in its own
        # direction (a phone number in order on an Arabic screen).
        install_cell_directions(QApplication.instance())  # type: ignore[arg-type]
        self.guide_button: QToolButton | None = None
        self._guide_placed = False
        if self.guide:
            self._add_guide_button()

    def _add_guide_button(self) -> None:
        """The "?" goes at the end of the heading's row when the page is first shown (its
        layout is built by then), so no page has to make room for it."""
        button = QToolButton(self)
        button.setObjectName("pageGuideButton")
        button.setText("?")
        button.setAccessibleName(self.tr("About this page"))
        button.setToolTip(self.tr("About this page (F1)"))
        button.clicked.connect(self.show_guide)
        self.guide_button = button
        shortcut = QShortcut(QKeySequence(Qt.Key.Key_F1), self, self.show_guide)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _place_guide_button(self) -> None:
        heading = self.findChild(QLabel, "pageHeading", Qt.FindChildOption.FindDirectChildrenOnly)
        row = _layout_holding(self.layout(), heading) if heading is not None else None
        button = self.guide_button
        assert button is not None
        if row is not None and row.direction() in (
            QBoxLayout.Direction.LeftToRight,
            QBoxLayout.Direction.RightToLeft,
        ):
            row.addWidget(button)
            return
        # A heading stacked in a column (or no heading): a line of its own, "?" at its end.
        outer = row or self.layout()
        if not isinstance(outer, QBoxLayout):
            return  # a page without a box layout places the button itself
        line = QHBoxLayout()
        at = 0
        if row is not None and heading is not None:
            at = row.indexOf(heading)
            row.removeWidget(heading)
            line.addWidget(heading)
        line.addStretch(1)
        line.addWidget(button)
        outer.insertLayout(at, line)

    def show_guide(self) -> QMessageBox:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("About this page: {page}").format(page=self.page_title()),
            QCoreApplication.translate("Guide", self.guide),
            QMessageBox.StandardButton.Close,
            self,
        )
        box.setObjectName("pageGuide")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def page_title(self) -> str:
        return QCoreApplication.translate("Sidebar", self.title)

    def refresh(self) -> None:
        """Reload what the page shows from the services (through `load()`)."""
        raise NotImplementedError

    def open_record(self, record_id: str, record: str = "") -> object:
        """Show one of the page's records (a dashboard line or a search hit opens it through
        the main window, `context.open_record`), of kind `record` ("action", "funder") when
        the page opens more than one kind; a page with no records to open just shows itself."""
        return None

    def show_view(self, view: str) -> None:
        """Show the page in one of its named views (the Members page: "checkin", "mentor");
        a page with no views just shows itself."""

    def print_report(self) -> bool:
        """Ctrl+P: ask for this page's report on what is chosen (the chosen meeting's agenda,
        the chosen grant's funder report) through `context.open_report`; False when the page
        prints nothing of its own (the Reports page is shown instead)."""
        return False

    def open_report(self, report: str, subject: str = "") -> None:
        """Show one report chosen, on a subject (the Reports page; another page asks through
        `context.open_report`); other pages have no reports to choose."""

    @property
    def stale(self) -> bool:
        """Whether something it shows changed since it last loaded (it reloads when shown)."""
        return self._stale

    @property
    def loading(self) -> bool:
        return bool(self._loading)

    @property
    def reading(self) -> frozenset[str]:
        """The keys of the reads on their way (`load`'s `key`)."""
        return frozenset(self._loading)

    def load(
        self,
        read: Callable[[OpJob], T],
        show: Callable[[T], None],
        *,
        key: str = "page",
        without_workspace: bool = False,
    ) -> QueryOp[T]:
        """Run `read` off the GUI thread and hand its answer to `show`; a newer load of the same
        `key` supersedes this one. A read `without_workspace` uses only `job.paths` (it may
        run before the workspace is open: `Op.without_workspace`)."""
        self._loading.add(key)
        self.loading_label.show()

        def done() -> None:
            self._loading.discard(key)
            self.loading_label.setVisible(self.loading)

        def shown(result: T) -> None:
            done()
            show(result)

        def failed(error: BaseException) -> None:
            done()
            show_error(self, error)

        op: QueryOp[T] = QueryOp(self, read, key=key).on_success(shown).on_failure(failed)
        if without_workspace:
            op.without_workspace()
        return op.run(self.context)

    def ensure_fresh(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def _on_data_changed(self, areas: frozenset[str], source: object) -> None:
        if source is self:
            return  # what this page changed, it has shown already
        if ALL in areas or areas & self.areas:
            self._stale = True
            if self.isVisible():
                self.ensure_fresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.guide_button is not None and not self._guide_placed:
            self._guide_placed = True
            self._place_guide_button()
        self.ensure_fresh()


def _layout_holding(layout: QLayout | None, widget: QWidget) -> QBoxLayout | None:
    """The box layout, at any depth under `layout`, that holds `widget` itself."""
    if not isinstance(layout, QBoxLayout):
        return None
    if layout.indexOf(widget) >= 0:
        return layout
    for index in range(layout.count()):
        item = layout.itemAt(index)
        found = _layout_holding(item.layout(), widget) if item is not None else None
        if found is not None:
            return found
    return None
