"""The search across areas: each registered source answers, every word typed must match."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from groupdesk.errors import ValidationError
from groupdesk.services.members.records import delete_member
from groupdesk.services.search import SearchHit, search_everywhere
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]


def test_a_member_is_found_by_any_of_their_words_accent_blind(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    zoe = add_person("Zoë Ñúñez", email="zoe@example.org")
    add_person("Wei Chen")
    assert search_everywhere(members_ws.uow(), text="nunez zoe") == [
        SearchHit("members", "member", zoe, "Zoë Ñúñez", "active")
    ]
    assert search_everywhere(members_ws.uow(), text="zoe chen") == []


def test_a_deleted_member_is_not_found_and_the_limit_holds_per_area(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    gone = add_person("Ana Lima")
    for name in ("Ana Silva", "Ana Costa", "Ana Reis"):
        add_person(name)
    delete_member(members_ws.uow(), member_id=gone)
    hits = search_everywhere(members_ws.uow(), text="ana", limit=2)
    assert [hit.title for hit in hits] == ["Ana Costa", "Ana Reis"]


@pytest.mark.parametrize(("text", "limit", "field"), [("  ", 20, "text"), ("ana", 0, "limit")])
def test_nothing_to_search_for_is_said_plainly(
    members_ws: Workspace, text: str, limit: int, field: str
) -> None:
    with pytest.raises(ValidationError) as refused:
        search_everywhere(members_ws.uow(), text=text, limit=limit)
    assert set(refused.value.errors) == {field}
