"""An error nobody expected, anywhere in the GUI: one dialog with "Copy details", and the story
in the data folder's log file (rotated)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from groupdesk.config import DataPaths
from groupdesk.ui.crash import LOG_FILES, CrashHandler

pytestmark = [pytest.mark.gui, pytest.mark.qt_no_exception_capture]


@pytest.fixture
def crashes(qtbot, tmp_path: Path) -> Iterator[CrashHandler]:  # type: ignore[no-untyped-def]
    handler = CrashHandler(DataPaths(tmp_path).log_file).install()
    yield handler
    handler.uninstall()
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox):
            box.done(0)
            box.deleteLater()


def crash_boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def logged(crashes: CrashHandler) -> str:
    return crashes.log_file.read_text(encoding="utf-8")


def test_an_error_in_a_slot_shows_one_dialog_with_copy_details_and_is_logged(
    qtbot, crashes: CrashHandler
) -> None:  # type: ignore[no-untyped-def]
    def broken() -> None:
        raise ZeroDivisionError("the members count was zero")

    for _ in range(3):  # an error that repeats (say, in a timer) opens one dialog, not three
        QTimer.singleShot(0, broken)
    message = "ZeroDivisionError: the members count was zero"
    qtbot.waitUntil(lambda: logged(crashes).count(message) == 3)  # each one is logged
    (box,) = crash_boxes()
    assert box.windowTitle() == "Something went wrong"
    assert "ZeroDivisionError: the members count was zero" in box.detailedText()
    copy = next(b for b in box.findChildren(QPushButton) if b.text() == "Copy details")
    copy.click()
    assert "the members count was zero" in QApplication.clipboard().text()
    assert crashes.log_file.parent.name == "logs"


def test_an_error_that_ends_a_thread_is_shown_on_the_gui_thread(
    qtbot, crashes: CrashHandler
) -> None:  # type: ignore[no-untyped-def]
    def broken() -> None:
        raise RuntimeError("the sync watcher fell over")

    worker = threading.Thread(target=broken, name="sync-watcher")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: bool(crash_boxes()))
    (box,) = crash_boxes()
    assert "In sync-watcher" in box.detailedText()
    assert "RuntimeError: the sync watcher fell over" in logged(crashes)


def test_the_log_file_is_rotated_so_it_never_fills_the_disk(crashes: CrashHandler) -> None:
    import logging

    from groupdesk.ui import crash

    line = "x" * 10_000
    for _ in range(LOG_FILES * crash.LOG_BYTES // len(line) + 200):
        logging.getLogger("groupdesk.test").info(line)
    files = sorted(crashes.log_file.parent.iterdir())
    assert len(files) == LOG_FILES + 1
    assert all(f.stat().st_size <= crash.LOG_BYTES + len(line) + 200 for f in files)
