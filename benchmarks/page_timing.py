"""Timing one page's opening in a process of its own (Qt offscreen), for the `*_page.py`
scripts: from showing a fresh page until its background reads have reached it and it has been
painted, best of 3; against the page's own service reads called directly, one after the
other, best of 3. Prints the two as JSON (`open`, `reads`) on its last line.

Each script names its page, how to tell it has rows, its reads and its size; this runs them.
The page is shown and nothing more, as the main window shows it: until session N the scripts
also called `refresh()`, which read everything a second time (the first read superseded but
still run), so the page figures before then include a read too many.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

if TYPE_CHECKING:
    from groupdesk.services.workspace import Workspace
    from groupdesk.ui.context import AppContext


def time_page(
    make_page: Callable[[AppContext], Any],
    rows: Callable[[Any], int],
    reads: Callable[[Workspace], object],
    *,
    size: tuple[int, int],
    ready: Callable[[Any], bool] | None = None,
) -> int:
    """Open the page made by `make_page` on the data folder named on the command line three
    times and print the timings; `rows(page)` must be above 0 once it is filled (the demo
    group has rows on every page), so an empty page is never timed as a fast one.

    A page that shows what is in sight first and reads the rest behind it names with
    `ready(page)` when that is in: `open` is then until it is painted, and `whole` until
    every read is in and painted."""
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from groupdesk.config import DataPaths
    from groupdesk.services.workspace import open_workspace
    from groupdesk.ui.collector import install_collector
    from groupdesk.ui.context import AppContext
    from groupdesk.ui.ops import background_idle

    app = QApplication.instance() or QApplication([])
    install_collector(app)  # as the app runs: no automatic garbage collection
    workspace = open_workspace(DataPaths(Path(sys.argv[1])))
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "gui.ini"), QSettings.Format.IniFormat)
        context = AppContext(workspace, settings)

        def wait_until(done: Callable[[], bool]) -> None:
            while not done():
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)

        def open_page() -> tuple[float, float]:
            page = make_page(context)
            page.resize(*size)
            start = time.perf_counter()
            page.show()  # a new page is stale: showing it reads, as the main window's does
            if ready is not None:
                wait_until(lambda: ready(page))
                page.repaint()
            in_sight = time.perf_counter() - start
            wait_until(background_idle)
            page.repaint()
            whole = time.perf_counter() - start
            assert rows(page) > 0, "the demo group has rows on this page"
            page.close()
            page.deleteLater()
            return (in_sight if ready is not None else whole), whole

        def read_all() -> float:
            start = time.perf_counter()
            reads(workspace)
            return time.perf_counter() - start

        openings = [open_page() for _ in range(3)]
        baseline = min(read_all() for _ in range(3))
        context.wait_for_background_work()
    workspace.close()
    timings = {"open": min(first for first, _ in openings), "reads": baseline}
    if ready is not None:
        timings["whole"] = min(whole for _, whole in openings)
    print(json.dumps(timings))
    return 0
