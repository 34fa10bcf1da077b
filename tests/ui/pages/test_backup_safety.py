"""Settings › Keeping backups safe: a second place, encryption, and where the latest backup is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from support.gui import settle

from groupdesk.services.backup_whereabouts import list_backups, second_place
from groupdesk.services.demo import DEMO_GROUP_NAME
from groupdesk.services.settings import get_settings
from groupdesk.services.wording import moment_text

pytestmark = pytest.mark.gui
PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def page(main_window):  # type: ignore[no-untyped-def]
    page = main_window.show_page("settings")
    settle()
    return page


@pytest.fixture
def stick(tmp_path: Path) -> Path:
    folder = tmp_path / "stick"
    folder.mkdir()
    return folder


def test_the_box_says_plainly_that_backups_are_only_here_and_not_encrypted(page) -> None:  # type: ignore[no-untyped-def]
    box = page.safety_box
    assert box.where_label.text() == "No backup yet."
    assert box.sealed_label.text().startswith("Backups are not encrypted: anyone who gets a backup")
    assert box.place_edit.text() == "" and not box.clear_place_button.isEnabled()
    for field in (box.place_edit, box.passphrase_edit, box.repeat_edit):
        assert field.accessibleName()


def test_a_chosen_second_place_gets_a_copy_and_the_dashboard_says_so(
    qtbot, main_window, page, app_context, stick: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *_args, **_kw: str(stick))
    )
    qtbot.mouseClick(page.safety_box.choose_place_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.safety_box.place_edit.text() == str(stick), timeout=20_000)
    assert second_place(app_context.workspace.paths) == stick

    page.backup_now()
    settle()

    (made,) = list_backups(app_context.workspace.paths)
    assert (stick / made.path.name).is_file()
    assert page.backup_status.text() == (
        f"Backed up to {made.path} (not encrypted). A copy is in {stick}."
    )
    qtbot.waitUntil(lambda: "and in" in page.safety_box.where_label.text(), timeout=20_000)
    assert page.safety_box.where_label.text() == (
        f"The latest backup ({moment_text(made.when, 'en_GB')}) is on this laptop and in {stick}."
    )
    dashboard = main_window.show_page("dashboard")
    settle()
    assert dashboard.backup_card.figure.text() == "Backed up"
    assert (
        dashboard.backup_card.detail.text()
        == f"Last backup: \u2068{moment_text(made.when, 'en_GB')}\u2069"
    )
    assert dashboard.backup_card.detail.toolTip() == (
        f"The latest backup is on this laptop and in \u2068{stick}\u2069."
    )


def test_an_unplugged_second_place_is_said_and_the_backup_still_made(
    qtbot, main_window, page, app_context, stick: Path
) -> None:  # type: ignore[no-untyped-def]
    page.safety_box.set_second_place(stick)
    settle()
    stick.rmdir()

    page.backup_now()
    settle()

    assert len(list_backups(app_context.workspace.paths)) == 1
    assert page.backup_status.text().endswith(
        f"The second place, {stick}, is not there (a USB stick unplugged?): this backup is only "
        "on this laptop."
    )
    dashboard = main_window.show_page("dashboard")
    settle()
    assert dashboard.backup_card.figure.text() == "Only on this laptop"
    assert dashboard.backup_card.detail.toolTip() == (
        f"\u2068{stick}\u2069 has no copy of the latest backup (is the stick plugged in?)."
    )


def test_a_second_place_that_is_not_there_is_refused_beside_the_field(
    qtbot, page, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    page.safety_box.set_second_place(tmp_path / "gone")
    settle()
    assert page.safety_box.errors.message("second_place").startswith(
        f"{tmp_path / 'gone'} is not there: plug in the stick"
    )


def test_passphrases_that_differ_or_are_short_are_said_beside_the_field(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    box = page.safety_box
    box.passphrase_edit.setText(PASSPHRASE)
    box.repeat_edit.setText(PASSPHRASE + "!")
    qtbot.mouseClick(box.encrypt_button, Qt.MouseButton.LeftButton)
    assert box.errors.message("repeat") == "the two passphrases are not the same"

    box.set_passphrase("short")
    settle()
    assert box.errors.message("passphrase").startswith("use at least 10 characters")
    assert box.sealed_label.text().startswith("Backups are not encrypted")


def test_encrypted_backups_are_listed_as_such_and_restore_asks_for_the_passphrase(
    qtbot, page, app_context, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    box = page.safety_box
    box.passphrase_edit.setText(PASSPHRASE)
    box.repeat_edit.setText(PASSPHRASE)
    qtbot.mouseClick(box.encrypt_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: box.sealed_label.text().startswith("Backups are encrypted"), timeout=20_000
    )
    assert box.passphrase_edit.text() == ""  # not left lying in the field
    assert box.encrypt_button.text() == "&Encrypt with a new passphrase"

    page.backup_now()
    settle()
    (made,) = list_backups(app_context.workspace.paths)
    assert made.path.suffix == ".sealed"
    assert page.backup_status.text() == f"Backed up to {made.path} (encrypted)."
    qtbot.waitUntil(lambda: page.backup_list.count() == 1, timeout=20_000)
    assert " — encrypted — " in page.backup_list.item(0).text()

    typed = iter([("not the passphrase", True), (PASSPHRASE, True)])
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *_a, **_k: next(typed)))
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        staticmethod(lambda _p, _t, text, *_: asked.append(text) or QMessageBox.StandardButton.No),
    )
    page.restore_from(made.path)
    settle()
    assert page.backup_status.text() == (
        f"this is not the passphrase \u2068{made.path.name}\u2069 was encrypted with"
    )
    assert asked == []

    page.restore_from(made.path)
    settle()
    (question,) = asked
    assert f"In the backup: \u2068{DEMO_GROUP_NAME}\u2069, 60 members, made " in question
    assert "another group" not in question
    assert page.backup_status.text() == "Nothing was restored."
    assert get_settings(app_context.uow()).name == DEMO_GROUP_NAME
