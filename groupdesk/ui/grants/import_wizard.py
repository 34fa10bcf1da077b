"""Importing a grant's expenses from a bank's CSV export: the person sees how the file was read
(its encoding, separator, decimal mark and way of writing days), chooses which column holds the
day, the description and the amount (recognised headers come chosen) and the budget line, and
sees every row before anything is saved: what will become an expense, what is already imported,
what is money in, and each bad row with its problem. Import is all or nothing, as the service's
rule is: while any row is wrong it stays disabled and says why.

Every read and the preview itself run off the GUI thread (`services/grants/bank_import.py`, a
dry run each time a choice changes), so a long statement never freezes the window."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, cast

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QComboBox, QLabel, QTableView, QVBoxLayout, QWidget

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.money import Money
from groupdesk.services.grants.bank_import import (
    BankColumns,
    BankImportReport,
    BankRow,
    bank_file_columns,
    import_bank_expenses,
)
from groupdesk.services.grants.budget import BudgetLine, budget_of
from groupdesk.services.undo import Undoable
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import Formats
from groupdesk.ui.grants.form_dialog import FormDialog
from groupdesk.ui.grants.rows import RichRowsModel
from groupdesk.ui.meetings.rows_model import show_rows
from groupdesk.ui.messages import worded
from groupdesk.ui.ops import Op, OpJob, QueryOp, show_error
from groupdesk.ui.palette import colours
from groupdesk.ui.widgets.forms import explain_disabled
from groupdesk.ui.widgets.undo_bar import undoable_work


@dataclass(frozen=True)
class PreviewRow:
    """One line of the file as the import would treat it."""

    line: int
    spent_on: date | None
    description: str
    amount: Money | None
    #: "new" (becomes an expense), "known" (already imported), "money_in" or "error".
    kind: str
    problem: str = ""


def preview_rows(report: BankImportReport) -> list[PreviewRow]:
    """Every row of the file the report speaks of, in the file's order."""

    def row(bank: BankRow, kind: str) -> PreviewRow:
        return PreviewRow(bank.line, bank.spent_on, bank.description, bank.amount, kind)

    rows = [row(bank, "new") for bank in report.expenses]
    rows += [row(bank, "known") for bank in report.known]
    rows += [PreviewRow(line, None, "", None, "money_in") for line in report.money_in]
    problems: dict[int, list[str]] = defaultdict(list)
    for error in report.errors:
        problems[error.line].append(
            f"{error.column}: {error.message}" if error.column else error.message
        )
    rows += [
        PreviewRow(line, None, "", None, "error", "; ".join(texts))
        for line, texts in problems.items()
    ]
    return sorted(rows, key=lambda preview: preview.line)


