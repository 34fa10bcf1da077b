"""A grant's Reports tab, driven as a person would: a report due added through the real dialog
(a day that is not one refused beside it, nothing saved) then marked sent and accepted on the
days chosen (a day in the future refused beside it); an
outcome indicator added (a negative target refused beside it) and a dated entry of progress
(nothing achieved refused by the service beside the field, nothing saved). Every Alt+letter on
the tab and in its dialogs leads to one place."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from support.gui import settle
from support.keyboard import mnemonic_clashes

from groupdesk.services.grants.reporting import outcomes_of, reports_of
from groupdesk.ui.formats import Formats
from groupdesk.ui.meetings.tab import day_field_text

pytestmark = pytest.mark.gui

TREES = "Riverside tree planting"


@pytest.fixture
def tab(qtbot, main_window):  # type: ignore[no-untyped-def]
    """The Reports tab of the tree planting grant, in front."""
    page = main_window.show_page("grants")
    settle()
    qtbot.keyClicks(page.search_edit, TREES)
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)
    settle()
    reports = page.detail.reports
    page.detail.show_tab(reports)
    settle()
    assert mnemonic_clashes(main_window) == {}
    return reports


def test_a_report_due_is_added_then_sent_then_accepted(
    qtbot, app_context, main_window, tab
) -> None:  # type: ignore[no-untyped-def]
    page = main_window.show_page("grants")
    grant_id = page.chosen_id
    count = len(reports_of(app_context.workspace.uow(), grant_id=grant_id))
    qtbot.keyClick(tab.report_button, Qt.Key.Key_Space)
    dialog = page.active_dialog
    assert mnemonic_clashes(dialog) == {}
    assert not dialog.save_button.isEnabled()
    assert dialog.save_button.toolTip() == "Give the day it is due"
    qtbot.keyClicks(dialog.due_edit, "the thirty-second")
    assert "write the day as" in dialog.errors.message("due_on")
    assert dialog.save() is None
    settle()
    assert len(reports_of(app_context.workspace.uow(), grant_id=grant_id)) == count
    dialog.due_edit.setText("2027-03-31")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("final"))
    qtbot.keyClicks(dialog.note_edit, "Zebra photos of every site")
    dialog.save_button.click()
    settle()
    assert page.active_dialog is None
    reports = reports_of(app_context.workspace.uow(), grant_id=grant_id)
    [added] = [r for r in reports if r.note == "Zebra photos of every site"]
    assert (added.kind, added.due_on.isoformat(), added.state) == ("final", "2027-03-31", "due")
    row = [r.id for r in tab.reports].index(added.id)
    tab.reports_table.selectRow(row)
    assert not tab.accepted_button.isEnabled()
    assert tab.accepted_button.toolTip() == "Only a report sent is accepted"
    today = app_context.workspace.uow().today()
    qtbot.keyClick(tab.sent_button, Qt.Key.Key_Space)
    step = tab.active_dialog
    assert mnemonic_clashes(step) == {}
    assert step.on_edit.text() == day_field_text(today, app_context.locale)  # unless changed
    step.on_edit.setText((today + timedelta(days=1)).isoformat())
    step.save_button.click()
    settle()
    assert step.errors.message("sent_on") == "it cannot be dated in the future"
    assert tab.chosen_report().state == "due"  # nothing saved
    sent_on = today - timedelta(days=3)
    step.on_edit.setText(sent_on.isoformat())
    step.save_button.click()
    settle()
    assert tab.active_dialog is None
    sent_text = Formats(app_context.locale).day(sent_on)
    assert tab.result_label.text() == f"The final report is now sent on {sent_text}."
    assert tab.chosen_report() is not None and tab.chosen_report().state == "sent"
    assert tab.reports_table.item(row, 2).text().startswith("sent on ")
    assert not tab.sent_button.isEnabled()
    tab.accepted_button.click()
    tab.active_dialog.save_button.click()
    settle()
    [done] = [
        r for r in reports_of(app_context.workspace.uow(), grant_id=grant_id) if r.id == added.id
    ]
    assert (done.state, done.sent_on, done.accepted_on) == ("accepted", sent_on, today)


def test_an_outcome_is_added_and_progress_recorded_nothing_saved_for_a_bad_value(
    qtbot, app_context, main_window, tab
) -> None:  # type: ignore[no-untyped-def]
    page = main_window.show_page("grants")
    grant_id = page.chosen_id
    uow = app_context.workspace.uow
    qtbot.keyClick(tab.outcome_button, Qt.Key.Key_Space)
    dialog = page.active_dialog
    assert mnemonic_clashes(dialog) == {}
    qtbot.keyClicks(dialog.name_edit, "Zebra hedgerow metres")
    qtbot.keyClicks(dialog.target_edit, "-40")
    assert dialog.errors.message("target") == "it cannot be below zero"
    assert not dialog.save_button.isEnabled() and dialog.save() is None
    settle()
    assert "Zebra hedgerow metres" not in [o.name for o in outcomes_of(uow(), grant_id=grant_id)]
    dialog.target_edit.setText("1,500")
    qtbot.keyClicks(dialog.unit_edit, "metres")
    dialog.save_button.click()
    settle()
    assert page.active_dialog is None
    [outcome] = [o for o in outcomes_of(uow(), grant_id=grant_id) if o.name.startswith("Zebra")]
    assert (outcome.target, outcome.unit, outcome.achieved) == (1500, "metres", 0)

    assert not tab.progress_button.isEnabled()
    tab.outcomes_table.selectRow([o.id for o in tab.outcomes].index(outcome.id))
    qtbot.keyClick(tab.progress_button, Qt.Key.Key_Space)
    entry = page.active_dialog
    assert mnemonic_clashes(entry) == {}
    assert entry.windowTitle() == "Progress on \u2068Zebra hedgerow metres\u2069"
    qtbot.keyClicks(entry.achieved_edit, "0")
    entry.save_button.click()  # nothing achieved: the service refuses it beside the field
    settle()
    assert entry.errors.message("achieved") == "enter how many, above zero"
    assert page.active_dialog is entry
    [still] = [o for o in outcomes_of(uow(), grant_id=grant_id) if o.id == outcome.id]
    assert still.entries == ()
    entry.achieved_edit.setText("120")
    entry.on_edit.setText(app_context.workspace.uow().today().isoformat())
    entry.save_button.click()
    settle()
    assert page.active_dialog is None
    [done] = [o for o in outcomes_of(uow(), grant_id=grant_id) if o.id == outcome.id]
    assert done.achieved == 120 and len(done.entries) == 1
    row = [o.id for o in tab.outcomes].index(outcome.id)
    assert tab.outcomes_table.item(row, 1).text() == "1,500 metres"
    assert tab.outcomes_table.item(row, 2).text() == "120"
