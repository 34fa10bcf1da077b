"""The Reports page, driven as a person would: choose a report and its subject, make it, see
page 1 at once and page through, save a copy, print; and the other pages' shortcuts landing on
their report with the subject chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from support.gui import progress_lines, settle
from support.heartbeat import Heartbeat, assert_alive

from groupdesk.services.meetings.records import list_meetings
from groupdesk.services.members.importing import import_members

pytestmark = pytest.mark.gui


@pytest.fixture
def page(main_window):  # type: ignore[no-untyped-def]
    reports_page = main_window.show_page("reports")
    settle()
    return reports_page


def choose(page, report: str) -> None:  # type: ignore[no-untyped-def]
    page.report_combo.setCurrentIndex(page.report_combo.findData(report))
    settle()


def make(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(page.make_button, Qt.MouseButton.LeftButton)
    settle()  # the report, then its first page's rendering


def inked(image: QImage) -> int:
    """How many sampled pixels are dark: text was drawn, not a blank page."""
    return sum(
        1
        for y in range(0, image.height(), 5)
        for x in range(0, image.width(), 5)
        if image.pixelColor(x, y).lightness() < 128
    )


def test_an_agenda_is_made_for_the_chosen_meeting_and_page_one_shows_at_once(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    choose(page, "agenda")
    assert page.subject_label.text() == "&Meeting:" and page.subject_combo.isVisible()
    meeting = list_meetings(page.context.uow())[0]
    assert page.subject() == meeting.key  # the next meeting is offered first
    make(qtbot, page)
    assert page.made is not None and page.made.exists(), page.status_label.text()
    assert meeting.title in PdfReader(page.made).pages[0].extract_text()
    pixmap = page.preview.shown_pixmap()
    assert not pixmap.isNull() and inked(pixmap.toImage()) > 100
    assert page.preview.page_label.text().startswith("Page 1 of ")
    assert page.status_label.text().startswith("Wrote ")
    assert page.print_button.isEnabled() and page.save_button.isEnabled()


def test_a_report_s_progress_lines_read_spanish(qtbot, spanish, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """They were the report writers' English ("Laying out the roster…")."""
    shown = progress_lines(monkeypatch)
    choose(page, "roster")
    make(qtbot, page)
    assert page.made is not None
    assert shown == ["Componiendo la lista de miembros…", "Escribiendo el PDF…"]


def test_the_chosen_meeting_stays_chosen_when_the_meetings_change(page) -> None:  # type: ignore[no-untyped-def]
    choose(page, "minutes")
    page.subject_combo.setCurrentIndex(2)
    chosen = page.subject()
    page.context.announce({"meetings"}, source=None)  # a meeting saved elsewhere
    settle()
    assert page.subject() == chosen and page.subject_combo.count() > 2


