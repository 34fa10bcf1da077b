"""Search every area at once: each area registers a source (`Area.search`, `groupdesk.registry`)
that answers with the records matching what was typed, so a new area is found by one line in
its declaration and this module names none."""

from __future__ import annotations

from dataclasses import dataclass

from groupdesk.errors import ValidationError
from groupdesk.registry import areas, load
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class SearchHit:
    #: The area's key ("members"), so a front end knows where to open the record.
    area: str
    #: What the record is ("member"), as history names it.
    record: str
    row_id: str
    #: The record's name as the area shows it.
    title: str
    #: A few words that tell two hits with the same title apart ("active, joined 2024").
    detail: str

    def as_dict(self) -> dict[str, str]:
        return {
            "area": self.area,
            "record": self.record,
            "id": self.row_id,
            "title": self.title,
            "detail": self.detail,
        }


def search_everywhere(uow: UnitOfWork, *, text: str, limit: int = 20) -> list[SearchHit]:
    """Up to `limit` hits from each area that has a search source, areas in registry order.

    A source is `source(uow, *, text, limit) -> list[SearchHit]`; every word typed must match.
    """
    if not text.strip():
        raise ValidationError({"text": "Type a word or a name to search for."})
    if limit < 1:
        raise ValidationError({"limit": f"{limit} is too few; show at least one hit."})
    hits: list[SearchHit] = []
    for area in areas():
        if area.search:
            hits += load(area.search)(uow, text=text, limit=limit)
    return hits
