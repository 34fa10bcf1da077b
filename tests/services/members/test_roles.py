"""Roles held over time: who held which role when."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.services.members.records import delete_member
from groupdesk.services.members.roles import add_role, end_role, remove_role, role_holders, roles_of
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]


def test_who_held_a_role_on_a_given_day(members_ws: Workspace, add_person: AddPerson) -> None:
    ana, bea = add_person("Ana Silva"), add_person("Bea Costa")
    first = add_role(members_ws.uow(), member_id=ana, role="Treasurer", started_on=date(2022, 4, 1))
    end_role(members_ws.uow(), role_id=first.id, ended_on=date(2024, 3, 31))
    add_role(members_ws.uow(), member_id=bea, role="treasurer", started_on=date(2024, 4, 1))
    add_role(members_ws.uow(), member_id=bea, role="Coordinator", started_on=date(2025, 1, 1))

    def held(day: date, role: str | None = None) -> list[tuple[str, str]]:
        return [(r.member_name, r.role) for r in role_holders(members_ws.uow(), role=role, on=day)]

    assert held(date(2023, 6, 1)) == [("Ana Silva", "Treasurer")]
    assert held(date(2025, 6, 1)) == [("Bea Costa", "Coordinator"), ("Bea Costa", "treasurer")]
    assert held(date(2025, 6, 1), role="TREASURER") == [("Bea Costa", "treasurer")]
    every = role_holders(members_ws.uow(), role="treasurer")
    assert [(r.member_name, r.started_on, r.ended_on) for r in every] == [
        ("Ana Silva", date(2022, 4, 1), date(2024, 3, 31)),
        ("Bea Costa", date(2024, 4, 1), None),
    ]


def test_a_members_roles_list_the_current_one_first(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Silva")
    add_role(
        members_ws.uow(),
        member_id=ana,
        role="secretary",
        started_on=date(2020, 1, 1),
        ended_on=date(2021, 1, 1),
    )
    add_role(members_ws.uow(), member_id=ana, role="chair", started_on=date(2024, 1, 1))
    assert [r.role for r in roles_of(members_ws.uow(), member_id=ana)] == ["chair", "secretary"]


def test_holding_the_same_role_twice_at_once_is_refused(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Silva")
    add_role(members_ws.uow(), member_id=ana, role="Treasurer", started_on=date(2024, 1, 1))
    with pytest.raises(ValidationError, match="already holds 'Treasurer' from 2024-01-01"):
        add_role(members_ws.uow(), member_id=ana, role="treasurer ", started_on=date(2025, 1, 1))
    add_role(
        members_ws.uow(),
        member_id=ana,
        role="treasurer",
        started_on=date(2020, 1, 1),
        ended_on=date(2021, 1, 1),
    )  # an earlier term does not clash


def test_a_role_cannot_end_before_it_starts_or_start_in_the_future(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Silva")
    with pytest.raises(ValidationError) as caught:
        add_role(
            members_ws.uow(),
            member_id=ana,
            role="chair",
            started_on=date(2024, 5, 1),
            ended_on=date(2024, 4, 1),
        )
    assert caught.value.errors == {
        "ended_on": "the role cannot end (2024-04-01) before it started (2024-05-01)"
    }
    with pytest.raises(ValidationError, match="2027-01-01 is in the future"):
        add_role(members_ws.uow(), member_id=ana, role="chair", started_on=date(2027, 1, 1))
    with pytest.raises(ValidationError, match="name the role"):
        add_role(members_ws.uow(), member_id=ana, role="  ")


def test_a_role_for_a_deleted_member_is_refused(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Silva")
    delete_member(members_ws.uow(), member_id=ana)
    with pytest.raises(GroupDeskError, match="is deleted"):
        add_role(members_ws.uow(), member_id=ana, role="chair")


def test_a_role_entered_by_mistake_can_be_removed(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Silva")
    role = add_role(members_ws.uow(), member_id=ana, role="chair")
    remove_role(members_ws.uow(), role_id=role.id)
    assert roles_of(members_ws.uow(), member_id=ana) == []
