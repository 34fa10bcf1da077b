"""The sidebar's pages, in order, as the areas registered them (`groupdesk.registry`). Each page
is imported only when first shown, so the window opens fast; titles are translated in the
"Sidebar" context."""

from __future__ import annotations

from groupdesk.registry import PageEntry, pages

PAGES: tuple[PageEntry, ...] = pages()

PAGE_KEYS = tuple(entry.key for entry in PAGES)


def page_entry(key: str) -> PageEntry:
    for entry in PAGES:
        if entry.key == key:
            return entry
    raise KeyError(f"no page {key!r}; pages are: {', '.join(PAGE_KEYS)}")
