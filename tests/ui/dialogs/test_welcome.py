"""First start: try the demo, or create our group with messages beside the fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from support.gui import settle

from groupdesk.services.settings import get_settings, has_group
from groupdesk.services.workspace import Workspace
from groupdesk.ui.dialogs import welcome as welcome_module
from groupdesk.ui.dialogs.welcome import WelcomeDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, workspace: Workspace, monkeypatch) -> WelcomeDialog:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(welcome_module, "computer_locale", lambda: "C")  # says nothing usable
    welcome = WelcomeDialog(workspace)
    qtbot.addWidget(welcome)
    welcome.show()  # not exec(): the test drives it
    qtbot.waitExposed(welcome)
    return welcome


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_try_the_demo_returns_the_choice_demo(qtbot, dialog, workspace) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.demo_button)
    assert dialog.choice == "demo"
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert not has_group(workspace.uow())  # the demo goes in a folder of its own


def test_create_our_group_asks_the_questions(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, dialog.create_button)
    assert dialog.stack.currentIndex() == 1
    assert dialog.name_edit.isVisible()
    assert dialog.locale_edit.text() == "en_GB"


def test_the_questions_start_from_the_computers_language_and_region(
    qtbot, workspace, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(welcome_module, "computer_locale", lambda: "fr_CA")
    dialog = WelcomeDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    click(qtbot, dialog.create_button)
    assert dialog.locale_edit.text() == "fr_CA"
    assert "French (Canada)" in dialog.locale_edit.currentText()
    assert dialog.currency_combo.currentText() == "CAD"
    assert dialog.paper_combo.currentText() == "Letter"
    qtbot.keyClicks(dialog.name_edit, "Voisins du Plateau")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.create_group_button)
    group = get_settings(workspace.uow())
    assert (group.locale, group.currency, group.paper_size) == ("fr_CA", "CAD", "Letter")


def test_a_blank_name_is_shown_beside_the_field_and_the_dialog_stays(
    qtbot, dialog, workspace
) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, dialog.create_button)
    qtbot.keyClicks(dialog.name_edit, "   ")
    with qtbot.assertNotEmitted(dialog.accepted):
        click(qtbot, dialog.create_group_button)
        settle()
    assert dialog.errors.message("name") == "the group needs a name"
    assert dialog.isVisible() and dialog.choice == ""
    assert not has_group(workspace.uow())


def test_a_bad_currency_is_shown_beside_its_field(qtbot, dialog, workspace) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, dialog.create_button)
    qtbot.keyClicks(dialog.name_edit, "Riverside")
    dialog.currency_combo.setCurrentText("XYZ")
    click(qtbot, dialog.create_group_button)
    settle()
    assert "“\u2068XYZ\u2069”" in dialog.errors.message("currency")
    assert dialog.errors.message("name") == ""
    assert not has_group(workspace.uow())


def test_a_good_answer_creates_the_group(qtbot, dialog, workspace) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, dialog.create_button)
    dialog.name_edit.setText("Zoë's Garden Club")  # QTest types ASCII only; "ë" would abort
    dialog.currency_combo.setCurrentText("PLN")
    dialog.paper_combo.setCurrentText("Letter")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.create_group_button)
    assert dialog.choice == "created"
    group = get_settings(workspace.uow())
    assert (group.name, group.currency, group.paper_size) == ("Zoë's Garden Club", "PLN", "Letter")


def test_back_returns_to_the_first_question(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, dialog.create_button)
    back = next(b for b in dialog.findChildren(type(dialog.create_button)) if b.text() == "&Back")
    click(qtbot, back)
    assert dialog.stack.currentIndex() == 0


def test_a_new_laptop_joins_the_groups_sync_folder_and_gets_everything(
    qtbot, dialog, workspace, make_workspace, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.demo import make_demo
    from groupdesk.services.members.records import list_members
    from groupdesk.services.sync.setup import init_folder

    first_laptop = make_workspace("first-laptop")
    make_demo(first_laptop.uow(), members=12, seed=5)
    made = init_folder(first_laptop, folder=tmp_path / "Dropbox" / "group", name="Ana's laptop")

    with qtbot.waitSignal(dialog.accepted, timeout=30_000):
        dialog.join(folder=made.folder, code=made.join_code, name="New laptop")

    assert dialog.choice == "joined"
    assert get_settings(workspace.uow()).name == get_settings(first_laptop.uow()).name
    names = sorted(m.full_name for m in list_members(workspace.uow()))
    assert names == sorted(m.full_name for m in list_members(first_laptop.uow()))
    assert len(names) == 12


def test_a_mistyped_join_code_is_said_plainly_and_nothing_joins(
    qtbot, dialog, workspace, make_workspace, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.demo import make_demo
    from groupdesk.services.sync.setup import init_folder

    first_laptop = make_workspace("first-laptop")
    make_demo(first_laptop.uow(), members=3, seed=5)
    made = init_folder(first_laptop, folder=tmp_path / "usb" / "group")
    wrong = made.join_code[:-1] + ("A" if made.join_code[-1] != "A" else "B")

    op = dialog.join(folder=made.folder, code=wrong)
    qtbot.waitUntil(lambda: dialog.join_status.text().startswith("Could not join"), timeout=30_000)

    assert op is not None and dialog.choice == ""
    assert not has_group(workspace.uow())


def test_the_language_is_asked_by_name_and_enter_creates_the_group(
    qtbot, dialog, workspace
) -> None:  # type: ignore[no-untyped-def]
    click(qtbot, dialog.create_button)
    assert dialog.locale_edit.currentText() == "English (United Kingdom)"
    dialog.name_edit.setFocus()
    qtbot.keyClicks(dialog.name_edit, "Riverside Neighbours")
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.choice == "created"
    assert get_settings(workspace.uow()).locale == "en_GB"


def test_the_group_is_created_off_the_gui_thread(qtbot, dialog, workspace, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    from groupdesk.services import settings

    threads: list[threading.Thread] = []
    create = settings.create_group

    def recording(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return create(*args, **kwargs)

    monkeypatch.setattr(settings, "create_group", recording)
    click(qtbot, dialog.create_button)
    dialog.name_edit.setText("Riverside")
    with qtbot.waitSignal(dialog.accepted):
        click(qtbot, dialog.create_group_button)
    assert threads and threads[0] is not threading.main_thread()
    assert has_group(workspace.uow())
