"""A grant's expenses, driven as a person would: the warnings an expense needs confirming (a day
outside the grant's period, a line taken over budget — named, and by how much) shown beside
their fields before Save, a negative amount refused, and receipt files dropped onto an expense
(the same receipt twice refused naming the expense it proves)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication
from support.gui import settle

from groupdesk.services.grants.expenses import list_expenses, receipts_of
from groupdesk.services.grants.records import list_grants
from groupdesk.ui.grants.expense_dialog import ExpenseDialog

pytestmark = pytest.mark.gui

FRIDGE = "Food share fridge and freezer"


@pytest.fixture
def fridge(app_context) -> str:  # type: ignore[no-untyped-def]
    [found] = [g.id for g in list_grants(app_context.workspace.uow()) if g.title == FRIDGE]
    return found


@pytest.fixture
def dialog(qtbot, app_context, fridge):  # type: ignore[no-untyped-def]
    expense = ExpenseDialog(app_context, grant_id=fridge, currency="GBP")
    qtbot.addWidget(expense)
    expense.show()
    settle()
    return expense


def fill(qtbot, dialog, *, day: str, amount: str, line: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClicks(dialog.payee_edit, "Zebra Supplies")
    qtbot.keyClicks(dialog.day_edit, day)
    dialog.line_combo.setCurrentIndex(dialog.line_combo.findText(line))
    qtbot.keyClicks(dialog.amount_edit, amount)
    settle()


def payees(app_context, grant_id: str) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.payee for e in list_expenses(app_context.workspace.uow(), grant_id=grant_id)]


def test_overspending_a_line_is_named_with_how_much_and_saves_once_confirmed(
    qtbot, app_context, dialog, fridge
) -> None:  # type: ignore[no-untyped-def]
    today = app_context.workspace.uow().today()
    fill(qtbot, dialog, day=today.isoformat(), amount="100", line="Equipment")
    warning = dialog.warning_labels["amount"]
    assert warning.isVisible()
    # Each value in an isolate, so a right-to-left sentence keeps it whole and in its place.
    assert (
        "“\u2068Equipment\u2069” over its budget of \u2068£2,200.00\u2069 by \u2068£138.00\u2069"
        in warning.text()
    )
    assert not dialog.save_button.isEnabled()
    assert "tick" in dialog.save_button.toolTip()
    dialog.confirm_check.setChecked(True)
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    settle()
    assert "Zebra Supplies" in payees(app_context, fridge)


def test_an_expense_outside_the_period_is_a_warning_beside_the_day(
    qtbot, app_context, dialog
) -> None:  # type: ignore[no-untyped-def]
    fill(qtbot, dialog, day="2020-01-01", amount="5", line="Training")
    assert "before the grant's period starts" in dialog.warning_labels["spent_on"].text()
    assert dialog.warning_labels["amount"].isHidden()
    assert not dialog.save_button.isEnabled()


def test_a_negative_expense_is_refused_beside_the_amount_and_nothing_saved(
    qtbot, app_context, dialog, fridge
) -> None:  # type: ignore[no-untyped-def]
    today = app_context.workspace.uow().today()
    fill(qtbot, dialog, day=today.isoformat(), amount="-12", line="Training")
    assert dialog.errors.message("amount") == "an amount cannot be below zero"
    assert not dialog.save_button.isEnabled()
    assert dialog.save() is None
    settle()
    assert "Zebra Supplies" not in payees(app_context, fridge)


def drop(view, row: int, files: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """Drop `files` on `row` of `view`, as a file manager would."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(file)) for file in files])
    view.scrollTo(view.model().index(row, 1))  # as a person scrolls to the row first
    where = view.visualRect(view.model().index(row, 1)).center()
    how = (
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    for event in (
        QDragEnterEvent(where, *how),  # Qt delivers a drop only after the drag was taken
        QDragMoveEvent(where, *how),
        QDropEvent(QPointF(where), *how),
    ):
        QApplication.sendEvent(view.viewport(), event)


def test_receipts_dropped_on_an_expense_are_attached_and_a_second_copy_refused(
    qtbot, app_context, main_window, tmp_path, fridge
) -> None:  # type: ignore[no-untyped-def]
    page = main_window.show_page("grants")
    settle()
    qtbot.keyClicks(page.search_edit, "fridge")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    tab = page.detail.expenses
    page.detail.show_tab(tab)
    settle()
    [row] = [r for r, e in enumerate(tab.model.records()) if e.receipts == 0]  # the banner
    expense = tab.model.record(row)
    photos = []
    for number, colour in enumerate(("red", "blue")):
        photo = tmp_path / f"banner-{number}.png"
        Image.new("RGB", (40, 60), colour).save(photo)
        photos.append(photo)
    drop(tab.view, row, photos)
    settle()
    assert "Attached 2 receipts to" in tab.result_label.text()  # no "(s)" without a translator
    assert len(receipts_of(app_context.workspace.uow(), expense_id=expense.id)) == 2
    assert tab.receipt_list.count() == 2
    assert tab.preview_label.pixmap() is not None and not tab.preview_label.pixmap().isNull()
    [other] = [r for r, e in enumerate(tab.model.records()) if e.payee == "Millbrook Electrical"]
    drop(tab.view, other, photos[:1])
    settle()
    assert "already attached" in tab.result_label.text()
    assert "PrintWorks" in tab.result_label.text()


def test_export_evidence_pack_writes_the_folder_and_says_a_folder_it_cannot_write(
    qtbot, main_window, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.grants.export import BUDGET_FILE, EXPENSES_FILE

    page = main_window.show_page("grants")
    settle()
    qtbot.keyClicks(page.search_edit, "fridge")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    tab = page.detail.expenses
    page.detail.show_tab(tab)
    settle()
    folder = tmp_path / "pack"
    tab.ask_folder = lambda _parent, _title: folder
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Evidence pack written" in tab.result_label.text())
    receipts = [p for p in folder.iterdir() if p.name not in (EXPENSES_FILE, BUDGET_FILE)]
    assert (folder / EXPENSES_FILE).is_file() and (folder / BUDGET_FILE).is_file()
    assert str(folder) in tab.result_label.text()
    assert f"with {len(receipts)} receipt" in tab.result_label.text()
    assert receipts and "(s)" not in tab.result_label.text()

    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    tab.ask_folder = lambda _parent, _title: blocker / "pack"
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Could not write the evidence pack" in tab.result_label.text())
    assert not (blocker / "pack").exists()
