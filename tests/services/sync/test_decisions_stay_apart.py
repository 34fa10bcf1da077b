"""A decision recorded on two laptops for the same motion stays two rows after sync, both seen
on every laptop: a vote is a fact of its own, not a field to merge (SYNC.md)."""

from __future__ import annotations

from datetime import datetime

from sync_helpers import add_member, setup_group, state, sync

from groupdesk.services.meetings.attendance import mark_attendance
from groupdesk.services.meetings.decisions import decisions_of, record_decision
from groupdesk.services.meetings.occurrences import occurrence_key
from groupdesk.services.meetings.outcomes import Counts
from groupdesk.services.meetings.series import add_series


def test_the_same_motion_recorded_on_two_laptops_stays_two_decisions(laptops, sync_folder) -> None:  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder, names=["Ana's laptop", "Sam's laptop"])
    wei, zoe = (add_member(ana, name) for name in ("Wei Chen", "Zoë Ñúñez"))
    series = add_series(
        ana.uow(),
        title="General meeting",
        repeat="FREQ=MONTHLY;BYDAY=1TU",
        starts_at=datetime(2026, 6, 2, 19),
        zone="Europe/London",
    )
    july = occurrence_key(series.id, datetime(2026, 7, 7, 19))
    mark_attendance(ana.uow(), meeting=july, marks={wei: "present", zoe: "present"})
    sync(ana, sam)

    record_decision(ana.uow(), meeting=july, motion="Buy a kettle", counts=Counts(2, 0))
    sam.test_clock.millis = ana.test_clock.millis + 10_000
    record_decision(sam.uow(), meeting=july, motion="Buy a kettle", counts=Counts(1, 1))
    sync(ana, sam, ana)

    assert state(ana) == state(sam)
    for laptop in (ana, sam):
        seen = decisions_of(laptop.uow(), meeting=july)
        assert [(d.motion, d.outcome) for d in seen] == [
            ("Buy a kettle", "carried"),
            ("Buy a kettle", "defeated"),
        ]
