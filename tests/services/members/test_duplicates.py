"""Finding likely duplicates across accents, scripts, typos, short forms, emails and phones."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from groupdesk.services.members.duplicates import find_duplicates, name_key, namesakes
from groupdesk.services.members.merge import merge_members
from groupdesk.services.members.records import delete_member
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]


def pairs(workspace: Workspace) -> dict[frozenset[str], tuple[int, tuple[str, ...]]]:
    return {
        frozenset((p.first.full_name, p.second.full_name)): (p.score, p.reasons)
        for p in find_duplicates(workspace.uow())
    }


@pytest.mark.parametrize(
    ("first", "second", "reason"),
    [
        ("Zoë Ñúñez", "zoe nunez", "same name"),
        ("Núñez, Zoë", "Zoë Ñúñez", "same name"),
        ("Ана Петрова", "Ana Petrova", "same name"),
        ("李雷", "Li Lei", "same name"),
        ("Jonathan Smith", "Jonathon Smith", "similar names"),
        ("Sam Okafor", "Samuel Okafor", "similar names"),
        ("A. Silva", "Ana Silva", "similar names"),
        ("Ana Silva", "Anna Silva", "similar names"),
    ],
)
def test_the_same_person_written_differently_is_found(
    members_ws: Workspace, add_person: AddPerson, first: str, second: str, reason: str
) -> None:
    add_person(first)
    add_person(second)
    add_person("Mia Brown")
    found = pairs(members_ws)
    assert list(found) == [frozenset((first, second))]
    assert reason in found[frozenset((first, second))][1]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Mia Brown", "Max Brown"),
        ("Ana Silva", "Bruno Silva"),
        ("Kofi Mensah", "Ama Asante"),
        ("أحمد العلي", "محمد العلي"),  # Ahmad and Muhammad: alike only without vowels
        ("Eoin Ó Súilleabháin", "Aoife Ó Súilleabháin"),  # shared words are not the person
        ("刘伟", "李伟"),
    ],
)
def test_different_people_are_not_paired(
    members_ws: Workspace, add_person: AddPerson, first: str, second: str
) -> None:
    add_person(first)
    add_person(second)
    assert pairs(members_ws) == {}


def test_the_same_email_or_phone_makes_a_pair_with_a_different_looking_name(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    add_person("Mo Haddad", email="mo@example.org")
    add_person("Mohammed Haddad", email="MO@example.org")
    add_person("Sam Okafor", phone="07700 900123")
    add_person("Samuel O.", phone="+44 7700 900123")
    found = pairs(members_ws)
    assert found[frozenset(("Mo Haddad", "Mohammed Haddad"))] == (
        95,
        ("similar names", "same email"),  # "Mo" is a short form of "Mohammed"
    )
    score, reasons = found[frozenset(("Sam Okafor", "Samuel O."))]
    assert "same phone" in reasons and score >= 85


def test_a_family_sharing_a_phone_is_not_one_person(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    add_person("Ana Silva", phone="020 7946 0018")
    add_person("Bruno Silva", phone="020 7946 0018")
    assert pairs(members_ws) == {}


def test_the_same_name_with_different_emails_and_phones_is_less_likely(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    add_person("Ana Silva", email="ana@one.example", phone="07700 900001")
    add_person("Ana Silva", email="ana@two.example", phone="07700 900002")
    assert pairs(members_ws) == {}
    add_person("Ana Silva")
    assert [score for score, _ in pairs(members_ws).values()] == [100]


def test_deleted_and_merged_records_are_not_offered_again(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    keep, twin = add_person("Zoë Ñúñez"), add_person("Zoe Nunez")
    gone = add_person("Zoe Núñez")
    delete_member(members_ws.uow(), member_id=gone)
    assert len(pairs(members_ws)) == 1
    merge_members(members_ws.uow(), keep_id=keep, other_id=twin)
    assert pairs(members_ws) == {}


def test_pairs_come_most_likely_first_in_a_stable_order(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    for name in ["Jonathan Smith", "Jonathon Smith", "Zoë Ñúñez", "Zoe Nunez"]:
        add_person(name)
    first = find_duplicates(members_ws.uow())
    assert [p.score for p in first] == sorted((p.score for p in first), reverse=True)
    assert find_duplicates(members_ws.uow()) == first


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(alphabet="abcdeéñłЖж李 ,.'", min_size=1, max_size=12), min_size=1, max_size=4)
)
def test_a_names_key_ignores_word_order_case_accents_and_punctuation(parts: list[str]) -> None:
    name = " ".join(parts)
    shuffled = " ".join(reversed(parts)).upper()
    assert name_key(name) == name_key(shuffled)
    assert name_key(name) == name_key(name_key(name))


def test_namesakes_are_the_live_members_with_the_name_case_accents_and_spacing_aside(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Petrová")
    gone = add_person("Ana Petrova")
    delete_member(members_ws.uow(), member_id=gone)
    add_person("Ana Petrovna")
    add_person("Ana")
    found = namesakes(members_ws.uow(), full_name=" ana  petrova ")
    assert [(n.id, n.full_name) for n in found] == [(ana, "Ana Petrová")]
    assert namesakes(members_ws.uow(), full_name="  ") == []
