"""The meeting reports read back as a person would: the agenda and the chair's copy, the
sign-in sheet at the door, and the minutes, draft then approved; in every script, every font
embedded, numbered pages, the same bytes for the same data."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from support.meeting_reports import (
    MEMBERS,
    TODAY,
    MeetingData,
    approve,
    make_meeting,
    pdf_text,
    readable,
    unembedded_fonts,
)

from groupdesk.errors import GroupDeskError
from groupdesk.registry import load, reports
from groupdesk.reports.agenda import write_agenda
from groupdesk.reports.minutes import write_minutes
from groupdesk.reports.signin import write_signin
from groupdesk.services.demo import DEMO_GROUP_NAME
from groupdesk.services.grants.figures import list_grant_figures
from groupdesk.services.meetings.minutes import approved_at
from groupdesk.services.meetings.records import list_meetings
from groupdesk.services.members.records import add_member
from groupdesk.services.workspace import Workspace

#: One name in each script the reports must print as real, extractable text. (The minutes
#: list who was present on one line, where Arabic comes back in drawing order among the Latin
#: names; their Arabic is checked in an item's title instead.)
SCRIPTS = ["Ángel Ruiz", "Ана Петрова", "Νίκος Παπαδόπουλος", "محمد الخطيب", "राज कुमार", "李雷"]


def _squeezed(text: str) -> str:
    """Without spaces: a viewer may put one where a Devanagari vowel sign is placed by offset
    (docs/reports.md), "राज कु मार"."""
    return "".join(text.split())


@pytest.fixture
def meeting(group_workspace: Workspace) -> MeetingData:
    return make_meeting(group_workspace)


def test_the_agenda_lists_the_public_items_with_presenters_times_and_overdue_actions(
    group_workspace: Workspace, meeting: MeetingData, tmp_path: Path
) -> None:
    out = tmp_path / "agenda.pdf"
    result = write_agenda(group_workspace.uow(), out, meeting=meeting.meeting, today=TODAY)
    text = readable(pdf_text(out))
    assert (result.items, result.actions, result.pages) == (3, 2, 1)
    for heading in ("Agenda", "Items", "Actions carried over", "Test Group", "Page 1 of 1"):
        assert heading in text
    assert "Tuesday, 17 November 2026" in text and "made on 24 Nov 2026" in text
    assert "Step-free entrance; hearing loop in the main room." in text
    assert "Winter fair" in text and "19:05" in text  # after the 5-minute welcome
    assert "Volunteer concerns" not in text and "key holder rota" not in text
    assert "Book the hall for the winter fair" in text and "(overdue)" in text
    assert "Ask the council about the grant" in text
    for name in ("Ángel Ruiz", "Ана Петрова", "محمد الخطيب", "李雷", "حديقة المجتمع"):
        assert name in text, name


def test_the_chairs_copy_adds_the_private_items_timings_and_private_note(
    group_workspace: Workspace, meeting: MeetingData, tmp_path: Path
) -> None:
    out = tmp_path / "chair.pdf"
    result = write_agenda(
        group_workspace.uow(), out, meeting=meeting.meeting, chair=True, today=TODAY
    )
    text = readable(pdf_text(out))
    assert result.items == 4
    assert "chair's copy" in text and "Volunteer concerns (private)" in text
    assert "Ask Zoë quietly about the key holder rota." in text
    assert "30 min" in text and "70 min" in text  # the allotted and the running total


def test_the_signin_sheet_has_every_expected_member_and_says_who_may_not_be_photographed(
    group_workspace: Workspace, meeting: MeetingData, tmp_path: Path
) -> None:
    out = tmp_path / "signin.pdf"
    result = write_signin(group_workspace.uow(), out, meeting=meeting.meeting, today=TODAY)
    text = readable(pdf_text(out))
    assert (result.members, result.pages, result.landscape) == (len(MEMBERS), 1, False)
    lines = [_squeezed(line) for line in text.splitlines()]
    for name, photo in MEMBERS.items():
        # Each cell comes back on a line of its own: the name, then the photo column.
        beside = lines[lines.index(_squeezed(name)) + 1]
        assert beside == ("yes" if photo else "nophotos"), (name, beside)
    assert "@example.org" not in text  # contact details are never on a sheet at the door
    assert "Guests" in text and "Contact (if you wish)" in text


def test_the_signin_sheet_has_25_members_a_page_under_a_repeated_header(
    group_workspace: Workspace, meeting: MeetingData, tmp_path: Path
) -> None:
    for number in range(40):
        add_member(
            group_workspace.uow(),
            values={"full_name": f"Member {number:02d}", "joined_on": "2024-01-01"},
            today=TODAY,
        )
    out = tmp_path / "signin.pdf"
    result = write_signin(group_workspace.uow(), out, meeting=meeting.meeting, today=TODAY)
    pages = [readable(page.extract_text()) for page in PdfReader(out).pages]
    assert result.pages == len(pages) == 3  # the guests' rows go over to the third
    named = [
        sum(line.startswith("Member ") for line in page.splitlines())
        + sum(_squeezed(name) in _squeezed(page) for name in MEMBERS)
        for page in pages
    ]
    assert named == [25, len(MEMBERS) + 40 - 25, 0]
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of 3" in page
        assert ("Member\nSignature\nPhotos" if number < 3 else "Contact (if you wish)") in page


def test_a_very_long_name_wraps_and_the_signin_sheet_stays_upright_with_25_a_page(
    group_workspace: Workspace, meeting: MeetingData, tmp_path: Path
) -> None:
    """A name too long for half the page wraps in its row; before, it turned the sheet to
    landscape, where only 15 rows fitted a page."""
    long_name = "Maria " + "de los Santos " * 9 + "Fernández"
    for values in (
        {"full_name": long_name},
        *({"full_name": f"Member {number:02d}"} for number in range(30)),
    ):
        add_member(group_workspace.uow(), values={**values, "joined_on": "2024-01-01"}, today=TODAY)
    out = tmp_path / "signin.pdf"
    result = write_signin(group_workspace.uow(), out, meeting=meeting.meeting, today=TODAY)
    assert not result.landscape
    reader = PdfReader(out)
    width, height = (float(value) for value in reader.pages[0].mediabox[2:])
    assert width < height
    first = readable(reader.pages[0].extract_text())
    assert _squeezed(long_name) in _squeezed(first)
    assert (
        sum(line.startswith("Member ") for line in first.splitlines())
        + sum(_squeezed(name) in _squeezed(first) for name in [*MEMBERS, long_name])
        == 25
    )


def test_the_minutes_are_a_draft_until_a_later_meeting_approves_them(
    group_workspace: Workspace, meeting: MeetingData, tmp_path: Path
) -> None:
    draft = tmp_path / "draft.pdf"
    assert write_minutes(group_workspace.uow(), draft, meeting=meeting.meeting, today=TODAY).draft
    text = readable(pdf_text(draft))
    assert "Minutes (draft)" in text and "Draft: not yet approved" in text
    approve(group_workspace, meeting)
    approved = tmp_path / "approved.pdf"
    result = write_minutes(group_workspace.uow(), approved, meeting=meeting.meeting, today=TODAY)
    text = readable(pdf_text(approved))
    assert not result.draft and "draft" not in text.lower()
    assert "Approved at the December general meeting, Tuesday, 24 November 2026." in text


def test_the_minutes_record_attendance_notes_decisions_quorum_and_actions(
    group_workspace: Workspace, meeting: MeetingData, tmp_path: Path
) -> None:
    out = tmp_path / "minutes.pdf"
    result = write_minutes(group_workspace.uow(), out, meeting=meeting.meeting, today=TODAY)
    text = readable(pdf_text(out))
    assert (result.decisions, result.actions) == (1, 1)
    assert "Apologies\nZoë Ñúñez" in text and "Sam Visitor" in text
    assert "6 members present" in text
    assert "The fair will be on 12 December." in text and "offered the stall tables" in text
    assert "Decision: Hold the winter fair on 12 December" in text
    assert "Proposed by Ана Петрова; seconded by Νίκος Παπαδόπουλος." in text
    assert "5 for, 1 against; rule: simple majority. Carried." in text
    assert "Print the fair posters" in text and "1 Dec 2026" in text
    assert "Confidential." not in text and "1 private item is minuted separately" in text


@pytest.mark.parametrize("kind", ["agenda", "signin", "minutes"])
def test_each_meeting_report_prints_every_script_embedded_and_identically_twice(
    group_workspace: Workspace, meeting: MeetingData, tmp_path: Path, kind: str
) -> None:
    write = {"agenda": write_agenda, "signin": write_signin, "minutes": write_minutes}[kind]
    first, second = tmp_path / "first.pdf", tmp_path / "second.pdf"
    for out in (first, second):
        write(group_workspace.uow(), out, meeting=meeting.meeting, today=TODAY)
    assert first.read_bytes() == second.read_bytes()
    text = _squeezed(readable(pdf_text(first)))
    for name in SCRIPTS if kind != "minutes" else [*SCRIPTS[:3], "حديقة المجتمع", *SCRIPTS[4:]]:
        assert _squeezed(name) in text, name
    assert unembedded_fonts(first) == []
    metadata = PdfReader(first).metadata
    assert metadata is not None and metadata.author == "Test Group"
    assert metadata.title and metadata.title.startswith("Test Group: ")
    assert b"/Lang (en" in first.read_bytes()


def test_a_meeting_that_does_not_exist_is_named_in_the_message(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    with pytest.raises(GroupDeskError, match="meeting"):
        write_agenda(group_workspace.uow(), tmp_path / "a.pdf", meeting="nope", today=TODAY)


def test_every_registered_report_prints_a_meeting_of_the_demo_group(
    demo_workspace: Workspace, tmp_path: Path
) -> None:
    uow = demo_workspace.uow
    held = [m for m in list_meetings(uow(), when="past") if approved_at(uow(), meeting=m.key)]
    assert held, "the demo group has a meeting whose minutes were approved"
    meeting = held[0]
    grant = next(g for g in list_grant_figures(uow()) if g.spent.amount)
    subjects = {"meeting": {"meeting": meeting.key}, "grant": {"grant": grant.row.id}}
    for entry in reports():
        out = tmp_path / f"{entry.key}.pdf"
        subject = subjects.get(entry.subject, {})
        result = load(entry.writer)(uow(), out, today=TODAY, **subject)
        text = readable(pdf_text(out))
        assert result.pages == len(PdfReader(out).pages) >= 1
        assert DEMO_GROUP_NAME in text and f"Page 1 of {result.pages}" in text
        assert unembedded_fonts(out) == [], entry.key
        if entry.subject == "meeting":
            assert meeting.title in text, entry.key
        if entry.subject == "grant":
            assert grant.row.title in text, entry.key
    assert "Approved at the" in pdf_text(tmp_path / "minutes.pdf")
