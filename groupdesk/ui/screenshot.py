"""`groupdesk screenshot`: render one page of the main window offscreen to a PNG file."""

from __future__ import annotations

import os
from pathlib import Path

from groupdesk.config import DataPaths


def render_page(paths: DataPaths, *, page: str, out: Path, size: tuple[int, int]) -> Path:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from groupdesk.app import create_window
    from groupdesk.errors import GroupDeskError
    from groupdesk.ui.pages import PAGE_KEYS
    from groupdesk.ui.style import STYLE_SHEET

    if page not in PAGE_KEYS:
        raise GroupDeskError(f"There is no page {page!r}; pages are: {', '.join(PAGE_KEYS)}.")
    app = QApplication.instance() or QApplication([])
    app.setStyleSheet(STYLE_SHEET)
    window = create_window(paths)
    window.resize(*size)
    window.show_page(page)
    window.show()
    for _ in range(5):
        app.processEvents()
    window.context.wait_for_background_work()
    app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out)):
        raise GroupDeskError(f"Could not write {out}.")
    window.close()
    window.context.workspace.close()
    return out
