"""The base of every sidebar page: refresh when shown, and when its areas change while shown.

A page reads through `load()`, which runs the read on the database thread (a `QueryOp`) and
shows the quiet "Loading…" label meanwhile, so a sync holding the database never freezes it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, TypeVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QWidget

from groupdesk.ui.context import ALL, AppContext
from groupdesk.ui.ops import OpJob, QueryOp, show_error

T = TypeVar("T")


class Page(QWidget):
    key: ClassVar[str] = ""
    title: ClassVar[str] = ""
    areas: ClassVar[frozenset[str]] = frozenset()

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

    def page_title(self) -> str:
        return self.tr(self.title)

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

    def load(
        self, read: Callable[[OpJob], T], show: Callable[[T], None], *, key: str = "page"
    ) -> QueryOp[T]:
        """Run `read` off the GUI thread and hand its answer to `show`; a newer load of the same
        `key` supersedes this one."""
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
        self.ensure_fresh()
