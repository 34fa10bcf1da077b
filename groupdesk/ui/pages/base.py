"""The base of every sidebar page: refresh when shown, and when its areas change while shown."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtWidgets import QWidget

from groupdesk.ui.context import ALL, AppContext


class Page(QWidget):
    key: ClassVar[str] = ""
    title: ClassVar[str] = ""
    areas: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._stale = True
        self.setObjectName(f"page-{self.key}")
        self.setAccessibleName(self.page_title())
        context.data_changed.connect(self._on_data_changed)

    def page_title(self) -> str:
        return self.tr(self.title)

    def refresh(self) -> None:
        """Reload what the page shows from the services."""
        raise NotImplementedError

    def ensure_fresh(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def _on_data_changed(self, areas: frozenset[str], source: object) -> None:
        if ALL in areas or areas & self.areas:
            self._stale = True
            if self.isVisible():
                self.ensure_fresh()

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        self.ensure_fresh()
