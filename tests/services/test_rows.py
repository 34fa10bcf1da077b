"""The synced-rows kit: live rows or a sentence naming the record, tombstones stamped by the
injected clock, restore, and member names; and `created_at`/`updated_at` set by the clock that
the test chose, not the machine's."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import select

from groupdesk.errors import GroupDeskError, NotFoundError
from groupdesk.models.members import CheckIn, Member
from groupdesk.services.members.checkins import record_checkin, remove_checkin
from groupdesk.services.members.records import add_member, delete_member, edit_member
from groupdesk.services.rows import (
    FORGOTTEN_NAME,
    live_member,
    live_row,
    names_of,
    restore,
    row_of,
    tombstone,
)
from groupdesk.services.settings import create_group
from groupdesk.services.sync.capture import bulk_insert
from groupdesk.services.workspace import Workspace

MAY_3_NOON = datetime(2026, 5, 3, 12, 0)


class SetClock:
    """A laptop clock the test moves by hand (milliseconds since the epoch, as injected)."""

    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> int:
        return int(self.at.replace(tzinfo=UTC).timestamp() * 1000)


@pytest.fixture
def clock() -> SetClock:
    return SetClock(MAY_3_NOON)


@pytest.fixture
def ws(make_workspace: Callable[..., Workspace], clock: SetClock) -> Workspace:
    workspace = make_workspace("rows", now_millis=clock)
    create_group(workspace.uow(), name="Test Group", currency="GBP", locale="en_GB")
    return workspace


def _member(ws: Workspace, name: str, **values: object) -> str:
    return add_member(ws.uow(), values={"full_name": name, **values}).id


def test_now_and_today_come_from_the_injected_clock(ws: Workspace, clock: SetClock) -> None:
    clock.at = datetime(2031, 1, 2, 12, 30, 15)
    uow = ws.uow()
    assert uow.now() == datetime(2031, 1, 2, 12, 30, 15)
    assert uow.now().tzinfo is None  # stored as naive UTC, like every datetime in SQLite here
    assert uow.today() == date(2031, 1, 2)


def test_new_and_edited_rows_are_stamped_by_the_injected_clock(
    ws: Workspace, clock: SetClock
) -> None:
    member_id = _member(ws, "Ana Silva")
    clock.at = datetime(2026, 6, 1, 9, 0)
    edit_member(ws.uow(), member_id=member_id, changes={"phone": "07700 900123"})
    with ws.uow() as uow:
        member = uow.session.get(Member, member_id)
        assert member is not None
        assert member.created_at == MAY_3_NOON
        assert member.updated_at == datetime(2026, 6, 1, 9, 0)


def test_a_tombstone_is_stamped_by_the_injected_clock_and_restore_clears_it(
    ws: Workspace, clock: SetClock
) -> None:
    member_id = _member(ws, "Ana Silva")
    clock.at = datetime(2026, 7, 4, 8, 0)
    with ws.uow() as uow:
        tombstone(uow, row_of(uow.session, Member, member_id, what="member"))
        uow.commit()
    with ws.uow() as uow:
        member = row_of(uow.session, Member, member_id, what="member")
        assert member.deleted_at == datetime(2026, 7, 4, 8, 0)
        restore(member, name=member.full_name)
        with pytest.raises(GroupDeskError, match="Ana Silva is not deleted"):
            restore(member, name=member.full_name)


def test_a_missing_row_and_a_deleted_row_are_refused_naming_the_record(ws: Workspace) -> None:
    ana, sam = _member(ws, "Ana Silva"), _member(ws, "Sam Okafor")
    checkin = record_checkin(ws.uow(), member_id=ana, by_id=sam, on=date(2026, 5, 1), how="call")
    remove_checkin(ws.uow(), checkin_id=checkin.id)
    with ws.uow() as uow:
        with pytest.raises(NotFoundError, match=r"^There is no check-in with the id nope\.$"):
            live_row(uow.session, CheckIn, "nope", what="check-in")
        with pytest.raises(NotFoundError, match=r"^That check-in was deleted\.$"):
            live_row(uow.session, CheckIn, checkin.id, what="check-in")
        # row_of still finds it: restoring needs the deleted row.
        assert row_of(uow.session, CheckIn, checkin.id, what="check-in").id == checkin.id


def test_removing_a_check_in_twice_says_it_was_deleted(ws: Workspace) -> None:
    ana, sam = _member(ws, "Ana Silva"), _member(ws, "Sam Okafor")
    checkin = record_checkin(ws.uow(), member_id=ana, by_id=sam, on=date(2026, 5, 1), how="call")
    remove_checkin(ws.uow(), checkin_id=checkin.id)
    with pytest.raises(NotFoundError, match="That check-in was deleted"):
        remove_checkin(ws.uow(), checkin_id=checkin.id)


def test_names_of_shows_preferred_names_and_hides_forgotten_ones(ws: Workspace) -> None:
    ana = _member(ws, "Ana Silva", preferred_name="Nana")
    sam = _member(ws, "Sam Okafor")
    with ws.uow() as uow:
        uow.session.get(Member, sam).erased_at = date(2026, 5, 2)  # type: ignore[union-attr]
        uow.commit()
    with ws.uow() as uow:
        names = names_of(uow.session, [ana, sam, ana, "nobody"])
    assert names == {ana: "Ana Silva (Nana)", sam: FORGOTTEN_NAME}


def test_bulk_rows_are_stamped_by_the_injected_clock_and_named_past_one_query(
    ws: Workspace,
) -> None:
    with ws.uow() as uow:
        ids = bulk_insert(
            uow.session, Member, [{"full_name": f"Member {n:04d}"} for n in range(950)]
        )
        uow.commit()
    with ws.uow() as uow:
        names = names_of(uow.session, ids)
        stamps = set(uow.session.scalars(select(Member.created_at).where(Member.id.in_(ids[:5]))))
    assert len(names) == 950 and names[ids[-1]] == "Member 0949"
    assert stamps == {MAY_3_NOON}


def test_a_deleted_member_is_refused_with_their_name_and_role(ws: Workspace) -> None:
    ana = _member(ws, "Ana Silva")
    delete_member(ws.uow(), member_id=ana)
    with ws.uow() as uow, pytest.raises(GroupDeskError, match="The mentor Ana Silva is deleted"):
        live_member(uow.session, ana, role="the mentor")
