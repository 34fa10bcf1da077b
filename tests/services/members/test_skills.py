"""The skill-share directory: who knows what, who wants to learn it, who can teach it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from groupdesk.errors import ValidationError
from groupdesk.ids import pair_id
from groupdesk.services.members.records import edit_member
from groupdesk.services.members.skills import add_skill, remove_skill, skill_directory, skills_of
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]


def test_who_knows_first_aid(members_ws: Workspace, add_person: AddPerson) -> None:
    ana, bea, cai = add_person("Ana Silva"), add_person("Bea Costa"), add_person("Cai Wong")
    add_skill(members_ws.uow(), member_id=ana, name="First aid", can_teach=True)
    add_skill(members_ws.uow(), member_id=bea, name="first AID")
    add_skill(members_ws.uow(), member_id=cai, name="Bike repair")
    add_skill(members_ws.uow(), member_id=cai, name="First aid", kind="interest")
    found = skill_directory(members_ws.uow(), search="first aid")
    assert [(s.member_name, s.kind, s.can_teach) for s in found] == [
        ("Ana Silva", "skill", True),
        ("Bea Costa", "skill", False),
        ("Cai Wong", "interest", False),
    ]
    assert [
        s.member_name for s in skill_directory(members_ws.uow(), search="aid", kind="skill")
    ] == [
        "Ana Silva",
        "Bea Costa",
    ]


def test_search_for_a_skill_ignores_accents(members_ws: Workspace, add_person: AddPerson) -> None:
    ana = add_person("Ana Silva")
    add_skill(members_ws.uow(), member_id=ana, name="Cuisine végétale")
    assert [s.name for s in skill_directory(members_ws.uow(), search="VEGETALE")] == [
        "Cuisine végétale"
    ]


def test_adding_a_skill_twice_updates_the_one_row_with_a_pair_id(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Silva")
    first = add_skill(members_ws.uow(), member_id=ana, name="First aid")
    again = add_skill(members_ws.uow(), member_id=ana, name="first  aid", can_teach=True)
    assert first.id == again.id == pair_id("member_skill", ana, "first aid")
    assert [(s.name, s.can_teach) for s in skills_of(members_ws.uow(), member_id=ana)] == [
        ("first aid", True)
    ]


def test_a_removed_skill_can_be_added_back(members_ws: Workspace, add_person: AddPerson) -> None:
    ana = add_person("Ana Silva")
    skill = add_skill(members_ws.uow(), member_id=ana, name="Sign language")
    remove_skill(members_ws.uow(), skill_id=skill.id)
    assert skills_of(members_ws.uow(), member_id=ana) == []
    assert add_skill(members_ws.uow(), member_id=ana, name="Sign language").id == skill.id
    assert len(skills_of(members_ws.uow(), member_id=ana)) == 1


def test_members_who_left_are_not_in_the_directory(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Silva")
    add_skill(members_ws.uow(), member_id=ana, name="Grant writing")
    edit_member(
        members_ws.uow(), member_id=ana, changes={"status": "left", "left_on": "2026-01-01"}
    )
    assert skill_directory(members_ws.uow()) == []
    assert len(skills_of(members_ws.uow(), member_id=ana)) == 1


def test_a_skill_needs_a_name_and_a_known_kind(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Silva")
    with pytest.raises(ValidationError) as caught:
        add_skill(members_ws.uow(), member_id=ana, name=" ", kind="hobby")
    assert caught.value.errors == {
        "name": "name the skill, like first aid",
        "kind": "'hobby' is not a kind; choose skill or interest",
    }
