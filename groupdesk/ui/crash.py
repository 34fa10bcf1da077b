"""Errors nobody expected, while the GUI runs: one dialog saying so, with "Copy details", and
the whole story in a log file in the data folder, for whoever helps the group with computers.

Qt calls `sys.excepthook` for an exception raised in a slot or an event handler, and Python calls
`threading.excepthook` for one that ends a thread; both come here. A thread's error is carried to
the GUI thread by a queued signal, since widgets may only be touched there.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from groupdesk.errors import GroupDeskError
from groupdesk.ui.ops import show_error

#: The log is kept to a few files of this size: enough for a helper, never a full disk.
LOG_BYTES = 1_000_000
LOG_FILES = 3

log = logging.getLogger(__name__)


class CrashHandler(QObject):
    """Installed for as long as the window runs (`install()` … `uninstall()`)."""

    crashed = Signal(object, str)

    def __init__(self, log_file: Path) -> None:
        super().__init__()
        log_file.parent.mkdir(parents=True, exist_ok=True)
        self.log_file = log_file
        self._handler = RotatingFileHandler(
            log_file, maxBytes=LOG_BYTES, backupCount=LOG_FILES, encoding="utf-8"
        )
        self._handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
        )
        self._previous = (sys.excepthook, threading.excepthook)
        #: The dialog on screen, so an error that repeats (in a paint event) opens one, not many.
        self.box: QMessageBox | None = None
        self.crashed.connect(self._show)

    def install(self) -> CrashHandler:
        logging.getLogger("groupdesk").addHandler(self._handler)
        logging.getLogger("groupdesk").setLevel(logging.INFO)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        return self

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous
        logging.getLogger("groupdesk").removeHandler(self._handler)
        self._handler.close()

    def _excepthook(
        self, kind: type[BaseException], error: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            self._previous[0](kind, error, tb)
            return
        self.crashed.emit(error, "".join(traceback.format_exception(kind, error, tb)))

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is None or issubclass(args.exc_type, SystemExit):
            return
        details = "".join(
            traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback)
        )
        where = args.thread.name if args.thread is not None else "a thread"
        self.crashed.emit(args.exc_value, f"In {where}:\n{details}")

    def _show(self, error: BaseException, details: str) -> None:
        if self.box is not None and self.box.isVisible():
            log.error("unexpected error (while one was being shown)\n%s", details)
            return
        if isinstance(error, GroupDeskError):  # show_error logs only the unexpected kind
            log.warning("uncaught %s\n%s", type(error).__name__, details)
        self.box = show_error(QApplication.activeWindow(), error, details)
