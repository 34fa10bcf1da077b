"""Funders from the Grants page, driven as a person would: Funders… on a grant's overview opens
the list; a new funder with an email that is not one is refused by the service beside the
email and nothing saved, then saved once corrected; a funder is edited from the list. Every
Alt+letter in these dialogs leads to one place."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from support.gui import settle
from support.keyboard import mnemonic_clashes

from groupdesk.services.grants.funders import get_funder, list_funders

pytestmark = pytest.mark.gui


def test_a_funder_is_added_refused_first_for_a_bad_email_then_edited(
    qtbot, app_context, main_window
) -> None:  # type: ignore[no-untyped-def]
    page = main_window.show_page("grants")
    settle()
    overview = page.detail.overview
    assert overview.funders_button.isVisible() and mnemonic_clashes(main_window) == {}
    qtbot.keyClick(overview.funders_button, Qt.Key.Key_Space)
    funders = page.active_dialog
    settle()
    assert mnemonic_clashes(funders) == {}
    uow = app_context.workspace.uow
    assert funders.table.rowCount() == len(list_funders(uow()))
    assert not funders.edit_button.isEnabled()

    qtbot.keyClick(funders.new_button, Qt.Key.Key_Space)
    dialog = funders.active_dialog
    assert mnemonic_clashes(dialog) == {}
    assert dialog.save_button.toolTip() == "Name the funder"
    qtbot.keyClicks(dialog.name_edit, "Zebra Community Trust")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("council"))
    qtbot.keyClicks(dialog.contact_edit, "Ana Ortiz")
    qtbot.keyClicks(dialog.email_edit, "ana at zebra.org")
    dialog.save_button.click()
    settle()
    assert dialog.errors.message("email") == "'ana at zebra.org' is not an email address"
    assert funders.active_dialog is dialog
    assert "Zebra Community Trust" not in [f.name for f in list_funders(uow())]
    dialog.email_edit.setText("ana@zebra.org")
    dialog.save_button.click()
    settle()
    assert funders.active_dialog is None
    [added] = [f for f in list_funders(uow()) if f.name == "Zebra Community Trust"]
    assert (added.kind, added.contact_person, added.email) == (
        "council",
        "Ana Ortiz",
        "ana@zebra.org",
    )
    names = [funders.table.item(r, 0).text() for r in range(funders.table.rowCount())]
    assert "Zebra Community Trust" in names

    funders.table.selectRow(names.index("Zebra Community Trust"))
    qtbot.keyClick(funders.edit_button, Qt.Key.Key_Space)
    editing = funders.active_dialog
    settle()
    assert editing.name_edit.text() == "Zebra Community Trust"
    assert editing.kind_combo.currentData() == "council"
    editing.website_edit.setText("https://zebra.org")
    editing.contact_edit.setText("Bo Lind")
    editing.save_button.click()
    settle()
    edited = get_funder(uow(), added.id)
    assert (edited.contact_person, edited.website, edited.email) == (
        "Bo Lind",
        "https://zebra.org",
        "ana@zebra.org",
    )
    row = [f.id for f in funders.funders].index(added.id)
    assert funders.table.item(row, 4).text() == "Bo Lind"


def test_a_funder_shows_its_history_of_grants_with_the_group(qtbot, app_context) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.grants.funders import funder_history
    from groupdesk.ui.formats import Formats
    from groupdesk.ui.grants.funders_dialog import FunderDialog

    uow = app_context.workspace.uow
    funder = max(list_funders(uow()), key=lambda f: f.grants)
    history = funder_history(uow(), funder.id)
    assert len(history) >= 2 and any(g.awarded is not None for g in history)
    dialog = FunderDialog(app_context, funder_id=funder.id)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    assert mnemonic_clashes(dialog) == {}
    table = dialog.history_table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert [row[0] for row in rows] == [g.title for g in history]
    formats = Formats(app_context.locale)
    for row, grant in zip(rows, history, strict=True):
        assert row[1] == grant.state.capitalize()
        assert row[2] == (formats.money(grant.awarded) if grant.awarded is not None else "—")
        if grant.period_start is not None:
            assert row[3].startswith(formats.day(grant.period_start) + " to ")


def test_a_new_funder_added_from_the_grant_dialog_is_chosen_for_the_grant(
    qtbot, app_context
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.grants.records import list_grants
    from groupdesk.ui.grants.grant_dialog import GrantDialog

    dialog = GrantDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    settle()
    qtbot.keyClicks(dialog.title_edit, "Zebra lighting")
    qtbot.keyClick(dialog.new_funder_button, Qt.Key.Key_Space)
    funder_dialog = dialog.funder_dialog
    assert funder_dialog is not None and mnemonic_clashes(funder_dialog) == {}
    qtbot.keyClicks(funder_dialog.name_edit, "Zebra Lighting Fund")
    funder_dialog.kind_combo.setCurrentIndex(funder_dialog.kind_combo.findData("company"))
    qtbot.keyClick(funder_dialog.save_button, Qt.Key.Key_Space)
    settle()
    assert dialog.funder_dialog is None
    uow = app_context.workspace.uow
    [added] = [f for f in list_funders(uow()) if f.name == "Zebra Lighting Fund"]
    assert (dialog.funder_combo.currentText(), dialog.funder_combo.currentData()) == (
        "Zebra Lighting Fund",
        added.id,
    )
    assert dialog.focusWidget() is dialog.funder_combo
    dialog.save_button.click()
    settle()
    [grant] = [g for g in list_grants(uow()) if g.title == "Zebra lighting"]
    assert grant.funder_id == added.id
