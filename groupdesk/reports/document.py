"""The page every report is printed on, and writing it safely.

Each page carries the group's name (and logo) at the top, and the report's title, its period,
the day it was made and "page N of M" at the foot, on the group's paper size, with room on the
left for a hole punch. The PDF is written to a temporary file beside the target and moved into
place at the end, so a failed or cancelled report never leaves half a file where the last good
one was; the same data always gives the same bytes (`invariant`), so tests can compare files.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from groupdesk.errors import ValidationError
from groupdesk.reports.text import (
    BODY_FONT,
    BOLD_FONT,
    font_runs,
    paragraph_markup,
    register_fonts,
    unmarked,
    visual,
)
from groupdesk.services import settings
from groupdesk.services.attachments import DamagedAttachmentError, attachment_path
from groupdesk.services.output_files import replacing
from groupdesk.services.uow import UnitOfWork

#: Called with (done, total, what): reports say how far they are.
Progress = Callable[[int, int, str], None]
MARGIN_MM = 18
#: The left margin: wide enough for the holes of a two- or four-hole punch to miss the text.
PUNCH_MARGIN_MM = 25
#: ReportLab's frames keep this many points clear inside the margins.
FRAME_PADDING = 6
#: Left plus right padding of a table cell (ReportLab's default: 6 points each side).
CELL_PADDING = 12
#: The house look of a list (`listing`, and `rows.rows_listing` drawing the same): the rule
#: under the header and under each row (width, colour), every other row's shade, and a
#: cell's padding above and below its text.
HEAD_RULE = (0.8, "#333333")
ROW_RULE = (0.25, "#bbbbbb")
SHADE = "#f3f6f4"
ROW_PADDING = 3


@dataclass(frozen=True)
class ReportResult:
    """What writing a report made: its file, then each report's own figures (fields of the
    subclass). `as_dict` is the command line's `--json` answer: every field, the path as
    "file"."""

    path: Path

    def as_dict(self) -> dict[str, object]:
        answer: dict[str, object] = {}
        for field in fields(self):
            value = getattr(self, field.name)
            if field.name == "path":
                answer["file"] = str(value)
            else:
                answer[field.name] = list(value) if isinstance(value, tuple) else value
        return answer


@dataclass(frozen=True)
class Letterhead:
    group_name: str
    title: str
    printed_on: str
    paper_size: str = "A4"
    logo: Path | None = None
    #: What the report covers ("Tuesday 1 December 2026"), in the foot beside the title.
    period: str = ""
    landscape: bool = False
    #: The group's locale ("en_GB"): dates and numbers, and the PDF's language.
    locale: str = "en"

    @property
    def page_size(self) -> tuple[float, float]:
        from reportlab.lib.pagesizes import A4, LETTER, landscape, portrait

        size = LETTER if self.paper_size == "Letter" else A4
        return landscape(size) if self.landscape else portrait(size)

    @property
    def text_width(self) -> float:
        """The width between the margins and inside the frame's padding, in points: what
        tables share out (a wider one would stick out on both sides)."""
        from reportlab.lib.units import mm

        return self.page_size[0] - (PUNCH_MARGIN_MM + MARGIN_MM) * mm - 2 * FRAME_PADDING

    def day(self, value: date) -> str:
        """A date the group's way ("24 Nov 2026"), never broken across lines."""
        from babel.dates import format_date

        return format_date(value, "medium", locale=self.locale).replace(" ", NO_BREAK)

    def long_day(self, value: date) -> str:
        from babel.dates import format_date

        return format_date(value, "full", locale=self.locale)

    def time(self, value: datetime) -> str:
        from babel.dates import format_time

        return format_time(value, "short", locale=self.locale).replace(" ", NO_BREAK)

    def number(self, count: int) -> str:
        """A count the locale's way ("10,000"; "10 000" in fr_FR)."""
        from babel.numbers import format_decimal

        return format_decimal(count, locale=self.locale)

    def counted(self, count: int, one: str, many: str) -> str:
        """ "1 grant", "6 grants", "10,000 members": the count the locale's way, then the
        word for one or for many."""
        return counted(count, one, many, number=self.number(count))

    def as_of(self, today: date) -> Letterhead:
        """This letterhead for a report of how things stand on `today` ("as of Tuesday,
        24 November 2026" in the foot)."""
        return replace(self, period=f"as of {self.long_day(today)}")


