"""Waiting in GUI tests for the answers of background reads and writes (never for time)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from groupdesk.ui.dialogs.welcome import WelcomeDialog
from groupdesk.ui.ops import background_idle


def settle(timeout_ms: int = 30_000) -> None:
    """Handle events until no background operation is waiting or running, so every answer
    has reached its page or dialog; fail after `timeout_ms` (generous: a loaded 2-core machine
    once took over 10 s for a page's reads in a full run)."""
    clock = QElapsedTimer()
    clock.start()
    while not background_idle():
        assert clock.elapsed() < timeout_ms, "background work did not finish"
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


class BoxCloser(QTimer):
    """Dismisses every message box as it appears, until stopped; `closed` holds their texts
    (a test can wait for the box it expects to have come and gone)."""

    def __init__(self) -> None:
        super().__init__()
        self.closed: list[str] = []
        self.timeout.connect(self._close)

    def _close(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                self.closed.append(widget.text())
                widget.done(0)


def close_message_boxes() -> BoxCloser:
    """Dismiss every message box as it appears (the join code shown once a group is set up),
    until the returned timer is stopped."""
    closer = BoxCloser()
    closer.start(50)
    return closer


def when_the_welcome_opens(act: Callable[[WelcomeDialog], None]) -> None:
    """Drive the (modal, blocking) first-start welcome once it is up."""

    def drive() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, WelcomeDialog):
            QTimer.singleShot(10, drive)
            return
        act(dialog)

    QTimer.singleShot(0, drive)
