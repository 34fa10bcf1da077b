"""Background operations: work off the GUI thread, progress, cancel, failures always shown."""

from __future__ import annotations

import logging
import threading

import pytest
import shiboken6
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog, QPushButton, QWidget

from groupdesk.errors import Cancelled, GroupDeskError
from groupdesk.services.settings import get_settings
from groupdesk.ui.ops import Op, OpJob

pytestmark = pytest.mark.gui


@pytest.fixture
def parent(qtbot) -> QWidget:  # type: ignore[no-untyped-def]
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def open_boxes(parent: QWidget) -> list[QMessageBox]:
    return [box for box in parent.findChildren(QMessageBox) if box.isVisible()]


def test_the_work_runs_off_the_gui_thread_and_the_result_comes_back_on_it(
    qtbot, parent, app_context
) -> None:  # type: ignore[no-untyped-def]
    worker: list[threading.Thread] = []
    results: list[tuple[object, threading.Thread]] = []

    def work(job: OpJob) -> str:
        worker.append(threading.current_thread())
        return get_settings(job.uow()).name

    op = Op(parent, work).on_success(lambda r: results.append((r, threading.current_thread())))
    op.run(app_context)
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)

    assert worker[0] is not threading.main_thread()
    assert results == [("Riverside Neighbours", threading.main_thread())]
    assert open_boxes(parent) == []


def test_database_work_runs_one_task_at_a_time_in_order(qtbot, parent, app_context) -> None:  # type: ignore[no-untyped-def]
    finished: list[int] = []
    running = threading.Semaphore(1)

    def work(number: int):  # type: ignore[no-untyped-def]
        def run(_job: OpJob) -> int:
            assert running.acquire(blocking=False), "two database tasks ran at once"
            try:
                get_settings(_job.uow())
                return number
            finally:
                running.release()

        return run

    for number in range(5):
        Op(parent, work(number)).on_success(finished.append).run(app_context)
    qtbot.waitUntil(lambda: len(finished) == 5, timeout=10_000)
    assert finished == [0, 1, 2, 3, 4]


def test_progress_moves_the_dialog_and_cancel_stops_the_work(qtbot, parent, app_context) -> None:  # type: ignore[no-untyped-def]
    failures: list[BaseException] = []
    started = threading.Event()

    def work(job: OpJob) -> None:
        job.progress(1, 4, "Copying attachments…")
        started.set()
        while not job.cancelled():
            threading.Event().wait(0.005)  # the worker polls its cancel flag, as real work does
        raise Cancelled("Stopped; nothing was changed.")

    op = Op(parent, work).with_progress("Working…", cancellable=True)
    op.on_failure(failures.append).run(app_context)
    (dialog,) = parent.findChildren(QProgressDialog)
    qtbot.waitUntil(lambda: dialog.value() == 1 and dialog.isVisible(), timeout=10_000)
    assert dialog.maximum() == 4
    assert dialog.labelText() == "Copying attachments…"

    (cancel,) = [b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel"]
    cancel.click()
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)

    assert isinstance(failures[0], Cancelled)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    assert open_boxes(parent) == []  # a failure handled by on_failure shows no box


def test_a_groupdesk_error_is_shown_as_its_sentence(qtbot, parent, app_context) -> None:  # type: ignore[no-untyped-def]
    def work(_job: OpJob) -> None:
        raise GroupDeskError("The sync folder is not there; plug in the USB stick.")

    Op(parent, work).run(app_context)
    qtbot.waitUntil(lambda: bool(open_boxes(parent)), timeout=10_000)
    (box,) = open_boxes(parent)
    assert box.windowTitle() == "Could not finish"
    assert box.text() == "The sync folder is not there; plug in the USB stick."
    assert box.detailedText() == ""
    box.close()


