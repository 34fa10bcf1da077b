"""Items: added and edited with every problem said beside its field, and the Resources list
with its filters (kind, available now, out, overdue, needs upkeep, words typed)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from support.resource_rows import gbp

from groupdesk.errors import ValidationError
from groupdesk.money import Money
from groupdesk.services.collation import search_key
from groupdesk.services.resources.loans import lend
from groupdesk.services.resources.records import (
    add_item,
    first_items,
    get_item,
    list_items,
    remove_item,
    update_item,
)
from groupdesk.services.resources.upkeep import add_plan
from groupdesk.services.search import search_everywhere
from groupdesk.services.workspace import Workspace

TODAY = date(2026, 5, 3)  # the members_ws clock (tests/services/conftest.py)


def test_an_item_is_added_with_its_defaults_and_edited(
    members_ws: Workspace, add_person: Callable[..., str]
) -> None:
    fatima = add_person("Fatima Khan")
    item = add_item(
        members_ws.uow(),
        values={"name": "  PA   system ", "custodian_id": fatima, "value": gbp("350.00")},
    )
    assert (item.name, item.kind, item.condition, item.quantity, item.loan_days) == (
        "PA system",
        "equipment",
        "good",
        1,
        14,
    )
    assert (item.custodian_name, item.value, item.deposit) == ("Fatima Khan", gbp("350.00"), None)
    edited = update_item(
        members_ws.uow(), item_id=item.id, changes={"deposit": gbp("25.00"), "buffer_days": 1}
    )
    assert (edited.deposit, edited.buffer_days) == (gbp("25.00"), 1)
    assert get_item(members_ws.uow(), item_id=item.id) == edited


def test_bad_values_are_each_refused_beside_their_field(members_ws: Workspace) -> None:
    with pytest.raises(ValidationError) as refused:
        add_item(
            members_ws.uow(),
            values={
                "name": " ",
                "kind": "vehicle",
                "quantity": 0,
                "buffer_days": -1,
                "deposit": Money.from_minor(500, "EUR"),
                "value": gbp("-1.00"),
            },
        )
    assert refused.value.errors == {
        "name": "Give the item a name.",
        "kind": "Choose one of: equipment, space, material, knowledge.",
        "quantity": "Give a whole number from 1 up.",
        "buffer_days": "Give a whole number from 0 up.",
        "deposit": "Give the amount in GBP, the group's currency.",
        "value": "An amount cannot be below zero.",
    }


def test_the_list_filters_by_kind_state_and_words(
    members_ws: Workspace, add_person: Callable[..., str]
) -> None:
    ana = add_person("Ana Silva")
    ids = {
        name: add_item(members_ws.uow(), values={"name": name, **values}).id
        for name, values in (
            ("Gazebo", {"location": "Shed"}),
            ("Drill", {"description": "Cordless, two batteries"}),
            ("Chairs", {"quantity": 60, "kind": "material"}),
            ("Hall", {"kind": "space"}),
            ("Mower", {"condition": "out of service"}),
        )
    }
    lend(members_ws.uow(), item_id=ids["Drill"], borrower_id=ana, out_on=TODAY - timedelta(9))
    lend(members_ws.uow(), item_id=ids["Chairs"], borrower_id=ana, quantity=20)
    add_plan(
        members_ws.uow(),
        item_id=ids["Hall"],
        what="Deep clean",
        every_months=1,
        starts_on=date(2026, 1, 1),
    )

    def names(**filters: str) -> list[str]:
        return [row.name for row in list_items(members_ws.uow(), **filters)]

    assert names() == ["Chairs", "Drill", "Gazebo", "Hall", "Mower"]
    assert names(kind="material") == ["Chairs"]
    assert names(status="available") == ["Chairs", "Gazebo", "Hall"]
    assert names(status="out") == ["Chairs", "Drill"]
    assert names(status="needs upkeep") == ["Hall", "Mower"]
    assert names(text="shed") == ["Gazebo"] and names(text="cordless batteries") == ["Drill"]
    chairs = next(row for row in list_items(members_ws.uow()) if row.name == "Chairs")
    assert (chairs.out, chairs.free_now, chairs.overdue) == (20, 40, 0)
    assert [hit.title for hit in search_everywhere(members_ws.uow(), text="gaz")] == ["Gazebo"]
    found = search_everywhere(members_ws.uow(), text="gazebo")
    assert [(hit.area, hit.record, hit.row_id) for hit in found] == [
        ("resources", "item", ids["Gazebo"])
    ]
    remove_item(members_ws.uow(), item_id=ids["Gazebo"])
    assert "Gazebo" not in names()


def test_every_list_of_items_sorts_names_by_their_letters_whatever_the_case_or_accent(
    members_ws: Workspace,
) -> None:
    """SQLite's lower() folded only ASCII: "Éclairage" and "Ölkanne" came after "Zelt"."""
    from groupdesk.services.resources.availability import free_between
    from groupdesk.services.resources.inventory import inventory
    from groupdesk.services.resources.kits import parts_of, set_part

    ids = {
        name: add_item(members_ws.uow(), values={"name": name, "kind": "equipment"}).id
        for name in ("Zelt", "Ölkanne", "éclairage", "Échelle", "drill", "Beamer")
    }
    expected = ["Beamer", "drill", "Échelle", "éclairage", "Ölkanne", "Zelt"]
    assert [row.name for row in list_items(members_ws.uow())] == expected
    kit = add_item(members_ws.uow(), values={"name": "Camping kit"}).id
    for name in ("Zelt", "Échelle", "Beamer"):
        set_part(members_ws.uow(), kit_id=kit, part_id=ids[name])
    parts = [part.name for part in parts_of(members_ws.uow(), kit_id=kit)]
    assert parts == ["Beamer", "Échelle", "Zelt"]  # "Échelle" came after "Zelt"
    expected = ["Beamer", "Camping kit", *expected[1:]]
    free = free_between(members_ws.uow(), start=TODAY, end=TODAY)
    assert [row.name for row in free] == expected
    assert [item.name for item in inventory(members_ws.uow()).items] == expected