class ImportWizard(FormDialog):
    #: The import as done (its report: how many expenses were added).
    imported = Signal(object)

    FIELDS = ("spent_on", "description", "amount")

    def __init__(
        self, context: AppContext, *, grant_id: str, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.name(self.tr("Import bank CSV"), self.tr("Import the rows as expenses"))
        self.setWindowTitle(self.tr("Import bank CSV: {name}").format(name=path.name))
        self.save_button.setText(self.tr("&Import"))
        self.grant_id, self.path = grant_id, path
        self.columns: BankColumns | None = None
        self.report: BankImportReport | None = None
        self.detected_label = QLabel(self.tr("Reading the file…"))
        self.detected_label.setWordWrap(True)
        self.detected_label.setAccessibleName(self.tr("How the file was read"))
        self.form.addRow(self.tr("Read as:"), self.detected_label)
        self.column_combos: dict[str, QComboBox] = {}
        for field, text in zip(
            self.FIELDS,
            (self.tr("&Day column"), self.tr("Descri&ption column"), self.tr("A&mount column")),
            strict=True,
        ):
            combo = QComboBox()
            self.errors.add(field, combo, text)
            self.column_combos[field] = combo
        self.line_combo = QComboBox()
        self.line_combo.addItem(self.tr("On no line yet"), None)
        self.errors.add("line_id", self.line_combo, self.tr("Budget &line"))
        self.model: RichRowsModel[PreviewRow] = RichRowsModel(
            [
                self.tr("Line"),
                self.tr("Day"),
                self.tr("Description"),
                self.tr("Amount"),
                self.tr("What happens"),
            ],
            self._describe,
            self._extra,
        )
        self.view = show_rows(QTableView(), self.model, self.tr("Rows of the file"), 2)
        rows_label = QLabel(self.tr("&Rows of the file:"))
        rows_label.setBuddy(self.view)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("What the import will do"))
        layout = cast(QVBoxLayout, self.layout())
        for at, widget in enumerate((rows_label, self.view, self.summary_label), start=1):
            layout.insertWidget(at, widget)
        self.save_button.clicked.connect(self.run_import)
        self._check()
        self.resize(760, 620)
        QueryOp(self, lambda job: bank_file_columns(path=path), key="columns").on_success(
            self._show_columns
        ).on_failure(self._refused).run(context)
        QueryOp(self, lambda job: budget_of(job.uow(), grant_id=grant_id), key="lines").on_success(
            self._show_lines
        ).run(context)

    # Reading the file and the choices

    def _show_columns(self, columns: BankColumns) -> None:
        self.columns = columns
        for field, combo in self.column_combos.items():
            combo.addItem(self.tr("Choose a column"), None)
            for header in columns.headers:
                example = columns.examples.get(header)
                text = (
                    isolated_once(
                        self.tr("{header} (e.g. {example})").format(
                            header=isolate(header), example=isolate(example)
                        )
                    )
                    if example
                    else header
                )
                combo.addItem(text, header)
            combo.setCurrentIndex(max(combo.findData(columns.guesses.get(field)), 0))
            combo.currentIndexChanged.connect(self.preview)
        self.line_combo.currentIndexChanged.connect(self.preview)
        self._show_detected()
        self.preview()

    def _show_lines(self, lines: Sequence[BudgetLine]) -> None:
        for line in lines:
            self.line_combo.addItem(line.category, line.id)

    def _show_detected(self) -> None:
        if self.columns is None:
            return
        separators = {
            ",": self.tr("commas"),
            ";": self.tr("semicolons"),
            "\t": self.tr("tabs"),
        }
        parts = [
            self.tr("encoding {encoding}").format(encoding=self.columns.encoding.upper()),
            self.tr("values separated by {separator}").format(
                separator=separators.get(self.columns.delimiter, repr(self.columns.delimiter))
            ),
        ]
        if self.report is not None:
            parts.append(
                self.tr("decimal comma (1.234,56)")
                if self.report.decimal_mark == ","
                else self.tr("decimal point (1,234.56)")
            )
            parts.append(
                self.tr("days written like {example}").format(
                    example=date(2026, 5, 3).strftime(self.report.date_format)
                )
            )
        self.detected_label.setText("; ".join(parts))

    def mapping(self) -> dict[str, str]:
        """field → the header chosen for it (a field not chosen yet is left out)."""
        chosen = {field: combo.currentData() for field, combo in self.column_combos.items()}
        return {field: header for field, header in chosen.items() if header is not None}

    def _import(self, *, dry_run: bool) -> Callable[[OpJob], BankImportReport]:
        grant_id, path = self.grant_id, self.path
        mapping, line_id = self.mapping(), self.line_combo.currentData()
        return lambda job: import_bank_expenses(
            job.uow(),
            grant_id=grant_id,
            path=path,
            line_id=line_id,
            mapping=mapping,
            dry_run=dry_run,
        )

    def preview(self) -> None:
        """Read the whole file again with the current choices (a dry run, nothing saved)."""
        self.report = None
        self._check()
        self.summary_label.setText(self.tr("Checking every row…"))
        QueryOp(self, self._import(dry_run=True), key="preview").on_success(
            self._show_report
        ).on_failure(self._refused).run(self.context)

    def _show_report(self, report: BankImportReport) -> None:
        self.errors.clear()
        self.result_label.clear()
        self.report = report
        self.model.set_records(preview_rows(report))
        self._show_detected()
        new, known, money_in = len(report.expenses), len(report.known), len(report.money_in)
        locale = self.context.locale
        parts = [
            self.tr("1 row becomes an expense")
            if new == 1
            else worded(self.tr("{count} rows become expenses"), locale, count=new)
        ]
        if known:
            parts.append(worded(self.tr("{count} already imported, skipped"), locale, count=known))
        if money_in:
            parts.append(worded(self.tr("{count} money in, not expenses"), locale, count=money_in))
        if report.errors:
            parts.append(
                worded(
                    self.tr(
                        "{count} with a problem: nothing is imported until the file is put right"
                    ),
                    locale,
                    count=len(report.bad_lines),
                )
            )
        self.summary_label.setText("; ".join(parts) + ".")
        self._check()

    def _refused(self, error: BaseException) -> None:
        """A file that cannot be read, or a column not chosen: said beside the choice, or under
        the form; the preview is emptied so nothing stale is shown."""
        self.report = None
        self.model.set_records([])
        self.summary_label.clear()
        if isinstance(error, ValidationError):
            placed = {f: m for f, m in error.errors.items() if f in self.column_combos}
            self.errors.show(ValidationError(placed)) if placed else self.errors.clear()
            rest = [m for f, m in error.errors.items() if f not in placed]
            self.result_label.setText("\n".join(rest))
        elif isinstance(error, GroupDeskError):
            self.result_label.setText(str(error))
        else:
            show_error(self, error)
        self._check()

    def _check(self) -> None:
        report = self.report
        if report is None:
            reason: str | None = self.tr("Wait for the rows to be checked")
        elif report.errors:
            reason = self.tr(
                "Line {line} has a problem: put the file right and import it again "
                "(nothing is imported while any row is wrong)"
            ).format(line=report.bad_lines[0])
        elif not report.expenses:
            reason = self.tr("No row to import: every expense in the file is already imported")
        else:
            reason = None
        explain_disabled(self.save_button, reason)

    # The rows

    def _describe(self, row: PreviewRow) -> list[str]:
        formats = Formats(self.context.locale)
        what = {
            "new": self.tr("becomes an expense"),
            "known": self.tr("already imported: skipped"),
            "money_in": self.tr("money in: not an expense"),
        }
        return [
            formats.number(row.line),
            formats.day(row.spent_on) if row.spent_on is not None else "",
            row.description,
            formats.money(row.amount) if row.amount is not None else "",
            row.problem or what[row.kind],
        ]

    def _extra(self, row: PreviewRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.kind == "error":
            return QColor(colours().error)
        if role == Qt.ItemDataRole.ForegroundRole and row.kind in ("known", "money_in"):
            return QColor(colours().quiet)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (0, 3):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and row.problem:
            return row.problem
        return None

    # Importing

    def run_import(self) -> Op[Undoable[BankImportReport]] | None:
        """Import every new row, or none (the service checks the whole file again); the undo
        bar offers to take the rows back out."""
        if self.report is None or self.report.errors or not self.report.expenses:
            return None

        def done(outcome: Undoable[BankImportReport]) -> None:
            report = outcome.result
            if report.errors or not report.imported:  # the file changed since the preview
                self._show_report(report)
                return
            if outcome.undo is not None:
                sentence = worded(
                    self.tr("Imported 1 expense from {file}.")
                    if report.imported == 1
                    else self.tr("Imported {count} expenses from {file}."),
                    self.context.locale,
                    count=report.imported,
                    file=self.path.name,
                )
                self.context.offer_undo(replace(outcome.undo, sentence=sentence))
            self.imported.emit(report)
            self.accept()

        return (
            Op(self, undoable_work("", self._import(dry_run=False)))
            .with_progress(self.tr("Importing…"))
            .on_success(done)
            .on_failure(self._refused)
            .run(self.context)
        )
