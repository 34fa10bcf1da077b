"""USERS.md scenario 9: a member asks to be forgotten — one action, and every laptop forgets
them after the next sync, history included (services/member_erasure.py, docs/members.md)."""

from __future__ import annotations

from datetime import date

import pytest
from sync_helpers import setup_group, sync

from groupdesk.services.members.checkins import record_checkin
from groupdesk.services.members.erasure import forget_member
from groupdesk.services.members.records import add_member, edit_member, get_member
from groupdesk.services.workspace import Workspace

PERSONAL = ("Private Person", "private@example.org", "7700 900123", "Worried about rent")


def stored_text(workspace: Workspace) -> str:
    with workspace.uow() as uow:
        connection = uow.session.connection()
        return "\n".join(
            repr(row)
            for table in ("members", "checkins", "changes")
            for row in connection.exec_driver_sql(f"SELECT * FROM {table}")
        )


@pytest.fixture
def pair(laptops, sync_folder):  # type: ignore[no-untyped-def]
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder, names=["Ana's laptop", "Sam's laptop"])
    return ana, sam


def make_person(ana: Workspace) -> tuple[str, str]:
    person = add_member(
        ana.uow(), values={"full_name": "Private Person", "email": "private@example.org"}
    )
    wei = add_member(ana.uow(), values={"full_name": "Wei Chen"})
    edit_member(ana.uow(), member_id=person.id, changes={"phone": "+44 7700 900123"})
    record_checkin(
        ana.uow(),
        member_id=person.id,
        by_id=wei.id,
        on=date(2026, 5, 1),
        how="call",
        note="Worried about rent",
    )
    return person.id, wei.id


def test_a_forgotten_member_is_forgotten_on_every_laptop_after_sync(pair) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    person, _wei = make_person(ana)
    sync(ana, sam)
    assert all(text in stored_text(sam) for text in PERSONAL)
    forget_member(ana.uow(), member_id=person)
    sync(ana, sam)
    for laptop in (ana, sam):
        assert [t for t in PERSONAL if t in stored_text(laptop)] == []
        assert get_member(laptop.uow(), person).erased_at is not None


def test_an_edit_made_offline_after_the_erasure_is_blanked_everywhere(pair) -> None:  # type: ignore[no-untyped-def]
    ana, sam = pair
    person, _wei = make_person(ana)
    sync(ana, sam)
    forget_member(ana.uow(), member_id=person)
    sam.test_clock.millis += 3_600_000  # Sam edits later, before hearing of the erasure
    edit_member(sam.uow(), member_id=person, changes={"phone": "+44 7700 900999"})
    sync(ana, sam, ana)
    for laptop in (ana, sam):
        assert get_member(laptop.uow(), person).phone is None
        assert "7700 900999" not in stored_text(laptop)
