"""Expenses and their receipts: a receipt attached twice is named, warnings name the line and by
how much, expenses without a receipt are listed, bad input saves nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from support.grant_rows import add_grant, add_line, money
from support.receipt_photos import jpeg_bytes, receipt_photo

from groupdesk.errors import ValidationError
from groupdesk.services.grants.expenses import (
    SavedExpense,
    add_expense,
    attach_receipts,
    edit_expense,
    expense_warnings,
    expenses_without_receipt,
    list_expenses,
    receipts_of,
    remove_expense,
)
from groupdesk.services.workspace import Workspace

Rows = Callable[[Path], dict[str, list[tuple[Any, ...]]]]


def spend(
    workspace: Workspace,
    grant: str,
    amount: str,
    *,
    on: date = date(2026, 3, 1),
    payee: str = "Shop",
    **more: Any,
) -> SavedExpense:
    """Add an expense in euros to `grant`."""
    return add_expense(
        workspace.uow(),
        grant_id=grant,
        spent_on=on,
        payee=payee,
        amount=money(amount, "EUR"),
        **more,
    )


def receipt(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.fixture
def grant(members_ws: Workspace) -> str:
    return add_grant(
        members_ws, awarded="500.00", period_start=date(2026, 2, 1), period_end=date(2026, 7, 31)
    )


def test_the_same_receipt_attached_twice_is_refused_naming_the_expense_it_proves(
    members_ws: Workspace, grant: str, tmp_path: Path, database_rows: Rows
) -> None:
    photo = receipt(tmp_path, "IMG_0412.jpg", jpeg_bytes("ivory"))
    spend(members_ws, grant, "42.10", on=date(2026, 5, 3), payee="Hardware store", receipts=[photo])
    again = receipt(tmp_path, "copy of the same photo.jpg", photo.read_bytes())
    before = database_rows(members_ws.paths.database)
    with pytest.raises(ValidationError) as refused:
        spend(
            members_ws, grant, "9.99", on=date(2026, 5, 4), payee="Garden centre", receipts=[again]
        )
    assert refused.value.errors == {
        "receipt": "this receipt is already attached to the expense of 3 May 2026, "
        "Hardware store, €42.10"
    }
    assert database_rows(members_ws.paths.database) == before


def test_receipts_added_later_and_expenses_without_one_listed(
    members_ws: Workspace, grant: str, tmp_path: Path
) -> None:
    paid = spend(members_ws, grant, "80.00", on=date(2026, 3, 1), payee="Printer").expense
    spend(
        members_ws,
        grant,
        "120.00",
        on=date(2026, 3, 2),
        payee="Hall hire",
        receipts=[receipt(tmp_path, "hall.pdf", b"%PDF-1.4 hall")],
    )
    assert [e.payee for e in expenses_without_receipt(members_ws.uow(), grant_id=grant)] == [
        "Printer"
    ]
    invoice = receipt(tmp_path, "invoice.pdf", b"%PDF-1.4 invoice")
    proof = receipt_photo(tmp_path / "proof.png", "green")
    attach_receipts(members_ws.uow(), expense_id=paid.id, sources=[invoice], role="invoice")
    attach_receipts(members_ws.uow(), expense_id=paid.id, sources=[proof], role="proof")
    assert [(r.role, r.filename) for r in receipts_of(members_ws.uow(), expense_id=paid.id)] == [
        ("invoice", "invoice.pdf"),
        ("proof", "proof.png"),
    ]
    assert expenses_without_receipt(members_ws.uow(), grant_id=grant) == []
    assert [e.receipts for e in list_expenses(members_ws.uow(), grant_id=grant)] == [2, 1]


def test_outside_the_period_and_over_the_line_are_warnings_naming_them(
    members_ws: Workspace, grant: str
) -> None:
    tools = add_line(members_ws, grant, "Tools", "100.00")
    spend(members_ws, grant, "80.00", on=date(2026, 3, 1), payee="Hardware store", line_id=tools)
    asked = expense_warnings(
        members_ws.uow(),
        grant_id=grant,
        line_id=tools,
        spent_on=date(2026, 8, 2),
        amount=money("42.10", "EUR"),
    )
    assert [(w.field, w.message) for w in asked] == [
        ("spent_on", "2 Aug 2026 is after the grant's period ends (31 Jul 2026)"),
        ("amount", "this takes the line 'Tools' over its budget of €100.00 by €22.10"),
    ]
    saved = spend(
        members_ws, grant, "42.10", on=date(2026, 8, 2), payee="Hardware store", line_id=tools
    )
    assert saved.warnings == asked
    # Editing the over-spending expense down to fit says nothing more about the line.
    fitted = edit_expense(
        members_ws.uow(),
        expense_id=saved.expense.id,
        amount=money("20.00", "EUR"),
        spent_on=date(2026, 7, 31),
    )
    assert fitted.warnings == ()


@pytest.mark.parametrize(
    ("amount", "payee", "field", "message"),
    [
        ("-5.00", "Shop", "amount", "an amount cannot be below zero"),
        ("5.00", "  ", "payee", "say who was paid"),
    ],
)
def test_bad_input_is_refused_naming_the_field_and_nothing_saved(
    members_ws: Workspace,
    grant: str,
    database_rows: Rows,
    amount: str,
    payee: str,
    field: str,
    message: str,
) -> None:
    before = database_rows(members_ws.paths.database)
    with pytest.raises(ValidationError) as refused:
        spend(members_ws, grant, amount, on=date(2026, 3, 1), payee=payee)
    assert refused.value.errors == {field: message}
    assert database_rows(members_ws.paths.database) == before


def test_a_removed_expense_frees_its_receipt(
    members_ws: Workspace, grant: str, tmp_path: Path
) -> None:
    photo = receipt(tmp_path, "r.jpg", jpeg_bytes("tan"))
    first = spend(members_ws, grant, "5.00", on=date(2026, 3, 1), payee="Shop", receipts=[photo])
    remove_expense(members_ws.uow(), expense_id=first.expense.id)
    again = spend(members_ws, grant, "5.00", on=date(2026, 3, 1), payee="Shop", receipts=[photo])
    assert len(again.receipts) == 1
    assert [e.id for e in list_expenses(members_ws.uow(), grant_id=grant)] == [again.expense.id]


def test_a_receipt_photo_too_large_or_damaged_is_refused_beside_the_receipt_and_nothing_saved(
    members_ws: Workspace, grant: str, tmp_path: Path, database_rows: Rows
) -> None:
    from PIL import Image

    huge = tmp_path / "scan.png"
    Image.new("1", (9000, 8000)).save(huge)  # 72 megapixels, a few kilobytes on disk
    whole = receipt_photo(tmp_path / "whole.jpg", "tan", (400, 300))
    cut = receipt(tmp_path, "IMG_0413.jpg", whole.read_bytes()[: whole.stat().st_size // 2])
    before = database_rows(members_ws.paths.database)
    for photo, words in ((huge, "9000 × 8000 pixels"), (cut, "could not be read as a picture")):
        with pytest.raises(ValidationError) as refused:
            spend(members_ws, grant, "5.00", on=date(2026, 3, 1), payee="Shop", receipts=[photo])
        assert words in refused.value.errors["receipt"]
        assert photo.name in refused.value.errors["receipt"]
    assert database_rows(members_ws.paths.database) == before
