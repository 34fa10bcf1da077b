"""The Settings page: edit the group inline, back up off the GUI thread, restore with a check."""

from __future__ import annotations

import hashlib
import json
import threading
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from hostile import backups as hostile
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from support.gui import settle

from groupdesk.services import backup, backup_format
from groupdesk.services.backup_whereabouts import list_backups
from groupdesk.services.demo import DEMO_GROUP_NAME
from groupdesk.services.settings import create_group, get_settings
from groupdesk.services.wording import moment_text
from groupdesk.services.workspace import Workspace

pytestmark = pytest.mark.gui
MakeWorkspace = Callable[..., Workspace]


@pytest.fixture
def page(main_window):  # type: ignore[no-untyped-def]
    settings_page = main_window.show_page("settings")
    settle()
    return settings_page


@pytest.fixture
def other_backup(make_workspace: MakeWorkspace, tmp_path: Path) -> Path:
    """A backup of another group ("Tenants Together"), to restore over the demo."""
    other = make_workspace("other")
    create_group(other.uow(), name="Tenants Together", currency="EUR")
    made = backup.write_backup(other.paths, tmp_path / "tenants.zip").path
    other.close()
    return made


def answer_restore_question(monkeypatch: pytest.MonkeyPatch, answer: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
    """Answer the "Restore this backup?" question (a blocking dialog) as a user would."""
    asked: list[str] = []

    def question(_parent: object, title: str, text: str, *_: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def choose_file(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """The file a user picks in the (blocking) file dialog."""
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *_args, **_kw: (str(path), ""))
    )


def test_the_form_shows_the_groups_settings(page) -> None:  # type: ignore[no-untyped-def]
    assert page.name_edit.text() == DEMO_GROUP_NAME
    assert page.currency_combo.currentText() == "GBP"
    assert page.locale_edit.text() == "en_GB"
    assert page.paper_combo.currentText() == "A4"
    assert page.year_start_edit.text() == "04-06"


def test_every_field_has_a_label_with_a_buddy_and_an_accessible_name(page) -> None:  # type: ignore[no-untyped-def]
    for widget in (page.name_edit, page.currency_combo, page.locale_edit, page.year_start_edit):
        assert widget.accessibleName()


def test_saving_an_edit_stores_it_and_updates_the_title(
    qtbot, page, main_window, app_context
) -> None:  # type: ignore[no-untyped-def]
    page.name_edit.clear()
    qtbot.keyClicks(page.name_edit, "Riverside Tenants")
    page.year_start_edit.setText("01-01")
    with qtbot.waitSignal(app_context.data_changed) as announced:
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert announced.args[0] == frozenset({"settings"})
    settle()
    assert page.saved_label.text() == "Saved."
    assert main_window.windowTitle() == "\u2068Riverside Tenants\u2069 — GroupDesk"
    stored = get_settings(app_context.uow())
    assert (stored.name, stored.financial_year_start) == ("Riverside Tenants", "01-01")


def test_a_bad_currency_is_shown_beside_the_field_and_nothing_is_saved(
    qtbot, page, app_context
) -> None:  # type: ignore[no-untyped-def]
    before = get_settings(app_context.uow())
    page.name_edit.setText("A new name")
    page.currency_combo.setCurrentText("XYZ")
    with qtbot.assertNotEmitted(app_context.data_changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
        settle()
    # On screen what was typed is quoted and isolated (“XYZ”); the CLI says 'XYZ'.
    assert "“\u2068XYZ\u2069” is not an ISO 4217 currency code" in page.errors.message("currency")
    assert page.findChild(type(page.saved_label), "error-currency").isVisible()
    assert page.errors.message("name") == ""
    assert page.saved_label.text() == ""
    assert get_settings(app_context.uow()) == before


def test_a_day_that_does_not_exist_is_shown_beside_the_year_start(qtbot, page, app_context) -> None:  # type: ignore[no-untyped-def]
    before = get_settings(app_context.uow())
    page.year_start_edit.setText("02-30")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.errors.message("financial_year_start") == (
        "\u206802-30\u2069 is not a day of the year"  # as the screen writes a value
    )
    assert get_settings(app_context.uow()) == before


def test_a_year_start_refused_on_the_gui_thread_is_said_in_spanish(qtbot, spanish, page) -> None:  # type: ignore[no-untyped-def]
    page.year_start_edit.setText("02-30")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.errors.message("financial_year_start") == "\u206802-30\u2069 no es un día del año"


def test_every_bad_field_is_shown_at_once(qtbot, page, app_context) -> None:  # type: ignore[no-untyped-def]
    page.currency_combo.setCurrentText("XYZ")
    page.year_start_edit.setText("April")
    page.name_edit.clear()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert "“\u2068XYZ\u2069”" in page.errors.message("currency")
    assert "“\u2068April\u2069”" in page.errors.message("financial_year_start")
    assert page.errors.message("name") == "the group needs a name"
    assert get_settings(app_context.uow()).name == DEMO_GROUP_NAME


def test_fixing_the_field_clears_its_message(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.currency_combo.setCurrentText("XYZ")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle()
    page.currency_combo.setCurrentText("EUR")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert page.errors.message("currency") == ""
    assert page.saved_label.text() == "Saved."


def test_a_logo_is_shown_once_chosen(page, app_context, logo_png: Path) -> None:  # type: ignore[no-untyped-def]
    page.set_logo(logo_png)
    settle()
    assert page.logo_preview.pixmap() is not None and not page.logo_preview.pixmap().isNull()
    assert get_settings(app_context.uow()).logo_attachment_id is not None


def test_the_logo_row_lines_up_with_the_fields_above_it(page) -> None:  # type: ignore[no-untyped-def]
    """'No logo' and its button sat a few pixels right of every field above them: the row kept
    a layout's own margins inside the form's field column."""
    form_side = page.name_edit.parentWidget()
    field_left = page.name_edit.mapTo(form_side, page.name_edit.rect().topLeft()).x()
    logo_left = page.logo_preview.mapTo(form_side, page.logo_preview.rect().topLeft()).x()
    assert logo_left == field_left


def test_the_fields_of_every_box_start_in_one_column(page) -> None:  # type: ignore[no-untyped-def]
    """Each box sized its captions on its own, so the group's fields, the meetings box's and
    this laptop's started at three different places down the page."""
    body = page.name_edit.window()
    starts = {
        field.mapTo(body, field.rect().topLeft()).x()
        for field in (page.name_edit, page.area_boxes[0].zone_combo, page.text_size_combo)
    }
    assert len(starts) == 1, starts


def test_a_logo_that_is_not_an_image_is_refused_beside_the_field(page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    page.set_logo(fake)
    settle()
    assert page.errors.message("logo").startswith(
        "“\u2068logo.png\u2069” could not be read as a picture"  # the name isolated on screen
    )


def test_back_up_now_runs_off_the_gui_thread_and_lists_the_new_file(
    qtbot, page, app_context, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    threads: list[threading.Thread] = []
    write_backup = backup.write_backup

    def observed(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread())
        return write_backup(*args, **kwargs)

    monkeypatch.setattr(backup, "write_backup", observed)
    assert page.backup_list.count() == 0

    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    assert page.backup_status.text() == "Backing up…"  # the click returned before the work ended
    qtbot.waitUntil(lambda: page.backup_status.text().startswith("Backed up to"), timeout=10_000)
    settle()

    assert threads and threads[0] is not threading.main_thread()
    (made,) = app_context.workspace.paths.backups.glob("*.zip")
    assert page.backup_list.count() == 1
    assert page.backup_list.item(0).text().endswith(made.name)
    assert backup_format.inspect_backup(made).group_name == DEMO_GROUP_NAME


def test_the_dashboard_shows_the_last_backup_once_made(qtbot, main_window, page) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(main_window.context.data_changed, timeout=10_000):
        page.backup_now()
    dashboard = main_window.show_page("dashboard")
    settle()
    assert dashboard.backup_card.figure.text() == "Only on this laptop"
    (made,) = list_backups(main_window.context.workspace.paths)
    # made.when is "2026-11-24 16:36:16 UTC"; the card says it in this computer's time
    assert (
        dashboard.backup_card.detail.text()
        == f"Last backup: \u2068{moment_text(made.when, 'en_GB')}\u2069"
    )
    assert dashboard.backup_card.detail.toolTip() == (
        "The latest backup is only on this laptop: choose a USB stick or a cloud folder in "
        "Settings for a second copy."
    )


def test_restoring_a_backup_replaces_the_data_and_every_page_reloads(
    qtbot, main_window, page, app_context, other_backup: Path, monkeypatch, database_rows
) -> None:  # type: ignore[no-untyped-def]
    main_window.show_page("dashboard")
    main_window.show_page("settings")
    asked = answer_restore_question(monkeypatch, QMessageBox.StandardButton.Yes)
    choose_file(monkeypatch, other_backup)
    old_workspace = app_context.workspace

    with qtbot.waitSignal(app_context.data_changed, timeout=10_000) as announced:
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    settle()

    assert announced.args[0] == frozenset({"all"})
    (question,) = asked
    assert question.startswith(
        "Replace the records on this laptop with this backup?\n\n"
        f"On this laptop now: \u2068{DEMO_GROUP_NAME}\u2069, 60 members, last changed "
    )
    assert "\nIn the backup: \u2068Tenants Together\u2069, 0 members, made " in question
    assert question.endswith(
        "\n\nThe backup is of another group.\n"
        "The records here are backed up first, so this can be undone."
    )
    assert app_context.workspace is not old_workspace
    assert get_settings(app_context.uow()).name == "Tenants Together"
    assert page.name_edit.text() == "Tenants Together"  # the visible page reloaded at once
    assert page.backup_status.text().startswith(
        "Restored the backup of \u2068Tenants Together\u2069. "
        "The records it replaced are backed up in "
        f"{app_context.workspace.paths.backups / 'auto-'}"
    )
    assert main_window.windowTitle() == "\u2068Tenants Together\u2069 — GroupDesk"
    dashboard = main_window.show_page("dashboard")
    settle()
    assert dashboard.heading.text() == "Tenants Together"
    # The data that was there is kept in an automatic backup, listed on the page.
    listed = [page.backup_list.item(row).text() for row in range(page.backup_list.count())]
    assert any("before-restore" in text for text in listed)
    restored = app_context.workspace.paths.database
    other = Path(str(other_backup))
    with zipfile.ZipFile(other) as archive:
        (other.parent / "unzipped.sqlite").write_bytes(archive.read(backup_format.DATABASE_ENTRY))
    assert database_rows(restored) == database_rows(other.parent / "unzipped.sqlite")


def test_answering_no_restores_nothing(qtbot, page, app_context, other_backup, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    answer_restore_question(monkeypatch, QMessageBox.StandardButton.No)
    page.restore_from(other_backup)
    qtbot.waitUntil(lambda: page.backup_status.text() == "Nothing was restored.", timeout=10_000)
    assert get_settings(app_context.uow()).name == DEMO_GROUP_NAME


def test_a_broken_backup_file_shows_a_message_and_changes_nothing(
    qtbot, page, app_context, tmp_path: Path, monkeypatch, folder_bytes
) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 this was cut short")
    asked = answer_restore_question(monkeypatch, QMessageBox.StandardButton.Yes)
    choose_file(monkeypatch, broken)
    before = folder_bytes(app_context.workspace.paths.attachments)

    with qtbot.assertNotEmitted(app_context.data_changed):
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(
            lambda: page.backup_status.text().startswith(
                "\u2068broken.zip\u2069 is not a GroupDesk backup"
            ),
            timeout=10_000,
        )

    assert asked == []
    assert get_settings(app_context.uow()).name == DEMO_GROUP_NAME
    assert folder_bytes(app_context.workspace.paths.attachments) == before


def test_a_broken_backup_file_is_said_in_spanish(
    qtbot, spanish, page, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "broken.zip"
    broken.write_bytes(b"PK\x03\x04 this was cut short")
    choose_file(monkeypatch, broken)
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.backup_status.text().startswith(
            "\u2068broken.zip\u2069 no es una copia de seguridad de GroupDesk, o está incompleta"
        ),
        timeout=10_000,
    )


def test_a_logo_that_is_not_an_image_is_refused_in_spanish(spanish, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    fake = tmp_path / "logo.png"
    fake.write_text("not a picture")
    page.set_logo(fake)
    settle()
    assert page.errors.message("logo").startswith(
        "No se pudo leer «\u2068logo.png\u2069» como imagen: puede estar dañada"
    )


def test_a_backup_that_fails_its_checks_after_the_question_changes_nothing(
    qtbot, page, app_context, other_backup: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The manifest reads fine, so the user is asked; the database's checksum then fails."""
    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(other_backup) as original, zipfile.ZipFile(tampered, "w") as copy:
        manifest = json.loads(original.read(backup_format.MANIFEST))
        manifest["database_sha256"] = hashlib.sha256(b"something else").hexdigest()
        copy.writestr(backup_format.MANIFEST, json.dumps(manifest))
        copy.writestr(backup_format.DATABASE_ENTRY, original.read(backup_format.DATABASE_ENTRY))
    answer_restore_question(monkeypatch, QMessageBox.StandardButton.Yes)
    workspace = app_context.workspace

    page.restore_from(tampered)
    qtbot.waitUntil(
        lambda: page.backup_status.text().startswith("Nothing was restored"), timeout=10_000
    )

    assert "does not match its checksum" in page.backup_status.text()
    assert app_context.workspace is workspace
    assert get_settings(app_context.uow()).name == DEMO_GROUP_NAME  # and the app still works
    page.refresh()
    settle()
    assert page.name_edit.text() == DEMO_GROUP_NAME


def test_the_number_of_automatic_backups_to_keep_is_saved(page, app_context) -> None:  # type: ignore[no-untyped-def]
    page.keep_spin.setValue(4)
    settle()
    assert backup.backups_to_keep(app_context.workspace.paths) == 4


def test_the_language_is_chosen_by_name_and_stored_as_a_code(qtbot, page, app_context) -> None:  # type: ignore[no-untyped-def]
    assert page.locale_edit.currentText() == "English (United Kingdom)"
    page.locale_edit.setCurrentIndex(page.locale_edit.findData("fr_FR"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert get_settings(app_context.uow()).locale == "fr_FR"


def test_the_financial_year_start_is_also_said_in_words(page) -> None:  # type: ignore[no-untyped-def]
    assert page.year_start_edit.text() == "04-06"  # 6 April to some, 4 June to others
    assert (
        page.year_start_words.text()
        == "The financial year runs from \u20686 April\u2069 to \u20685 April\u2069."
    )
    page.year_start_edit.setText("01-01")
    assert page.year_start_words.text() == (
        "The financial year runs from \u20681 January\u2069 to \u206831 December\u2069."
    )
    page.year_start_edit.setText("13-01")
    assert page.year_start_words.text() == ""  # the message comes beside the field on Save


@pytest.mark.parametrize("typed", ["zz_ZZ", "en_XX", "e!"])
def test_a_language_code_being_typed_leaves_the_year_in_english_words(qtbot, page, typed) -> None:  # type: ignore[no-untyped-def]
    """An unknown code ("zz_ZZ") stopped the page with a stack trace (Babel's
    UnknownLocaleError is no ValueError); the Save refuses it beside the field."""
    page.locale_edit.lineEdit().clear()
    qtbot.keyClicks(page.locale_edit.lineEdit(), typed)
    assert page.locale_edit.text() == typed
    assert page.year_start_words.text() == (
        "The financial year runs from \u20686 April\u2069 to \u20685 April\u2069."
    )


def test_no_backups_yet_is_said_instead_of_an_empty_box(page) -> None:  # type: ignore[no-untyped-def]
    assert page.backup_list.count() == 0
    assert not page.backup_list.isVisible() and page.no_backups_label.isVisible()


@pytest.mark.parametrize(
    ("build", "said"),
    [
        (hostile.deeply_nested_manifest, "its manifest is nested too deeply"),
        (
            lambda path, data: hostile.patch_entry(
                hostile.backup_with(path, data), backup_format.DATABASE_ENTRY, method=99
            ),
            "uses a compression method GroupDesk does not write",
        ),
    ],
    ids=["nested", "method-99"],
)
def test_a_hostile_backup_is_refused_with_one_sentence_beside_the_restore_button(
    qtbot, page, app_context, other_backup: Path, tmp_path: Path, monkeypatch, build, said
) -> None:  # type: ignore[no-untyped-def]
    """Issue 15 item 16: these gave a stack trace (the crash dialog) instead of a sentence."""
    with zipfile.ZipFile(other_backup) as original:
        source = build(tmp_path / "hostile.zip", original.read(backup_format.DATABASE_ENTRY))
    asked = answer_restore_question(monkeypatch, QMessageBox.StandardButton.Yes)

    page.restore_from(source)
    qtbot.waitUntil(lambda: said in page.backup_status.text(), timeout=10_000)

    assert page.backup_status.text().startswith("\u2068hostile.zip\u2069")  # isolated
    assert "\n" not in page.backup_status.text()
    assert asked == []
    assert get_settings(app_context.uow()).name == DEMO_GROUP_NAME


def test_a_backup_is_never_saved_over_the_groups_database(qtbot, page, app_context) -> None:  # type: ignore[no-untyped-def]
    """The save dialog pointed at the database is refused with a sentence; the database stays."""
    database = app_context.workspace.paths.database
    before = database.read_bytes()[:100]
    page.backup_now(database)
    qtbot.waitUntil(lambda: page.backup_status.text().startswith("Backup failed"), timeout=10_000)
    settle()
    assert "own files in its data folder" in page.backup_status.text()
    assert database.read_bytes()[:100] == before
    assert list_backups(app_context.workspace.paths) == []


def test_a_cancelled_backup_says_so_in_the_readers_language(
    qtbot, spanish, page, app_context
) -> None:  # type: ignore[no-untyped-def]
    """It said "Backup failed: Backup cancelled; no file was written." in English."""
    op = page.backup_now()
    assert op.job is not None
    op.job.cancel()  # before its first attachment is written
    said = "Copia cancelada; no se ha escrito ningún archivo."
    qtbot.waitUntil(lambda: page.backup_status.text() == said, timeout=10_000)
    settle()
    assert list_backups(app_context.workspace.paths) == []
