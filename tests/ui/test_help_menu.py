"""Help menu: About shows the version, the data folder, the licence and every library's from
the package metadata; Copy diagnostics copies versions and sizes, nothing personal; Self-test…
runs the self-test of this copy and says it passed, lines as they come."""

from __future__ import annotations

import re
from importlib.metadata import version
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu

pytestmark = pytest.mark.gui


def _help_menu(window) -> QMenu:  # type: ignore[no-untyped-def]
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == "&Help"]
    return menu


def test_about_names_the_version_data_folder_licence_and_each_library(  # type: ignore[no-untyped-def]
    qtbot, main_window, app_context
) -> None:
    from importlib.metadata import metadata, requires

    from groupdesk.ui.help_menu import AboutDialog

    main_window.findChild(QAction, "aboutAction").trigger()
    dialog = main_window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.text.toPlainText()
    assert f"GroupDesk {version('groupdesk')}" in text
    assert str(app_context.workspace.paths.root) in text
    assert "AGPL-3.0-or-later" in text
    # Every runtime dependency in pyproject is listed, as installed, with a licence.
    runtime = [r.split(";")[0] for r in requires("groupdesk") or () if "extra ==" not in r]
    assert len(runtime) > 10
    lines = text.splitlines()
    for requirement in runtime:
        installed = metadata(re.match(r"[A-Za-z0-9._-]+", requirement).group())  # type: ignore[union-attr]
        row = lines.index(installed["Name"])
        assert lines[row + 1] == installed["Version"]
    assert lines[lines.index("SQLAlchemy") + 2] == "MIT"
    dialog.reject()


def test_copy_diagnostics_puts_versions_and_sizes_on_the_clipboard_and_nothing_personal(  # type: ignore[no-untyped-def]
    qtbot, main_window, app_context
) -> None:
    from groupdesk.migrations import SCHEMA_HEAD
    from groupdesk.services.settings import get_settings
    from groupdesk.ui.help_menu import DiagnosticsDialog

    clipboard = QApplication.clipboard()
    clipboard.clear()
    main_window.findChild(QAction, "copyDiagnosticsAction").trigger()
    qtbot.waitUntil(lambda: main_window.findChild(DiagnosticsDialog) is not None)
    copied = clipboard.text()
    assert f"GroupDesk {version('groupdesk')}" in copied
    assert f"Schema revision: {SCHEMA_HEAD}" in copied
    assert "Data folder size: " in copied and "Last sync: never" in copied
    group = get_settings(app_context.uow()).name
    assert group not in copied and str(app_context.workspace.paths.root) not in copied
    dialog = main_window.findChild(DiagnosticsDialog)
    assert dialog.output.toPlainText() == copied
    assert "no personal data" in dialog.note.text()
    dialog.reject()


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
    assert labels == [
        "&Keyboard shortcuts",
        "&Self-test…",
        "Copy &diagnostics",
        "&About GroupDesk…",
    ]
    main_window.findChild(QAction, "selfTestAction").trigger()
    dialog = main_window.findChild(SelfTestDialog)
    assert dialog is not None and dialog.isVisible()
    with qtbot.waitSignal(dialog.process.finished, timeout=120_000):
        pass
    assert dialog.output.toPlainText().splitlines()[-1] == "self-test passed"
    assert dialog.status.text() == "Self-test passed: this copy of GroupDesk works here."
    assert "ok      pdf: " in dialog.output.toPlainText()
    dialog.reject()
