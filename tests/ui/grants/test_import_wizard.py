"""Import bank CSV… on a grant's Expenses tab, driven as a person would: the file read off the
GUI thread and how it was read shown (encoding, separator, decimal comma), the columns chosen
when the headers are not recognised, every row previewed with its problem, nothing imported
while a row is wrong, the import done all at once, and a second import of the same file
flagging every row as imported already. Also Export as zip…, and a damaged receipt photo
refused with its sentence."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from support.gui import settle
from support.receipt_photos import receipt_photo

from groupdesk.services.grants.expenses import list_expenses
from groupdesk.services.grants.export import BUDGET_FILE, EXPENSES_FILE

pytestmark = pytest.mark.gui


@pytest.fixture
def tab(qtbot, main_window):  # type: ignore[no-untyped-def]
    page = main_window.show_page("grants")
    settle()
    qtbot.keyClicks(page.search_edit, "fridge")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    expenses = page.detail.expenses
    page.detail.show_tab(expenses)
    settle()
    return expenses


def statement(tmp_path: Path, rows: list[str], name: str = "bank.csv") -> Path:
    """A German bank's export: semicolons, decimal commas, Windows-1252, headers the import
    does not know."""
    path = tmp_path / name
    path.write_bytes("\r\n".join(["Buchung;Empfänger;Umsatz", *rows, ""]).encode("cp1252"))
    return path


def open_wizard(qtbot, tab, path: Path):  # type: ignore[no-untyped-def]
    tab.ask_bank_file = lambda _parent, _title: path
    qtbot.mouseClick(tab.import_button, Qt.MouseButton.LeftButton)
    wizard = tab.wizard
    assert wizard is not None and wizard.isVisible()
    settle()
    return wizard


def choose_columns(wizard) -> None:  # type: ignore[no-untyped-def]
    for field, header in (("spent_on", "Buchung"), ("description", "Empfänger")):
        combo = wizard.column_combos[field]
        combo.setCurrentIndex(combo.findData(header))
    combo = wizard.column_combos["amount"]
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("Umsatz"))
    settle()


def what_happens(wizard) -> list[str]:  # type: ignore[no-untyped-def]
    model = wizard.model
    return [model.data(model.index(row, 4)) for row in range(model.rowCount())]


def test_a_bank_file_is_previewed_with_each_problem_and_imported_all_or_nothing(
    qtbot, app_context, tab, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    day = app_context.workspace.uow().today().strftime("%d.%m.%Y")
    bad = statement(
        tmp_path,
        [f"{day};Bäckerei Müller;-12,50", f"{day};Zuschuss;1.000,00", f"{day};Kiosk;drei Euro"],
        "bad.csv",
    )
    wizard = open_wizard(qtbot, tab, bad)
    assert "semicolons" in wizard.detected_label.text()
    assert "choose the column that holds the day" in wizard.result_label.text()
    assert not wizard.save_button.isEnabled()
    choose_columns(wizard)
    assert "decimal comma" in wizard.detected_label.text()
    assert (
        "CP1252" in wizard.detected_label.text() or "WINDOWS-1252" in wizard.detected_label.text()
    )
    assert what_happens(wizard) == [
        "becomes an expense",
        "money in: not an expense",
        "Umsatz: 'drei Euro' is not an amount",
    ]
    assert not wizard.save_button.isEnabled()
    assert "Line 4 has a problem" in wizard.save_button.toolTip()
    assert wizard.run_import() is None
    wizard.reject()

    good = statement(
        tmp_path, [f"{day};Bäckerei Müller;-12,50", f"{day};Eisenwaren Kurz;-1.234,56"]
    )
    wizard = open_wizard(qtbot, tab, good)
    choose_columns(wizard)
    wizard.line_combo.setCurrentIndex(wizard.line_combo.findText("Equipment"))
    settle()
    assert what_happens(wizard) == ["becomes an expense", "becomes an expense"]
    assert "2 rows become expenses" in wizard.summary_label.text()
    assert wizard.save_button.isEnabled()
    qtbot.mouseClick(wizard.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert not wizard.isVisible()
    assert "Imported 2 expenses from the bank file." in tab.result_label.text()
    grant_id = tab.grant_id
    imported = {
        (e.payee, e.line, str(e.amount.amount))
        for e in list_expenses(app_context.workspace.uow(), grant_id=grant_id)
        if e.spent_on == app_context.workspace.uow().today()
    }
    assert {
        ("Bäckerei Müller", "Equipment", "12.50"),
        ("Eisenwaren Kurz", "Equipment", "1234.56"),
    } <= imported
    assert "Bäckerei Müller" in [e.payee for e in tab.model.records()]

    again = open_wizard(qtbot, tab, good)
    choose_columns(again)
    assert what_happens(again) == ["already imported: skipped"] * 2
    assert "every expense in the file is already imported" in again.save_button.toolTip()


def payees(tab) -> list[str]:  # type: ignore[no-untyped-def]
    return [e.payee for e in tab.model.records()]


def test_an_imported_bank_file_is_taken_back_by_undo_and_can_be_imported_again(
    qtbot, app_context, main_window, tab, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    day = app_context.workspace.uow().today().strftime("%d.%m.%Y")
    path = statement(tmp_path, [f"{day};Zebra Farben;-7,25", f"{day};Zebra Holz;-3,00"])
    wizard = open_wizard(qtbot, tab, path)
    choose_columns(wizard)
    qtbot.mouseClick(wizard.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert "Zebra Farben" in payees(tab)
    bar = main_window.undo_bar
    assert bar.message.text() == "Imported 2 expenses from \u2068bank.csv\u2069."
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    settle()
    assert "Zebra Farben" not in payees(tab) and "Zebra Holz" not in payees(tab)
    again = open_wizard(qtbot, tab, path)
    choose_columns(again)
    assert what_happens(again) == ["becomes an expense"] * 2


def test_the_evidence_pack_as_a_zip_holds_the_csv_files_and_the_receipts(
    qtbot, tab, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    out = tmp_path / "pack.zip"
    tab.ask_zip = lambda _parent, _title: out
    qtbot.mouseClick(tab.zip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Evidence pack written" in tab.result_label.text())
    with zipfile.ZipFile(out) as pack:
        names = pack.namelist()
    assert {EXPENSES_FILE, BUDGET_FILE} <= set(names)
    receipts = [name for name in names if name not in (EXPENSES_FILE, BUDGET_FILE)]
    assert receipts and all(
        name[:10] == date.fromisoformat(name[:10]).isoformat() for name in receipts
    )
    assert f"with {len(receipts)} receipts" in tab.result_label.text()


def test_a_damaged_receipt_photo_is_refused_with_its_name_and_nothing_attached(
    qtbot, tab, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    whole = receipt_photo(tmp_path / "whole.jpg", "tan", (400, 300))
    cut = tmp_path / "IMG_0413.jpg"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    [row] = [r for r, e in enumerate(tab.model.records()) if e.receipts == 0]
    tab.view.selectRow(row)
    tab.ask_files = lambda _parent, _title: [cut]
    qtbot.mouseClick(tab.attach_button, Qt.MouseButton.LeftButton)
    settle()
    assert "“\u2068IMG_0413.jpg\u2069” could not be read as a picture" in tab.result_label.text()
    assert tab.model.record(row).receipts == 0


def test_a_statement_in_the_thousands_is_counted_the_groups_way(  # type: ignore[no-untyped-def]
    qtbot, app_context, tab, tmp_path
) -> None:
    """A year's bank statement reads "1,200 rows become expenses" (British English, the demo's),
    not "1200", and the tab says the same once they are in."""
    day = app_context.workspace.uow().today().strftime("%d.%m.%Y")
    rows = [f"{day};Bäckerei Müller {n};-1,50" for n in range(1_200)]
    wizard = open_wizard(qtbot, tab, statement(tmp_path, rows))
    choose_columns(wizard)
    wizard.line_combo.setCurrentIndex(wizard.line_combo.findText("Equipment"))
    settle()
    assert "1,200 rows become expenses" in wizard.summary_label.text()
    qtbot.mouseClick(wizard.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert "Imported 1,200 expenses from the bank file." in tab.result_label.text()
