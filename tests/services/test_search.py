"""The search across areas: each registered source answers, every word typed must match."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from groupdesk.errors import ValidationError
from groupdesk.money import format_money
from groupdesk.services.collation import search_words
from groupdesk.services.grants.expenses import list_expenses
from groupdesk.services.meetings.actions import list_actions
from groupdesk.services.members.records import delete_member
from groupdesk.services.search import (
    SearchHit,
    SearchIndex,
    SearchRecords,
    build_index,
    search_everywhere,
)
from groupdesk.services.settings import get_settings
from groupdesk.services.wording import day_text
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


def test_every_kind_of_record_is_found_and_opens_where_the_app_shows_it(
    demo_workspace: Workspace,
) -> None:
    uow = demo_workspace.uow
    index = build_index(uow())
    by_kind = {kind.record: [kind.hit(row) for row in kind.rows] for kind in index.kinds}
    assert set(by_kind) == {
        "member", "meeting", "action", "item", "loan", "grant", "funder", "expense"
    }  # fmt: skip
    # A loan opens its item (whose detail lists the loan), an expense its grant.
    items = {hit.row_id for hit in by_kind["item"]}
    assert all(hit.target in items and hit.area == "resources" for hit in by_kind["loan"])
    grants = {hit.row_id for hit in by_kind["grant"]}
    assert all(hit.target in grants and hit.area == "grants" for hit in by_kind["expense"])
    assert all(hit.target == hit.row_id for hit in by_kind["member"] + by_kind["action"])

    expense = list_expenses(uow())[0]
    typed = f"{expense.payee} {expense.description or ''}"
    found = [hit for hit in index.find(typed, limit=1000) if hit.row_id == expense.id]
    locale = get_settings(uow()).locale
    # The detail is worded only for hits shown: the day, the amount and the grant.
    assert len(found) == 1 and format_money(expense.amount, locale) in found[0].detail
    assert day_text(expense.spent_on, locale) in found[0].detail


def test_a_person_finds_what_is_theirs_and_each_kind_keeps_its_own_limit(
    demo_workspace: Workspace,
) -> None:
    action = next(row for row in list_actions(demo_workspace.uow()) if row.owner_name)
    owner = action.owner_name or ""
    hits = search_everywhere(demo_workspace.uow(), text=owner, limit=1)
    kinds = [hit.record for hit in hits]
    assert kinds[0] == "member" and len(kinds) == len(set(kinds))
    assert "action" in kinds
    assert build_index(demo_workspace.uow()).find("   ") == []


# Records of two kinds, a few letters each; a newline inside a record's words too.
_records = st.lists(st.text(alphabet="abz \n", max_size=8), max_size=30)


@settings(max_examples=200, deadline=None)
@given(_records, _records, st.text(alphabet="abz ", max_size=5), st.integers(1, 4))
def test_a_keystroke_finds_the_first_records_of_each_kind_that_hold_every_word(
    first: list[str], second: list[str], typed: str, limit: int
) -> None:
    def hit(row: tuple[str, int]) -> SearchHit:
        return SearchHit("test", row[0], str(row[1]), "", "")

    kinds = {"first": first, "second": second}
    index = SearchIndex(
        SearchRecords(kind, [(kind, at) for at in range(len(texts))], texts, hit)
        for kind, texts in kinds.items()
    )
    words = search_words(typed)
    expected = [
        hit((kind, at))
        for kind, texts in kinds.items()
        for at in [at for at, text in enumerate(texts) if all(w in text for w in words)][:limit]
    ]
    assert index.find(typed, limit=limit) == (expected if words else [])
