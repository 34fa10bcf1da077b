"""A long list drawn straight onto the page, row by row: the roster's 60,000 rows at 100,000
members, a grant's thousands of expenses.

ReportLab's `Table` runs every cell through its general machinery (a style per cell, spans,
measuring again at each split): for a list of plain rows that was most of a 1,900-page roster's
time, 18 s against 6.7 s for ReportLab's plain tables of the same texts, and a long list had
to be cut into tables of `document.CHUNK` rows, each with its header (mid-page, every 100
expenses of a funder report, until this drew them). This flowable knows less and does less:
cells are plain strings (lines in the column's style, as `document.cell` makes them),
paragraphs, or lists of paragraphs one under another; one header row is repeated at the top
of every page; rows are never split, and each is measured once. It draws the house look of
`document.listing`: a rule under the header, light rules under the rows, every other row
shaded, cells at the top with the table's padding, the `right` columns right-aligned.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Mapping, Sequence
from itertools import accumulate
from typing import Any

from reportlab.lib.colors import HexColor
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from groupdesk.reports.document import (
    CELL_PADDING,
    HEAD_RULE,
    ROW_PADDING,
    ROW_RULE,
    SHADE,
    header_row,
    paragraph_styles,
)
from groupdesk.reports.text import unmarked

_SIDE, _TOP, _BOTTOM = CELL_PADDING / 2, ROW_PADDING, ROW_PADDING
_HEAD_RULE = (HEAD_RULE[0], HexColor(HEAD_RULE[1]))
_ROW_RULE = (ROW_RULE[0], HexColor(ROW_RULE[1]))
_SHADE = HexColor(SHADE)


class _Measured:
    """What every page of one list shares: its rows, the columns' widths, styles and sides,
    and where each row's top falls from the first's (measured once, not per page)."""

    def __init__(
        self,
        header: Sequence[Any],
        rows: Sequence[Sequence[Any]],
        widths: Sequence[float],
        styles: Sequence[Any],
        right: frozenset[int],
    ) -> None:
        self.header = [unmarked(c) if isinstance(c, str) else c for c in header]
        self.rows = [[unmarked(c) if isinstance(c, str) else c for c in row] for row in rows]
        self.widths, self.styles, self.right = list(widths), list(styles), right
        self.lefts = [0.0, *accumulate(self.widths)][:-1]
        self.header_height = self._height(self.header)
        self.tops = [0.0, *accumulate(self._height(row) for row in self.rows)]

    def _height(self, row: Sequence[Any]) -> float:
        tallest = min(style.leading for style in self.styles)
        for cell, width, style in zip(row, self.widths, self.styles, strict=True):
            if isinstance(cell, str):
                tall = style.leading * (cell.count("\n") + 1) if cell else 0
            else:
                tall = sum(part.wrap(width - 2 * _SIDE, 1e9)[1] for part in _parts(cell))
            tallest = max(tallest, tall)
        return float(tallest) + _TOP + _BOTTOM


def _parts(cell: Any) -> list[Any]:
    """The paragraphs of a cell, one under another."""
    return list(cell) if isinstance(cell, list) else [cell]


def rows_listing(
    columns: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    right: Sequence[int] = (),
    styles: Mapping[int, Any] | None = None,
) -> Rows:
    """`document.listing` of any length: under a header of `columns`, cells that are plain
    strings (a line to each new line) in the cell style, or in `styles[column]` for the columns
    it names; paragraphs; or lists of paragraphs. The `right` columns, header and plain cells,
    are right-aligned."""
    cell_style = paragraph_styles()["cell"]
    chosen = [(styles or {}).get(column, cell_style) for column in range(len(columns))]
    measured = _Measured(header_row(columns, right), rows, widths, chosen, frozenset(right))
    return Rows(measured, 0, len(measured.rows))


class Rows(Flowable):
    """Rows `first` to `end` of a list under its header."""

    def __init__(self, measured: _Measured, first: int, end: int) -> None:
        super().__init__()
        self._list, self._first, self._end = measured, first, end

    def _rows_height(self) -> float:
        tops = self._list.tops
        return tops[self._end] - tops[self._first]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self._list.widths)
        self.height = self._list.header_height + self._rows_height()
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """As many whole rows as fit under the header here, and the rest for the next page."""
        tops, first = self._list.tops, self._first
        room = available_height - self._list.header_height
        fit = bisect_right(tops, tops[first] + room, first, self._end + 1) - 1 - first
        if fit <= 0:
            return []  # not even one row: the next frame
        if first + fit >= self._end:
            return [self]
        return [Rows(self._list, first, first + fit), Rows(self._list, first + fit, self._end)]

    def draw(self) -> None:
        """Shading first, then the cells, then the rules over them, as a table draws."""
        canvas, measured = self.canv, self._list
        width, top = self.width, self.height - measured.header_height
        tops = [top - (measured.tops[at] - measured.tops[self._first]) for at in self._range()]
        heights = [measured.tops[at + 1] - measured.tops[at] for at in self._range()]
        canvas.saveState()
        canvas.setFillColor(_SHADE)
        for at, row_top, height in zip(self._range(), tops, heights, strict=True):
            if at % 2:
                canvas.rect(0, row_top - height, width, height, stroke=0, fill=1)
        self._draw_row(measured.header, self.height)
        for at, row_top in zip(self._range(), tops, strict=True):
            self._draw_row(measured.rows[at], row_top)
        canvas.setStrokeColor(_ROW_RULE[1])
        canvas.setLineWidth(_ROW_RULE[0])
        canvas.lines([(0, t - h, width, t - h) for t, h in zip(tops, heights, strict=True)])
        canvas.setStrokeColor(_HEAD_RULE[1])
        canvas.setLineWidth(_HEAD_RULE[0])
        canvas.line(0, top, width, top)
        canvas.restoreState()

    def _range(self) -> range:
        return range(self._first, self._end)

    def _draw_row(self, row: Sequence[Any], top: float) -> None:
        """A row's cells in order (the order a reader of the PDF's text gets them), its plain
        lines into one text object between paragraphs, not one each."""
        canvas, measured = self.canv, self._list
        text, font = None, None
        for at, cell in enumerate(row):
            left, width, style = measured.lefts[at], measured.widths[at], measured.styles[at]
            if isinstance(cell, str):
                if not cell:
                    continue
                if text is None:
                    text, font = canvas.beginText(), None
                    text.setFillColor(style.textColor)
                if font != (style.fontName, style.fontSize):
                    font = (style.fontName, style.fontSize)
                    text.setFont(style.fontName, style.fontSize, style.leading)
                baseline = top - _TOP - style.fontSize
                for line in cell.split("\n"):
                    x = left + _SIDE
                    if at in measured.right:
                        drawn = stringWidth(line, style.fontName, style.fontSize)
                        x = left + width - _SIDE - drawn
                    text.setTextOrigin(x, baseline)
                    text.textOut(line)
                    baseline -= style.leading
                continue
            if text is not None:
                canvas.drawText(text)
                text = None
            y = top - _TOP
            for part in _parts(cell):
                y -= part.height
                part.drawOn(canvas, left + _SIDE, y)
        if text is not None:
            canvas.drawText(text)