def test_an_overdue_loan_shows_in_the_overdue_filter(
    members_ws: Workspace, add_person: Callable[..., str]
) -> None:
    ana = add_person("Ana Silva")
    ladder = add_item(members_ws.uow(), values={"name": "Ladder"}).id
    add_item(members_ws.uow(), values={"name": "Tent"})
    lend(
        members_ws.uow(),
        item_id=ladder,
        borrower_id=ana,
        out_on=TODAY - timedelta(10),
        due_on=TODAY - timedelta(1),
    )
    [row] = list_items(members_ws.uow(), status="overdue")
    assert (row.name, row.overdue, row.free_now, row.next_due) == (
        "Ladder",
        1,
        0,
        TODAY - timedelta(1),
    )


def by_fold(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(id, name) pairs in the order a person expects: by the folded name, then the name,
    then the id."""
    return sorted(items, key=lambda item: (search_key(item[1]), item[1], item[0]))


@pytest.mark.parametrize(
    "narrowing",
    [{}, {"kind": "space"}, {"kind": "material"}, {"text": "a"}, {"text": "no such thing"}],
)
def test_the_first_items_are_the_whole_lists_first_with_its_count_and_largest_stock(
    demo_workspace: Workspace, narrowing: dict[str, str]
) -> None:
    """What the Resources page shows first is what the whole list shows first: each item's
    loans, overdue and free stock summed for it alone (the demo's year of loans and bookings,
    some overdue) come to the same as summed for every item."""
    whole = list_items(demo_workspace.uow(), **narrowing)
    assert narrowing.get("text") == "no such thing" or len(whole) > 1
    listed = [(row.id, row.name) for row in whole]
    assert listed == by_fold(listed)  # the demo's keys, written in bulk, as each name's fold
    for count in (1, 7, len(whole), len(whole) + 10):
        start = first_items(demo_workspace.uow(), count=count, **narrowing)
        assert start.rows == whole[:count]
        assert start.total == len(whole)
        assert start.largest == max((row.quantity for row in whole), default=1)
    assert any(row.out for row in whole) or not whole


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    names=st.lists(
        st.text(st.characters(categories=["L", "M", "N", "Zs"]), min_size=1, max_size=6)
        .map(str.strip)
        .filter(bool),
        max_size=8,
    )
)
def test_the_list_is_in_the_order_a_sort_by_the_folded_name_gives(
    members_ws: Workspace, names: list[str]
) -> None:
    """The order SQLite gives from the stored folds (and the first rows the page takes from
    it) is the one Python's sort by the folded name, then the name, then the id gives, for
    names in any script."""
    added = []
    try:
        for name in names:
            added.append(add_item(members_ws.uow(), values={"name": name}))
        listed = [(row.id, row.name) for row in list_items(members_ws.uow())]
        assert listed == by_fold([(item.id, item.name) for item in added])
        first = first_items(members_ws.uow(), count=3)
        assert [(row.id, row.name) for row in first.rows] == listed[:3]
    finally:
        for item in added:
            remove_item(members_ws.uow(), item_id=item.id)
