"""The import wizard: check the file first, show every bad row, and only then write.

Opening the dialog runs a dry run off the GUI thread. The report names each problem by line and
column. Import stays disabled while any row is bad, unless the person ticks "skip the bad rows";
its tooltip says why it waits.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from groupdesk.services.members.importing import ImportReport, import_members
from groupdesk.ui.context import AppContext
from groupdesk.ui.ops import Op, OpJob
from groupdesk.ui.widgets.forms import explain_disabled


class ImportDialog(QDialog):
    def __init__(self, context: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path = path
        self.report: ImportReport | None = None
        self.result: ImportReport | None = None
        self.setWindowTitle(self.tr("Import members from {file}").format(file=path.name))
        self.setAccessibleName(self.windowTitle())
        self.resize(760, 480)
        self.summary = QLabel(self.tr("Checking {file}…").format(file=path.name))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import summary"))
        self.problems = QTableWidget(0, 4)
        self.problems.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Name"), self.tr("Column"), self.tr("Problem")]
        )
        self.problems.setAccessibleName(self.tr("Rows with problems"))
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.verticalHeader().hide()
        self.problems.horizontalHeader().setStretchLastSection(True)
        self.skip_check = QCheckBox(self.tr("&Skip the bad rows and import the rest"))
        self.skip_check.setAccessibleName(self.tr("Skip the bad rows and import the rest"))
        self.skip_check.toggled.connect(self._update_button)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setObjectName("primary")
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.skip_check)
        layout.addWidget(self.buttons)
        explain_disabled(self.import_button, self.tr("Checking the file first…"))
        self.check_op = (
            Op(self, self._reader(dry_run=True, skip_bad_rows=False))
            .on_success(self._checked)
            .on_failure(self._failed)
            .run(context)
        )

    def _reader(self, *, dry_run: bool, skip_bad_rows: bool) -> Callable[[OpJob], ImportReport]:
        """The background work (it gets plain values, never a widget)."""
        path = self.path

        def read(job: OpJob) -> ImportReport:
            return import_members(
                job.uow(), path=path, dry_run=dry_run, skip_bad_rows=skip_bad_rows
            )

        return read

    def _checked(self, report: ImportReport) -> None:
        self.report = report
        bad = len(report.bad_lines)
        text = (
            self.tr("1 row read ({encoding}): {good} ready to import, {bad} with problems.")
            if report.rows == 1
            else self.tr(
                "{rows} rows read ({encoding}): {good} ready to import, {bad} with problems."
            )
        )
        parts = [
            text.format(rows=report.rows, encoding=report.encoding, good=report.valid_rows, bad=bad)
        ]
        if report.ignored_columns:
            parts.append(
                self.tr("These columns will not be imported: {columns}.").format(
                    columns=", ".join(report.ignored_columns)
                )
            )
        if bad and report.valid_rows == 0:
            parts.append(
                self.tr("No row can be imported: fix the rows in the file, then import it again.")
            )
        elif bad:
            parts.append(self.tr("Nothing is written until you fix those rows or skip them."))
        self.summary.setText("\n".join(parts))
        self.problems.setRowCount(len(report.errors))
        for row, problem in enumerate(report.errors):
            cells = (
                str(problem.line),
                problem.who,
                problem.column or self.tr("(whole row)"),
                problem.message,
            )
            for column, text in enumerate(cells):
                self.problems.setItem(row, column, QTableWidgetItem(text))
        for column in range(self.problems.columnCount() - 1):  # the problem takes the rest
            self.problems.resizeColumnToContents(column)
        self.skip_check.setVisible(bool(bad) and report.valid_rows > 0)
        self._update_button()

    def _update_button(self) -> None:
        report = self.report
        if report is None:
            return
        if report.valid_rows == 0:
            reason = self.tr("There is no good row to import.")
        elif report.errors and not self.skip_check.isChecked():
            reason = self.tr("Some rows have problems: fix them in the file, or skip them.")
        else:
            reason = None
        explain_disabled(self.import_button, reason)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(str(error))
        explain_disabled(self.import_button, self.tr("This file cannot be imported."))

    def start_import(self) -> None:
        if not self.import_button.isEnabled():
            return
        explain_disabled(self.import_button, self.tr("Importing…"))
        self.import_op = (
            Op(self, self._reader(dry_run=False, skip_bad_rows=self.skip_check.isChecked()))
            .with_progress(self.tr("Importing…"))
            .on_success(self._imported)
            .on_failure(self._failed)
            .run(self.context)
        )

    def _imported(self, report: ImportReport) -> None:
        self.result = report
        self.context.announce({"members"}, source=self)
        self.accept()
