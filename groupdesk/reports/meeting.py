"""What the meeting reports (agenda, sign-in sheet, minutes) share: the meeting named on the
letterhead as its period, and its details as a short two-column table."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from groupdesk.reports.document import Letterhead, group_letterhead, para, paragraph_styles, table
from groupdesk.services.meetings.records import MeetingDetail, meeting_detail
from groupdesk.services.uow import UnitOfWork

#: The label column of the details table, in points.
LABEL_WIDTH = 90


def meeting_letterhead(
    uow: UnitOfWork, *, meeting: str, title: str, today: date, paper_size: str | None = None
) -> tuple[MeetingDetail, Letterhead]:
    """The meeting (a wrong key says how to find a right one) and a letterhead whose period is
    the meeting's title and day."""
    detail = meeting_detail(uow, meeting=meeting)
    letterhead = group_letterhead(uow, title=title, today=today, paper_size=paper_size)
    occurrence = detail.occurrence
    period = f"{occurrence.title}, {letterhead.long_day(occurrence.starts_at.date())}"
    return detail, replace(letterhead, period=period)


def when(letterhead: Letterhead, detail: MeetingDetail) -> str:
    """ "Tuesday, 1 December 2026, 19:00–21:00 (Europe/London)"."""
    occurrence = detail.occurrence
    start, end = letterhead.time(occurrence.starts_at), letterhead.time(occurrence.ends_at)
    return f"{letterhead.long_day(occurrence.starts_at.date())}, {start}–{end} ({occurrence.zone})"


def details_table(letterhead: Letterhead, rows: list[tuple[str, str | None]]) -> Any:
    """Label and value, the empty ones left out, values wrapping in every script."""
    styles = paragraph_styles()
    width = letterhead.text_width - LABEL_WIDTH
    kept = [
        [para(label, styles["head"]), para(value, styles["cell"])] for label, value in rows if value
    ]
    return table(
        kept,
        [LABEL_WIDTH, width],
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LEFTPADDING", (0, 0), (0, -1), 0),
    )
