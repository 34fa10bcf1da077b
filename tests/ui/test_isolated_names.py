"""A typed name sits in a bidi isolate in the GUI's sentences, and only there: the files the
GUI writes (the roster PDF, the members CSV) carry it plain, as a PDF font or a spreadsheet
cell needs it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from support.gui import settle
from support.meeting_reports import pdf_text, readable

from groupdesk.services.members.records import add_member

pytestmark = pytest.mark.gui

SARA = "سارة أحمد"
ISOLATES = {"\u2068", "\u2069"}


def test_the_roster_and_the_export_made_in_the_gui_carry_an_arabic_name_plain(  # type: ignore[no-untyped-def]
    qtbot, main_window, app_context, tmp_path: Path
) -> None:
    add_member(app_context.uow(), values={"full_name": SARA, "consent_roster": True})
    members = main_window.show_page("members")
    settle()
    csv_file = tmp_path / "members.csv"
    members.export_to(csv_file)
    qtbot.waitUntil(lambda: members.status_label.text().startswith("Exported"))
    exported = csv_file.read_text(encoding="utf-8-sig")
    assert SARA in exported and not ISOLATES & set(exported)

    reports = main_window.show_page("reports")
    settle()
    reports.report_combo.setCurrentIndex(reports.report_combo.findData("roster"))
    settle()
    qtbot.mouseClick(reports.make_button, Qt.MouseButton.LeftButton)
    settle()
    assert reports.made is not None, reports.status_label.text()
    printed = pdf_text(reports.made)
    assert SARA in readable(printed) and not ISOLATES & set(printed)
