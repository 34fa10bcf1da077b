"""Meetings travel by sync with nothing written for them: two laptops recording the same
occurrence of a series offline make ONE meeting, one attendance row per member, and one agenda
that every laptop sees in the same order."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sync_helpers import add_member, setup_group, state, sync

from groupdesk.models.meetings import Attendance, Meeting
from groupdesk.services.meetings.agenda import add_item, agenda_of, move_item
from groupdesk.services.meetings.attendance import expected_members, mark_attendance
from groupdesk.services.meetings.occurrences import occurrence_key
from groupdesk.services.meetings.series import add_series
from groupdesk.services.sync.conflicts import list_conflicts


def test_two_laptops_editing_one_meetings_agenda_and_attendance_converge(
    laptops, sync_folder
) -> None:  # type: ignore[no-untyped-def]
    ana, sam, lee = laptops("ana"), laptops("sam"), laptops("lee")
    setup_group(ana, [sam, lee], sync_folder, names=["Ana's laptop", "Sam's laptop", "Lee's"])
    wei, zoe, kim = (add_member(ana, name) for name in ("Wei Chen", "Zoë Ñúñez", "Kim Lee"))
    series = add_series(
        ana.uow(),
        title="General meeting",
        repeat="FREQ=MONTHLY;BYDAY=1TU",
        starts_at=datetime(2026, 6, 2, 19),
        zone="Europe/London",
    )
    sync(ana, sam, lee)
    july = occurrence_key(series.id, datetime(2026, 7, 7, 19))

    # Offline, both laptops start recording the same July meeting.
    for title in ("Welcome", "Budget"):
        add_item(ana.uow(), meeting=july, values={"title": title})
    mark_attendance(ana.uow(), meeting=july, marks={wei: "present", zoe: "present"})
    sam.test_clock.millis = ana.test_clock.millis + 10_000
    agenda = add_item(sam.uow(), meeting=july, values={"title": "Fundraising"})
    move_item(sam.uow(), item_id=agenda.items[0].id, to_position=0)
    mark_attendance(sam.uow(), meeting=july, marks={zoe: "apologies", kim: "absent"})
    sync(ana, sam, lee, ana)

    assert state(ana) == state(sam) == state(lee)
    for laptop in (ana, sam, lee):
        with laptop.uow() as uow:
            assert uow.session.scalar(select(func.count()).select_from(Meeting)) == 1
            assert uow.session.scalar(select(func.count()).select_from(Attendance)) == 3
        marks = {m.name: m.status for m in expected_members(laptop.uow(), meeting=july)}
        # Zoë's mark was made on both laptops: one row, Sam's later mark in effect.
        assert marks == {"Kim Lee": "absent", "Wei Chen": "present", "Zoë Ñúñez": "apologies"}
        titles = {item.title for item in agenda_of(laptop.uow(), meeting=july).items}
        assert titles == {"Welcome", "Budget", "Fundraising"}
    assert [i.title for i in agenda_of(ana.uow(), meeting=july).items] == [
        i.title for i in agenda_of(lee.uow(), meeting=july).items
    ]
    assert all(c.table != "meetings" for c in list_conflicts(ana.uow()))
