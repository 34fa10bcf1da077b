"""An expense's receipt travels with it: through sync to the other laptop (the same bytes, and
still recognised when attached there again), and through a backup and its restore."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from support.receipt_photos import jpeg_bytes
from sync_helpers import setup_group, sync

from groupdesk.config import DataPaths
from groupdesk.errors import ValidationError
from groupdesk.money import Money
from groupdesk.services.attachments import attachment_path
from groupdesk.services.backup import write_backup
from groupdesk.services.grants.expenses import add_expense, list_expenses, receipts_of
from groupdesk.services.grants.records import add_grant
from groupdesk.services.restore import restore_backup
from groupdesk.services.workspace import Workspace, open_workspace

PHOTO = jpeg_bytes("ivory", (300, 400))


def spend_with_receipt(workspace: Workspace, tmp_path: Path) -> tuple[str, str]:
    """A grant and an expense on it proved by a photo; (grant id, expense id)."""
    grant = add_grant(workspace.uow(), values={"title": "River fund", "currency": "EUR"}).id
    photo = tmp_path / "IMG_0412.jpg"
    photo.write_bytes(PHOTO)
    saved = add_expense(
        workspace.uow(),
        grant_id=grant,
        spent_on=date(2026, 5, 3),
        payee="Hardware store",
        amount=Money(Decimal("42.10"), "EUR"),
        receipts=[photo],
    )
    return grant, saved.expense.id


def test_a_receipt_reaches_the_other_laptop_and_is_still_known_there(  # type: ignore[no-untyped-def]
    laptops, sync_folder, tmp_path
) -> None:
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder, names=["Ana's laptop", "Sam's laptop"])
    grant, expense = spend_with_receipt(ana, tmp_path)
    sync(ana, sam)
    [receipt] = receipts_of(sam.uow(), expense_id=expense)
    assert attachment_path(sam.uow(), receipt.attachment_id).read_bytes() == PHOTO
    again = tmp_path / "the same photo, sent by email.jpg"
    again.write_bytes(PHOTO)
    with pytest.raises(ValidationError, match="already attached to the expense of 3 May 2026"):
        add_expense(
            sam.uow(),
            grant_id=grant,
            spent_on=date(2026, 5, 4),
            payee="Hardware store",
            amount=Money(Decimal("42.10"), "EUR"),
            receipts=[again],
        )


def test_a_receipt_comes_back_with_a_restored_backup(members_ws: Workspace, tmp_path: Path) -> None:
    grant, expense = spend_with_receipt(members_ws, tmp_path)
    backup = tmp_path / "backup.zip"
    write_backup(members_ws.paths, backup)
    members_ws.close()
    paths = DataPaths(tmp_path / "new-laptop")
    restore_backup(paths, backup)
    restored = open_workspace(paths)
    try:
        [saved] = list_expenses(restored.uow(), grant_id=grant)
        assert (saved.id, saved.receipts) == (expense, 1)
        [receipt] = receipts_of(restored.uow(), expense_id=expense)
        assert attachment_path(restored.uow(), receipt.attachment_id).read_bytes() == PHOTO
    finally:
        restored.close()
