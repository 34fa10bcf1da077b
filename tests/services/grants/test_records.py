"""Grants the group seeks: added in their own currency, edited, shown, listed; a negative
amount or a period that ends before it starts is refused naming the field, saving nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from groupdesk.errors import ValidationError
from groupdesk.money import Money
from groupdesk.services.grants.budget import add_line
from groupdesk.services.grants.funders import add_funder
from groupdesk.services.grants.records import (
    add_grant,
    edit_grant,
    get_grant,
    list_grants,
)
from groupdesk.services.search import search_everywhere
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]


def test_a_grant_keeps_requested_and_awarded_apart_in_its_own_currency(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    tomas = add_person("Tomás Ruiz")
    funder = add_funder(members_ws.uow(), values={"name": "River Trust", "kind": "foundation"})
    grant = add_grant(
        members_ws.uow(),
        values={
            "title": "  Community   garden ",
            "funder_id": funder.id,
            "currency": "jpy",
            "requested": Money(Decimal(500000), "JPY"),
            "deadline": date(2026, 6, 30),
            "period_start": date(2026, 9, 1),
            "period_end": date(2027, 8, 31),
            "responsible_id": tomas,
            "funder_reference": "RT-2026-17",
            "restrictions": "Not for salaries.\nReceipts kept for 7 years.",
        },
    )
    edit_grant(
        members_ws.uow(), grant_id=grant.id, changes={"awarded": Money(Decimal(450000), "JPY")}
    )

    shown = get_grant(members_ws.uow(), grant.id)
    assert (shown.title, shown.currency, shown.funder_name) == (
        "Community garden",
        "JPY",
        "River Trust",
    )
    assert (shown.requested, shown.awarded) == (
        Money(Decimal(500000), "JPY"),
        Money(Decimal(450000), "JPY"),
    )
    assert shown.responsible_name == "Tomás Ruiz"
    assert shown.restrictions == "Not for salaries.\nReceipts kept for 7 years."
    [row] = list_grants(members_ws.uow())
    assert (row.title, row.funder_name, row.person_name, row.awarded) == (
        "Community garden",
        "River Trust",
        "Tomás Ruiz",
        Money(Decimal(450000), "JPY"),
    )


def test_a_new_grant_is_kept_in_the_groups_currency_unless_told(members_ws: Workspace) -> None:
    grant = add_grant(members_ws.uow(), values={"title": "Hall roof"})

    assert grant.currency == "GBP"


def test_a_negative_amount_is_refused_naming_the_field_and_nothing_is_saved(
    members_ws: Workspace,
) -> None:
    with pytest.raises(ValidationError) as refused:
        add_grant(
            members_ws.uow(),
            values={
                "title": "Hall roof",
                "currency": "EUR",
                "requested": Money(Decimal("-1.00"), "EUR"),
            },
        )

    assert refused.value.errors == {"requested": "an amount cannot be below zero"}
    assert list_grants(members_ws.uow()) == []


def test_every_bad_field_is_named_at_once(members_ws: Workspace) -> None:
    with pytest.raises(ValidationError) as refused:
        add_grant(
            members_ws.uow(),
            values={
                "title": " ",
                "currency": "EUR",
                "requested": Money(Decimal("10"), "GBP"),
            },
        )

    assert refused.value.errors == {
        "title": "give the grant a title",
        "requested": "this grant is kept in EUR; enter the amount in EUR",
    }


def test_a_period_that_ends_before_it_starts_is_refused(members_ws: Workspace) -> None:
    grant = add_grant(members_ws.uow(), values={"title": "Hall", "period_start": date(2026, 9, 1)})

    with pytest.raises(ValidationError) as refused:
        edit_grant(members_ws.uow(), grant_id=grant.id, changes={"period_end": date(2026, 8, 1)})

    assert refused.value.errors == {
        "period_end": "the period ends (2026-08-01) before it starts (2026-09-01)"
    }
    assert get_grant(members_ws.uow(), grant.id).period_end is None


def test_the_currency_is_put_right_until_money_is_recorded_under_the_grant(
    members_ws: Workspace,
) -> None:
    grant = add_grant(
        members_ws.uow(),
        values={"title": "Hall", "currency": "GBP", "requested": Money(Decimal("1200.00"), "GBP")},
    )

    fixed = edit_grant(members_ws.uow(), grant_id=grant.id, changes={"currency": "EUR"})
    assert fixed.requested == Money(Decimal("1200.00"), "EUR")
    edit_grant(
        members_ws.uow(),
        grant_id=grant.id,
        changes={"requested": Money(Decimal("1200.50"), "EUR")},
    )
    with pytest.raises(ValidationError) as does_not_fit:
        edit_grant(members_ws.uow(), grant_id=grant.id, changes={"currency": "JPY"})
    assert does_not_fit.value.errors == {
        "requested": "1200.50 EUR does not fit JPY; enter the amount again in JPY"
    }
    add_line(
        members_ws.uow(), grant_id=grant.id, category="Materials", amount=Money(Decimal(5), "EUR")
    )
    with pytest.raises(ValidationError) as refused:
        edit_grant(members_ws.uow(), grant_id=grant.id, changes={"currency": "USD"})
    assert refused.value.errors == {
        "currency": "money is already recorded under this grant in EUR; "
        "its currency can no longer change"
    }


def test_the_global_search_finds_a_grant_by_its_title_or_funder_not_by_the_person(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    tomas = add_person("Tomás Ruiz")
    trust = add_funder(members_ws.uow(), values={"name": "Fundación Río"})
    grant = add_grant(
        members_ws.uow(),
        values={"title": "Community garden", "funder_id": trust.id, "responsible_id": tomas},
    )
    add_grant(members_ws.uow(), values={"title": "Hall roof"})

    def grants_found(typed: str) -> list[tuple[str, ...]]:
        hits = search_everywhere(members_ws.uow(), text=typed)
        return [(h.area, h.row_id, h.title, h.detail) for h in hits if h.record == "grant"]

    for typed in ("garden", "fundacion rio", "rio garden"):
        assert grants_found(typed) == [
            ("grants", grant.id, "Community garden", "prospect, Fundación Río")
        ]
    assert grants_found("garden roof") == []
    assert grants_found("tomas") == []
