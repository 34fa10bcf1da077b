"""Pages and the registry agree: each sidebar page is the class its area registered under that
key, and listens only to areas that exist (a misspelt area would never refresh it)."""

from __future__ import annotations

import pytest

from groupdesk.registry import PageEntry, areas
from groupdesk.ui.context import ALL
from groupdesk.ui.pages import PAGES
from groupdesk.ui.pages.base import Page


@pytest.mark.parametrize("entry", PAGES, ids=lambda entry: entry.key)
def test_each_page_listens_only_to_registered_areas(entry: PageEntry) -> None:
    page_class = entry.load()
    assert issubclass(page_class, Page)
    assert page_class.key == entry.key
    assert page_class.areas <= {area.key for area in areas()} | {ALL}
