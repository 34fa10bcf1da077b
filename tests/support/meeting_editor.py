"""The meeting editor opened as a person opens it, for GUI tests: shown, with its reads in."""

from __future__ import annotations

from typing import Any

from groupdesk.ui.meetings.editor import MeetingDialog
from support.gui import settle


def open_editor(qtbot: Any, app_context: Any, meeting: str | None = None) -> MeetingDialog:
    dialog = MeetingDialog(app_context, meeting=meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle()
    return dialog


def open_on(qtbot: Any, app_context: Any, meeting: str, tab: str) -> tuple[MeetingDialog, Any]:
    """The editor of `meeting` (kept by the caller: it owns its tabs) and its tab `tab` (an
    attribute name), shown and read."""
    dialog = open_editor(qtbot, app_context, meeting)
    dialog.tabs.setCurrentWidget(getattr(dialog, tab))
    settle()
    return dialog, getattr(dialog, tab)
