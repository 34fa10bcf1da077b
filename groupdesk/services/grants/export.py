"""A grant's money for a funder's audit: its expenses and its budget against actual as CSV
(written as the member export writes, formulas neutralised: `services/csv_files.py`), and the
evidence pack — a folder (or a .zip) holding both files and every receipt, each named
`date_payee_amount.ext` ("2026-05-03_Hardware-store_42.10.jpg") so an auditor can match it to
its line of the CSV, whose "Receipt files" column names them.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select

from groupdesk.errors import ValidationError
from groupdesk.models.attachments import Attachment
from groupdesk.models.grants import GrantExpenseReceipt
from groupdesk.money import Money
from groupdesk.services.attachments import stored_path
from groupdesk.services.csv_files import write_csv_file, write_rows
from groupdesk.services.grants.expenses import Expense, list_expenses
from groupdesk.services.grants.figures import GrantFigures, grant_figures
from groupdesk.services.output_files import check_output_folder, check_output_path, replacing
from groupdesk.services.uow import UnitOfWork

EXPENSES_FILE = "expenses.csv"
BUDGET_FILE = "budget-vs-actual.csv"
_UNSAFE = re.compile(r"[^\w.]+")


@dataclass(frozen=True)
class EvidencePack:
    path: Path
    expenses: int
    #: The receipt files written, by name.
    receipts: tuple[str, ...]
    #: Receipts whose file is not on this laptop yet (sync has not brought it): named, so the
    #: person can fetch them before sending the pack.
    missing: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "expenses": self.expenses,
            "receipts": list(self.receipts),
            "missing": list(self.missing),
        }


def _plain(money: Money | None) -> str:
    """An amount for a spreadsheet: the decimal as it is, no symbol or grouping."""
    return "" if money is None else str(money.amount)


def receipt_name(expense: Expense, filename: str, taken: set[str]) -> str:
    """`date_payee_amount.ext`, made safe for every file system and unique within `taken`
    (a second receipt of one expense gets "-2")."""
    payee = _UNSAFE.sub("-", expense.payee).strip("-.")[:40] or "payee"
    suffix = Path(filename).suffix.lower()
    stem = f"{expense.spent_on.isoformat()}_{payee}_{expense.amount.amount}"
    name, count = f"{stem}{suffix}", 1
    while name.casefold() in taken:
        count += 1
        name = f"{stem}-{count}{suffix}"
    taken.add(name.casefold())
    return name


def expense_rows(expenses: list[Expense], files: dict[str, list[str]]) -> list[list[str]]:
    """The expenses CSV: a header, then one row per expense, oldest first."""
    header = [
        "Date",
        "Payee",
        "Description",
        "Budget line",
        "Amount",
        "Currency",
        "Paid by",
        "Receipt files",
    ]
    return [
        header,
        *(
            [
                e.spent_on.isoformat(),
                e.payee,
                e.description or "",
                e.line or "",
                _plain(e.amount),
                e.amount.currency,
                e.paid_by or "",
                "; ".join(files.get(e.id, [])),
            ]
            for e in expenses
        ),
    ]


def budget_rows(figures: GrantFigures) -> list[list[str]]:
    """Budget against actual: a row per line, then what was spent on no line, then the total."""
    header = ["Budget line", "Description", "Budget", "Spent", "Remaining", "Over by", "Currency"]
    currency = figures.currency
    rows = [header]
    for line in figures.lines:
        rows.append(
            [
                line.category,
                line.description or "",
                _plain(line.budget),
                _plain(line.spent),
                _plain(line.remaining),
                _plain(line.over),
                currency,
            ]
        )
    unassigned = sum((e.amount for e in figures.no_line), Money.zero(currency))
    if figures.no_line:
        rows.append(["On no budget line", "", "", _plain(unassigned), "", "", currency])
    budget = figures.budget
    rows.append(
        [
            "Total",
            "",
            _plain(budget),
            _plain(figures.spent),
            _plain(budget - figures.spent),
            "",
            currency,
        ]
    )
    return rows


def named_receipts(uow: UnitOfWork, expenses: list[Expense]) -> list[tuple[str, str, str]]:
    """(expense id, file name, stored sha256) of every receipt of `expenses`, in their order:
    the names the evidence pack gives the files, which the funder report prints beside each
    expense."""
    by_id = {e.id: e for e in expenses}
    with uow:
        receipts = uow.session.execute(
            select(GrantExpenseReceipt.expense_id, Attachment.sha256, Attachment.filename)
            .join(Attachment, Attachment.id == GrantExpenseReceipt.attachment_id)
            .where(
                GrantExpenseReceipt.expense_id.in_(by_id),
                GrantExpenseReceipt.deleted_at.is_(None),
            )
            .order_by(GrantExpenseReceipt.created_at, GrantExpenseReceipt.id)
        ).all()
    taken = {EXPENSES_FILE, BUDGET_FILE}
    position = {expense_id: at for at, expense_id in enumerate(by_id)}
    return [
        (expense_id, receipt_name(by_id[expense_id], filename, taken), sha)
        for expense_id, sha, filename in sorted(receipts, key=lambda r: position[r.expense_id])
    ]


def export_expenses(uow: UnitOfWork, *, grant_id: str, path: Path) -> int:
    """A grant's expenses as CSV at `path` (replaced whole); returns how many."""
    expenses = list_expenses(uow, grant_id=grant_id)
    write_csv_file(path, expense_rows(expenses, {}))
    return len(expenses)


def export_budget(uow: UnitOfWork, *, grant_id: str, path: Path) -> None:
    """A grant's budget against actual as CSV at `path` (replaced whole)."""
    write_csv_file(path, budget_rows(grant_figures(uow, grant_id=grant_id)))


def export_evidence_pack(uow: UnitOfWork, *, grant_id: str, out: Path) -> EvidencePack:
    """Write the evidence pack to the folder `out` (made if missing; it must be empty), or to
    a zip file when `out` ends in .zip; neither may be inside the data folder."""
    as_zip = out.suffix.lower() == ".zip"
    data_paths = uow.workspace.paths
    if as_zip:
        check_output_path(out, data_paths=data_paths, force=True)
        if out.exists():
            raise ValidationError.single("out", f"{out} exists already; choose a new file name")
    else:
        check_output_folder(out, data_paths=data_paths)
        if out.exists() and (not out.is_dir() or any(out.iterdir())):
            raise ValidationError.single("out", f"{out} is not an empty folder; choose a new one")
    figures = grant_figures(uow, grant_id=grant_id)
    expenses = list_expenses(uow, grant_id=grant_id)
    folder = data_paths.attachments
    files: dict[str, list[str]] = {}
    sources: list[tuple[str, Path]] = []
    missing = []
    for expense_id, name, sha in named_receipts(uow, expenses):
        source = stored_path(folder, sha)
        if source.is_file():
            files.setdefault(expense_id, []).append(name)
            sources.append((name, source))
        else:
            missing.append(name)
    tables = {
        EXPENSES_FILE: expense_rows(expenses, files),
        BUDGET_FILE: budget_rows(figures),
    }
    if as_zip:
        with (
            replacing(out) as partial,
            zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as pack,
        ):
            for name, rows in tables.items():
                pack.writestr(name, write_rows(rows))
            for name, source in sources:
                pack.write(source, name)
    else:
        out.mkdir(parents=True, exist_ok=True)
        for name, rows in tables.items():
            write_csv_file(out / name, rows)
        for name, source in sources:
            shutil.copyfile(source, out / name)
    return EvidencePack(out, len(expenses), tuple(n for n, _s in sources), tuple(missing))
