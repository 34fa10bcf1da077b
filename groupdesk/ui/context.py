"""What every page and dialog shares: the open workspace, the change signal, GUI settings."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QSettings, QThreadPool, Signal

from groupdesk.services.uow import UnitOfWork
from groupdesk.services.workspace import Workspace

ALL = "all"


class AppContext(QObject):
    #: (areas: frozenset[str], source: object) — something in these areas changed.
    data_changed = Signal(object, object)

    def __init__(self, workspace: Workspace, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.settings = settings
        #: One worker thread: SQLite work runs one task at a time, in order.
        self.database_pool = QThreadPool(self)
        self.database_pool.setMaxThreadCount(1)

    def uow(self) -> UnitOfWork:
        return self.workspace.uow()

    def announce(self, areas: Iterable[str], *, source: object = None) -> None:
        self.data_changed.emit(frozenset(areas), source)

    def replace_workspace(self, workspace: Workspace) -> None:
        """Swap in a reopened workspace (after a restore) and tell every page to reload."""
        old, self.workspace = self.workspace, workspace
        if old is not workspace:
            old.close()
        self.announce({ALL})

    def wait_for_background_work(self, msecs: int = 30_000) -> bool:
        return self.database_pool.waitForDone(msecs)