def counted(count: int, one: str, many: str, *, number: str | None = None) -> str:
    """ "1 page", "6 pages": a count and the word for one or for many (never "page(s)"), the
    count written as `number` when given (the locale's digits)."""
    return f"{count if number is None else number} {one if count == 1 else many}"


#: Between words that should stay on one line (phone numbers, dates).
NO_BREAK = "\u00a0"


def group_letterhead(
    uow: UnitOfWork,
    *,
    title: str,
    today: date,
    period: str = "",
    landscape: bool = False,
    paper_size: str | None = None,
) -> Letterhead:
    """The letterhead of a report of this group: its name, logo, paper (unless `paper_size`,
    "A4" or "Letter", is asked for) and locale."""
    group = settings.get_settings(uow)
    logo = None
    if group.logo_attachment_id:
        try:
            found: Path | None = attachment_path(uow, group.logo_attachment_id)
        except DamagedAttachmentError:
            found = None  # a damaged record prints no logo; the roster still prints
        logo = found if found is not None and found.exists() else None
    letterhead = Letterhead(
        group_name=group.name,
        title=title,
        printed_on="",
        paper_size=paper_size or group.paper_size,
        logo=logo,
        period=period,
        landscape=landscape,
        locale=group.locale,
    )
    return replace(letterhead, printed_on=f"made on {letterhead.day(today)}")


def check_pdf_path(path: Path) -> None:
    if path.suffix.lower() != ".pdf":
        raise ValidationError.single("file", f"{path.name} should end in .pdf")


def paragraph_styles() -> dict[str, Any]:
    """The few styles reports use, in the embedded fonts: a dict of its own each time (a report
    may add its styles to it), the styles in it made once (a 10,000-member sign-in sheet asked
    for them 8,600 times, 4 s of making the same styles)."""
    return dict(_styles())


