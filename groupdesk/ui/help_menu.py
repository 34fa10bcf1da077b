"""The Help menu: keyboard shortcuts, the self-test, Copy diagnostics and About GroupDesk (the
version, the data folder, the licence and the libraries with theirs, from the installed
package metadata).

The self-test runs as a separate process of this same copy (`groupdesk --self-test`), so its
temporary group, database and hidden window never mix with the open data folder; its lines
appear in the dialog as they are printed.
"""

from __future__ import annotations

import html
import platform
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QProcess, Qt, QTimer
from PySide6.QtGui import QAction, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from groupdesk import __version__
from groupdesk.ui.context import AppContext
from groupdesk.ui.ops import OpJob, QueryOp
from groupdesk.ui.shortcuts import ShortcutsDialog

if TYPE_CHECKING:
    from groupdesk.services.diagnostics import Diagnostics

# What the dialogs show (the libraries, the diagnostics, the self-test) is imported when one
# opens: the diagnostics bring the sync code and its cryptography, about 35 ms of every start
# before the window could paint.


def install_help_menu(window: QMainWindow, context: AppContext) -> None:
    """Add the Help menu: Keyboard shortcuts, Self-test…, Copy diagnostics, About GroupDesk…."""
    menu = window.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
    about = QAction(QCoreApplication.translate("MainWindow", "&About GroupDesk…"), window)
    about.setObjectName("aboutAction")
    about.setMenuRole(QAction.MenuRole.AboutRole)
    about.triggered.connect(lambda: AboutDialog(context.paths.root, window).open())
    copy = QAction(QCoreApplication.translate("MainWindow", "Copy &diagnostics"), window)
    copy.setObjectName("copyDiagnosticsAction")
    copy.triggered.connect(lambda: copy_diagnostics(window, context))
    self_test = QAction(QCoreApplication.translate("MainWindow", "&Self-test…"), window)
    self_test.setObjectName("selfTestAction")
    self_test.triggered.connect(lambda: SelfTestDialog(window).open())
    shortcuts = QAction(QCoreApplication.translate("MainWindow", "&Keyboard shortcuts"), window)
    shortcuts.setObjectName("shortcutsAction")
    shortcuts.triggered.connect(lambda: ShortcutsDialog(window).open())
    menu.addAction(shortcuts)
    menu.addAction(self_test)
    menu.addAction(copy)
    menu.addAction(about)


def about_text(data_folder: Path) -> str:
    from PySide6 import __version__ as pyside_version

    from groupdesk.services.diagnostics import libraries

    rows = "".join(
        f"<tr><td>{html.escape(library.name)}</td><td>{html.escape(library.version)}</td>"
        f"<td>{html.escape(library.licence)}</td></tr>"
        for library in libraries()
    )
    headings = (
        QCoreApplication.translate("AboutDialog", "Library"),
        QCoreApplication.translate("AboutDialog", "Version"),
        QCoreApplication.translate("AboutDialog", "Licence"),
    )
    return QCoreApplication.translate(
        "AboutDialog",
        "<h3>GroupDesk {version}</h3>"
        "<p>Records, reports and sync for small volunteer groups, offline.</p>"
        "<p>Data folder in use: {folder}</p>"
        "<p>Python {python}, Qt {qt}. Free software under the GNU Affero General Public "
        "License, version 3 or later (AGPL-3.0-or-later); the fonts it prints with are under "
        "the SIL Open Font License and Apache 2.0.</p>"
        "<p>Built on these libraries, each under its own licence:</p>",
    ).format(
        version=__version__,
        folder=html.escape(str(data_folder)),
        python=platform.python_version(),
        qt=pyside_version,
    ) + (
        "<table cellspacing='0' cellpadding='3'><tr>"
        + "".join(f"<th align='left'>{heading}</th>" for heading in headings)
        + f"</tr>{rows}</table>"
    )


class AboutDialog(QDialog):
    """About GroupDesk: what runs, on which data folder, under which licences."""

    def __init__(self, data_folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About GroupDesk"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(640, 560)
        self.text = QTextBrowser()
        self.text.setObjectName("aboutText")
        self.text.setAccessibleName(self.tr("About GroupDesk"))
        self.text.setOpenLinks(False)
        self.text.setHtml(about_text(data_folder))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


def copy_diagnostics(window: QWidget, context: AppContext) -> None:
    """Gather the diagnostics on the database thread, then copy them and show what was copied."""
    from groupdesk.services.diagnostics import diagnostics

    def copied(found: Diagnostics) -> None:
        QGuiApplication.clipboard().setText(found.as_text())
        DiagnosticsDialog(found.as_text(), window).open()

    def gather(job: OpJob) -> Diagnostics:
        return diagnostics(job.workspace)

    QueryOp(window, gather, key="diagnostics").on_success(copied).run(context)


class DiagnosticsDialog(QDialog):
    """Shows what Copy diagnostics put on the clipboard, and that none of it is personal."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosticsDialog")
        self.setWindowTitle(self.tr("Diagnostics copied"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(560, 360)
        self.note = QLabel(
            self.tr(
                "These lines are on the clipboard: paste them into a message to whoever helps "
                "with GroupDesk. They hold no personal data — no names and nothing from your "
                "records or files, only versions, sizes and the last sync's outcome."
            )
        )
        self.note.setObjectName("diagnosticsNote")
        self.note.setWordWrap(True)
        self.output = QPlainTextEdit(text)
        self.output.setObjectName("diagnosticsText")
        self.output.setReadOnly(True)
        self.output.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.output.setAccessibleName(self.tr("Diagnostics"))
        self.note.setBuddy(self.output)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.output)
        layout.addWidget(buttons)


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
        from groupdesk.selftest import self_test_command

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
