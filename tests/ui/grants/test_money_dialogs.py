"""A grant's Payments tab, driven as a person would: a payment recorded through the real dialog
(a negative amount refused beside the field as it is typed, a day in the future refused by the
service beside the day — nothing saved either time), and a tranche added that waits on the
interim report. Every Alt+letter on the tab and in its dialogs leads to one place."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from support.gui import settle
from support.keyboard import mnemonic_clashes

from groupdesk.services.grants.payments import payments_of, tranches_of
from groupdesk.ui.meetings.tab import day_field_text

pytestmark = pytest.mark.gui

FRIDGE = "Food share fridge and freezer"
TREES = "Riverside tree planting"


@pytest.fixture
def page(qtbot, main_window):  # type: ignore[no-untyped-def]
    grants_page = main_window.show_page("grants")
    settle()
    return grants_page


def open_tab(qtbot, page, title: str):  # type: ignore[no-untyped-def]
    """Choose the grant by searching for it, and bring its Payments tab to the front."""
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, title)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    settle()
    tab = page.detail.payments
    page.detail.show_tab(tab)
    settle()
    return tab


def test_a_payment_is_recorded_and_a_negative_or_future_one_refused_beside_its_field(
    qtbot, app_context, main_window, page
) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, page, FRIDGE)
    grant_id = page.chosen_id
    before = payments_of(app_context.workspace.uow(), grant_id=grant_id)
    assert mnemonic_clashes(main_window) == {}
    qtbot.keyClick(tab.payment_button, Qt.Key.Key_Space)
    dialog = page.active_dialog
    assert mnemonic_clashes(dialog) == {}
    today = app_context.workspace.uow().today()
    locale = app_context.locale
    qtbot.keyClicks(dialog.paid_on_edit, day_field_text(today + timedelta(days=3), locale))
    qtbot.keyClicks(dialog.amount_edit, "-250")
    assert dialog.errors.message("amount") == "an amount cannot be below zero"
    assert not dialog.save_button.isEnabled()
    assert dialog.save_button.toolTip() == "an amount cannot be below zero"
    assert dialog.save() is None
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, "1,250.50")
    qtbot.keyClicks(dialog.method_edit, "Bank transfer")
    qtbot.keyClicks(dialog.reference_edit, "ZEBRA-42")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()  # dated in three days: the service refuses it
    settle()
    assert dialog.errors.message("paid_on") == "a payment cannot be dated in the future"
    assert page.active_dialog is dialog
    assert payments_of(app_context.workspace.uow(), grant_id=grant_id) == before
    dialog.paid_on_edit.setText(day_field_text(today, locale))
    dialog.save_button.click()
    settle()
    assert page.active_dialog is None  # saved and closed
    [saved] = [
        p for p in payments_of(app_context.workspace.uow(), grant_id=grant_id) if p not in before
    ]
    assert (str(saved.amount), saved.direction, saved.method, saved.reference) == (
        "1250.50 GBP",
        "in",
        "Bank transfer",
        "ZEBRA-42",
    )
    shown = [tab.payments_table.item(r, 4).text() for r in range(tab.payments_table.rowCount())]
    assert "ZEBRA-42" in shown


def test_a_tranche_released_after_the_interim_report_says_it_waits_on_it(
    qtbot, app_context, main_window, page
) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, page, TREES)
    grant_id = page.chosen_id
    count = len(tranches_of(app_context.workspace.uow(), grant_id=grant_id))
    qtbot.keyClick(tab.tranche_button, Qt.Key.Key_Space)
    dialog = page.active_dialog
    settle()  # the reports to choose from
    assert mnemonic_clashes(dialog) == {}
    qtbot.keyClicks(dialog.amount_edit, "seven")
    assert dialog.errors.message("amount")  # not an amount
    assert not dialog.save_button.isEnabled() and dialog.save() is None
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, "750")
    qtbot.keyClicks(dialog.expected_edit, "not a day")
    assert dialog.errors.message("expected_on")
    assert not dialog.save_button.isEnabled()
    dialog.expected_edit.clear()
    interim = next(
        i
        for i in range(dialog.report_combo.count())
        if "interim" in dialog.report_combo.itemText(i)
    )
    dialog.report_combo.setCurrentIndex(interim)
    assert len(tranches_of(app_context.workspace.uow(), grant_id=grant_id)) == count
    dialog.save_button.click()
    settle()
    assert page.active_dialog is None
    tranches = tranches_of(app_context.workspace.uow(), grant_id=grant_id)
    assert len(tranches) == count + 1
    [added] = [t for t in tranches if str(t.amount) == "750.00 GBP"]
    assert added.status == "waiting on the interim report"
    table = tab.tranches_table
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert ["—", "£750.00", "waiting on the interim report"] in rows


def test_a_payment_brings_in_a_tranche_money_paid_out_refused_beside_the_tranche(
    qtbot, app_context, main_window, page
) -> None:  # type: ignore[no-untyped-def]
    tab = open_tab(qtbot, page, TREES)
    grant_id = page.chosen_id
    uow = app_context.workspace.uow
    [waiting] = [t for t in tranches_of(uow(), grant_id=grant_id) if t.status != "received"]
    before = payments_of(uow(), grant_id=grant_id)
    qtbot.keyClick(tab.payment_button, Qt.Key.Key_Space)
    dialog = page.active_dialog
    settle()  # the tranches still to come
    assert mnemonic_clashes(dialog) == {}
    dialog.paid_on_edit.setText(uow().today().isoformat())
    dialog.tranche_combo.setCurrentIndex(dialog.tranche_combo.findData(waiting.id))
    assert dialog.amount_edit.text() == "1,500.00"  # the tranche's amount
    dialog.direction_combo.setCurrentIndex(dialog.direction_combo.findData("out"))
    dialog.save_button.click()
    settle()
    assert dialog.errors.message("tranche_id") == "a tranche is money received"
    assert payments_of(uow(), grant_id=grant_id) == before
    dialog.direction_combo.setCurrentIndex(dialog.direction_combo.findData("in"))
    dialog.save_button.click()
    settle()
    assert page.active_dialog is None
    [received] = [t for t in tranches_of(uow(), grant_id=grant_id) if t.id == waiting.id]
    assert received.status == "received"
    statuses = [tab.tranches_table.item(r, 2).text() for r in range(tab.tranches_table.rowCount())]
    assert statuses == ["received"]
