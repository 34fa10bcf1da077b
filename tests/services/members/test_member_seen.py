"""The last-seen day the database keeps per member (`member_seen`, migration 0012): every write
that sees someone, or takes a sighting back, moves the day the Members table and the care list
show — check-ins, attendance, a meeting moved or cancelled, an undo — and an upgrade fills it
from the rows a group already holds."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from groupdesk.services.meetings.attendance import mark_attendance
from groupdesk.services.meetings.records import add_meeting, cancel_meeting, edit_meeting
from groupdesk.services.members.checkins import record_checkin, remove_checkin
from groupdesk.services.members.records import list_members
from groupdesk.services.undo import undo_changes, undoable
from groupdesk.services.workspace import Workspace
from tests.support.older_database import STAMPS, mark_insert, meeting_insert, upgraded_with

AddPerson = Callable[..., str]


def _seen(workspace: Workspace) -> dict[str, date | None]:
    return {row.full_name: row.last_seen for row in list_members(workspace.uow())}


def _evening(day: date) -> datetime:
    return datetime.combine(day, datetime.min.time()).replace(hour=19)


def test_every_write_that_sees_someone_moves_their_day(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana, wei = add_person("Ana Silva"), add_person("Wei Chen")
    assert _seen(members_ws) == {"Ana Silva": None, "Wei Chen": None}
    early = record_checkin(
        members_ws.uow(), member_id=ana, by_id=wei, on=date(2026, 3, 1), how="call"
    )
    assert _seen(members_ws) == {"Ana Silva": date(2026, 3, 1), "Wei Chen": date(2026, 3, 1)}
    meeting = add_meeting(
        members_ws.uow(),
        title="Committee",
        starts_at=_evening(date(2026, 4, 1)),
        ends_at=_evening(date(2026, 4, 1)).replace(hour=21),
        zone="Europe/London",
    ).key
    mark_attendance(members_ws.uow(), meeting=meeting, marks={ana: "present", wei: "absent"})
    assert _seen(members_ws) == {"Ana Silva": date(2026, 4, 1), "Wei Chen": date(2026, 3, 1)}
    edit_meeting(
        members_ws.uow(), meeting=meeting, changes={"starts_at": _evening(date(2026, 4, 8))}
    )
    assert _seen(members_ws)["Ana Silva"] == date(2026, 4, 8)
    mark_attendance(members_ws.uow(), meeting=meeting, marks={ana: "apologies"})
    assert _seen(members_ws)["Ana Silva"] == date(2026, 3, 1)
    mark_attendance(members_ws.uow(), meeting=meeting, marks={ana: "present"})
    cancel_meeting(members_ws.uow(), meeting=meeting)
    assert _seen(members_ws)["Ana Silva"] == date(2026, 3, 1)
    removal = undoable(
        members_ws.uow(),
        "Removed a check-in.",
        lambda: remove_checkin(members_ws.uow(), checkin_id=early.id),
    ).undo
    assert _seen(members_ws) == {"Ana Silva": None, "Wei Chen": None}
    assert removal is not None
    undo_changes(members_ws.uow(), undo=removal)
    assert _seen(members_ws) == {"Ana Silva": date(2026, 3, 1), "Wei Chen": date(2026, 3, 1)}


def test_the_upgrade_fills_the_day_from_the_rows_already_held(tmp_path: Path) -> None:
    raw = upgraded_with(
        tmp_path / "groupdesk.sqlite",
        "0011_group_zone",
        [
            "INSERT INTO checkins (id, member_id, by_id, checked_on, how, created_at, updated_at)"
            f" VALUES ('c1', 'ana', 'wei', '2026-03-01', 'call', {STAMPS})",
            meeting_insert("m1", "2026-04-01"),
            mark_insert("a-m1", "m1", "ana"),
            meeting_insert("m2", "2026-05-01", "cancelled"),
            mark_insert("a-m2", "m2", "ana"),
        ],
    )
    assert dict(raw.execute("SELECT member_id, seen_on FROM member_seen")) == {
        "ana": "2026-04-01",
        "wei": "2026-03-01",
    }
    raw.close()
