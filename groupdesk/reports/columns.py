"""How three columns of a list share the room the others leave: each as wide as its widest entry
when they all fit, else by the widths that leave the fewest entries wrapped — a wrapped entry
is harder to read and many times slower to draw — and never a column narrower than its longest
word, which would break it ("secretar y" in a roster's roles, "Refreshme nts" in a funder
report's budget lines)."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence

from groupdesk.reports.document import CELL_PADDING
from groupdesk.reports.text import BODY_FONT

#: The share of a column's entries a width is tried at, when not everything fits.
_TRIED = [share / 50 for share in range(51)]


class Measure:
    """The width an entry needs in a cell of `size` points (padding included), each distinct
    text measured once."""

    def __init__(self, size: float) -> None:
        from reportlab.pdfbase.pdfmetrics import stringWidth  # ReportLab, when a report is made

        self.size = size
        self._width = stringWidth
        self._known: dict[str, float] = {}

    def __call__(self, text: str) -> float:
        width = self._known.get(text)
        if width is None:
            width = self._known[text] = self._width(text, BODY_FONT, self.size) + CELL_PADDING + 2
        return width

    def needs(self, head: str, entries: Iterable[str]) -> list[float]:
        """What the header and each entry need, sorted (an empty entry needs nothing)."""
        return sorted(map(self, [head, *filter(None, entries)]))

    def longest_word(self, head: str, entries: Iterable[str]) -> float:
        return max(map(self, {head, *(word for entry in entries for word in entry.split())}))


def shared(
    needs: Sequence[Sequence[float]],
    room: float,
    *,
    floors: Sequence[float],
    shares: Sequence[float],
) -> list[float]:
    """Widths for three columns in `room`, from the width each entry needs (`needs`, sorted),
    none below its `floors` (its longest word) while those fit. What is left once the chosen
    widths are given goes to the columns by `shares` (summing to 1). The fewest entries too
    wide are found by trying each of the first two columns at every fiftieth of its entries."""
    widest = [column[-1] for column in needs]
    if sum(widest) <= room:
        chosen = widest
    elif sum(floors) > room:  # even the longest words do not fit: each gives up alike
        return [room * floor / sum(floors) for floor in floors]
    else:
        chosen = _fewest_wrapped(needs, room, floors)
    spare = room - sum(chosen)
    return [width + spare * share for width, share in zip(chosen, shares, strict=True)]


def _fewest_wrapped(
    needs: Sequence[Sequence[float]], room: float, floors: Sequence[float]
) -> list[float]:
    tried = [
        sorted({floor, *(w for w in _at_fiftieths(column) if w > floor)})
        for column, floor in zip(needs, floors, strict=True)
    ]
    best: tuple[int, list[float]] | None = None
    for first in tried[0]:
        for second in tried[1]:
            third = min(room - first - second, needs[2][-1])
            if third < floors[2]:
                continue
            chosen = [first, second, third]
            wrapped = sum(
                len(column) - bisect_right(column, at)
                for column, at in zip(needs, chosen, strict=True)
            )
            if best is None or wrapped < best[0]:
                best = (wrapped, chosen)
    assert best is not None  # the floors fit, so they are tried
    return best[1]


def _at_fiftieths(column: Sequence[float]) -> list[float]:
    return [column[round(share * (len(column) - 1))] for share in _TRIED]
