"""What every page and dialog shares: the open workspace, the change signal, GUI settings, and
the group's settings as last read (dialogs need the group's locale the moment they open).

The app makes its window before the workspace is open (`AppContext.before_opening`): importing
SQLAlchemy and mapping the models is most of a start, and the window, the Dashboard's figures
and its heading need none of it (`docs/architecture.md`, "The window before the workspace").
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable
from contextlib import suppress
from datetime import date
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QObject, QRunnable, QSettings, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QApplication

from groupdesk.config import DataPaths
from groupdesk.errors import GroupDeskError
from groupdesk.services.group_values import FALLBACK_DEFAULTS, GroupSettingsData, read_group
from groupdesk.services.sync.clock import local_day, wall_millis

if TYPE_CHECKING:
    from groupdesk.services.undo import Undo
    from groupdesk.services.uow import UnitOfWork
    from groupdesk.services.workspace import Workspace

ALL = "all"

#: How long a Python thread may hold the interpreter before another may take it (CPython's
#: default is 5 ms). The background worker runs pure Python (ReportLab laying out a report,
#: the sync merge), and every call from the GUI thread into Qt gives the interpreter up and
#: waits that long to get it back, so a 4 s roster left the window unpainted for 0.25–1 s at a
#: time; at 1 ms the longest gap is 65–90 ms, and the report takes no longer (issue 19 item 8).
SWITCH_INTERVAL_S = 0.001


class AppContext(QObject):
    #: (areas: frozenset[str], source: object) — something in these areas changed.
    data_changed = Signal(object, object)
    #: (page key, record id, record kind) — show that page with that record open (the main
    #: window does); the kind ("action", "funder") when the page opens more than one kind.
    record_requested = Signal(str, str, str)
    #: (page key, view) — show that page in one of its views (the Members page filtered to
    #: who needs a check-in: "checkin").
    view_requested = Signal(str, str)
    #: (report key, subject) — show the Reports page with that report and subject chosen.
    report_requested = Signal(str, str)
    #: (Undo) — an action that can be undone was done: the main window's undo bar offers it.
    undo_offered = Signal(object)
    #: The workspace is open (made after the window: `before_opening`).
    opened = Signal()
    #: Contexts that will open their workspace once their queued reads are answered (tests and
    #: the screenshot wait for them as for any background work: `ops.background_idle`).
    waiting_to_open: ClassVar[set[AppContext]] = set()

    def __init__(
        self,
        workspace: Workspace | None,
        settings: QSettings,
        parent: QObject | None = None,
        *,
        paths: DataPaths | None = None,
    ):
        super().__init__(parent)
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        self._workspace = workspace
        if workspace is not None:
            paths = workspace.paths
        if paths is None:
            raise ValueError("a context needs a workspace or the paths of one to open")
        self.paths = paths
        self.settings = settings
        #: One worker thread: SQLite work runs one task at a time, in order.
        self.database_pool = QThreadPool(self)
        self.database_pool.setMaxThreadCount(1)
        #: The group's settings, read once as the window opens and replaced by the main window
        #: when the settings change (from the database thread, like every other read).
        self.group: GroupSettingsData | None = None
        if workspace is not None:
            self._read_group()
        #: Kept alive while the barrier task of `open_after_queued_reads` waits its turn.
        self._barrier: _Answered | None = None

    @classmethod
    def before_opening(cls, paths: DataPaths, settings: QSettings) -> AppContext:
        """A context whose workspace opens later, on the GUI thread (`open_after_queued_reads`,
        or at once when something asks for it first); the group's settings are read now with
        the standard library (a millisecond)."""
        context = cls(None, settings, paths=paths)
        context.group = read_group(paths.database)
        return context

    def _read_group(self) -> None:
        from groupdesk.services.settings import get_settings

        with suppress(GroupDeskError):  # no group yet: the welcome dialog makes one
            self.group = get_settings(self.workspace.uow())

    @property
    def is_open(self) -> bool:
        return self._workspace is not None

    @property
    def workspace(self) -> Workspace:
        """The open workspace, opened now (on the GUI thread, where every import happens) if
        this is the first thing to ask for it."""
        if self._workspace is None:
            from groupdesk.services.workspace import open_workspace

            self._workspace = open_workspace(self.paths)
            self._read_group()
            self.opened.emit()
        return self._workspace

    def when_open(self, then: Callable[[], object]) -> None:
        """Run `then` once the workspace is open: now if it is, else as it opens."""
        if self.is_open:
            then()
        else:
            self.opened.connect(then, type=Qt.ConnectionType.SingleShotConnection)

    def open_after_queued_reads(self) -> None:
        """Open the workspace once the reads already queued (the Dashboard's figures, read
        without it) have been answered and painted: opening holds the GUI thread for about
        half a second (the imports), so what is known is put on screen first."""
        AppContext.waiting_to_open.add(self)
        relay = self._barrier = _Answered()
        relay.answered.connect(self._answered)
        self.database_pool.start(_Barrier(relay))

    def _answered(self) -> None:
        self._barrier = None
        QTimer.singleShot(0, self._open_now)

    def _open_now(self) -> None:
        """Paint what is known, then open (a failure to open is shown as any error of a slot
        is, by the crash handler: a sentence for the volunteer)."""
        try:
            if self.is_open:
                return
            for window in QApplication.topLevelWidgets():
                if window.isVisible():
                    window.repaint()
            self.workspace  # noqa: B018 (opens it)
        finally:
            AppContext.waiting_to_open.discard(self)

    def today(self) -> date:
        """Today by the workspace's clock, or (before it opens) by the same wall clock."""
        if self._workspace is not None:
            return self._workspace.today()
        return local_day(wall_millis())

    @property
    def locale(self) -> str:
        return self.group.locale if self.group is not None else FALLBACK_DEFAULTS[0]

    def uow(self) -> UnitOfWork:
        return self.workspace.uow()

    def announce(self, areas: Iterable[str], *, source: object = None) -> None:
        self.data_changed.emit(frozenset(areas), source)

    def open_record(self, page: str, record_id: str = "", record: str = "") -> None:
        """Ask the main window for a page (and one of its records, of kind `record` when the
        page opens several kinds), so a page never calls another page."""
        self.record_requested.emit(page, record_id, record)

    def open_view(self, page: str, view: str) -> None:
        """Ask the main window for a page shown in one of its views (`Page.show_view`)."""
        self.view_requested.emit(page, view)

    def open_report(self, report: str, subject: str = "") -> None:
        """Ask the main window for the Reports page with `report` chosen, on `subject` (a
        meeting's key, a grant's id, a year) when given: how an area's page offers its
        reports ("Print agenda…") without importing the Reports page."""
        self.report_requested.emit(report, subject)

    def offer_undo(self, undo: Undo | None) -> None:
        """Offer an action for undo (`services.undo.undoable` made `undo`; None when it
        changed nothing), so each page reports its deletes and sweeps to one bar."""
        if undo is not None:
            self.undo_offered.emit(undo)

    def replace_workspace(self, workspace: Workspace) -> None:
        """Swap in a reopened workspace (after a restore; the restore's Op then announces ALL,
        so every page reloads from it)."""
        old, self._workspace = self._workspace, workspace
        self.paths = workspace.paths
        if old is not None and old is not workspace:
            old.close()

    def wait_for_background_work(self, msecs: int = 30_000) -> bool:
        return self.database_pool.waitForDone(msecs)


class _Answered(QObject):
    """Lives on the GUI thread; the database thread emits, Qt queues the call to the GUI."""

    answered = Signal()


class _Barrier(QRunnable):
    """A task that only says it ran: the tasks queued before it have all been answered."""

    def __init__(self, relay: _Answered) -> None:
        super().__init__()
        self._relay = relay

    def run(self) -> None:
        self._relay.answered.emit()
