"""`groupdesk screenshot`: render one page of the main window offscreen to a PNG file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from groupdesk.config import DataPaths

if TYPE_CHECKING:
    from PySide6.QtCore import QMessageLogContext, QtMsgType
    from PySide6.QtWidgets import QApplication


def render_page(paths: DataPaths, *, page: str, out: Path, size: tuple[int, int]) -> Path:
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from groupdesk.app import create_window, use_language
    from groupdesk.errors import GroupDeskError
    from groupdesk.services.output_files import replacing
    from groupdesk.ui.collector import install_collector
    from groupdesk.ui.language import SOURCE_LANGUAGE, Translations
    from groupdesk.ui.ops import background_idle
    from groupdesk.ui.pages import PAGE_KEYS
    from groupdesk.ui.style import STYLE_SHEET

    if page not in PAGE_KEYS:
        raise GroupDeskError(f"There is no page {page!r}; pages are: {', '.join(PAGE_KEYS)}.")
    quiet_offscreen_notice()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else _offscreen_app(size)
    install_collector(app)
    app.setStyleSheet(STYLE_SHEET)
    translations = Translations(app)
    use_language(translations, paths)  # as GroupDesk opens on this folder
    window = create_window(paths)
    window.resize(*size)
    window.show_page(page)
    window.show()
    for _ in range(5):
        app.processEvents()
    while not background_idle():  # each answer may ask for the next (the list, then a member)
        window.context.wait_for_background_work()
        app.processEvents()
    for _ in range(5):  # the layouts the last answers asked for (a scroll area's, after them)
        app.processEvents()
    with replacing(out) as temporary:
        if not window.grab().save(str(temporary), out.suffix.lstrip(".").upper() or "PNG"):
            raise GroupDeskError(f"Could not write {out}.")
    # Not close(): closing saves the window's layout, and a picture at --width 900 must not
    # become the size GroupDesk opens at next time.
    window.context.wait_for_background_work()
    window.hide()
    window.context.workspace.close()
    translations.use(SOURCE_LANGUAGE)
    return out


def _offscreen_app(size: tuple[int, int]) -> QApplication:
    """The application, on an offscreen screen of the picture's size (the platform's own is
    800×800): pages then lay out as on a laptop with that screen, not a smaller one."""
    import json
    import tempfile

    from PySide6.QtWidgets import QApplication

    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return QApplication([])
    width, height = size
    screen = {"name": "picture", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    with tempfile.TemporaryDirectory() as folder:
        config = Path(folder) / "screen.json"
        config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
        try:
            return QApplication([])
        finally:
            os.environ["QT_QPA_PLATFORM"] = "offscreen"


#: Said by the offscreen platform for every top-level window; not a problem of ours.
OFFSCREEN_NOTICE = "This plugin does not support propagateSizeHints()"


_quieted = False


def quiet_offscreen_notice() -> None:
    """Keep the offscreen platform's notice off the terminal; every other Qt message still shows."""
    import sys

    from PySide6.QtCore import qInstallMessageHandler

    global _quieted
    if _quieted:
        return
    _quieted = True

    def handler(mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message.strip() == OFFSCREEN_NOTICE:
            return
        if previous is not None:
            previous(mode, context, message)
        else:
            print(message, file=sys.stderr)

    previous = qInstallMessageHandler(handler)
