"""Timing the Resources page's opening in a process of its own (Qt offscreen): from showing the
page until its reads (the items with their state, the clashes, the first item's detail) have
reached it and been painted.

    python benchmarks/resources_page.py DATA_DIR

Prints JSON: `open`, the best of 3 openings (a fresh page each time), and `reads`, the page's
two list reads (the items, the clashes) called directly, one after the other, as the baseline.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from groupdesk.config import DataPaths
    from groupdesk.services.resources.clashes import list_clashes
    from groupdesk.services.resources.records import list_items
    from groupdesk.services.workspace import open_workspace
    from groupdesk.ui.context import AppContext
    from groupdesk.ui.ops import background_idle
    from groupdesk.ui.resources.page import ResourcesPage

    app = QApplication.instance() or QApplication([])
    workspace = open_workspace(DataPaths(Path(sys.argv[1])))
    with tempfile.TemporaryDirectory() as folder:
        settings = QSettings(str(Path(folder) / "gui.ini"), QSettings.Format.IniFormat)
        context = AppContext(workspace, settings)

        def open_page() -> float:
            page = ResourcesPage(context)
            page.resize(1280, 800)
            start = time.perf_counter()
            page.show()
            page.refresh()
            while not background_idle():
                app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
            page.repaint()
            seconds = time.perf_counter() - start
            assert page.items.rowCount() > 0, "the demo group has items"
            page.close()
            page.deleteLater()
            return seconds

        def reads() -> float:
            start = time.perf_counter()
            list_items(workspace.uow())
            list_clashes(workspace.uow())
            return time.perf_counter() - start

        opened = min(open_page() for _ in range(3))
        baseline = min(reads() for _ in range(3))
        context.wait_for_background_work()
    workspace.close()
    print(json.dumps({"open": opened, "reads": baseline}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
