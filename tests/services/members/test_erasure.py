"""Forgetting a member: personal fields blank here and in history, counts kept, sync honoured."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import func, insert, select

from groupdesk.errors import GroupDeskError
from groupdesk.models import Change, CheckIn, Member, MemberRole, Mentorship
from groupdesk.services.members.checkins import checkins_of, record_checkin
from groupdesk.services.members.erasure import enforce_erasures, forget_member
from groupdesk.services.members.mentorships import mentorships_of, start_mentorship
from groupdesk.services.members.merge import merge_members
from groupdesk.services.members.records import edit_member, get_member, list_members
from groupdesk.services.members.roles import add_role
from groupdesk.services.rows import FORGOTTEN_NAME
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]
TODAY = date(2026, 5, 3)
PERSONAL = [
    "Zoë Ñúñez",
    "Zoe Nunez",
    "zoe@example.org",
    "7700 900123",
    "12 River Street",
    "Wheelchair user",
    "Lives with her gran",
    "Exams stress",
    "Take over the rota",
]


@pytest.fixture
def zoe(members_ws: Workspace, add_person: AddPerson) -> tuple[str, str]:
    """Zoë (with a duplicate merged into her, a role, a mentorship and check-ins) and Wei."""
    zoe = add_person(
        "Zoë Ñúñez",
        email="zoe@example.org",
        address="12 River Street",
        accessibility_needs="Wheelchair user",
        notes="Lives with her gran",
        joined_on="2024-01-01",
        consent_contact=True,
        consent_contact_how="form",
    )
    twin = add_person("Zoe Nunez", phone="07700 900123")
    wei = add_person("Wei Chen")
    uow = members_ws.uow
    edit_member(uow(), member_id=zoe, changes={"email": "zoe@example.org", "pronouns": "she/her"})
    merge_members(uow(), keep_id=zoe, other_id=twin)
    add_role(uow(), member_id=zoe, role="rota lead", notes="Take over the rota")
    start_mentorship(uow(), mentor_id=wei, mentee_id=zoe, goals="Take over the rota")
    record_checkin(
        uow(), member_id=zoe, by_id=wei, on=date(2026, 4, 1), how="call", note="Exams stress"
    )
    record_checkin(
        uow(),
        member_id=wei,
        by_id=zoe,
        on=date(2026, 4, 2),
        how="visit",
        note="Wei's bike is fixed",
    )
    return zoe, wei


def everything_stored(workspace: Workspace) -> str:
    """Every value in the member tables and the change log, as one text to search."""
    with workspace.uow() as uow:
        connection = uow.session.connection()
        parts = []
        for table in (
            "members",
            "member_roles",
            "mentorships",
            "checkins",
            "member_merges",
            "changes",
        ):
            parts += [repr(row) for row in connection.exec_driver_sql(f"SELECT * FROM {table}")]
    return "\n".join(parts)


def test_forgetting_blanks_the_person_everywhere_including_history(
    members_ws: Workspace, zoe: tuple[str, str]
) -> None:
    member_id, _wei = zoe
    stored = everything_stored(members_ws)
    assert all(text in stored for text in PERSONAL)  # the fixture put them all there
    result = forget_member(members_ws.uow(), member_id=member_id)
    stored = everything_stored(members_ws)
    assert [text for text in PERSONAL if text in stored] == []
    assert result.merged_records == 1 and result.history_values > 10
    forgotten = get_member(members_ws.uow(), member_id)
    assert forgotten.display_name == FORGOTTEN_NAME
    assert (forgotten.erased_at, forgotten.status, forgotten.left_on) == (TODAY, "left", TODAY)
    assert not forgotten.consent_contact and forgotten.consent_contact_on == TODAY


def test_counts_stay_right_after_forgetting(members_ws: Workspace, zoe: tuple[str, str]) -> None:
    member_id, wei = zoe

    def counts() -> tuple[int, ...]:
        with members_ws.uow() as uow:
            return tuple(
                uow.session.scalar(select(func.count()).select_from(model)) or 0
                for model in (Member, MemberRole, Mentorship, CheckIn)
            )

    before = counts()
    forget_member(members_ws.uow(), member_id=member_id)
    assert counts() == before
    [mentorship] = mentorships_of(members_ws.uow(), member_id=wei)
    assert (mentorship.mentee_name, mentorship.goals) == (FORGOTTEN_NAME, None)
    made_by_her = checkins_of(members_ws.uow(), member_id=wei)
    assert [(c.by_name, c.note) for c in made_by_her] == [(FORGOTTEN_NAME, "Wei's bike is fixed")]


def test_a_forgotten_member_leaves_the_list_and_cannot_be_written_about(
    members_ws: Workspace, zoe: tuple[str, str]
) -> None:
    member_id, wei = zoe
    forget_member(members_ws.uow(), member_id=member_id)
    assert [row.full_name for row in list_members(members_ws.uow())] == ["Wei Chen"]
    everyone = list_members(members_ws.uow(), include_deleted=True)
    [erased] = [r for r in everyone if r.erased and not r.merged_into_id]
    assert erased.display_name == FORGOTTEN_NAME
    with pytest.raises(GroupDeskError, match="forgotten at their request"):
        edit_member(members_ws.uow(), member_id=member_id, changes={"full_name": "Zoë"})
    with pytest.raises(GroupDeskError, match="forgotten at their request"):
        record_checkin(members_ws.uow(), member_id=member_id, by_id=wei, on=TODAY, how="call")
    with pytest.raises(GroupDeskError, match="already forgotten on 2026-05-03"):
        forget_member(members_ws.uow(), member_id=member_id)


def test_a_merged_record_is_forgotten_through_its_survivor(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    keep, twin = add_person("Ana Silva"), add_person("Ana S.")
    merge_members(members_ws.uow(), keep_id=keep, other_id=twin)
    with pytest.raises(GroupDeskError, match=f"merged into {keep}; forget that record"):
        forget_member(members_ws.uow(), member_id=twin)


def test_the_erasure_is_an_ordinary_synced_change(
    members_ws: Workspace, zoe: tuple[str, str]
) -> None:
    member_id, _wei = zoe
    forget_member(members_ws.uow(), member_id=member_id)
    with members_ws.uow() as uow:
        newest = uow.session.execute(
            select(Change.field, Change.value)
            .where(Change.row_id == member_id)
            .order_by(Change.seq.desc())
        ).all()
    logged = dict(reversed(newest))
    assert logged["erased_at"] == '"2026-05-03"'
    assert logged["full_name"] == '""' and logged["email"] == "null"


def test_enforcing_erasures_blanks_late_values_as_sync_must(
    members_ws: Workspace, zoe: tuple[str, str]
) -> None:
    """What the sync engine does after applying a file: an edit made offline after the erasure
    and an old change read late are both blanked, rows and history, with no new changes."""
    member_id, wei = zoe
    forget_member(members_ws.uow(), member_id=member_id)
    with members_ws.uow(capture_changes=False) as uow:  # as sync applies: capture off
        member = uow.session.get(Member, member_id)
        assert member is not None
        member.phone = "+44 7700 900777"  # an edit made on another laptop, offline
        note = CheckIn(
            member_id=member_id, by_id=wei, checked_on=TODAY, how="call", note="Zoë moved to Leeds"
        )
        uow.session.add(note)
        uow.session.flush()
        uow.session.execute(
            insert(Change),
            [
                {
                    "hlc": "000000000000001-000000-other",
                    "device_id": "other",
                    "table_name": "members",
                    "row_id": member_id,
                    "field": "email",
                    "value": '"zoe@example.org"',
                }
            ],
        )
        changes_before = uow.session.scalar(select(func.count()).select_from(Change))
        assert enforce_erasures(uow.session) >= 3
        assert uow.session.scalar(select(func.count()).select_from(Change)) == changes_before
        uow.commit()
    stored = everything_stored(members_ws)
    assert "7700 900777" not in stored and "Leeds" not in stored
    assert "zoe@example.org" not in stored
    with members_ws.uow(capture_changes=False) as uow:
        assert enforce_erasures(uow.session) == 0  # nothing left to blank: idempotent


def test_enforcing_erasures_refuses_to_run_while_changes_are_captured(
    members_ws: Workspace,
) -> None:
    with members_ws.uow() as uow, pytest.raises(RuntimeError, match="capture off"):
        enforce_erasures(uow.session)
