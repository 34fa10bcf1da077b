"""A meeting with everything the meeting reports print, recorded through the services: members
in many scripts (some without photo consent), an agenda with a private item, attendance, guests,
decisions, actions carried over (one overdue), and a later meeting approving the minutes; and
reading a report back as a person would."""

from __future__ import annotations

import subprocess
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from pypdf import PdfReader

from groupdesk.services.meetings.actions import raise_action
from groupdesk.services.meetings.agenda import add_item
from groupdesk.services.meetings.attendance import mark_attendance, set_guests
from groupdesk.services.meetings.decisions import record_decision
from groupdesk.services.meetings.minutes import set_notes
from groupdesk.services.meetings.outcomes import Counts
from groupdesk.services.meetings.records import add_meeting
from groupdesk.services.members.records import add_member
from groupdesk.services.workspace import Workspace

TODAY = date(2026, 11, 24)
#: Name → photo consent: Latin with accents, Cyrillic, Greek, Arabic, Hebrew, Devanagari, CJK.
MEMBERS = {
    "Ángel Ruiz": True,
    "Zoë Ñúñez": False,
    "Ана Петрова": True,
    "Νίκος Παπαδόπουλος": True,
    "محمد الخطيب": False,
    "דוד כהן": True,
    "राज कुमार": True,
    "李雷": True,
}


@dataclass(frozen=True)
class MeetingData:
    earlier: str
    meeting: str
    later: str
    members: dict[str, str]
    private_item: str


def _meeting(workspace: Workspace, title: str, day: int, **values: object) -> str:
    return add_meeting(
        workspace.uow(),
        title=title,
        starts_at=datetime(2026, 11, day, 19, 0),
        ends_at=datetime(2026, 11, day, 21, 0),
        zone="Europe/London",
        **values,  # type: ignore[arg-type]
    ).key


def make_meeting(workspace: Workspace) -> MeetingData:
    members = {}
    for name, photo in MEMBERS.items():
        added = add_member(
            workspace.uow(),
            values={
                "full_name": name,
                "joined_on": "2024-03-01",
                "consent_photo": photo,
                "consent_contact": True,
                "email": f"m{len(members)}@example.org",
            },
            today=TODAY,
        )
        members[name] = added.id
    earlier = _meeting(workspace, "October general meeting", 3)
    raise_action(
        workspace.uow(),
        text="Book the hall for the winter fair",
        owner_id=members["Ана Петрова"],
        due_on=date(2026, 11, 10),
        meeting=earlier,
    )
    raise_action(
        workspace.uow(),
        text="Ask the council about the grant",
        owner_id=members["राज कुमार"],
        due_on=date(2026, 12, 20),
        meeting=earlier,
    )
    meeting = _meeting(
        workspace,
        "November general meeting",
        17,
        place="Community hall, Mill Lane",
        accessibility="Step-free entrance; hearing loop in the main room.",
        chair_id=members["Ángel Ruiz"],
        note_taker_id=members["李雷"],
        private_note="Ask Zoë quietly about the key holder rota.",
    )
    items = {}
    for title, presenter, minutes, private in (
        ("Welcome and apologies", "Νίκος Παπαδόπουλος", 5, False),
        ("Winter fair", "Ана Петрова", 30, False),
        ("Volunteer concerns", "Ángel Ruiz", 15, True),
        ("حديقة المجتمع", "محمد الخطيب", 20, False),
    ):
        agenda = add_item(
            workspace.uow(),
            meeting=meeting,
            values={
                "title": title,
                "presenter_id": members[presenter],
                "minutes_allotted": minutes,
                "private": private,
            },
        )
        items[title] = agenda.items[-1].id
    set_notes(
        workspace.uow(),
        item_id=items["Winter fair"],
        notes="The fair will be on 12 December.\n\nΝίκος offered the stall tables.",
    )
    set_notes(workspace.uow(), item_id=items["Volunteer concerns"], notes="Confidential.")
    present = ["Ángel Ruiz", "Ана Петрова", "Νίκος Παπαδόπουλος", "محمد الخطيب", "राज कुमार", "李雷"]
    marks: dict[str, str | None] = {members[name]: "present" for name in present}
    marks[members["Zoë Ñúñez"]] = "apologies"
    mark_attendance(workspace.uow(), meeting=meeting, marks=marks)
    set_guests(workspace.uow(), meeting=meeting, count=2, names="Sam Visitor\nיעל")
    record_decision(
        workspace.uow(),
        meeting=meeting,
        motion="Hold the winter fair on 12 December",
        counts=Counts(votes_for=5, votes_against=1, abstentions=0),
        agenda_item_id=items["Winter fair"],
        proposer_id=members["Ана Петрова"],
        seconder_id=members["Νίκος Παπαδόπουλος"],
    )
    raise_action(
        workspace.uow(),
        text="Print the fair posters",
        owner_id=members["Νίκος Παπαδόπουλος"],
        due_on=date(2026, 12, 1),
        meeting=meeting,
    )
    later = _meeting(workspace, "December general meeting", 24)
    return MeetingData(earlier, meeting, later, members, items["Volunteer concerns"])


def approve(workspace: Workspace, data: MeetingData) -> None:
    """The December meeting approves November's minutes."""
    present = list(data.members.values())[:4]
    mark_attendance(workspace.uow(), meeting=data.later, marks=dict.fromkeys(present, "present"))
    record_decision(
        workspace.uow(),
        meeting=data.later,
        motion="Approve the minutes of the November meeting",
        counts=Counts(votes_for=4),
        approves_minutes_of=data.meeting,
    )


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(path).pages)


def readable(text: str) -> str:
    """Arabic comes back from a PDF as joined letter forms in drawing order: undo both."""
    return "\n".join(
        line[::-1] if any("\ufe70" <= c <= "\ufeff" for c in line) else line
        for line in unicodedata.normalize("NFKC", text).splitlines()
    )


def unembedded_fonts(path: Path) -> list[str]:
    """The lines of `pdffonts` for fonts not embedded in the file (none, in a good report)."""
    listing = subprocess.run(
        ["pdffonts", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    assert listing, "no fonts at all"
    return [line for line in listing if line.split()[-5] != "yes"]
