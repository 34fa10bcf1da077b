"""Run long work off the GUI thread, with progress and cancel (after Anki's `aqt.operations`).

    Op(self, lambda job: backup.write_backup(job.workspace.paths, target, progress=job.progress))
        .with_progress(self.tr("Backing up…"), cancellable=True)
        .on_success(self._backed_up)
        .run(context)

The work runs on the context's single database thread, so SQLite sees one task at a time; the
callbacks run on the GUI thread. The window never freezes, and a failure is always shown.

After a write succeeds, the Op says what changed (after Anki's `OpChanges`): the tables its
units of work committed, mapped to areas by the registry, plus any areas it declared with
`changes(...)` (files such as backups, or ALL after a sync or a restore), announced once on
`context.data_changed` with the Op's parent as the initiator, after the success callback.

Reads that feed a page use `QueryOp` (after Anki's `QueryOp`): no progress dialog, and a newer
read for the same page and key supersedes an older one, whose result is dropped.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Self, TypeVar

# Babel is imported here, on the GUI thread, before any worker runs: the GUI imports it lazily
# to word days and money, and services on the worker thread do too; the two importing it at
# once stopped `groupdesk screenshot` with "partially initialized module 'babel.core'".
import babel.dates
import babel.numbers  # noqa: F401  (imported for the reason above; babel.dates binds `babel`)
import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from groupdesk.config import DataPaths
from groupdesk.errors import GroupDeskError
from groupdesk.registry import areas_of_tables
from groupdesk.services.faults import wait_for_writers
from groupdesk.ui.context import AppContext
from groupdesk.ui.messages import reworded, said

if TYPE_CHECKING:
    from groupdesk.services.uow import UnitOfWork
    from groupdesk.services.workspace import Workspace

T = TypeVar("T")
log = logging.getLogger(__name__)


class OpJob:
    """What the background function gets: the workspace, progress reporting and a cancel flag
    (a read made `without_workspace` gets the data folder's paths and today only)."""

    def __init__(
        self, workspace: Workspace | None, relay: _Relay, *, paths: DataPaths, today: date
    ) -> None:
        self._workspace = workspace
        self.paths = paths
        self._today = today
        self._relay = relay
        self._cancel = threading.Event()
        self._units: list[UnitOfWork] = []

    @property
    def workspace(self) -> Workspace:
        if self._workspace is None:
            raise RuntimeError("this work was started without the workspace (without_workspace)")
        return self._workspace

    def today(self) -> date:
        """Today by the workspace's clock, as the work was started."""
        return self._today

    def uow(self, **options: Any) -> UnitOfWork:
        unit = self.workspace.uow(**options)
        self._units.append(unit)
        return unit

    def changed_tables(self) -> frozenset[str]:
        """Every table the work's committed writes touched."""
        return frozenset().union(*(unit.changed_tables() for unit in self._units))

    def progress(self, done: int, total: int, text: str = "") -> None:
        self._relay.progressed.emit(done, total, text)

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the calls back to the GUI thread."""

    #: The text as the work wrote it: a service's `Message` must arrive whole to be said in
    #: the reader's language (a `str` signal would hand on only its English).
    progressed = Signal(int, int, object)
    succeeded = Signal(object, object)
    failed = Signal(object, str)


class _Runner(QRunnable):
    def __init__(self, fn: Callable[[OpJob], Any], job: OpJob, relay: _Relay) -> None:
        super().__init__()
        self._fn, self._job, self._relay = fn, job, relay

    def run(self) -> None:
        """The work; when a CLI import holds the write lock, it waits its turn as the CLI's
        commands do (`faults.wait_for_writers`) instead of failing at once."""
        job = self._job
        try:
            result = wait_for_writers(
                lambda: self._fn(job), saved=lambda: bool(job.changed_tables())
            )
        except BaseException as error:
            self._relay.failed.emit(error, traceback.format_exc())
        else:
            self._relay.succeeded.emit(result, self._job.changed_tables())


class Op(Generic[T]):
    #: Ops still running, kept alive until they finish (a dropped Op would lose its callbacks).
    _running: ClassVar[set[Op[Any]]] = set()

    def __init__(self, parent: QWidget, fn: Callable[[OpJob], T]) -> None:
        self._parent = parent
        self._fn = fn
        self._label: str | None = None
        self._cancellable = False
        #: What the callback returns is ignored (a callback may start the next Op).
        self._success: Callable[[T], object] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._dialog: QProgressDialog | None = None
        self._declared: frozenset[str] = frozenset()
        self._context: AppContext | None = None
        self._needs_workspace = True
        self.job: OpJob | None = None

    def without_workspace(self) -> Self:
        """Work that reads the data folder through its own connection, with the standard
        library alone (`job.paths`): it may run before the workspace is open (the Dashboard's
        figures, in the window's first moments)."""
        self._needs_workspace = False
        return self

    def with_progress(self, label: str, *, cancellable: bool = False) -> Self:
        self._label, self._cancellable = label, cancellable
        return self

    def on_success(self, callback: Callable[[T], object]) -> Self:
        self._success = callback
        return self

    def on_failure(self, callback: Callable[[BaseException], None]) -> Self:
        self._failure = callback
        return self

    def changes(self, *areas: str) -> Self:
        """Areas the work changes beyond the tables it writes (backup files; ALL when it
        replaces everything, as a sync or a restore does), announced with the tables' areas."""
        self._declared = self._declared | frozenset(areas)
        return self

    def run(self, context: AppContext) -> Self:
        relay = _Relay()
        self._relay = relay
        self._context = context
        workspace = context.workspace if self._needs_workspace else None
        self.job = OpJob(workspace, relay, paths=context.paths, today=context.today())
        relay.progressed.connect(self._progressed)
        relay.succeeded.connect(self._succeeded)
        relay.failed.connect(self._failed)
        if self._label is not None:
            self._dialog = self._make_dialog(self._label)
        Op._running.add(self)
        context.database_pool.start(_Runner(self._fn, self.job, relay))
        return self

    def _make_dialog(self, label: str) -> QProgressDialog:
        dialog = QProgressDialog(label, "", 0, 0, self._parent)
        dialog.setWindowTitle(label.rstrip("…."))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(400)
        # The constructor armed the show timer with Qt's default (4 s); the first value re-arms
        # it with ours, so a long task shows its progress after 0.4 s.
        dialog.setValue(0)
        if self._cancellable:
            cancel = QPushButton(QApplication.translate("Op", "Cancel"))
            cancel.setAccessibleName(QApplication.translate("Op", "Cancel"))
            dialog.setCancelButton(cancel)
            dialog.canceled.connect(self._request_cancel)
        else:
            dialog.setCancelButton(None)
        dialog.setAccessibleName(label)
        return dialog

    def _request_cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
        if self._dialog is not None:
            self._dialog.setLabelText(QApplication.translate("Op", "Cancelling…"))

    def _progressed(self, done: int, total: int, text: str) -> None:
        if self._dialog is None:
            return
        self._dialog.setMaximum(max(total, 0))
        if text and self._context is not None:  # a service's sentence in the reader's language
            self._dialog.setLabelText(said(text, self._context.locale))
        # Last: on a modal dialog setValue processes events, so the task's end (which closes
        # the dialog) may be handled inside it.
        self._dialog.setValue(min(done, total) if total else 0)

    def _finish(self) -> None:
        dialog, self._dialog = self._dialog, None
        if dialog is not None:
            # Closing a progress dialog says "canceled": silence it rather than disconnect
            # (PySide6's disconnect() of a signal with no slot, as for an Op that cannot be
            # cancelled, corrupts the refcount of False and crashes Python at exit).
            dialog.blockSignals(True)
            dialog.reset()  # stops its show timer, so a quick task never flashes it
            dialog.close()
            dialog.deleteLater()
        Op._running.discard(self)

    def _parent_alive(self) -> bool:
        """Whether the widget the Op reports to still exists: a dialog closed while its read
        or write ran is deleted, and its callbacks would touch deleted widgets."""
        return shiboken6.isValid(self._parent)

    def _succeeded(self, result: T, tables: frozenset[str]) -> None:
        self._finish()
        alive = self._parent_alive()
        if self._success is not None and alive:
            self._success(result)
        # Tables to map only after a write: mapping them loads the models (the ORM), which a
        # read made before the workspace opened must not wait for.
        changed = (areas_of_tables(tables) if tables else frozenset()) | self._declared
        if changed and self._context is not None:
            self._context.announce(changed, source=self._parent if alive else None)

    def _failed(self, error: BaseException, details: str) -> None:
        self._finish()
        if self._context is not None:  # a refusal in the reader's language
            error = reworded(error, self._context.locale)
        if not self._parent_alive():
            show_error(None, error, details)
        elif self._failure is not None:
            self._failure(error)
        else:
            show_error(self._parent, error, details)


class QueryOp(Op[T]):
    """A read for a page or dialog: quiet (no progress dialog unless asked), and superseded by a
    newer read of the same `key` from the same parent — a slow old answer never overwrites a
    newer one, as when the filters change twice while the first read waits for the database."""

    #: The newest read per (parent, key); an answer from any other is stale and dropped.
    _newest: ClassVar[dict[tuple[int, str], QueryOp[Any]]] = {}

    def __init__(self, parent: QWidget, fn: Callable[[OpJob], T], *, key: str = "") -> None:
        super().__init__(parent, fn)
        self._slot = (id(parent), key)

    def run(self, context: AppContext) -> Self:
        QueryOp._newest[self._slot] = self
        return super().run(context)

    def _current(self) -> bool:
        """Whether this is still the newest read of its slot (and forget it if so)."""
        if QueryOp._newest.get(self._slot) is not self:
            return False
        del QueryOp._newest[self._slot]
        return True

    def _succeeded(self, result: T, tables: frozenset[str]) -> None:
        if self._current():
            super()._succeeded(result, tables)
        else:
            self._finish()

    def _failed(self, error: BaseException, details: str) -> None:
        if self._current():
            super()._failed(error, details)
        else:
            self._finish()


def background_idle() -> bool:
    """Whether no operation is waiting or running, and no window waits to open its workspace
    (tests wait on this, never on time)."""
    return not Op._running and not AppContext.waiting_to_open


def show_error(parent: QWidget | None, error: BaseException, details: str = "") -> QMessageBox:
    """A user-facing error as its sentence; anything else as a bug with 'Copy details'."""
    details = details or "".join(traceback.format_exception(error))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    if isinstance(error, GroupDeskError):
        box.setWindowTitle(QApplication.translate("Op", "Could not finish"))
        box.setText(str(error))
    else:
        log.error("unexpected error\n%s", details)
        box.setWindowTitle(QApplication.translate("Op", "Something went wrong"))
        box.setText(
            QApplication.translate(
                "Op",
                "GroupDesk hit a problem it did not expect. Nothing was changed by the step "
                "that failed. Please copy the details and send them to whoever helps with "
                "your computer.",
            )
        )
        box.setDetailedText(details)
        copy = box.addButton(
            QApplication.translate("Op", "Copy details"), QMessageBox.ButtonRole.ActionRole
        )
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.addButton(QMessageBox.StandardButton.Close)
    box.open()
    return box
