"""Help menu: About shows the version from the package metadata; Self-test… runs the self-test
of this copy and says it passed, lines as they come."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

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


def test_self_test_from_the_help_menu_says_it_passed(  # type: ignore[no-untyped-def]
    qtbot, main_window, monkeypatch, tmp_path
) -> None:
    from groupdesk.ui.help_menu import SelfTestDialog

    # The self-test runs in a process of its own: it gets the tests' file keyring through
    # keyring's config file (tests/support/file_keyring.py), never a real keyring.
    config = tmp_path / "xdg-config" / "python_keyring" / "keyringrc.cfg"
    config.parent.mkdir(parents=True)
    support = Path(__file__).resolve().parents[1] / "support"
    config.write_text(
        f"[backend]\ndefault-keyring=file_keyring.TestFileKeyring\nkeyring-path={support}\n"
    )
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config.parent.parent))
    monkeypatch.setenv("GROUPDESK_TEST_KEYRING_FILE", str(tmp_path / "keyring.json"))
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    labels = [action.text() for action in _help_menu(main_window).actions()]
    assert labels == ["&Keyboard shortcuts", "&Self-test…", "&About GroupDesk…"]
    main_window.findChild(QAction, "selfTestAction").trigger()
    dialog = main_window.findChild(SelfTestDialog)
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.process.finished, timeout=120_000):
        pass
    assert dialog.output.toPlainText().splitlines()[-1] == "self-test passed"
    assert dialog.status.text() == "Self-test passed: this copy of GroupDesk works here."
    assert "ok      pdf: " in dialog.output.toPlainText()
    dialog.reject()
