"""Putting right and deleting what is recorded under a grant, driven as a person would on the
Payments and Reports tabs: the chosen payment, tranche, report or outcome opened in its dialog
with its fields filled in, a bad value refused beside its field with nothing saved, the change
saved; a deletion asked first (no saves nothing) and a refusal said in its words. Every
Alt+letter on the tabs and in the dialogs leads to one place."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from support.gui import settle
from support.keyboard import mnemonic_clashes

from groupdesk.services.grants.payments import payments_of, tranches_of
from groupdesk.services.grants.reporting import outcomes_of, reports_of

pytestmark = pytest.mark.gui

TREES = "Riverside tree planting"


def show_grant(qtbot, main_window, title: str, tab_name: str, direction: str = "incoming"):  # type: ignore[no-untyped-def]
    page = main_window.show_page("grants")
    settle()
    page.direction_combo.setCurrentIndex(page.direction_combo.findData(direction))
    settle()
    qtbot.keyClicks(page.search_edit, title)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    settle()
    tab = getattr(page.detail, tab_name)
    page.detail.show_tab(tab)
    settle()
    assert mnemonic_clashes(main_window) == {}
    return page, tab


def test_a_payment_and_a_tranche_are_put_right_then_deleted(
    qtbot, app_context, main_window
) -> None:  # type: ignore[no-untyped-def]
    page, tab = show_grant(qtbot, main_window, TREES, "payments")
    uow, grant_id = app_context.workspace.uow, page.chosen_id
    assert not tab.edit_payment_button.isEnabled()
    assert tab.edit_payment_button.toolTip() == "Choose a payment in the list"
    [payment] = payments_of(uow(), grant_id=grant_id)
    tab.payments_table.selectRow(0)
    qtbot.keyClick(tab.edit_payment_button, Qt.Key.Key_Space)
    dialog = tab.active_dialog
    assert mnemonic_clashes(dialog) == {}
    assert dialog.windowTitle() == "Edit the payment"
    assert not dialog.direction_combo.isEnabled()
    dialog.amount_edit.setText("-5")
    assert dialog.errors.message("amount") == "an amount cannot be below zero"
    assert not dialog.save_button.isEnabled() and dialog.save() is None
    settle()
    assert payments_of(uow(), grant_id=grant_id) == [payment]
    dialog.amount_edit.setText("1,234.56")
    dialog.reference_edit.setText("Zebra-77")
    dialog.save_button.click()
    settle()
    assert tab.active_dialog is None
    [edited] = payments_of(uow(), grant_id=grant_id)
    assert (str(edited.amount.amount), edited.reference) == ("1234.56", "Zebra-77")
    assert tab.payments_table.item(0, 4).text() == "Zebra-77"

    tab.tranches_table.selectRow(0)
    tab.edit_tranche_button.click()
    tranche_dialog = tab.active_dialog
    settle()  # the reports to choose from, the one it waits on chosen
    assert mnemonic_clashes(tranche_dialog) == {}
    assert tranche_dialog.report_combo.currentData() is not None
    tranche_dialog.report_combo.setCurrentIndex(0)  # released on its day after all
    tranche_dialog.save_button.click()
    settle()
    [tranche] = tranches_of(uow(), grant_id=grant_id)
    assert (tranche.status, tranche.needs_report_id) == ("expected", None)

    tab.ask_sure = lambda _parent, _title, _text: False
    tab.delete_tranche_button.click()
    settle()
    assert len(tranches_of(uow(), grant_id=grant_id)) == 1
    asked = []
    tab.ask_sure = lambda _parent, _title, text: asked.append(text) or True
    tab.delete_tranche_button.click()
    settle()
    assert asked[0].startswith("Delete the tranche of £")
    assert tranches_of(uow(), grant_id=grant_id) == []
    tab.payments_table.selectRow(0)
    tab.delete_payment_button.click()
    settle()
    assert payments_of(uow(), grant_id=grant_id) == []
    assert tab.payments_table.rowCount() == 0
    assert tab.result_label.text().startswith("Deleted.")
    bar = main_window.undo_bar
    assert bar.message.text().startswith("Deleted the payment of £")
    qtbot.mouseClick(bar.undo_button, Qt.MouseButton.LeftButton)
    settle()
    assert len(payments_of(uow(), grant_id=grant_id)) == 1
    assert tab.payments_table.rowCount() == 1  # the open grant read again


def test_a_micro_grants_payment_to_its_member_is_refused_in_words(
    qtbot, app_context, main_window
) -> None:  # type: ignore[no-untyped-def]
    page, tab = show_grant(qtbot, main_window, "Seed library", "payments", "outgoing")
    tab.payments_table.selectRow(0)
    tab.ask_sure = lambda _parent, _title, _text: True
    tab.delete_payment_button.click()
    settle()
    assert "which makes the micro-grant paid" in tab.result_label.text()
    assert len(payments_of(app_context.workspace.uow(), grant_id=page.chosen_id)) == 1


def test_a_report_and_an_outcome_are_put_right_then_deleted(
    qtbot, app_context, main_window
) -> None:  # type: ignore[no-untyped-def]
    page, tab = show_grant(qtbot, main_window, TREES, "reports")
    uow, grant_id = app_context.workspace.uow, page.chosen_id
    interim = next(r for r in reports_of(uow(), grant_id=grant_id) if r.kind == "interim")
    tab.reports_table.selectRow([r.id for r in tab.reports].index(interim.id))
    qtbot.keyClick(tab.edit_report_button, Qt.Key.Key_Space)
    dialog = tab.active_dialog
    assert mnemonic_clashes(dialog) == {}
    assert dialog.kind_combo.currentData() == "interim"
    later = interim.due_on + timedelta(days=14)
    dialog.due_edit.setText(later.isoformat())
    dialog.note_edit.setPlainText("Zebra: the funder gave two more weeks")
    dialog.save_button.click()
    settle()
    [edited] = [r for r in reports_of(uow(), grant_id=grant_id) if r.id == interim.id]
    assert (edited.due_on, edited.note) == (later, "Zebra: the funder gave two more weeks")

    tab.outcomes_table.selectRow(0)
    tab.edit_outcome_button.click()
    outcome_dialog = tab.active_dialog
    assert mnemonic_clashes(outcome_dialog) == {}
    assert outcome_dialog.name_edit.text() == "Trees planted"
    outcome_dialog.target_edit.setText("-1")
    assert outcome_dialog.errors.message("target") == "it cannot be below zero"
    outcome_dialog.target_edit.setText("250")
    outcome_dialog.save_button.click()
    settle()
    [outcome] = outcomes_of(uow(), grant_id=grant_id)
    assert outcome.target == 250
    assert tab.outcomes_table.item(0, 1).text().startswith("250")

    tab.ask_sure = lambda _parent, _title, _text: True
    tab.delete_outcome_button.click()
    settle()
    assert outcomes_of(uow(), grant_id=grant_id) == []
    tab.reports_table.selectRow([r.id for r in tab.reports].index(interim.id))
    tab.delete_report_button.click()
    settle()
    assert interim.id not in [r.id for r in reports_of(uow(), grant_id=grant_id)]
