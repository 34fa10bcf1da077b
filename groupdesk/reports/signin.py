"""The sign-in sheet for the door of a meeting: every member expected, in the same name order as
the Members table, with room to sign and whether they agreed to be photographed, then blank rows
for guests (their name, a contact if they wish).

Twenty-five rows a page, each page with its header row, so a long sheet can be split between
two tables at the door. Nothing but a member's name is printed: no contact details, whatever
the member's consent. A long name wraps in a name column at most half the page wide, so the
page stays upright, with rows tall enough to sign in; it turns to landscape only when the
columns themselves cannot fit (never on A4 or Letter with today's three), still 25 rows a page.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any

from groupdesk.messages import QT_TRANSLATE_NOOP
from groupdesk.reports.document import (
    CELL_PADDING,
    FRAME_PADDING,
    MARGIN_MM,
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
from groupdesk.reports.meeting import meeting_letterhead
from groupdesk.reports.text import BODY_FONT, remembering_runs
from groupdesk.services.meetings.attendance import expected_members
from groupdesk.services.members import records
from groupdesk.services.uow import UnitOfWork

TITLE = "Sign-in sheet"
ROWS_PER_PAGE = 25
GUEST_ROWS = 10
#: In points: room for a signature, and the photo column ("no photos").
SIGNATURE_AT_LEAST, PHOTO_WIDTH = 150, 62
NO_PHOTOS = "no photos"


@dataclass(frozen=True)
class SigninResult(ReportResult):
    members: int
    pages: int
    landscape: bool

    @property
    def sentence(self) -> str:
        return (
            f"Wrote {self.path}: {counted(self.members, 'member', 'members')} expected,"
            f" on {counted(self.pages, 'page', 'pages')}"
            f"{' (landscape)' if self.landscape else ''}."
        )


@remembering_runs
def write_signin(
    uow: UnitOfWork,
    path: Path,
    *,
    meeting: str,
    today: date | None = None,
    paper_size: str | None = None,
    progress: Progress | None = None,
) -> SigninResult:
    """Write the sign-in sheet of `meeting` to `path`."""
    from reportlab.platypus import PageBreak

    check_pdf_path(path)
    today = today or uow.today()
    expected = expected_members(uow, meeting=meeting)
    photo = {
        row.id: row.consent_photo for row in records.list_members(uow, today=today, last_seen=False)
    }
    names = [member.name for member in expected]
    _, letterhead = meeting_letterhead(
        uow, meeting=meeting, title=TITLE, today=today, paper_size=paper_size
    )
    widths = _widths(letterhead, names)
    if widths[0] + SIGNATURE_AT_LEAST + PHOTO_WIDTH > letterhead.text_width:
        letterhead = replace(letterhead, landscape=True)
        widths = _widths(letterhead, names)
    styles = paragraph_styles()
    story: list[Any] = title_block(
        letterhead,
        "Please sign beside your name. “no photos”: this member has not agreed to be"
        " photographed. Guests: please add your name below, a contact only if you wish.",
    )
    height = _row_height(letterhead, story)
    member_rows = [
        cells([member.name, "", "yes" if photo.get(member.member_id) else NO_PHOTOS], widths)
        for member in expected
    ]
    for start in range(0, len(member_rows), ROWS_PER_PAGE):
        if progress is not None:
            progress(
                start,
                len(member_rows),
                QT_TRANSLATE_NOOP("ReportProgress", "Laying out the sign-in sheet…"),
            )
        if start:
            story.append(PageBreak())
        story.append(
            _sheet(
                ("Member", "Signature", "Photos"),
                member_rows[start : start + ROWS_PER_PAGE],
                widths,
                height,
            )
        )
    story.append(para("Guests", styles["heading"]))
    name, signature, photos = widths
    guest_widths = [name, signature / 2, signature / 2, photos]
    blank = [[""] * 4 for _ in range(GUEST_ROWS)]
    story.append(
        _sheet(
            ("Name", "Contact (if you wish)", "Signature", "Photos OK?"),
            blank,
            guest_widths,
            height,
        )
    )
    pages = write_pdf(path, letterhead, story)
    return SigninResult(path, len(expected), pages, letterhead.landscape)


def _name_width(names: Sequence[str]) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    size = paragraph_styles()["cell"].fontSize
    return max((stringWidth(name, BODY_FONT, size) for name in names), default=0) + 14


def _widths(letterhead: Letterhead, names: Sequence[str]) -> list[float]:
    """The name column as wide as the longest name (within half the page), the signature the
    rest."""
    width = letterhead.text_width
    name = min(max(_name_width(names), width * 0.3), width * 0.5)
    return [name, width - name - PHOTO_WIDTH, PHOTO_WIDTH]


def _row_height(letterhead: Letterhead, title: Sequence[Any]) -> float:
    """The height of a row that fits 25 rows and the header on the first page under the title
    (as measured), so every page holds 25: about 20 points upright, 14 on a landscape page."""
    from reportlab.lib.units import mm

    width = letterhead.text_width
    frame = letterhead.page_size[1] - (2 * MARGIN_MM + 18) * mm - 2 * FRAME_PADDING
    used: float = sum(flowable.wrap(width, frame)[1] for flowable in title)
    # 1.5 points a row spare: ReportLab's frames round, and 25 rows must never become 24
    return min(26.0, (frame - used) / (ROWS_PER_PAGE + 1) - 1.5)


def _sheet(
    columns: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float], height: float
) -> Any:
    """Rows `height` tall, or taller where a long name wraps onto more lines."""
    heights = [
        max(
            [
                height,
                *(
                    entry.wrap(width - CELL_PADDING, height * 10)[1] + CELL_PADDING / 2
                    for entry, width in zip(row, widths, strict=True)
                    if not isinstance(entry, str)
                ),
            ]
        )
        for row in rows
    ]
    return listing(
        columns,
        rows,
        widths,
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("LINEAFTER", (0, 0), (-2, -1), 0.25, "#bbbbbb"),
        row_heights=heights,
    )
