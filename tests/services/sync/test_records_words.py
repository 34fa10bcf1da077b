"""A table's records in the reader's words (a sync stopped before a mass deletion)."""

from __future__ import annotations

from groupdesk.messages import Message
from groupdesk.models.base import synced_models
from groupdesk.services.sync.records_words import records_of


def test_every_synced_table_s_records_have_a_word_marked_for_translation() -> None:
    """A table without one was said by its name ("resource_items") on every screen."""
    unnamed = [
        model.__tablename__
        for model in synced_models()
        if not isinstance(records_of(model.__tablename__, 6), Message)
    ]
    assert not unnamed


def test_the_english_word_takes_the_plural_its_count_needs() -> None:
    assert records_of("members", 6) == "members"
    assert records_of("grant_budget_lines", 1) == "budget line"
    assert records_of("new_area_rows", 6) == "new area rows"  # an area added later