def test_an_unexpected_error_offers_the_details_to_copy(
    qtbot, parent, app_context, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    def work(_job: OpJob) -> None:
        raise ValueError("the unexpected")

    with caplog.at_level(logging.ERROR, logger="groupdesk.ui.ops"):
        Op(parent, work).run(app_context)
        qtbot.waitUntil(lambda: bool(open_boxes(parent)), timeout=10_000)
    (box,) = open_boxes(parent)
    assert box.windowTitle() == "Something went wrong"
    assert "Nothing was changed by the step that failed" in box.text()
    assert "Traceback" in box.detailedText()
    assert "ValueError: the unexpected" in box.detailedText()
    assert "ValueError: the unexpected" in caplog.text  # and it is logged

    (copy,) = [b for b in box.buttons() if b.text() == "Copy details"]
    QApplication.clipboard().clear()
    copy.click()
    assert QApplication.clipboard().text() == box.detailedText()
    assert box.isVisible()  # copying does not close the box

    (close,) = [b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole]
    close.click()
    qtbot.waitUntil(lambda: not box.isVisible())


def test_a_task_that_ends_right_after_its_last_progress_ends_cleanly(
    qtbot, parent, app_context
) -> None:  # type: ignore[no-untyped-def]
    """The progress dialog is modal, so moving it handles pending events: the task's end (which
    closes the dialog) can arrive in the middle of showing a progress step."""
    done: list[int] = []

    def work(job: OpJob) -> int:
        for step in range(200):
            job.progress(step, 200, f"Step {step}…")
        return 200

    for _ in range(5):
        Op(parent, work).with_progress("Working…").on_success(done.append).run(app_context)
    qtbot.waitUntil(lambda: len(done) == 5, timeout=20_000)
    assert done == [200] * 5
    # Each dialog is closed at once and deleted by the event loop soon after (deleteLater):
    # on a loaded machine that can come a little after the last result.
    assert all(not dialog.isVisible() for dialog in parent.findChildren(QProgressDialog))
    qtbot.waitUntil(lambda: not parent.findChildren(QProgressDialog), timeout=10_000)


def test_emitting_signals_from_python_leaves_true_and_false_alone() -> None:
    """PySide6 6.12.0 dropped a reference to True on every emit(); on Python 3.11 the app
    aborted ("bool_dealloc") after a few hundred signals. pyproject.toml excludes it."""
    import sys

    from groupdesk.ui.ops import _Relay

    relay = _Relay()
    relay.progressed.connect(lambda *_args: None)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for step in range(300):
        relay.progressed.emit(step, 300, "")
    after = sys.getrefcount(True), sys.getrefcount(False)
    assert after[0] >= before[0] - 5 and after[1] >= before[1] - 5


def test_a_newer_read_of_the_same_page_supersedes_an_older_one(qtbot, parent, app_context) -> None:  # type: ignore[no-untyped-def]
    """The filters changed twice while the first read waited: only the newest answer shows."""
    from groupdesk.ui.ops import QueryOp, background_idle

    release = threading.Event()
    shown: list[str] = []

    def slow(_job: OpJob) -> str:
        release.wait(10)
        return "old"

    QueryOp(parent, slow, key="list").on_success(shown.append).run(app_context)
    QueryOp(parent, lambda _job: "new", key="list").on_success(shown.append).run(app_context)
    QueryOp(parent, lambda _job: "other", key="detail").on_success(shown.append).run(app_context)
    release.set()
    qtbot.waitUntil(background_idle, timeout=10_000)
    assert shown == ["new", "other"]
    assert open_boxes(parent) == [] and parent.findChildren(QProgressDialog) == []


def test_a_superseded_read_that_fails_shows_nothing(qtbot, parent, app_context) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.ui.ops import QueryOp, background_idle

    release = threading.Event()

    def broken(_job: OpJob) -> str:
        release.wait(10)
        raise GroupDeskError("stale and wrong")

    QueryOp(parent, broken).run(app_context)
    QueryOp(parent, lambda _job: "fresh").run(app_context)
    release.set()
    qtbot.waitUntil(background_idle, timeout=10_000)
    assert open_boxes(parent) == []


def test_a_write_announces_the_areas_it_touched_once_with_its_initiator(
    qtbot, parent, app_context
) -> None:  # type: ignore[no-untyped-def]
    """After Anki's OpChanges: the tables the write committed, as areas, after its callback."""
    from groupdesk.services.members.records import add_member
    from groupdesk.ui.ops import QueryOp, background_idle

    heard: list[tuple[frozenset[str], object]] = []
    app_context.data_changed.connect(lambda areas, source: heard.append((areas, source)))
    order: list[str] = []
    app_context.data_changed.connect(lambda *_: order.append("announced"))

    Op(parent, lambda job: add_member(job.uow(), values={"full_name": "Kemi Bello"})).on_success(
        lambda _member: order.append("callback")
    ).run(app_context)
    qtbot.waitUntil(background_idle, timeout=10_000)
    assert heard == [(frozenset({"members"}), parent)] and order == ["callback", "announced"]

    heard.clear()
    Op(parent, lambda _job: None).changes("backup").run(app_context)  # files, not tables
    QueryOp(parent, lambda job: get_settings(job.uow())).run(app_context)  # a read: nothing
    Op(parent, lambda job: add_member(job.uow(), values={"full_name": ""})).on_failure(
        lambda _error: None  # refused: nothing changed, nothing said
    ).run(app_context)
    qtbot.waitUntil(background_idle, timeout=10_000)
    assert heard == [(frozenset({"backup"}), parent)]


def test_a_read_for_a_closed_dialog_is_dropped_and_a_write_still_announced(
    qtbot, app_context
) -> None:  # type: ignore[no-untyped-def]
    """The editor was closed (and deleted) while its reads waited: no callback touches its
    deleted widgets, and what a write changed is still announced, with no initiator."""
    from groupdesk.services.members.records import add_member
    from groupdesk.ui.ops import QueryOp, background_idle

    dialog = QWidget()
    release = threading.Event()
    called: list[object] = []
    heard: list[tuple[frozenset[str], object]] = []
    app_context.data_changed.connect(lambda areas, source: heard.append((areas, source)))

    def slow_read(_job: OpJob) -> str:
        release.wait(10)
        return "late"

    def slow_write(job: OpJob) -> object:
        release.wait(10)
        return add_member(job.uow(), values={"full_name": "Kemi Bello"})

    QueryOp(dialog, slow_read).on_success(called.append).run(app_context)
    Op(dialog, slow_write).on_success(called.append).run(app_context)
    shiboken6.delete(dialog)
    release.set()
    qtbot.waitUntil(background_idle, timeout=10_000)
    assert called == []
    assert heard == [(frozenset({"members"}), None)]


def test_the_garbage_collector_never_runs_on_a_worker_thread(qtbot, parent, app_context) -> None:  # type: ignore[no-untyped-def]
    """A collection on a worker could destroy a closed dialog's widgets off the GUI thread,
    which crashed the suite (a segmentation fault in test_keyboard): the application's
    collector keeps automatic collection off, in work and out of it."""
    import gc

    from PySide6.QtWidgets import QApplication

    from groupdesk.ui.collector import install_collector

    gc.enable()
    install_collector(QApplication.instance())
    seen: list[bool] = []
    done: list[bool] = []
    op = Op(parent, lambda job: seen.append(gc.isenabled())).on_success(
        lambda _r: done.append(True)
    )
    op.run(app_context)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)
    assert seen == [False]
    assert not gc.isenabled()


