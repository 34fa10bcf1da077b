"""The import wizard driven as a person would: say what the columns hold (joining two into the
name), choose the encoding when it was a guess, and decide about the people already here."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from groupdesk.services.members.records import list_members
from groupdesk.ui.members.import_wizard import ImportDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def open_wizard(qtbot, app_context):  # type: ignore[no-untyped-def]
    def open_(path: Path) -> ImportDialog:
        dialog = ImportDialog(app_context, path)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return open_


def choose(qtbot, combo, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick an entry by keyboard, as a person would: focus the box, then arrow to the entry."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    for _ in range(target):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == text


def test_columns_nobody_recognises_are_mapped_and_two_joined_into_the_name(
    qtbot, open_wizard, app_context, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "Mitglieder.csv"
    path.write_text(
        "Vorname,Nachname,Kontakt\nJonas,Weber,jonas@example.org\nLea,Kraus,lea@example.org\n",
        encoding="utf-8",
    )
    dialog = open_wizard(path)
    qtbot.waitUntil(lambda: dialog.columns is not None)
    assert "the file has no column for the member's name" in dialog.summary.text()
    assert not dialog.import_button.isEnabled()
    assert "Columns tab" in dialog.import_button.toolTip()
    choices = dialog.columns_step.choices
    assert list(choices) == ["Vorname", "Nachname", "Kontakt"]
    assert all(combo.currentData() is None for combo in choices.values())

    full_name = "Full name (joined when several columns give it)"
    choose(qtbot, choices["Vorname"], full_name)
    choose(qtbot, choices["Nachname"], full_name)
    choose(qtbot, choices["Kontakt"], "Email")
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.valid_rows == 2)
    assert dialog.mapping == {"Vorname": "full_name", "Nachname": "full_name", "Kontakt": "email"}
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10_000)
    found = {m.full_name: m.email for m in list_members(app_context.uow())}
    assert found["Jonas Weber"] == "jonas@example.org" and found["Lea Kraus"] == "lea@example.org"


def test_the_guesses_are_filled_in_for_a_google_file(qtbot, open_wizard, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "contacts.csv"
    path.write_text(
        "First Name,Middle Name,Last Name,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Value\n"
        "Ana,,Silva,* Home,ana.silva.import@example.org,07700 900777\n",
        encoding="utf-8",
    )
    dialog = open_wizard(path)
    qtbot.waitUntil(lambda: dialog.report is not None)
    shown = {h: c.currentText() for h, c in dialog.columns_step.choices.items()}
    assert shown == {
        "First Name": "First name (joined into the full name)",
        "Middle Name": "Middle name (joined into the full name)",
        "Last Name": "Last name (joined into the full name)",
        "E-mail 1 - Label": "(leave out)",
        "E-mail 1 - Value": "Email",
        "Phone 1 - Value": "Phone",
    }
    assert dialog.report.valid_rows == 1 and dialog.import_button.isEnabled()


def test_people_already_here_wait_for_a_choice_and_can_be_left_out(
    qtbot, open_wizard, app_context, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    members = list_members(app_context.uow())
    known = next(m for m in members if m.email)
    path = tmp_path / "again.csv"
    path.write_text(
        f"Name,Email\n{known.full_name},{known.email}\nNadia Newcomer,nadia.new@example.org\n",
        encoding="utf-8",
    )
    dialog = open_wizard(path)
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.tabs.tabText(2) == "&Already here (1)"
    row = [dialog.already.item(0, c).text() for c in range(4)]
    assert row == ["2", known.full_name, known.full_name, "same email"]
    assert not dialog.import_button.isEnabled()
    assert "already here" in dialog.import_button.toolTip()

    dialog.tabs.setCurrentIndex(2)
    choose(qtbot, dialog.existing_combo, "Leave them out")
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.imported is not None, timeout=10_000)
    assert dialog.imported.imported == 1
    after = list_members(app_context.uow())
    assert len(after) == len(members) + 1
    assert [m.full_name for m in after].count(known.full_name) == 1


def test_a_guessed_encoding_shows_the_names_and_another_can_be_chosen(
    qtbot, open_wizard, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "mac.csv"
    path.write_bytes("Name,Notes\nZoë Ñúñez,Café\nJosé Müller,\n".encode("mac_roman"))
    dialog = open_wizard(path)
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.encoding_combo.currentText() == "Mac Roman"
    assert "names read as \u2068Zoë Ñúñez\u2069; \u2068José Müller\u2069" in dialog.sample.text()
    assert "Windows-1252" in dialog.sample.text()
    choose(qtbot, dialog.encoding_combo, "Windows-1252")
    qtbot.waitUntil(lambda: dialog.report is not None and dialog.report.encoding == "Windows-1252")
    assert dialog.sample.text() == ""
    assert "(Windows-1252)" in dialog.summary.text()


def test_a_row_s_problem_is_listed_in_spanish_with_the_group_s_date(
    qtbot, spanish, open_wizard, app_context, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    import dataclasses

    app_context.group = dataclasses.replace(app_context.group, locale="es_ES")
    path = tmp_path / "socios.csv"
    path.write_text("Full name,Joined\nLea Kraus,2999-03-01\n", encoding="utf-8")
    dialog = open_wizard(path)
    qtbot.waitUntil(lambda: dialog.report is not None)
    problem = dialog.problems.item(0, 3).text()
    assert problem == "1 mar 2999 es una fecha futura"
