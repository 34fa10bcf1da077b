"""Seconds from process start to the first paint of the main window; run in a fresh process.

    python benchmarks/first_paint.py FOLDER   # GroupDesk's main window on the data folder FOLDER
    python benchmarks/first_paint.py --figures FOLDER  # ... until the Dashboard paints its figures
    python benchmarks/first_paint.py --bare   # the baseline: a bare QMainWindow

The clock starts when the parent launched this process: it passes its `time.time()` in the
environment variable `FIRST_PAINT_T0` (so interpreter start-up counts too); run by hand, the clock
starts at the top of this script. Prints the seconds as one line and exits as soon as the first
paint event reaches the window or its central widget. Needs QT_QPA_PLATFORM=offscreen when there
is no display. Changes nothing in FOLDER except what opening the app changes (run on a copy).
"""

from __future__ import annotations

import os
import sys
import time
from typing import Any, cast

T0 = float(os.environ.get("FIRST_PAINT_T0") or time.time())


def main(argv: list[str]) -> int:
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    figures = argv[:1] == ["--figures"]
    if figures:
        argv = argv[1:]
    if argv == ["--bare"]:
        window = QMainWindow()
        window.resize(1200, 780)
    elif len(argv) == 1:
        from pathlib import Path

        from groupdesk import __version__
        from groupdesk.app import create_window
        from groupdesk.config import DataPaths
        from groupdesk.ui.collector import install_collector
        from groupdesk.ui.style import STYLE_SHEET

        # What `groupdesk.app.run_app` does before showing the window.
        install_collector(app)
        app.setApplicationName("GroupDesk")
        app.setApplicationVersion(__version__)
        app.setStyleSheet(STYLE_SHEET)
        window = create_window(DataPaths(Path(argv[0]).resolve()))
    else:
        print(__doc__, file=sys.stderr)
        return 2

    class FirstPaint(QObject):
        seconds: float | None = None

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if figure is not None and not figure.text():
                return False  # the Dashboard's figures have not arrived yet
            if self.seconds is None and event.type() == QEvent.Type.Paint:
                self.seconds = time.time() - T0
                app.exit(0)  # after this paint completes: the event is passed on below
            return False

    #: With --figures: the label the Dashboard's first figure goes in (it paints when set).
    figure = cast(Any, window).page("dashboard").members_card.figure if figures else None
    catcher = FirstPaint()
    window.installEventFilter(catcher)
    if figure is not None:
        figure.installEventFilter(catcher)
    central = window.centralWidget()
    if central is not None:
        central.installEventFilter(catcher)
    window.show()
    app.exec()
    if catcher.seconds is None:
        print("the window was never painted", file=sys.stderr)
        return 1
    print(f"{catcher.seconds:.6f}", flush=True)
    # Leave without closing the window: closing would save its layout into the data folder.
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
