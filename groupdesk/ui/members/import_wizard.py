"""The import wizard: check the file first, show what will happen, and only then write.

Opening the dialog runs a dry run off the GUI thread, and so does every change the person
makes: what a column is read as (the guesses filled in; several columns chosen as the full
name are joined), the encoding when it was a guess (a sample of the names shows how they
read). The tabs show the columns, each bad row by line and column, and the rows already here
(same email, phone, or the duplicate finder's match). Import stays disabled while any row is
bad, unless the person ticks "skip the bad rows", and while rows are already here and nobody
has said whether to skip, merge or add them; its tooltip says why it waits.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from groupdesk.errors import ValidationError
from groupdesk.services.csv_files import ENCODINGS
from groupdesk.services.members.importing import (
    FileColumns,
    ImportReport,
    file_columns,
    import_members,
)
from groupdesk.services.undo import Undoable
from groupdesk.services.wording import isolate
from groupdesk.ui.context import AppContext
from groupdesk.ui.members.import_columns import ColumnsStep
from groupdesk.ui.messages import said, worded
from groupdesk.ui.ops import Op, OpJob
from groupdesk.ui.widgets.forms import explain_disabled
from groupdesk.ui.widgets.undo_bar import undoable_work
from groupdesk.ui.words import listed

#: What the dry run found: the file's columns, and the report (None with the reason when the
#: file cannot be read as it stands, e.g. no column is the name yet).
Checked = tuple[FileColumns, ImportReport | None, str]


class ImportDialog(QDialog):
    def __init__(self, context: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.path = path
        self.report: ImportReport | None = None
        #: What the import wrote, once it has (None until then, or if it was not run).
        self.imported: ImportReport | None = None
        self.columns: FileColumns | None = None
        #: What the person chose: header → target (None: leave out); encoding; existing rows.
        self.mapping: dict[str, str | None] = {}
        self.encoding: str | None = None
        self._checks = 0
        self.setWindowTitle(self.tr("Import members from {file}").format(file=path.name))
        self.setAccessibleName(self.windowTitle())
        self.resize(860, 560)
        self.summary = QLabel(self.tr("Checking {file}…").format(file=path.name))
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Import summary"))

        self.encoding_combo = QComboBox()
        for name in ENCODINGS:
            self.encoding_combo.addItem(name, name)
        self.encoding_combo.setAccessibleName(self.tr("Encoding of the file"))
        self.encoding_combo.activated.connect(self._encoding_chosen)
        encoding_label = QLabel(self.tr("&Encoding:"))
        encoding_label.setBuddy(self.encoding_combo)
        self.sample = QLabel()
        self.sample.setWordWrap(True)
        self.sample.setAccessibleName(self.tr("Names as read"))
        encoding_row = QHBoxLayout()
        encoding_row.addWidget(encoding_label)
        encoding_row.addWidget(self.encoding_combo)
        encoding_row.addWidget(self.sample, 1)

        self.columns_step = ColumnsStep()
        self.columns_step.changed.connect(self._mapping_changed)
        self.problems = self._table(
            [self.tr("Line"), self.tr("Name"), self.tr("Column"), self.tr("Problem")],
            self.tr("Rows with problems"),
        )
        self.already = self._table(
            [self.tr("Line"), self.tr("Name in the file"), self.tr("Member here"), self.tr("Why")],
            self.tr("Rows already here"),
        )
        self.existing_combo = QComboBox()
        for text, choice in (
            (self.tr("Choose what to do with them…"), None),
            (self.tr("Leave them out"), "skip"),
            (self.tr("Fill in what their records lack (merge)"), "merge"),
            (self.tr("Add them as new members anyway"), "add"),
        ):
            self.existing_combo.addItem(text, choice)
        self.existing_combo.setAccessibleName(self.tr("What to do with the rows already here"))
        self.existing_combo.currentIndexChanged.connect(self._update_button)
        existing_label = QLabel(self.tr("&These people are already here:"))
        existing_label.setBuddy(self.existing_combo)
        already_page = QWidget()
        already_layout = QVBoxLayout(already_page)
        already_layout.addWidget(self.already, 1)
        choice_row = QHBoxLayout()
        choice_row.addWidget(existing_label)
        choice_row.addWidget(self.existing_combo, 1)
        already_layout.addLayout(choice_row)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Import steps"))
        self.tabs.addTab(self.columns_step, self.tr("&Columns"))
        self.tabs.addTab(self.problems, self.tr("&Problems"))
        self.tabs.addTab(already_page, self.tr("&Already here"))

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
        layout.addLayout(encoding_row)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.skip_check)
        layout.addWidget(self.buttons)
        self.check()

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setAccessibleName(name)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.verticalHeader().hide()
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def check(self) -> None:
        """Run the dry run again with what the person has chosen so far."""
        self._checks += 1
        self.report = None
        explain_disabled(self.import_button, self.tr("Checking the file first…"))
        self.check_op = (
            Op(self, self._checker(self._checks))
            .on_success(self._checked)
            .on_failure(self._failed)
            .run(self.context)
        )

    def _checker(self, number: int) -> Callable[[OpJob], tuple[int, Checked]]:
        """The dry run in the background (it gets plain values, never a widget)."""
        path, mapping, encoding = self.path, dict(self.mapping), self.encoding

        def read(job: OpJob) -> tuple[int, Checked]:
            columns = file_columns(path=path, encoding=encoding)
            try:
                report = import_members(
                    job.uow(), path=path, dry_run=True, mapping=mapping, encoding=encoding
                )
            except ValidationError as problem:
                return number, (columns, None, " ".join(problem.errors.values()))
            return number, (columns, report, "")

        return read

    def _reader(
        self, *, existing: str | None, skip_bad_rows: bool
    ) -> Callable[[OpJob], Undoable[ImportReport]]:
        """The import in the background (plain values, never a widget), made undoable: the
        sentence is written once the count is known (`_imported`)."""
        path, mapping, encoding = self.path, dict(self.mapping), self.encoding

        def read(job: OpJob) -> ImportReport:
            return import_members(
                job.uow(),
                path=path,
                skip_bad_rows=skip_bad_rows,
                mapping=mapping,
                encoding=encoding,
                existing=existing,
            )

        return undoable_work("", read)

    def _checked(self, result: tuple[int, Checked]) -> None:
        number, (columns, report, problem) = result
        if number != self._checks:
            return  # the person changed something since: a newer check is on its way
        self.columns = columns
        self.columns_step.show_columns(columns, self.mapping)
        if report is None:
            self.summary.setText(problem)
            self._show_rows(self.problems, [])
            self._show_rows(self.already, [])
            self.tabs.setCurrentWidget(self.columns_step)
            self.skip_check.hide()
            explain_disabled(
                self.import_button, self.tr("Say what the columns hold first (Columns tab).")
            )
            return
        self.report = report
        self._show_summary(report)
        self._show_rows(
            self.problems,
            [
                (
                    str(e.line),
                    e.who,
                    e.column or self.tr("(whole row)"),
                    said(e.message, self.context.locale),
                )
                for e in report.errors
            ],
        )
        self._show_rows(
            self.already,
            [(str(a.line), a.who, a.member_name, a.why) for a in report.already_here],
        )
        bad = len(report.bad_lines)
        locale = self.context.locale
        self.tabs.setTabText(1, worded(self.tr("&Problems ({count})"), locale, count=bad))
        already = len(report.already_here)
        self.tabs.setTabText(2, worded(self.tr("&Already here ({count})"), locale, count=already))
        self.skip_check.setVisible(bool(bad) and report.valid_rows > 0)
        self._update_button()

    def _show_summary(self, report: ImportReport) -> None:
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
                    columns=listed(map(isolate, report.ignored_columns))
                )
            )
        if bad and report.valid_rows == 0:
            parts.append(
                self.tr("No row can be imported: fix the rows in the file, then import it again.")
            )
        elif bad:
            parts.append(self.tr("Nothing is written until you fix those rows or skip them."))
        if report.already_here:
            parts.append(
                self.tr(
                    "{count} of them are already here: see the Already here tab and say what "
                    "to do with them."
                ).format(count=len(report.already_here))
            )
        self.summary.setText("\n".join(parts))
        self.encoding_combo.setCurrentIndex(
            max(0, self.encoding_combo.findData(report.encoding.removesuffix(" with BOM")))
        )
        self.sample.setText(
            self.tr(
                "A guess: names read as {names}. If they look wrong, choose another encoding "
                "(the file may be in {others})."
            ).format(
                names="; ".join(map(isolate, report.sample_names)),
                others=self.tr(" or ").join(report.other_encodings[:2]),
            )
            if report.encoding_guessed
            else ""
        )

    def _show_rows(self, table: QTableWidget, rows: list[tuple[str, ...]]) -> None:
        table.setRowCount(len(rows))
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        for column in range(table.columnCount() - 1):  # the last takes the rest
            table.resizeColumnToContents(column)

    def _mapping_changed(self) -> None:
        """Send only what the person changed: the service's own reading of the rest keeps its
        order (Outlook's mobile before its home phone)."""
        guesses = self.columns.guesses if self.columns is not None else {}
        self.mapping = {
            header: target
            for header, target in self.columns_step.mapping().items()
            if target != guesses.get(header) or header in self.mapping
        }
        self.check()

    def _encoding_chosen(self) -> None:
        self.encoding = self.encoding_combo.currentData()
        self.check()

    def _update_button(self) -> None:
        report = self.report
        if report is None:
            return
        if report.valid_rows == 0:
            reason = self.tr("There is no good row to import.")
        elif report.errors and not self.skip_check.isChecked():
            reason = self.tr("Some rows have problems: fix them in the file, or skip them.")
        elif report.already_here and self.existing_combo.currentData() is None:
            reason = self.tr(
                "Some people are already here: say on the Already here tab whether to leave "
                "them out, fill in their records or add them anyway."
            )
        else:
            reason = None
        explain_disabled(self.import_button, reason)

    def _failed(self, error: BaseException) -> None:
        self.summary.setText(str(error))
        explain_disabled(self.import_button, self.tr("This file cannot be imported."))

    def start_import(self) -> None:
        if not self.import_button.isEnabled() or self.report is None:
            return
        explain_disabled(self.import_button, self.tr("Importing…"))
        existing = self.existing_combo.currentData() if self.report.already_here else None
        self.import_op = (
            Op(self, self._reader(existing=existing, skip_bad_rows=self.skip_check.isChecked()))
            .with_progress(self.tr("Importing…"))
            .on_success(self._imported)
            .on_failure(self._failed)
            .run(self.context)
        )

    def _imported(self, outcome: Undoable[ImportReport]) -> None:
        self.imported = report = outcome.result
        if outcome.undo is not None:
            sentence = worded(
                self.tr("Imported 1 member from {file}.")
                if report.imported == 1
                else self.tr("Imported {count} members from {file}."),
                self.context.locale,
                count=report.imported,
                file=self.path.name,
            )
            self.context.offer_undo(replace(outcome.undo, sentence=sentence))
        self.accept()
