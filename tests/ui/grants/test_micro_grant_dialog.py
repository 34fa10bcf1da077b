"""A micro-grant the group gives, applied for from the Grants page as a person would: while the
page shows the grants we give, New… opens the micro-grant dialog (applicant chosen from the
member picker, project, purpose, amount asked); a negative amount is refused beside the field
and nothing saved, and the saved application is shown chosen on the page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support.gui import settle
from support.keyboard import mnemonic_clashes

from groupdesk.services.grants.records import list_grants
from groupdesk.services.members.records import list_members

pytestmark = pytest.mark.gui

PROJECT = "Zebra repair cafe"


def test_a_member_applies_for_a_micro_grant_a_negative_amount_refused_first(
    qtbot, app_context, main_window
) -> None:  # type: ignore[no-untyped-def]
    page = main_window.show_page("grants")
    settle()
    assert page.new_button.text() == "&New grant…"
    page.direction_combo.setCurrentIndex(page.direction_combo.findData("outgoing"))
    settle()
    assert page.new_button.text() == "&New micro-grant…"
    assert mnemonic_clashes(main_window) == {}
    qtbot.keyClick(page.new_button, Qt.Key.Key_Space)
    dialog = page.active_dialog
    settle()  # the members to choose from
    assert mnemonic_clashes(dialog) == {}
    assert dialog.save_button.toolTip() == "Choose the member who applies"
    uow = app_context.workspace.uow
    applicant = list_members(uow(), status="active")[2]
    dialog.applicant_picker.setCurrentText(applicant.display_name)
    qtbot.keyClicks(dialog.title_edit, PROJECT)
    qtbot.keyClicks(dialog.purpose_edit, "Tools and a stall for a monthly repair cafe")
    qtbot.keyClicks(dialog.amount_edit, "-120")
    assert dialog.errors.message("amount") == "an amount cannot be below zero"
    assert not dialog.save_button.isEnabled() and dialog.save() is None
    settle()
    assert PROJECT not in {g.title for g in list_grants(uow())}
    dialog.amount_edit.clear()
    qtbot.keyClicks(dialog.amount_edit, "120")
    assert dialog.save_button.isEnabled()
    dialog.save_button.click()
    settle()
    assert page.active_dialog is None
    [saved] = [g for g in list_grants(uow()) if g.title == PROJECT]
    assert (saved.direction, saved.state) == ("outgoing", "applied")
    assert page.detail.overview.grant is not None
    assert page.detail.overview.grant.id == saved.id
    assert page.detail.overview.grant.applicant_id == applicant.id
    assert page.detail.overview.grant.purpose == "Tools and a stall for a monthly repair cafe"
    assert str(page.detail.overview.grant.requested).startswith("120.00")
    assert not page.detail.overview.funders_button.isVisible()


def test_a_micro_grant_in_another_currency_than_the_groups_is_kept_in_it(
    qtbot, app_context, main_window
) -> None:  # type: ignore[no-untyped-def]
    page = main_window.show_page("grants")
    settle()
    page.direction_combo.setCurrentIndex(page.direction_combo.findData("outgoing"))
    settle()
    qtbot.keyClick(page.new_button, Qt.Key.Key_Space)
    dialog = page.active_dialog
    settle()
    assert dialog.currency_edit.text() == "GBP"  # the group's, unless another is chosen
    uow = app_context.workspace.uow
    dialog.applicant_picker.setCurrentText(list_members(uow(), status="active")[3].display_name)
    qtbot.keyClicks(dialog.title_edit, "Zebra exchange visit")
    qtbot.keyClicks(dialog.purpose_edit, "Train fares to the twin town's repair cafe")
    dialog.currency_edit.clear()
    qtbot.keyClicks(dialog.currency_edit, "XYZ")
    qtbot.keyClicks(dialog.amount_edit, "80")
    assert "is not an ISO 4217 currency code" in dialog.errors.message("currency")
    assert not dialog.save_button.isEnabled()
    dialog.currency_edit.clear()
    qtbot.keyClicks(dialog.currency_edit, "eur")
    assert dialog.errors.message("currency") == ""
    dialog.save_button.click()
    settle()
    [saved] = [g for g in list_grants(uow()) if g.title == "Zebra exchange visit"]
    assert (saved.currency, str(saved.requested)) == ("EUR", "80.00 EUR")
    assert "EUR: 1 grant" in page.totals_label.text()  # never added to the pounds
