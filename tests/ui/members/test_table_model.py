"""The Members table model: filtering and sorting inside the model, as the page relies on."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from support.member_rows import member_row

from groupdesk.services.members.records import filter_rows
from groupdesk.ui.members.table_model import COLUMNS, MembersTableModel

pytestmark = pytest.mark.gui


def names(model: MembersTableModel) -> list[str]:
    return [model.row_at(r).full_name for r in range(model.rowCount())]


PEOPLE = [
    member_row("Zoë Ñúñez", joined_on=date(2024, 1, 1), roles=("Treasurer",)),
    member_row("Łukasz Żak", status="left", skills=("First aid",)),
    member_row("Ана Петрова", joined_on=date(2020, 5, 1), consent_photo=True),
    member_row("amara Okafor", joined_on=date(2022, 3, 3)),
]


def test_typing_narrows_and_deleting_widens_again(qapp) -> None:  # type: ignore[no-untyped-def]
    model = MembersTableModel()
    model.set_rows(PEOPLE)
    for typed, expected in [
        ("z", ["Łukasz Żak", "Zoë Ñúñez"]),
        ("zo", ["Zoë Ñúñez"]),
        ("z", ["Łukasz Żak", "Zoë Ñúñez"]),
        ("", ["amara Okafor", "Łukasz Żak", "Zoë Ñúñez", "Ана Петрова"]),
        ("petr", ["Ана Петрова"]),
        ("treas", ["Zoë Ñúñez"]),
    ]:
        model.set_search(typed)
        assert names(model) == expected, typed


def test_typing_a_phone_number_key_by_key_finds_its_member(qapp) -> None:  # type: ignore[no-untyped-def]
    model = MembersTableModel()
    model.set_rows([*PEOPLE, member_row("Ana Silva", phone="+44 7700 900301")])
    typed = ""
    for key in "07700 900301":
        typed += key
        model.set_search(typed)
        assert "Ana Silva" in names(model), typed
    assert names(model) == ["Ana Silva"]


def test_filters_combine_with_the_search(qapp) -> None:  # type: ignore[no-untyped-def]
    model = MembersTableModel()
    model.set_rows(PEOPLE)
    model.set_filter("status", "left")
    assert names(model) == ["Łukasz Żak"]
    model.set_filter("status", None)
    model.set_filter("skill", "FIRST AID")
    assert names(model) == ["Łukasz Żak"]
    model.set_filter("skill", None)
    model.set_filter("consent", "photo")
    assert names(model) == ["Ана Петрова"]
    model.set_search("zoe")
    assert names(model) == []


def test_sorting_a_column_puts_empty_values_last_both_ways(qapp) -> None:  # type: ignore[no-untyped-def]
    model = MembersTableModel()
    model.set_rows(PEOPLE)
    joined = COLUMNS.index("joined")
    model.sort(joined, Qt.SortOrder.AscendingOrder)
    assert names(model) == ["Ана Петрова", "amara Okafor", "Zoë Ñúñez", "Łukasz Żak"]
    model.sort(joined, Qt.SortOrder.DescendingOrder)
    assert names(model) == ["Zoë Ñúñez", "amara Okafor", "Ана Петрова", "Łukasz Żak"]
    model.set_search("a")  # the order holds while typing
    assert names(model)[-1] == "Łukasz Żak"


letters = st.text(alphabet="abzoeńñłżЖж ", max_size=6)


@settings(max_examples=150, deadline=None)
@given(st.lists(letters, min_size=1, max_size=6))
def test_the_model_shows_what_the_service_filter_would_after_any_typing(
    qapp,
    typed_steps: list[str],  # type: ignore[no-untyped-def]
) -> None:
    model = MembersTableModel()
    model.set_rows(PEOPLE)
    for typed in typed_steps:
        model.set_search(typed)
        assert sorted(names(model)) == sorted(r.full_name for r in filter_rows(PEOPLE, typed))


steps = st.one_of(
    st.tuples(st.just("search"), letters),
    st.tuples(st.just("filter"), st.sampled_from(["status", "skill"]), st.none() | st.just("x")),
    st.tuples(st.just("sort"), st.integers(0, len(COLUMNS) - 1), st.booleans()),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(steps, min_size=1, max_size=8))
def test_the_rows_shown_never_depend_on_the_way_the_search_filters_and_sort_were_reached(
    qapp,
    actions: list[tuple[object, ...]],  # type: ignore[no-untyped-def]
) -> None:
    """Typing goes back along the searches already made; a filter or a sort starts that trail
    afresh, so what is shown is what a fresh table set up the same way shows."""
    model = MembersTableModel()
    model.set_rows(PEOPLE)
    search, filters, order = "", {}, (0, False)
    for action, *args in actions:
        if action == "search":
            search = str(args[0])
            model.set_search(search)
        elif action == "filter":
            value = {"status": "left", "skill": "first aid"}[str(args[0])] if args[1] else None
            filters[str(args[0])] = value
            model.set_filter(str(args[0]), value)
        else:
            order = (int(args[0]), bool(args[1]))  # type: ignore[call-overload]
            model.sort(order[0], _order(order[1]))
    fresh = MembersTableModel()
    fresh.set_rows(PEOPLE)
    fresh.sort(order[0], _order(order[1]))
    for name, value in filters.items():
        fresh.set_filter(name, value)
    fresh.set_search(search)
    assert names(model) == names(fresh)


def _order(descending: bool) -> Qt.SortOrder:
    return Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