@functools.cache
def _styles() -> dict[str, Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    body = ParagraphStyle("body", fontName=BODY_FONT, fontSize=10, leading=13)
    return {
        "body": body,
        "title": ParagraphStyle("title", body, fontName=BOLD_FONT, fontSize=18, leading=22),
        "note": ParagraphStyle("note", body, fontSize=9, leading=12, textColor=HexColor("#444444")),
        "cell": ParagraphStyle("cell", body, fontSize=9, leading=11),
        "head": ParagraphStyle("head", body, fontName=BOLD_FONT, fontSize=9, leading=11),
        "heading": ParagraphStyle(
            "heading",
            body,
            fontName=BOLD_FONT,
            fontSize=12,
            leading=15,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=1,
        ),
    }


def title_block(letterhead: Letterhead, *notes: str) -> list[Any]:
    """The report's title, its period under it, and notes for the reader."""
    styles = paragraph_styles()
    story = [para(letterhead.title, styles["title"])]
    if letterhead.period:
        story.append(para(letterhead.period, styles["body"]))
    story += [para(note, styles["note"]) for note in notes]
    story.append(space())
    return story


def space(height_mm: float = 4) -> Any:
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    return Spacer(1, height_mm * mm)


def para(text: str, style: Any) -> Any:
    """A paragraph of plain `text` (any script) in `style`, shaped when a script needs it
    (only then: shaping every paragraph would slow a long report for nothing)."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph

    markup, shaped = paragraph_markup(text, bold=style.fontName == BOLD_FONT)
    if shaped:
        style = ParagraphStyle(f"{style.name}-shaped", style, shaping=1)
    return Paragraph(markup, style)


def cell(text: str, style: Any, width: float) -> Any:
    """A table cell: the plain string when it is in the body font alone and left to right —
    its lines joined by new lines when it needs more than one, wrapped at spaces as a
    paragraph would (ReportLab draws those many times faster than paragraphs) — else a
    wrapping paragraph in every font it needs. The table must use the style's font, size and
    leading for plain cells."""
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfbase.pdfmetrics import stringWidth

    if not text:
        return ""
    drawn = visual(text)
    runs = font_runs(drawn)
    if len(runs) == 1 and runs[0][0] == style.fontName:
        room = width - CELL_PADDING
        if stringWidth(drawn, style.fontName, style.fontSize) <= room:
            return drawn
        if drawn == text:  # nothing reordered: its lines read top to bottom
            lines = simpleSplit(" ".join(text.split()), style.fontName, style.fontSize, room)
            if all(stringWidth(line, style.fontName, style.fontSize) <= room for line in lines):
                return "\n".join(lines)
    return para(text, style)


def table(
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float | None],
    *commands: tuple[Any, ...],
    repeat_rows: int = 0,
    row_heights: Sequence[float | None] | None = None,
) -> Any:
    """A table whose plain cells are in the body cell style (not ReportLab's Helvetica, which
    would be the one font of the file left unembedded), cells aligned to the top."""
    from reportlab.platypus import Table, TableStyle

    cell_style = paragraph_styles()["cell"]
    made = Table(
        [[unmarked(entry) if isinstance(entry, str) else entry for entry in row] for row in rows],
        colWidths=list(widths),
        rowHeights=row_heights,
        repeatRows=repeat_rows,
    )
    made.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), cell_style.fontName),
                ("FONTSIZE", (0, 0), (-1, -1), cell_style.fontSize),
                ("LEADING", (0, 0), (-1, -1), cell_style.leading),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                *commands,
            ]
        )
    )
    return made


def listing(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float | None],
    *commands: tuple[Any, ...],
    row_heights: Sequence[float] | None = None,
    right: Sequence[int] = (),
) -> Any:
    """A list in the house look: a bold header row repeated on every page, light rules and
    banded rows (each as tall as `row_heights` says, when given). ReportLab breaks tables
    between rows only, so no row is split. The `right` columns (amounts, counts) are
    right-aligned, their header over them too."""
    return table(
        [header_row(columns, right), *rows],
        widths,
        *(("ALIGN", (column, 1), (column, -1), "RIGHT") for column in right),
        ("LINEBELOW", (0, 0), (-1, 0), *HEAD_RULE),
        ("LINEBELOW", (0, 1), (-1, -1), *ROW_RULE),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), ["#ffffff", SHADE]),
        ("TOPPADDING", (0, 0), (-1, -1), ROW_PADDING),
        ("BOTTOMPADDING", (0, 0), (-1, -1), ROW_PADDING),
        *commands,
        repeat_rows=1,
        row_heights=None if row_heights is None else [None, *row_heights],
    )


def header_row(columns: Sequence[str], right: Sequence[int] = ()) -> list[Any]:
    """A list's header: its column names in bold, the `right` ones right-aligned."""
    from reportlab.lib.enums import TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    head = paragraph_styles()["head"]
    head_right = ParagraphStyle("head-right", head, alignment=TA_RIGHT)
    return [para(name, head_right if n in right else head) for n, name in enumerate(columns)]


#: Rows laid out between two words of a long report's progress. ReportLab measures a table again
#: each time it splits it over a page, so its plain tables of this many rows are what a long list
#: is measured against (2,000 expenses in one table: 0.75 s of measuring); a long list itself is
#: drawn row by row (`rows.rows_listing`).
CHUNK = 100


def cells(texts: Sequence[str], widths: Sequence[float]) -> list[Any]:
    """One row of `cell`s in the cell style."""
    style = paragraph_styles()["cell"]
    return [cell(text, style, width) for text, width in zip(texts, widths, strict=True)]


def write_pdf(path: Path, letterhead: Letterhead, story: Sequence[Any]) -> int:
    """Lay out `story` on the letterhead's pages into `path`; returns the number of pages."""
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    register_fonts()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as problem:
        raise ValidationError.single(
            "file", f"{path} cannot be written ({problem.strerror})"
        ) from None
    with replacing(path, field="file") as temporary:
        document = SimpleDocTemplate(
            str(temporary),
            pagesize=letterhead.page_size,
            leftMargin=PUNCH_MARGIN_MM * mm,
            rightMargin=MARGIN_MM * mm,
            topMargin=(MARGIN_MM + 12) * mm,
            bottomMargin=(MARGIN_MM + 6) * mm,
            title=f"{letterhead.group_name}: {letterhead.title}",
            author=letterhead.group_name,
            creator="GroupDesk",
            lang=letterhead.locale.replace("_", "-"),
            invariant=1,
            initialFontName=BODY_FONT,  # not Helvetica: every font in the file is embedded
        )
        pages = _PageCounter()
        document.build(list(story), canvasmaker=pages.canvas_maker(letterhead))
    return pages.total


class _PageCounter:
    """Makes canvases that hold every page back until the end, so each can say "of M"."""

    def __init__(self) -> None:
        self.total = 0

    def canvas_maker(self, letterhead: Letterhead) -> Callable[..., Any]:
        from reportlab.pdfgen.canvas import Canvas

        counter = self

        class NumberedCanvas(Canvas):
            def __init__(self, *args: Any, **kwargs: Any) -> None:
                super().__init__(*args, **kwargs)
                self._pages: list[dict[str, Any]] = []

            def showPage(self) -> None:
                self._pages.append(dict(self.__dict__))
                self._startPage()  # type: ignore[attr-defined]  # private, not in the stubs

            def save(self) -> None:
                counter.total = len(self._pages)
                for number, state in enumerate(self._pages, start=1):
                    self.__dict__.update(state)
                    _draw_letterhead(self, letterhead, number, counter.total)
                    super().showPage()
                super().save()

        return NumberedCanvas


def _draw_letterhead(canvas: Any, letterhead: Letterhead, number: int, total: int) -> None:
    from reportlab.lib.units import mm
    from reportlab.lib.utils import ImageReader

    width, height = canvas._pagesize
    left, right = PUNCH_MARGIN_MM * mm, width - MARGIN_MM * mm
    top = height - MARGIN_MM * mm
    canvas.saveState()
    name_left = left
    if letterhead.logo is not None:
        logo = ImageReader(str(letterhead.logo))
        logo_w, logo_h = logo.getSize()
        draw_h = 12 * mm
        draw_w = draw_h * logo_w / max(logo_h, 1)
        canvas.drawImage(logo, left, top - draw_h + 2 * mm, draw_w, draw_h, mask="auto")
        name_left = left + draw_w + 3 * mm
    _draw_text(canvas, name_left, top - 4 * mm, letterhead.group_name, BOLD_FONT, 12)
    canvas.setStrokeColor("#888888")
    canvas.setLineWidth(0.5)
    canvas.line(left, top - 8 * mm, right, top - 8 * mm)
    foot = MARGIN_MM * mm - 2 * mm
    canvas.line(left, foot + 5 * mm, right, foot + 5 * mm)
    foot_text = " · ".join(
        filter(None, (letterhead.title, letterhead.period, letterhead.printed_on))
    )
    _draw_text(canvas, left, foot, foot_text, BODY_FONT, 8)
    page_text = f"Page {number} of {total}"
    canvas.setFont(BODY_FONT, 8)
    canvas.drawRightString(right, foot, page_text)
    canvas.restoreState()


def _draw_text(canvas: Any, x: float, y: float, text: str, font: str, size: float) -> None:
    """One line of plain text in any script on the canvas at baseline `y`: a paragraph,
    because the canvas's own strings are never shaped without ReportLab's RTL extension."""
    from reportlab.lib.styles import ParagraphStyle

    line = para(text, ParagraphStyle("line", fontName=font, fontSize=size, leading=size))
    line.wrapOn(canvas, canvas._pagesize[0], size)
    line.drawOn(canvas, x, y)
