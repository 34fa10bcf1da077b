"""The members a form offers to choose from (`active_people`): the active ones, in the Members
table's name order, as the Members table's own read gives them — whatever their script, a
preferred name, or a record deleted, merged away or forgotten."""

from __future__ import annotations

from collections.abc import Callable

from groupdesk.services.members.choices import active_people
from groupdesk.services.members.erasure import forget_member
from groupdesk.services.members.records import delete_member, edit_member, list_members
from groupdesk.services.workspace import Workspace


def test_the_choices_are_the_active_members_the_members_table_lists_in_its_order(
    members_ws: Workspace, add_person: Callable[..., str]
) -> None:
    names = ["Zoë Adams", "Łukasz Nowak", "Ana Silva", "Олена Коваль", "王芳", "Émile Roux"]
    people = {name: add_person(name) for name in names}
    add_person("Samuel Okafor", preferred_name="Sam")
    edit_member(members_ws.uow(), member_id=people["Émile Roux"], changes={"status": "left"})
    delete_member(members_ws.uow(), member_id=people["Zoë Adams"])
    forget_member(members_ws.uow(), member_id=people["王芳"])
    expected = [
        (row.id, row.display_name) for row in list_members(members_ws.uow(), status="active")
    ]
    assert [(p.id, p.display_name) for p in active_people(members_ws.uow())] == expected
    assert [name for _id, name in expected] == [
        "Ana Silva",
        "Łukasz Nowak",
        "Samuel Okafor (Sam)",
        "Олена Коваль",
    ]
