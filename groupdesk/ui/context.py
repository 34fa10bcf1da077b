"""What every page and dialog shares: the open workspace, the change signal, GUI settings, and
the group's settings as last read (dialogs need the group's locale the moment they open)."""

from __future__ import annotations

import sys
from collections.abc import Iterable
from contextlib import suppress

from PySide6.QtCore import QObject, QSettings, QThreadPool, Signal

from groupdesk.errors import GroupDeskError
from groupdesk.services.settings import FALLBACK_DEFAULTS, GroupSettingsData, get_settings
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

    def __init__(self, workspace: Workspace, settings: QSettings, parent: QObject | None = None):
        super().__init__(parent)
        sys.setswitchinterval(SWITCH_INTERVAL_S)
        self.workspace = workspace
        self.settings = settings
        #: One worker thread: SQLite work runs one task at a time, in order.
        self.database_pool = QThreadPool(self)
        self.database_pool.setMaxThreadCount(1)
        #: The group's settings, read once as the window opens and replaced by the main window
        #: when the settings change (from the database thread, like every other read).
        self.group: GroupSettingsData | None = None
        with suppress(GroupDeskError):  # no group yet: the welcome dialog makes one
            self.group = get_settings(workspace.uow())

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
        old, self.workspace = self.workspace, workspace
        if old is not workspace:
            old.close()

    def wait_for_background_work(self, msecs: int = 30_000) -> bool:
        return self.database_pool.waitForDone(msecs)