def test_the_collector_frees_cycles_from_the_event_loop(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A hang in the suite: Python's collector ran inside Qt's `QObject::disconnect` (an
    allocation there crossed its threshold) and destroyed a QObject whose destructor waited on
    the lock disconnect held. Automatic collection is off; cycles are freed by a timer instead,
    between events, on the GUI thread."""
    import gc
    import threading
    import weakref

    from PySide6.QtWidgets import QApplication

    from groupdesk.ui.collector import install_collector

    collector = install_collector(QApplication.instance())
    assert install_collector(QApplication.instance()) is collector  # one per application
    assert not gc.isenabled()

    class Node:
        pass

    cycle = Node()
    cycle.itself = cycle  # type: ignore[attr-defined]
    gone = weakref.ref(cycle)
    freed_on: list[str] = []
    weakref.finalize(cycle, lambda: freed_on.append(threading.current_thread().name))
    del cycle
    kept = [{} for _ in range(gc.get_threshold()[0] + 1)]  # enough new objects for a collection
    qtbot.waitUntil(lambda: gone() is None, timeout=5_000)
    assert freed_on == [threading.main_thread().name]
    del kept


def test_a_write_waits_its_turn_while_a_cli_import_holds_the_lock(
    qtbot, parent, app_context
) -> None:  # type: ignore[no-untyped-def]
    """Another program (a CLI import) takes the write lock and commits between this op's read
    and its write: SQLite says "database is locked" at once, and the op runs again, as the
    CLI's commands do, instead of showing the error."""
    import sqlite3

    from sqlalchemy import text

    read, go = threading.Event(), threading.Event()
    tries: list[int] = []
    done: list[int] = []

    def work(job: OpJob) -> int:
        tries.append(1)
        with job.uow() as uow:
            count = uow.session.execute(text("SELECT count(*) FROM sqlite_master")).scalar_one()
            read.set()
            assert go.wait(10)
            uow.session.execute(text("CREATE TABLE IF NOT EXISTS from_the_gui (x)"))
            uow.commit()
        return int(count)

    Op(parent, work).on_success(done.append).run(app_context)
    qtbot.waitUntil(read.is_set, timeout=10_000)
    cli = sqlite3.connect(app_context.workspace.paths.database, isolation_level=None)
    try:
        cli.execute("BEGIN IMMEDIATE")
        cli.execute("CREATE TABLE from_the_cli (x)")
        cli.execute("COMMIT")
    finally:
        cli.close()
    go.set()
    qtbot.waitUntil(lambda: bool(done) or bool(open_boxes(parent)), timeout=20_000)
    assert open_boxes(parent) == []
    assert len(tries) == 2 and done
    with sqlite3.connect(app_context.workspace.paths.database) as check:
        names = {row[0] for row in check.execute("SELECT name FROM sqlite_master")}
    assert {"from_the_cli", "from_the_gui"} <= names


def test_babel_is_imported_before_any_work_goes_to_the_worker_thread() -> None:
    """Regression: the GUI thread and the worker importing Babel at once stopped
    `groupdesk screenshot` with "partially initialized module 'babel.core'"."""
    import subprocess
    import sys

    loaded = subprocess.run(
        [sys.executable, "-c", "import sys, groupdesk.ui.ops; print(sorted(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "'babel.dates'" in loaded and "'babel.numbers'" in loaded
