"""Waiting in GUI tests for the answers of background reads and writes (never for time), and
running a GUI start in a fresh interpreter."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from subprocess import CompletedProcess

import pytest
from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

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
    """Answers every message box as it appears, until stopped: with its button of `role`, or
    dismissed when none is given; only boxes whose text holds `containing`. `closed` holds
    their texts (a test can wait for the box it expects to have come and gone)."""

    def __init__(self, role: QMessageBox.ButtonRole | None = None, containing: str = "") -> None:
        super().__init__()
        self.role, self.containing = role, containing
        self.closed: list[str] = []
        self.timeout.connect(self._close)

    def _close(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if not (isinstance(widget, QMessageBox) and widget.isVisible()):
                continue
            if self.containing not in widget.text():
                continue
            self.closed.append(widget.text())
            if self.role is None:
                widget.done(0)
            else:
                [button] = [b for b in widget.buttons() if widget.buttonRole(b) == self.role]
                button.click()


def close_message_boxes() -> BoxCloser:
    """Dismiss every message box as it appears (the join code shown once a group is set up),
    until the returned timer is stopped."""
    return answer_message_boxes(None)


def answer_message_boxes(role: QMessageBox.ButtonRole | None, containing: str = "") -> BoxCloser:
    """Answer every message box (holding `containing`) with its button of `role` as it
    appears, until the returned timer is stopped; what they asked is in its `closed`."""
    closer = BoxCloser(role, containing)
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


def answer_question(choice: str) -> list[str]:
    """Click `choice` in the next (modal) question or message box; returns its text once
    asked."""
    asked: list[str] = []

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == choice).click()

    QTimer.singleShot(0, click)
    return asked


def progress_lines(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every line the progress boxes of background operations are given from now on (a
    quick task's box is never shown, but its lines are set all the same)."""
    lines: list[str] = []

    class Recording(QProgressDialog):
        def setLabelText(self, text: str) -> None:
            lines.append(text)
            super().setLabelText(text)

    monkeypatch.setattr("groupdesk.ui.ops.QProgressDialog", Recording)
    return lines


def offscreen_python(code: str, *arguments: str, timeout: float = 120) -> CompletedProcess[str]:
    """`code` run by a fresh interpreter with Qt offscreen (what a start imports, how a process
    exits): its output, whatever its exit status."""
    return subprocess.run(
        [sys.executable, "-c", code, *arguments],
        capture_output=True,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=timeout,
        check=False,
    )
