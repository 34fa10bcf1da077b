"""Record ids: time-ordered UUIDv7 made on the device, deterministic ids for pair facts."""

from __future__ import annotations

import uuid

from groupdesk.ids import new_id, pair_id


def test_new_ids_are_uuid7_text_in_the_order_they_were_made() -> None:
    ids = [new_id() for _ in range(20_000)]  # thousands in each millisecond
    assert all(uuid.UUID(i).version == 7 and len(i) == 36 for i in ids)
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)


def test_a_pair_fact_gets_the_same_id_on_every_laptop() -> None:
    assert pair_id("attendance", "member-1", "meeting-9") == pair_id(
        "attendance", "member-1", "meeting-9"
    )
    assert uuid.UUID(pair_id("attendance", "m", "x")).version == 5


def test_the_kind_and_the_order_of_the_pair_matter() -> None:
    assert pair_id("attendance", "a", "b") != pair_id("attendance", "b", "a")
    assert pair_id("attendance", "a", "b") != pair_id("skill", "a", "b")
