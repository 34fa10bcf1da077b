"""Search every area at once: each area registers a source (`Area.search`, `groupdesk.registry`)
that lists its searchable records kind by kind, each with its words folded
(`collation.match_key`), so a new area is found by one line in its declaration and this module
names none.

The sources are read once into a `SearchIndex`, then each keystroke of the global search is an
in-memory scan. A record is kept as its plain row and its folded text, and becomes a `SearchHit`
(its detail worded: days, amounts, roles) only when it is one of the hits shown: building an
object and a sentence for each of 377,000 records was most of the index's read at 100,000
members, and kept the garbage collector walking them. The index is never kept between searches
by the services; the search box rebuilds it when the records change.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from groupdesk.errors import ValidationError
from groupdesk.registry import QT_TRANSLATE_NOOP, areas, load
from groupdesk.services.collation import search_words
from groupdesk.services.uow import UnitOfWork

if TYPE_CHECKING:
    from sqlalchemy.sql import Executable

#: Joins a kind's texts into one for `str.find`: whitespace, which no typed word holds
#: (`search_words` splits on it), so a word is never found across two records.
_JOIN = "\n"
#: How much of a kind's texts `_rarest` samples (about 1,500 records).
_SAMPLE = 65_536


@dataclass(frozen=True)
class SearchHit:
    #: The area's key ("members"): the page that opens the record.
    area: str
    #: What the record is ("member", "action", "expense"), as history names it.
    record: str
    row_id: str
    #: The record's name as the area shows it.
    title: str
    #: A few words that tell two hits with the same title apart ("active, joined 2024").
    detail: str
    #: The record the area's page opens to show this one, when not the record itself (a loan
    #: opens its item, an expense its grant); empty for the record itself.
    opens: str = ""

    @property
    def target(self) -> str:
        """The id to hand the area's page (`Page.open_record`)."""
        return self.opens or self.row_id

    def as_dict(self) -> dict[str, str]:
        return {
            "area": self.area,
            "record": self.record,
            "id": self.row_id,
            "title": self.title,
            "detail": self.detail,
        }


@dataclass(frozen=True)
class SearchRecords:
    """One kind of record as its area lists it: plain rows (tuples of text, numbers and days,
    which the garbage collector stops watching), in the order hits are shown."""

    #: What the records are ("member"): each kind keeps its own limit of hits.
    record: str
    rows: Sequence[Any]
    #: Each row's words, folded (`collation.match_key`), in the order of `rows`.
    texts: Sequence[str]
    #: The hit a row makes, worded when it is shown.
    hit: Callable[[Any], SearchHit]


class SearchIndex:
    """Every searchable record of every area, kind by kind in the order the areas list them."""

    def __init__(self, kinds: Iterable[SearchRecords]) -> None:
        self.kinds = list(kinds)
        self._joined = [_JOIN.join(kind.texts) for kind in self.kinds]
        # Where each text starts in its kind's joined text, and one past the end.
        self._starts = [
            list(accumulate((len(text) + 1 for text in kind.texts), initial=0))
            for kind in self.kinds
        ]

    def __len__(self) -> int:
        return sum(len(kind.rows) for kind in self.kinds)

    def find(self, text: str, *, limit: int = 20) -> list[SearchHit]:
        """Up to `limit` hits of each kind of record, every word typed matching.

        In each kind the rarest word is looked for in the joined text with `str.find`, record
        by record, the others checked in the record found, and the kind stops at its limit: a
        first letter matching most records costs no more than a rare word, and "e z" is led by
        the "z"."""
        words = search_words(text)
        if not words:
            return []
        hits = []
        for kind, joined, starts in zip(self.kinds, self._joined, self._starts, strict=True):
            lead = _rarest(words, joined)
            others = [word for word in words if word != lead]
            texts, found = kind.texts, 0
            at = joined.find(lead)
            while at >= 0 and found < limit:
                row = bisect_right(starts, at) - 1
                if all(word in texts[row] for word in others):
                    hits.append(kind.hit(kind.rows[row]))
                    found += 1
                at = joined.find(lead, starts[row + 1])
        return hits


def _rarest(words: list[str], joined: str) -> str:
    """The word seen least often in the first `_SAMPLE` characters of a kind's joined text
    (the longer of two as rare): a sample that costs microseconds where counting every
    record's words would cost as much as the scan it saves."""
    if len(words) == 1:
        return words[0]
    return min(words, key=lambda word: (joined.count(word, 0, _SAMPLE), -len(word)))


def listed(*parts: str | None) -> str:
    """A hit's detail from its parts ("active, chair, first aid"), the empty ones left out:
    a word the records store goes in as `messages.stored_word`, which the search box says as
    the screens do (in Arabic, "withdrawn" as its Arabic, not in English)."""
    shown = [part for part in parts if part]
    if not shown:
        return ""
    detail = shown[0]
    for part in shown[1:]:
        detail = QT_TRANSLATE_NOOP("Search", "{listed}, {part}").format(listed=detail, part=part)
    return detail


def plain_rows(uow: UnitOfWork, query: Executable) -> list[tuple[Any, ...]]:
    """The rows `query` reads (inside `with uow:`), as plain tuples: SQLAlchemy's rows are
    watched by the garbage collector for as long as the index lives, tuples of text, numbers
    and days are not."""
    return list(map(tuple, uow.session.connection().execute(query)))


def build_index(uow: UnitOfWork) -> SearchIndex:
    """Read every area's search source (`source(uow) -> list[SearchRecords]`)."""
    kinds: list[SearchRecords] = []
    for area in areas():
        if area.search:
            kinds += load(area.search)(uow)
    return SearchIndex(kinds)


def search_everywhere(uow: UnitOfWork, *, text: str, limit: int = 20) -> list[SearchHit]:
    """Up to `limit` hits of each kind of record, areas in registry order."""
    if not text.strip():
        raise ValidationError({"text": "Type a word or a name to search for."})
    if limit < 1:
        raise ValidationError({"limit": f"{limit} is too few; show at least one hit."})
    return build_index(uow).find(text, limit=limit)
