"""Funders: added with their kind and contact, listed with their grants, their history with
the group newest first; one still named on a grant is not deleted."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from groupdesk.errors import ValidationError
from groupdesk.money import Money
from groupdesk.services.grants.funders import (
    add_funder,
    edit_funder,
    funder_history,
    list_funders,
    remove_funder,
)
from groupdesk.services.grants.pipeline import move_grant
from groupdesk.services.grants.records import add_grant, delete_grant
from groupdesk.services.workspace import Workspace


def test_a_funders_history_lists_its_grants_newest_first_with_what_was_awarded(
    members_ws: Workspace,
) -> None:
    trust = add_funder(
        members_ws.uow(),
        values={"name": "River Trust", "kind": "Foundation", "email": "grants@river.example"},
    )
    add_funder(members_ws.uow(), values={"name": "Alder Council", "kind": "council"})
    old = add_grant(
        members_ws.uow(),
        values={"title": "Benches", "funder_id": trust.id, "period_start": date(2024, 4, 1)},
    )
    new = add_grant(
        members_ws.uow(),
        values={"title": "Garden", "funder_id": trust.id, "period_start": date(2026, 4, 1)},
    )
    for state in ("drafting", "submitted"):
        move_grant(members_ws.uow(), grant_id=old.id, to_state=state)
    move_grant(
        members_ws.uow(),
        grant_id=old.id,
        to_state="awarded",
        awarded=Money(Decimal("800.00"), "GBP"),
    )

    history = funder_history(members_ws.uow(), trust.id)
    assert [(g.id, g.awarded) for g in history] == [
        (new.id, None),
        (old.id, Money(Decimal("800.00"), "GBP")),
    ]
    listed = list_funders(members_ws.uow())
    assert [(f.name, f.kind, f.grants, f.awarded) for f in listed] == [
        ("Alder Council", "council", 0, 0),
        ("River Trust", "foundation", 2, 1),
    ]


def test_a_funder_needs_a_name_a_known_kind_and_a_real_email(members_ws: Workspace) -> None:
    with pytest.raises(ValidationError) as no_name:
        add_funder(members_ws.uow(), values={"name": "  "})
    with pytest.raises(ValidationError) as bad_kind:
        add_funder(members_ws.uow(), values={"name": "X", "kind": "bank"})
    trust = add_funder(members_ws.uow(), values={"name": "River Trust"})
    with pytest.raises(ValidationError) as bad_email:
        edit_funder(members_ws.uow(), funder_id=trust.id, changes={"email": "grants at river"})

    assert no_name.value.errors == {"name": "name the funder"}
    assert "a funder is one of: foundation, council" in bad_kind.value.errors["kind"]
    assert bad_email.value.errors == {"email": "'grants at river' is not an email address"}
    assert [f.name for f in list_funders(members_ws.uow())] == ["River Trust"]


def test_a_funder_named_on_a_grant_is_not_deleted_until_the_grant_is(
    members_ws: Workspace,
) -> None:
    trust = add_funder(members_ws.uow(), values={"name": "River Trust"})
    grant = add_grant(members_ws.uow(), values={"title": "Garden", "funder_id": trust.id})

    with pytest.raises(ValidationError) as refused:
        remove_funder(members_ws.uow(), funder_id=trust.id)
    delete_grant(members_ws.uow(), grant_id=grant.id)
    remove_funder(members_ws.uow(), funder_id=trust.id)

    assert refused.value.errors == {
        "funder_id": "River Trust is named on 1 grant; "
        "delete those or give them another funder first"
    }
    assert list_funders(members_ws.uow()) == []
