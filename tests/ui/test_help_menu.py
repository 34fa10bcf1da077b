"""Help menu: About shows the version from the package metadata; Self-test… runs the self-test
of this copy and says it passed, lines as they come."""

from __future__ import annotations

from importlib.metadata import version

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox

pytestmark = pytest.mark.gui


def _help_menu(window) -> QMenu:  # type: ignore[no-untyped-def]
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    return menu


def test_about_names_the_installed_version(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QTimer

    seen: list[str] = []

    def read_and_close() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.accept()

    QTimer.singleShot(0, read_and_close)
    main_window.findChild(QAction, "aboutAction").trigger()
    assert seen and f"GroupDesk {version('groupdesk')}" in seen[0]


def test_self_test_from_the_help_menu_says_it_passed(qtbot, main_window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.ui.help_menu import SelfTestDialog

    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    labels = [action.text() for action in _help_menu(main_window).actions()]
    assert labels == ["&Self-test…", "&About GroupDesk…"]
    main_window.findChild(QAction, "selfTestAction").trigger()
    dialog = main_window.findChild(SelfTestDialog)
    assert dialog is not None and dialog.isVisible()
    passed = "Self-test passed: this copy of GroupDesk works here."
    qtbot.waitUntil(lambda: dialog.status.text() == passed, timeout=120_000)
    assert dialog.output.toPlainText().splitlines()[-1] == "self-test passed"
    assert "ok      pdf: " in dialog.output.toPlainText()
    dialog.reject()
