"""The Help menu: About GroupDesk (the version, from the package metadata) and the self-test.

The self-test runs as a separate process of this same copy (`groupdesk --self-test`), so its
temporary group, database and hidden window never mix with the open data folder; its lines
appear in the dialog as they are printed.
"""

from __future__ import annotations

import platform

from PySide6.QtCore import QProcess, Qt, QTimer
from PySide6.QtGui import QAction, QFontDatabase
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from groupdesk import __version__
from groupdesk.selftest import self_test_command
from groupdesk.ui.shortcuts import ShortcutsDialog


def install_help_menu(window: QMainWindow) -> None:
    """Add Help → About GroupDesk… and Help → Self-test… to the window's menu bar."""
    menu = window.menuBar().addMenu(window.tr("&Help"))
    about = QAction(window.tr("&About GroupDesk…"), window)
    about.setObjectName("aboutAction")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: show_about(window))
    self_test = QAction(window.tr("&Self-test…"), window)
    self_test.setObjectName("selfTestAction")
    self_test.triggered.connect(lambda: SelfTestDialog(window).open())
    shortcuts = QAction(window.tr("&Keyboard shortcuts"), window)
    shortcuts.setObjectName("shortcutsAction")
    shortcuts.triggered.connect(lambda: ShortcutsDialog(window).open())
    menu.addAction(shortcuts)
    menu.addAction(self_test)
    menu.addAction(about)


def about_text(parent: QWidget) -> str:
    from PySide6 import __version__ as pyside_version

    return parent.tr(
        "<h3>GroupDesk {version}</h3>"
        "<p>Records, reports and sync for small volunteer groups, offline.</p>"
        "<p>Python {python}, Qt {qt}. Free software under the GNU AGPL 3.0 or later; the "
        "fonts it prints with are under the SIL Open Font License and Apache 2.0.</p>"
    ).format(version=__version__, python=platform.python_version(), qt=pyside_version)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(parent, parent.tr("About GroupDesk"), about_text(parent))


class SelfTestDialog(QDialog):
    """Runs the self-test and shows its lines, then whether it passed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("selfTestDialog")
        self.setWindowTitle(self.tr("GroupDesk self-test"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(880, 380)
        self.status = QLabel(self.tr("Checking this copy of GroupDesk (your data is not used)…"))
        self.status.setObjectName("selfTestStatus")
        self.status.setWordWrap(True)
        self.output = QPlainTextEdit()
        self.output.setObjectName("selfTestOutput")
        self.output.setReadOnly(True)
        self.output.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.output.setAccessibleName(self.tr("Self-test results"))
        self.status.setBuddy(self.output)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.output)
        layout.addWidget(buttons)
        self.process = QProcess(self)
        self.process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        self.process.readyReadStandardOutput.connect(self._read)
        self.process.finished.connect(self._finished)
        self.process.errorOccurred.connect(self._could_not_start)
        program, *arguments = self_test_command()
        QTimer.singleShot(0, lambda: self.process.start(program, arguments))

    def _read(self) -> None:
        text = bytes(self.process.readAllStandardOutput().data()).decode("utf-8", "replace")
        self.output.moveCursor(self.output.textCursor().MoveOperation.End)
        self.output.insertPlainText(text)

    def _finished(self, code: int, _status: QProcess.ExitStatus) -> None:
        self._read()
        if code == 0:
            self.status.setText(self.tr("Self-test passed: this copy of GroupDesk works here."))
        else:
            self.status.setText(
                self.tr(
                    "Self-test failed: the lines marked FAILED say what. Copy them into a "
                    "message to whoever looks after your group's laptops."
                )
            )

    def _could_not_start(self, error: QProcess.ProcessError) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self.status.setText(
                self.tr("The self-test could not be started: {problem}").format(
                    problem=self.process.errorString()
                )
            )

    def done(self, result: int) -> None:
        """Closing the dialog while the self-test runs stops it."""
        if self.process.state() != QProcess.ProcessState.NotRunning:
            self.process.kill()
            self.process.waitForFinished(5000)
        super().done(result)
