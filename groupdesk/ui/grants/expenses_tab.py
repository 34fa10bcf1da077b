"""A grant's expenses: each with its receipt's thumbnail, the chosen expense's receipts and a
preview of the one chosen, and the ways to add to them — a new expense, receipt files dropped
onto an expense (one or several), or Attach receipts… for the keyboard.

Thumbnails are made off the GUI thread (`services/thumbnails`, cached by content), so a list
of many expenses opens at once and the pictures arrive after it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QIcon,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from groupdesk.errors import GroupDeskError
from groupdesk.services.attachments import attachment_path
from groupdesk.services.grants.bank_import import BankImportReport
from groupdesk.services.grants.expenses import (
    Expense,
    Receipt,
    attach_receipts,
    list_expenses,
    receipts_of,
)
from groupdesk.services.grants.export import EvidencePack, export_evidence_pack
from groupdesk.services.thumbnails import thumbnail
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.grants.import_wizard import ImportWizard
from groupdesk.ui.grants.rows import RichRowsModel
from groupdesk.ui.grants.tab import GrantTab
from groupdesk.ui.meetings.rows_model import show_rows
from groupdesk.ui.messages import worded
from groupdesk.ui.ops import Op, OpJob, QueryOp, show_error
from groupdesk.ui.widgets.bidi import select_row
from groupdesk.ui.widgets.forms import explain_disabled
from groupdesk.ui.words import GRANTS, listed, word

ROW_THUMBNAIL = 40
LIST_THUMBNAIL = 96
PREVIEW = 256
#: Row thumbnails are made for at most this many expenses at a time (the first in the list).
THUMBNAILS_AT_ONCE = 300


@dataclass(frozen=True)
class ReceiptView:
    """A receipt with its thumbnail file (None for a PDF, or a picture not synced yet: `note`
    says which) and where its file is, to open it."""

    receipt: Receipt
    small: Path | None
    preview: Path | None
    file: Path
    note: str


def _picture(job: OpJob, attachment_id: str, size: int) -> tuple[Path | None, str]:
    try:
        return thumbnail(job.uow(), attachment_id=attachment_id, size=size).path, ""
    except GroupDeskError as error:  # a PDF, a damaged picture, one not synced yet
        return None, str(error)


def ask_receipt_files(parent: QWidget, title: str) -> list[Path]:
    kinds = QCoreApplication.translate("ExpensesTab", "Receipts (*.jpg *.jpeg *.png *.pdf)")
    files, _ = QFileDialog.getOpenFileNames(parent, title, "", kinds)
    return [Path(name) for name in files]


def ask_pack_zip(parent: QWidget, title: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, title, "evidence-pack.zip",
        QCoreApplication.translate("ExpensesTab", "Zip files (*.zip)"), "",
        QFileDialog.Option.DontConfirmOverwrite,  # the service refuses to overwrite, in words
    )  # fmt: skip
    if not name:
        return None
    path = Path(name)
    return path if path.suffix.lower() == ".zip" else path.with_name(path.name + ".zip")


def ask_bank_file(parent: QWidget, title: str) -> Path | None:
    kinds = QCoreApplication.translate("ExpensesTab", "Bank statements (*.csv *.txt)")
    name, _ = QFileDialog.getOpenFileName(parent, title, "", kinds)
    return Path(name) if name else None


def ask_pack_folder(parent: QWidget, title: str) -> Path | None:
    folder = QFileDialog.getExistingDirectory(parent, title)
    return Path(folder) if folder else None


class ReceiptDropView(QTableView):
    """The expenses list, taking receipt files dropped on a row."""

    #: (row dropped on, the files)
    files_dropped = Signal(int, list)

    def __init__(self) -> None:
        super().__init__()
        self.setAcceptDrops(True)
        self.viewport().setAcceptDrops(True)
        self.setDropIndicatorShown(True)

    def _takes(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> bool:
        data = event.mimeData()
        return data.hasUrls() and any(url.isLocalFile() for url in data.urls())

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self._takes(event):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        row = self.indexAt(event.position().toPoint()).row()
        if self._takes(event) and row >= 0:
            select_row(self, row)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        row = self.indexAt(event.position().toPoint()).row()
        if not self._takes(event) or row < 0:
            event.ignore()
            return
        files = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        event.acceptProposedAction()
        self.files_dropped.emit(row, files)


class ExpensesTab(GrantTab):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: Asks for receipt files; tests pass their own answer.
        self.ask_files: Callable[[QWidget, str], list[Path]] = ask_receipt_files
        #: Asks for the (empty) folder an evidence pack goes in; tests pass their own answer.
        self.ask_folder: Callable[[QWidget, str], Path | None] = ask_pack_folder
        self.icons: dict[str, QIcon] = {}
        self.receipts: list[ReceiptView] = []
        self.model: RichRowsModel[Expense] = RichRowsModel(
            [
                self.tr("Day"),
                self.tr("Payee"),
                self.tr("Line"),
                self.tr("Amount"),
                self.tr("Receipts"),
            ],
            self._describe,
            self._extra,
        )
        self.view = ReceiptDropView()
        show_rows(self.view, self.model, self.tr("Expenses"), 1)
        self.view.setIconSize(QSize(ROW_THUMBNAIL, ROW_THUMBNAIL))
        self.view.verticalHeader().setDefaultSectionSize(ROW_THUMBNAIL + 6)
        self.view.setToolTip(self.tr("Drop receipt files on an expense to attach them"))
        self.view.files_dropped.connect(self._dropped)
        self.view.selectionModel().selectionChanged.connect(self._chosen)
        self.add_button = self.add_button_for(self.tr("&Add expense…"), self.tr("Add expense"))
        self.attach_button = QPushButton(self.tr("Attach rece&ipts…"))
        self.attach_button.setAccessibleName(self.tr("Attach receipts to the chosen expense"))
        self.attach_button.clicked.connect(self._choose_files)
        self.open_button = QPushButton(self.tr("Open rec&eipt"))
        self.open_button.setAccessibleName(self.tr("Open the chosen receipt"))
        self.open_button.clicked.connect(self._open_receipt)
        #: Asks for the bank file to import; tests pass their own answer.
        self.ask_bank_file: Callable[[QWidget, str], Path | None] = ask_bank_file
        self.wizard: ImportWizard | None = None
        self.import_button = QPushButton(self.tr("Import ban&k CSV…"))
        self.import_button.setAccessibleName(self.tr("Import expenses from a bank's CSV file"))
        self.import_button.clicked.connect(self._choose_bank_file)
        self.export_button = QPushButton(self.tr("Export e&vidence pack…"))
        self.export_button.setAccessibleName(self.tr("Export the grant's evidence pack"))
        self.export_button.clicked.connect(self._choose_pack_folder)
        #: Asks for the new .zip file an evidence pack goes in; tests pass their own answer.
        self.ask_zip: Callable[[QWidget, str], Path | None] = ask_pack_zip
        self.zip_button = QPushButton(self.tr("Export as &zip…"))
        self.zip_button.setAccessibleName(self.tr("Export the grant's evidence pack as a zip file"))
        self.zip_button.clicked.connect(self._choose_pack_zip)
        self.receipt_list = QListWidget()
        self.receipt_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.receipt_list.setIconSize(QSize(LIST_THUMBNAIL, LIST_THUMBNAIL))
        self.receipt_list.setMovement(QListWidget.Movement.Static)
        self.receipt_list.setAccessibleName(self.tr("Receipts of the chosen expense"))
        self.receipt_list.currentRowChanged.connect(self._preview)
        self.receipt_list.itemActivated.connect(lambda _item: self._open_receipt())
        receipts_label = QLabel(self.tr("Re&ceipts:"))
        receipts_label.setBuddy(self.receipt_list)
        self.preview_label = QLabel()
        self.preview_label.setAccessibleName(self.tr("Receipt preview"))
        self.preview_label.setFixedSize(PREVIEW, PREVIEW)
        self.preview_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview_label.setWordWrap(True)
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Receipt result"))
        self.result_label.setWordWrap(True)
        # Two rows: the six buttons in one are wider than the tab at the usual window size.
        buttons, more_buttons = QHBoxLayout(), QHBoxLayout()
        for row, row_buttons in (
            (buttons, (self.add_button, self.import_button, self.attach_button)),
            (more_buttons, (self.open_button, self.export_button, self.zip_button)),
        ):
            for button in row_buttons:
                row.addWidget(button)
            row.addStretch(1)
        chosen = QVBoxLayout()
        chosen.addWidget(receipts_label)
        chosen.addWidget(self.receipt_list, 1)
        below = QHBoxLayout()
        below.addLayout(chosen, 1)
        below.addWidget(self.preview_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addLayout(more_buttons)
        layout.addWidget(self.result_label)
        layout.addLayout(below)
        self._check()

    # Reading

    def reload(self) -> None:
        grant_id = self.grant_id
        assert grant_id is not None
        QueryOp(
            self, lambda job: list_expenses(job.uow(), grant_id=grant_id), key="expenses"
        ).on_success(self._show).run(self.context)

    def _show(self, expenses: list[Expense]) -> None:
        chosen = self.chosen()
        self.model.set_records(expenses)
        # The one chosen before, else the first: its receipts show at once.
        rows = [row for row, e in enumerate(expenses) if chosen is not None and e.id == chosen.id]
        if rows or expenses:
            select_row(self.view, rows[0] if rows else 0)
        self._check()
        wanted = [e.id for e in expenses if e.receipts and e.id not in self.icons]
        if wanted:
            QueryOp(
                self, lambda job: self._row_pictures(job, wanted[:THUMBNAILS_AT_ONCE]), key="thumbs"
            ).on_success(self._show_icons).run(self.context)

    @staticmethod
    def _row_pictures(job: OpJob, expense_ids: Sequence[str]) -> dict[str, Path]:
        """Each expense's first picture receipt, as a small thumbnail (off the GUI thread)."""
        found = {}
        for expense_id in expense_ids:
            for receipt in receipts_of(job.uow(), expense_id=expense_id):
                path, _note = _picture(job, receipt.attachment_id, ROW_THUMBNAIL)
                if path is not None:
                    found[expense_id] = path
                    break
        return found

    def _show_icons(self, pictures: dict[str, Path]) -> None:
        for expense_id, path in pictures.items():
            self.icons[expense_id] = QIcon(QPixmap(str(path)))
        for row, expense in enumerate(self.model.records()):
            if expense.id in pictures:
                self.model.refresh_row(row)

    def _describe(self, expense: Expense) -> list[str]:
        return [
            self.formats.day(expense.spent_on),
            expense.payee,
            expense.line or self.tr("(no line)"),
            self.money(expense.amount),
            self.formats.number(expense.receipts) if expense.receipts else self.tr("none"),
        ]

    def _extra(self, expense: Expense, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return self.icons.get(expense.id)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (3, 4):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return expense.description
        return None

    # The chosen expense and its receipts

    def chosen(self) -> Expense | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def _chosen(self) -> None:
        self._check()
        expense = self.chosen()
        self.receipt_list.clear()
        self.preview_label.clear()
        if expense is None:
            return
        expense_id = expense.id

        def read(job: OpJob) -> list[ReceiptView]:
            views = []
            for receipt in receipts_of(job.uow(), expense_id=expense_id):
                small, note = _picture(job, receipt.attachment_id, LIST_THUMBNAIL)
                large, _note = _picture(job, receipt.attachment_id, PREVIEW)
                file = attachment_path(job.uow(), receipt.attachment_id)
                views.append(ReceiptView(receipt, small, large, file, note))
            return views

        QueryOp(self, read, key="receipts").on_success(self._show_receipts).run(self.context)

    def _show_receipts(self, views: list[ReceiptView]) -> None:
        self.receipts = views
        self.receipt_list.clear()
        for view in views:
            item = QListWidgetItem(word(GRANTS, view.receipt.role))
            if view.small is not None:
                item.setIcon(QIcon(QPixmap(str(view.small))))
            item.setToolTip(view.note or view.receipt.filename)
            self.receipt_list.addItem(item)
        if views:
            self.receipt_list.setCurrentRow(0)
        else:
            self.preview_label.setText(self.tr("No receipt yet: drop one on the expense."))
        self._check()

    def _preview(self, row: int) -> None:
        if not 0 <= row < len(self.receipts):
            self.preview_label.clear()
            return
        view = self.receipts[row]
        if view.preview is not None:
            self.preview_label.setPixmap(QPixmap(str(view.preview)))
        else:
            self.preview_label.setText(
                self.tr("{name}\n\n{note}\n\nOpen it with Open receipt.").format(
                    name=view.receipt.filename, note=view.note
                )
            )
        self.preview_label.setToolTip(view.receipt.filename)
        self._check()

    def _check(self) -> None:
        explain_disabled(
            self.attach_button,
            None if self.chosen() is not None else self.tr("Choose an expense first"),
        )
        explain_disabled(
            self.open_button,
            None
            if 0 <= self.receipt_list.currentRow() < len(self.receipts)
            else self.tr("Choose a receipt first"),
        )

    def _open_receipt(self) -> None:
        row = self.receipt_list.currentRow()
        if 0 <= row < len(self.receipts):
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.receipts[row].file)))

    # Attaching

    def _choose_files(self) -> None:
        if self.chosen() is None:
            return
        files = self.ask_files(self, self.tr("Attach receipts"))
        if files:
            self.attach(self.view.currentIndex().row(), files)

    def _dropped(self, row: int, files: list[Path]) -> None:
        self.attach(row, files)

    def attach(self, row: int, files: Sequence[Path]) -> Op[tuple[Receipt, ...]] | None:
        """Attach `files` to the expense on `row` (all or none: a receipt already attached is
        refused naming the expense it proves)."""
        expense = self.model.record(row)
        sources = list(files)

        def done(attached: tuple[Receipt, ...]) -> None:
            count = len(attached)
            self.result_label.setText(
                isolated_once(
                    (
                        self.tr("Attached 1 receipt to {payee}.")
                        if count == 1
                        else self.tr("Attached {count} receipts to {payee}.")
                    ).format(count=count, payee=isolate(expense.payee))
                )
            )
            self.icons.pop(expense.id, None)
            select_row(self.view, row)
            self.reload()
            self._chosen()

        return (
            Op(self, lambda job: attach_receipts(job.uow(), expense_id=expense.id, sources=sources))
            .with_progress(self.tr("Attaching…"))
            .on_success(done)
            .on_failure(self._refused)
            .run(self.context)
        )

    def _refused(self, error: BaseException) -> None:
        """A refusal (a receipt attached already, a folder not empty) as its sentence."""
        if isinstance(error, GroupDeskError):
            messages = getattr(error, "errors", None)
            self.result_label.setText(
                "\n".join(messages.values()) if isinstance(messages, dict) else str(error)
            )
        else:
            show_error(self, error)

    # Importing a bank file

    def _choose_bank_file(self) -> None:
        path = self.ask_bank_file(self, self.tr("Import expenses from a bank's CSV file"))
        if path is not None and self.grant_id is not None:
            self.wizard = ImportWizard(self.context, grant_id=self.grant_id, path=path, parent=self)
            self.wizard.imported.connect(self._imported)
            self.wizard.open()

    def _imported(self, report: BankImportReport) -> None:
        self.result_label.setText(
            self.tr("Imported 1 expense from the bank file.")
            if report.imported == 1
            else worded(
                self.tr("Imported {count} expenses from the bank file."),
                self.context.locale,
                count=report.imported,
            )
        )
        self.reload()

    # The evidence pack

    def _choose_pack_folder(self) -> None:
        folder = self.ask_folder(self, self.tr("Export evidence pack to an empty folder"))
        if folder is not None:
            self.export_pack(folder)

    def _choose_pack_zip(self) -> None:
        out = self.ask_zip(self, self.tr("Export evidence pack as a new zip file"))
        if out is not None:
            self.export_pack(out)

    def export_pack(self, folder: Path) -> Op[EvidencePack]:
        """Write the grant's evidence pack (expenses, budget against actual, receipts) to the
        empty `folder`, or to a new zip file when it ends in .zip, off the GUI thread: many
        receipts take a while to copy."""
        grant_id = self.grant_id
        assert grant_id is not None

        def done(pack: EvidencePack) -> None:
            count = len(pack.receipts)
            text = (
                self.tr("Evidence pack written to {folder} with 1 receipt.")
                if count == 1
                else self.tr("Evidence pack written to {folder} with {count} receipts.")
            ).format(folder=pack.path, count=count)
            if pack.missing:
                text += " " + self.tr("Not on this laptop yet, so left out: {names}.").format(
                    names=listed(map(isolate, pack.missing))
                )
            self.result_label.setText(text)

        def refused(error: BaseException) -> None:
            if isinstance(error, OSError):
                self.result_label.setText(
                    self.tr("Could not write the evidence pack to {folder}: {reason}.").format(
                        folder=folder, reason=error.strerror or error
                    )
                )
            else:
                self._refused(error)

        return (
            Op(self, lambda job: export_evidence_pack(job.uow(), grant_id=grant_id, out=folder))
            .with_progress(self.tr("Exporting the evidence pack…"))
            .on_success(done)
            .on_failure(refused)
            .run(self.context)
        )
