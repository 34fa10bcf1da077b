"""Search every area at once: each area registers a source (`Area.search`, `groupdesk.registry`)
that lists its searchable records with their words folded (`collation.match_key`), so a new
area is found by one line in its declaration and this module names none.

The sources are read once into a `SearchIndex`, then each keystroke of the global search is an
in-memory scan: reading every area takes a few hundred milliseconds on the benchmark group,
matching its tens of thousands of entries a few milliseconds. The index is never kept between
searches by the services; the search box rebuilds it when the records change.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from groupdesk.errors import ValidationError
from groupdesk.registry import QT_TRANSLATE_NOOP, areas, load
from groupdesk.services.collation import search_words
from groupdesk.services.uow import UnitOfWork


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
class SearchEntry:
    hit: SearchHit
    #: Every word the record is found by, folded (`collation.match_key`).
    text: str
    #: The hit's detail, worded only when the hit is shown: for records too many to word each
    #: one's days and amounts up front (the 20,000 expenses of the benchmark group).
    detail: Callable[[], str] | None = None

    def shown(self) -> SearchHit:
        return replace(self.hit, detail=self.detail()) if self.detail else self.hit


class SearchIndex:
    """Every searchable record of every area, in the order the areas list them."""

    def __init__(self, entries: Iterable[SearchEntry]) -> None:
        self.entries = list(entries)
        self._texts = [entry.text for entry in self.entries]

    def __len__(self) -> int:
        return len(self.entries)

    def find(self, text: str, *, limit: int = 20) -> list[SearchHit]:
        """Up to `limit` hits of each kind of record, every word typed matching."""
        words = search_words(text)
        if not words:
            return []
        texts = self._texts
        # One tight pass per word, each over what the last left: a keystroke scans tens of
        # thousands of texts in a few milliseconds.
        found = [at for at, text in enumerate(texts) if words[0] in text]
        for word in words[1:]:
            found = [at for at in found if word in texts[at]]
        counts: dict[str, int] = {}
        hits = []
        for at in found:
            entry = self.entries[at]
            kind = entry.hit.record
            if counts.get(kind, 0) < limit:
                counts[kind] = counts.get(kind, 0) + 1
                hits.append(entry.shown())
        return hits


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


def build_index(uow: UnitOfWork) -> SearchIndex:
    """Read every area's search source (`source(uow) -> Iterable[SearchEntry]`)."""
    entries: list[SearchEntry] = []
    for area in areas():
        if area.search:
            entries += load(area.search)(uow)
    return SearchIndex(entries)


def search_everywhere(uow: UnitOfWork, *, text: str, limit: int = 20) -> list[SearchHit]:
    """Up to `limit` hits of each kind of record, areas in registry order."""
    if not text.strip():
        raise ValidationError({"text": "Type a word or a name to search for."})
    if limit < 1:
        raise ValidationError({"limit": f"{limit} is too few; show at least one hit."})
    return build_index(uow).find(text, limit=limit)
