"""Members: adding, editing, deleting and restoring a person, and finding them in the list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from support.member_rows import member_row

from groupdesk.errors import GroupDeskError, NotFoundError, ValidationError
from groupdesk.models import Change, Member
from groupdesk.services.collation import match_key, search_key, search_words
from groupdesk.services.members.records import (
    MemberRow,
    add_member,
    delete_member,
    edit_member,
    filter_rows,
    find_member_id,
    get_member,
    list_members,
    matches,
    restore_member,
    search_texts,
)
from groupdesk.services.members.roles import add_role
from groupdesk.services.members.skills import add_skill
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]


def names(rows: list[MemberRow]) -> list[str]:
    return [row.full_name for row in rows]


def changed_fields(workspace: Workspace, row_id: str) -> list[str]:
    with workspace.uow() as uow:
        return list(
            uow.session.scalars(
                select(Change.field).where(Change.row_id == row_id).order_by(Change.seq)
            )
        )


def test_adding_a_member_keeps_what_was_typed_in_clean_form(members_ws: Workspace) -> None:
    member = add_member(
        members_ws.uow(),
        values={
            "full_name": " Amara Okafor ",
            "preferred_name": "Amy",
            "email": "Amara@Example.ORG",
            "phone": "07700 900461",
            "joined_on": "2025-09-01",
            "consent_contact": "yes",
            "consent_contact_how": "form",
        },
    )
    stored = get_member(members_ws.uow(), member.id)
    assert stored == member
    assert (stored.full_name, stored.email, stored.phone) == (
        "Amara Okafor",
        "Amara@example.org",
        "+44 7700 900461",
    )
    assert stored.joined_on == date(2025, 9, 1) and stored.consent_contact
    assert stored.display_name == "Amara Okafor (Amy)"
    assert stored.status == "active"


def test_a_refused_member_is_not_added(members_ws: Workspace) -> None:
    with pytest.raises(ValidationError) as caught:
        add_member(members_ws.uow(), values={"full_name": "Ana", "email": "ana@"})
    assert caught.value.errors == {"email": "'ana@' is not an email address"}
    assert list_members(members_ws.uow()) == []


def test_an_edit_writes_only_the_fields_that_changed(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    member_id = add_person("Ana Silva", email="ana@example.org")
    before = len(changed_fields(members_ws, member_id))
    edited = edit_member(
        members_ws.uow(),
        member_id=member_id,
        changes={"email": "ana@example.org", "phone": "+351 912 345 678"},
    )
    assert edited.phone == "+351 912 345 678"
    assert changed_fields(members_ws, member_id)[before:] == ["phone", "updated_at"]


def test_renaming_a_member_moves_them_in_the_sorted_list(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    member_id = add_person("Zed Adams")
    add_person("Mia Brown")
    edit_member(members_ws.uow(), member_id=member_id, changes={"full_name": "Aaron Adams"})
    assert names(list_members(members_ws.uow())) == ["Aaron Adams", "Mia Brown"]


def test_a_bad_edit_changes_nothing(members_ws: Workspace, add_person: AddPerson) -> None:
    member_id = add_person("Ana Silva", joined_on="2024-02-01")
    with pytest.raises(ValidationError) as caught:
        edit_member(
            members_ws.uow(),
            member_id=member_id,
            changes={"status": "left", "left_on": "2023-12-31", "email": "nope"},
        )
    assert set(caught.value.errors) == {"left_on", "email"}
    assert get_member(members_ws.uow(), member_id).status == "active"


def test_the_leaving_date_is_checked_against_the_stored_joining_date(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    member_id = add_person("Ana Silva", joined_on="2024-02-01")
    with pytest.raises(ValidationError, match="before the joining date 2024-02-01"):
        edit_member(
            members_ws.uow(),
            member_id=member_id,
            changes={"status": "left", "left_on": "2024-01-01"},
        )


def test_a_deleted_member_leaves_the_list_and_comes_back_on_restore(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    member_id = add_person("Ana Silva")
    add_role(members_ws.uow(), member_id=member_id, role="treasurer")
    delete_member(members_ws.uow(), member_id=member_id)
    assert list_members(members_ws.uow()) == []
    [row] = list_members(members_ws.uow(), include_deleted=True)
    assert row.deleted
    with members_ws.uow() as uow:
        assert uow.session.get(Member, member_id) is not None  # a tombstone, never hard-deleted
    restore_member(members_ws.uow(), member_id=member_id)
    [row] = list_members(members_ws.uow())
    assert row.roles == ("treasurer",) and not row.deleted


def test_a_deleted_member_cannot_be_edited_or_deleted_again(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    member_id = add_person("Ana Silva")
    delete_member(members_ws.uow(), member_id=member_id)
    with pytest.raises(GroupDeskError, match="is deleted; restore them first"):
        edit_member(members_ws.uow(), member_id=member_id, changes={"pronouns": "she/her"})
    with pytest.raises(GroupDeskError, match="is deleted"):
        delete_member(members_ws.uow(), member_id=member_id)


def test_restoring_a_member_who_is_not_deleted_says_so(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    member_id = add_person("Ana Silva")
    with pytest.raises(GroupDeskError, match="Ana Silva is not deleted"):
        restore_member(members_ws.uow(), member_id=member_id)


def test_an_unknown_member_is_reported_by_id(members_ws: Workspace) -> None:
    with pytest.raises(NotFoundError, match="no member with the id nobody"):
        get_member(members_ws.uow(), "nobody")


def test_a_member_is_found_by_the_start_of_their_id(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    member_id = add_person("Ana Silva")
    assert find_member_id(members_ws.uow(), member_id) == member_id
    assert find_member_id(members_ws.uow(), member_id[:13].upper()) == member_id
    with pytest.raises(NotFoundError):
        find_member_id(members_ws.uow(), "abc")


def test_an_id_start_shared_by_two_members_asks_for_more(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    first, second = add_person("Ana"), add_person("Bea")
    common = next(i for i in range(36) if first[i] != second[i])
    if common < 4:
        pytest.skip("the ids differ too early to share a prefix")
    with pytest.raises(GroupDeskError, match="more than one member"):
        find_member_id(members_ws.uow(), first[:common])


def test_search_ignores_case_accents_and_script(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    add_person("Zoë Ñúñez")
    add_person("Łukasz Żak")
    add_person("Ана Петрова")
    add_person("Tomás García", email="tomas@river.example")
    uow = members_ws.uow
    assert names(list_members(uow(), search="zoe")) == ["Zoë Ñúñez"]
    assert names(list_members(uow(), search="LUKASZ")) == ["Łukasz Żak"]
    assert names(list_members(uow(), search="nunez zo")) == ["Zoë Ñúñez"]
    assert names(list_members(uow(), search="петр")) == ["Ана Петрова"]
    assert names(list_members(uow(), search="petrova")) == ["Ана Петрова"]
    assert names(list_members(uow(), search="river.example")) == ["Tomás García"]
    assert list_members(uow(), search="nobody") == []


@pytest.mark.parametrize(
    "typed", ["7700 900", "07700900301", "+44 7700", "+44 (0)7700 900-301", "0044 7700 900301"]
)
def test_search_finds_a_phone_number_however_it_is_spaced(
    members_ws: Workspace, add_person: AddPerson, typed: str
) -> None:
    add_person("Ana Petrova", phone="07700 900301")
    add_person("Bea Costa", phone="07911 123456")
    add_person("Cai Wen")
    assert names(list_members(members_ws.uow(), search=typed)) == ["Ana Petrova"]


def test_search_also_finds_roles_and_skills(members_ws: Workspace, add_person: AddPerson) -> None:
    treasurer, medic = add_person("Ana Silva"), add_person("Bea Costa")
    add_role(members_ws.uow(), member_id=treasurer, role="Treasurer")
    add_skill(members_ws.uow(), member_id=medic, name="First aid")
    assert names(list_members(members_ws.uow(), search="treas")) == ["Ana Silva"]
    assert names(list_members(members_ws.uow(), search="first aid")) == ["Bea Costa"]


def test_the_list_filters_by_status_role_skill_and_consent(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana", consent_photo=True)
    bea = add_person("Bea", status="inactive")
    add_person("Cai", status="left", left_on="2025-01-01")
    add_role(members_ws.uow(), member_id=bea, role="Coordinator")
    add_role(
        members_ws.uow(),
        member_id=ana,
        role="Treasurer",
        started_on=date(2020, 1, 1),
        ended_on=date(2021, 1, 1),
    )
    add_skill(members_ws.uow(), member_id=ana, name="Première aide")
    uow = members_ws.uow
    assert names(list_members(uow(), status="inactive")) == ["Bea"]
    assert names(list_members(uow(), status="left")) == ["Cai"]
    assert names(list_members(uow(), role="coordinator")) == ["Bea"]
    assert names(list_members(uow(), role="treasurer")) == []  # a role held in the past
    assert names(list_members(uow(), skill="premiere AIDE")) == ["Ana"]
    assert names(list_members(uow(), consent="photo")) == ["Ana"]


def test_a_bad_filter_is_refused_with_the_choices(members_ws: Workspace) -> None:
    with pytest.raises(ValidationError) as caught:
        list_members(members_ws.uow(), status="asleep", consent="hugs", sort="height")
    assert caught.value.errors == {
        "status": "'asleep' is not a status; choose active, inactive or left",
        "consent": "'hugs' is not a consent; choose contact, photo or roster",
        "sort": "'height' is not a way to sort; choose name, joined, last_seen, status",
    }


def test_names_sort_across_accents_and_scripts(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    for name in [
        "李雷",
        "Zoë Adams",
        "Ана Петрова",
        "Łukasz Nowak",
        "amara Okafor",
        "Lucía Silva",
        "محمد حداد",
        "Zoe Adams",
    ]:
        add_person(name)
    assert names(list_members(members_ws.uow())) == [
        "amara Okafor",
        "Lucía Silva",
        "Łukasz Nowak",
        "Zoe Adams",
        "Zoë Adams",
        "Ана Петрова",
        "محمد حداد",
        "李雷",
    ]
    assert names(list_members(members_ws.uow(), descending=True))[0] == "李雷"


def test_the_list_sorts_by_joining_date_with_unknown_dates_last(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    add_person("Ana", joined_on="2024-01-01")
    add_person("Bea")
    add_person("Cai", joined_on="2023-01-01")
    assert names(list_members(members_ws.uow(), sort="joined")) == ["Cai", "Ana", "Bea"]
    assert names(list_members(members_ws.uow(), sort="joined", descending=True)) == [
        "Ana",
        "Cai",
        "Bea",
    ]


#: Names as people type them, with accents and letters from several scripts.
words = st.text(
    alphabet=st.sampled_from("abcdeilnorsuzàáâäçéèêëíîïñóôöøúüýÿłśżźćőűĄĘŁŃŚŻЖжАаПпетрова李雷"),
    min_size=1,
    max_size=8,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(words, min_size=1, max_size=3), st.data())
def test_any_part_of_a_name_typed_without_accents_or_case_finds_it(
    parts: list[str], data: st.DataObject
) -> None:
    name = " ".join(parts)
    folded = search_key(name)
    start = data.draw(st.integers(0, len(folded) - 1))
    end = data.draw(st.integers(start + 1, len(folded)))
    typed = folded[start:end].strip() or folded
    typed = data.draw(st.sampled_from([typed, typed.upper(), typed.title()]))
    assert filter_rows([member_row(name)], typed), (name, typed)


@settings(max_examples=100, deadline=None)
@given(st.lists(words, min_size=1, max_size=3))
def test_a_name_always_finds_itself(parts: list[str]) -> None:
    name = " ".join(parts)
    assert filter_rows([member_row(name)], name)


name_parts = st.text(alphabet="aoeZzëÑñŁłАнаПе李雷 -@.", max_size=8)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(name_parts, min_size=1, max_size=4),
    st.text(alphabet="aoezñłанае李lLi ", max_size=6),
)
def test_a_search_finds_a_member_exactly_when_their_whole_folded_text_holds_every_word(
    texts: list[str], typed: str
) -> None:
    """The search text is folded part by part (the name read from the stored sort key, each
    role and skill folded once per load), yet finds what folding it all at once would."""
    full_name, *rest = texts
    preferred = rest[0] if rest else None
    roles = tuple(rest[1:])
    row = member_row(full_name or "x", preferred_name=preferred or None, roles=roles)
    whole = match_key(" ".join(filter(None, (row.full_name, row.preferred_name, *roles))))
    words = search_words(typed)
    assert matches(row.search_text(), words) == all(word in whole for word in words)
    assert search_texts([row]) == [row.search_text()]
