"""The sync set-up dialog: room for a real folder path, and every field reached by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from groupdesk.ui.sync.setup_dialog import SetupDialog

pytestmark = pytest.mark.gui


@pytest.fixture(params=[False, True], ids=["set up", "join"])
def dialog(qtbot, request) -> SetupDialog:  # type: ignore[no-untyped-def]
    setup = SetupDialog(request.param)
    qtbot.addWidget(setup)
    setup.show()
    qtbot.waitExposed(setup)
    setup.activateWindow()
    qtbot.waitUntil(setup.isActiveWindow)
    return setup


def test_alt_f_puts_the_cursor_in_the_sync_folder_field(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.name.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is dialog.folder


def test_the_dialog_is_wide_enough_for_a_cloud_drive_path_and_says_what_a_code_looks_like(
    dialog,
) -> None:  # type: ignore[no-untyped-def]
    assert dialog.width() >= 600
    path = r"C:\Users\amara\Dropbox\Riverside sync"
    assert dialog.folder.fontMetrics().horizontalAdvance(path) < dialog.folder.width()
    if dialog.joining:
        assert "ABCD-" in dialog.code.placeholderText()
    else:
        assert dialog.passphrase.placeholderText()