def test_the_preview_pages_through_a_longer_report(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    choose(page, "roster")
    assert not page.subject_combo.isVisible()  # the roster is of the whole group
    make(qtbot, page)
    pages = len(PdfReader(page.made).pages)
    assert pages >= 2
    assert page.preview.page_label.text() == f"Page 1 of {pages}"
    assert not page.preview.previous_button.isEnabled()
    first = page.preview.shown_pixmap().toImage()
    qtbot.mouseClick(page.preview.next_button, Qt.MouseButton.LeftButton)
    settle()
    assert page.preview.page_label.text() == f"Page 2 of {pages}"
    assert page.preview.shown_pixmap().toImage() != first
    assert page.preview.previous_button.isEnabled()


def test_a_name_the_roster_could_not_print_whole_is_named_under_it(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.members.records import add_member

    add_member(page.context.uow(), values={"full_name": "Sunny 🌻 Day", "consent_roster": True})
    choose(page, "roster")
    make(qtbot, page)
    assert page.status_label.text().splitlines()[1:] == [
        "Warning: Sunny 🌻 Day: 🌻 (U+1F33B) cannot be printed (no font has it)"
        " and shows as \ufffd."
    ]


def test_save_as_writes_the_report_where_asked_and_refuses_where_it_must_not(
    qtbot, page, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    choose(page, "resources")
    make(qtbot, page)
    target = tmp_path / "inventory.pdf"
    page.ask_path = lambda *_args: str(target)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert target.read_bytes() == page.made.read_bytes()
    assert page.status_label.text() == f"Saved a copy to {target}."
    assert not [name for name in tmp_path.iterdir() if name.name.startswith(".")]  # no leftovers

    nowhere = tmp_path / "no such folder" / "inventory.pdf"
    page.ask_path = lambda *_args: str(nowhere)
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert page.status_label.text().endswith(f"the folder {nowhere.parent} does not exist")
    assert not nowhere.parent.exists()

    inside = page.context.workspace.paths.attachments / "inventory.pdf"
    inside.parent.mkdir(exist_ok=True)
    page.ask_path = lambda *_args: str(inside)  # among the group's attached files
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert "one of the group's own files" in page.status_label.text()
    assert not inside.exists()


def test_print_opens_the_print_dialog_and_sends_every_page(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    choose(page, "roster")
    make(qtbot, page)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, QPrintDialog)
    dialog.reject()
    assert page.active_dialog is None

    printed = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(printed))
    page.print_to(printer)
    settle()
    pages = len(PdfReader(page.made).pages)
    assert len(PdfReader(printed).pages) == pages
    assert page.status_label.text() == f"Sent {pages} pages to the printer."


@pytest.mark.qt_log_ignore("QPainter::begin")
def test_a_printer_that_cannot_start_is_said_in_a_sentence(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    choose(page, "roster")
    make(qtbot, page)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "no such folder" / "printed.pdf"))
    page.print_to(printer)
    settle()
    assert page.status_label.text().startswith("The printer could not be started.")


def test_a_funder_report_with_no_grant_to_choose_says_where_to_add_one(
    qtbot, group_workspace
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from groupdesk.ui.context import AppContext
    from groupdesk.ui.reports.page import ReportsPage

    settings = QSettings(str(group_workspace.paths.root / "gui.ini"), QSettings.Format.IniFormat)
    page = ReportsPage(AppContext(group_workspace, settings))
    qtbot.addWidget(page)
    page.show()
    settle()
    assert "Make report" in page.status_label.text()  # nothing made yet: what to do
    assert page.preview.image_label.text() == "No report made yet."
    assert page.print_button.toolTip() == "Make a report first"
    choose(page, "grant")
    assert page.subject_label.text() == "Gr&ant:" and page.subject_combo.count() == 0
    assert page.empty_label.isVisible()
    assert "Add one on the Grants page" in page.empty_label.text()
    assert not page.make_button.isEnabled()
    assert page.make_button.toolTip() == "Choose what the report is for first"
    choose(page, "roster")  # of the whole group: nothing to choose, nothing missing
    assert not page.empty_label.isVisible() and page.make_button.isEnabled()


def test_the_groups_own_words_are_printed_in_the_funder_report(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    choose(page, "roster")
    assert not page.narrative_edit.isVisible()  # the roster has no words of the group's
    choose(page, "grant")
    assert page.narrative_edit.isVisible()
    qtbot.keyClicks(page.narrative_edit, "Forty neighbours dug the beds in one weekend.")
    make(qtbot, page)
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(page.made).pages)
    assert "Forty neighbours dug the beds in one weekend." in text


def test_every_alt_letter_leads_to_one_place_whatever_the_report(page) -> None:  # type: ignore[no-untyped-def]
    from support.keyboard import mnemonic_clashes

    for index in range(page.report_combo.count()):
        page.report_combo.setCurrentIndex(index)
        settle()
        assert mnemonic_clashes(page) == {}, page.report_combo.currentText()


def test_print_agenda_on_the_meetings_page_lands_on_the_agenda_with_the_meeting_chosen(
    qtbot, main_window
) -> None:  # type: ignore[no-untyped-def]
    meetings = main_window.show_page("meetings")
    settle()
    button = meetings.report_buttons["agenda"]
    assert not button.isEnabled()
    assert button.toolTip() == "Choose a meeting in the list first"
    meetings.meetings_view.selectRow(1)
    chosen = meetings.meetings.record(1)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    assert main_window.current_key() == "reports"
    reports = main_window.pages["reports"]
    assert reports.report_combo.currentData() == "agenda"
    assert reports.subject() == chosen.key

    main_window.show_page("meetings")
    meetings.meetings_view.selectRow(0)
    qtbot.mouseClick(meetings.report_buttons["minutes"], Qt.MouseButton.LeftButton)
    settle()
    assert reports.report_combo.currentData() == "minutes"
    assert reports.subject() == meetings.meetings.record(0).key


def test_the_other_pages_shortcuts_open_their_report(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.grants.records import list_grants

    resources = main_window.show_page("resources")
    qtbot.mouseClick(resources.inventory_button, Qt.MouseButton.LeftButton)
    settle()
    reports = main_window.pages["reports"]
    assert main_window.current_key() == "reports"
    assert reports.report_combo.currentData() == "resources"

    members = main_window.show_page("members")
    qtbot.mouseClick(members.roster_button, Qt.MouseButton.LeftButton)
    settle()
    assert (main_window.current_key(), reports.report_combo.currentData()) == ("reports", "roster")

    grant = list_grants(main_window.context.uow(), direction="incoming")[-1]
    grants = main_window.show_page("grants")
    settle()  # the list, and the grant it chooses first
    grants.detail.set_grant(grant.id)
    settle()
    qtbot.mouseClick(grants.detail.overview.funder_report_button, Qt.MouseButton.LeftButton)
    settle()
    assert reports.report_combo.currentData() == "grant"
    assert reports.subject() == grant.id


def test_the_window_keeps_running_while_a_big_report_is_made(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    members = "".join(f"Volunteer {number:04d}\n" for number in range(1500))
    import_members(page.context.uow(), data=f"Name\n{members}".encode())
    choose(page, "signin")
    beat = Heartbeat(page)
    beat.start()
    make(qtbot, page)
    beat.stop()
    assert len(PdfReader(page.made).pages) > 60  # 1,500 members and more, 25 a page
    # The GUI thread went on handling its timer and repainting while the sheet was laid out.
    assert_alive(beat)
