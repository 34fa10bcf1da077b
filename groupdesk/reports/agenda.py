"""The agenda of a meeting, to hand out: when and where, the accessibility notes, the items in
order with their presenter and start time, and the actions carried over from earlier meetings
(the overdue ones marked).

The chair's version adds what the handout leaves out: the private items, each item's minutes
and running total against the meeting's length, and the meeting's private note.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from groupdesk.messages import QT_TRANSLATE_NOOP
from groupdesk.reports.document import (
    Letterhead,
    Progress,
    ReportResult,
    cells,
    check_pdf_path,
    counted,
    listing,
    para,
    paragraph_styles,
    title_block,
    write_pdf,
)
from groupdesk.reports.meeting import details_table, meeting_letterhead, when
from groupdesk.services.meetings.actions import ActionRow, carried_to
from groupdesk.services.meetings.agenda import Agenda, agenda_of
from groupdesk.services.meetings.records import MeetingDetail
from groupdesk.services.uow import UnitOfWork

TITLE = "Agenda"
CHAIR_TITLE = "Agenda: chair's copy"
#: The narrow columns, in points: the item's number, its times, a date.
NUMBER_WIDTH, TIME_WIDTH, DAY_WIDTH = 24, 56, 80


@dataclass(frozen=True)
class AgendaResult(ReportResult):
    items: int
    actions: int
    pages: int

    @property
    def sentence(self) -> str:
        return (
            f"Wrote {self.path}: {counted(self.items, 'item', 'items')},"
            f" {counted(self.actions, 'open action', 'open actions')} carried over,"
            f" on {counted(self.pages, 'page', 'pages')}."
        )


def write_agenda(
    uow: UnitOfWork,
    path: Path,
    *,
    meeting: str,
    chair: bool = False,
    today: date | None = None,
    paper_size: str | None = None,
    progress: Progress | None = None,
) -> AgendaResult:
    """Write the agenda of `meeting` (the chair's copy with `chair`) to `path`."""
    check_pdf_path(path)
    today = today or uow.today()
    detail, letterhead = meeting_letterhead(
        uow,
        meeting=meeting,
        title=CHAIR_TITLE if chair else TITLE,
        today=today,
        paper_size=paper_size,
    )
    agenda = agenda_of(uow, meeting=meeting)
    actions = [row for row in carried_to(uow, meeting=meeting) if row.status == "open"]
    if progress is not None:
        progress(0, 1, QT_TRANSLATE_NOOP("ReportProgress", "Laying out the agenda…"))
    styles = paragraph_styles()
    story: list[Any] = title_block(letterhead)
    story.append(details_table(letterhead, _details(letterhead, detail, chair=chair)))
    story.append(para("Items", styles["heading"]))
    shown = [item for item in agenda.items if chair or not item.private]
    if shown:
        story.append(_items(letterhead, agenda, detail, chair=chair))
    else:
        story.append(para("No items yet.", styles["note"]))
    if chair and agenda.minutes_over:
        story.append(
            para(
                f"The items run {agenda.minutes_over} minutes past the meeting's end.",
                styles["note"],
            )
        )
    story.append(para("Actions carried over", styles["heading"]))
    if actions:
        story.append(_actions(letterhead, actions))
    else:
        story.append(para("No open actions from earlier meetings.", styles["note"]))
    pages = write_pdf(path, letterhead, story)
    return AgendaResult(path, len(shown), len(actions), pages)


def write_chair_agenda(uow: UnitOfWork, path: Path, **options: Any) -> AgendaResult:
    """The chair's copy, as the registry names it (a report of its own on the Reports page)."""
    return write_agenda(uow, path, chair=True, **options)


def _details(
    letterhead: Letterhead, detail: MeetingDetail, *, chair: bool
) -> list[tuple[str, str | None]]:
    occurrence = detail.occurrence
    rows = [
        ("When", when(letterhead, detail)),
        ("Where", occurrence.place),
        ("Online", occurrence.link),
        ("Chair", detail.chair_name),
        ("Notes taken by", detail.note_taker_name),
        ("Accessibility", detail.accessibility),
    ]
    if occurrence.status == "cancelled":
        rows.insert(0, ("Status", "Cancelled"))
    if chair:
        rows.append(("Private note", detail.private_note))
    return rows


def _items(letterhead: Letterhead, agenda: Agenda, detail: MeetingDetail, *, chair: bool) -> Any:
    """Each item with its start time (from the meeting's start and the minutes before it); the
    chair's copy also has the minutes and the running total, and the private items."""
    styles = paragraph_styles()
    start = detail.occurrence.starts_at
    columns = ["#", "Item", "Presenter", "Starts"] + (["Minutes", "Total"] if chair else [])
    fixed = NUMBER_WIDTH + TIME_WIDTH * (3 if chair else 1)
    rest = letterhead.text_width - fixed
    widths = [NUMBER_WIDTH, rest * 0.68, rest * 0.32] + [TIME_WIDTH] * (3 if chair else 1)
    rows, elapsed, number = [], 0, 0
    for item, total in zip(agenda.items, agenda.running_totals(), strict=True):
        begins = letterhead.time(start + timedelta(minutes=elapsed))
        elapsed = total
        if item.private and not chair:
            continue
        number += 1
        title = f"{item.title} (private)" if item.private else item.title
        texts = [str(number), title, item.presenter_name or "", begins]
        if chair:
            texts += [_minutes(item.minutes_allotted), _minutes(total)]
        row = cells(texts, widths)
        if item.description:
            row[1] = [para(title, styles["cell"]), para(item.description, styles["note"])]
        rows.append(row)
    right = ("ALIGN", (3, 0), (-1, -1), "RIGHT")
    return listing(columns, rows, widths, right)


def _minutes(value: int | None) -> str:
    return "" if value is None else f"{value}\u00a0min"


def _actions(letterhead: Letterhead, actions: list[ActionRow]) -> Any:
    columns = ["Action", "Owner", "Due", "Raised at"]
    rest = letterhead.text_width - 2 * DAY_WIDTH
    widths = [rest * 0.62, rest * 0.38, DAY_WIDTH, DAY_WIDTH]
    rows = [
        cells(
            [
                row.text,
                row.owner_name or "",
                (letterhead.day(row.due_on) if row.due_on else "")
                + (" (overdue)" if row.overdue else ""),
                letterhead.day(row.raised_at_meeting_start.date())
                if row.raised_at_meeting_start
                else "",
            ],
            widths,
        )
        for row in actions
    ]
    return listing(columns, rows, widths)
