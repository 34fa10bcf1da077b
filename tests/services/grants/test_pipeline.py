"""A grant the group seeks, through the pipeline: only the allowed moves, each dated, signed
and kept; a refused move names the moves that are allowed and saves nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from groupdesk.errors import ValidationError
from groupdesk.money import Money
from groupdesk.services.grants.pipeline import move_grant, state_changes
from groupdesk.services.grants.records import add_grant, get_grant
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]


def eur(text: str) -> Money:
    return Money(Decimal(text), "EUR")


def test_a_grant_goes_from_prospect_to_closed_each_step_dated_and_signed(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    tomas = add_person("Tomás Ruiz")
    grant = add_grant(
        members_ws.uow(),
        values={"title": "Community garden", "currency": "EUR", "requested": eur("5000.00")},
        on=date(2026, 1, 5),
        by_id=tomas,
    )
    assert grant.state == "prospect"
    assert grant.next_states == ("drafting", "withdrawn")
    steps = [
        ("drafting", date(2026, 1, 10)),
        ("submitted", date(2026, 2, 1)),
        ("awarded", date(2026, 3, 1)),
        ("active", date(2026, 3, 15)),
        ("reporting", date(2026, 4, 20)),
        ("closed", date(2026, 5, 2)),
    ]
    for state, day in steps:
        awarded = eur("4500.00") if state == "awarded" else None
        move_grant(
            members_ws.uow(),
            grant_id=grant.id,
            to_state=state,
            on=day,
            by_id=tomas,
            awarded=awarded,
        )

    shown = get_grant(members_ws.uow(), grant.id)
    assert shown.state == "closed" and shown.next_states == ()
    assert (shown.requested, shown.awarded) == (eur("5000.00"), eur("4500.00"))
    assert shown.decision_on == date(2026, 3, 1)
    kept = state_changes(members_ws.uow(), grant_id=grant.id)
    assert [(s.from_state, s.to_state, s.changed_on) for s in kept] == [
        (None, "prospect", date(2026, 1, 5)),
        ("prospect", "drafting", date(2026, 1, 10)),
        ("drafting", "submitted", date(2026, 2, 1)),
        ("submitted", "awarded", date(2026, 3, 1)),
        ("awarded", "active", date(2026, 3, 15)),
        ("active", "reporting", date(2026, 4, 20)),
        ("reporting", "closed", date(2026, 5, 2)),
    ]
    assert {s.by_name for s in kept} == {"Tomás Ruiz"}


def test_an_invalid_move_is_refused_naming_the_allowed_states_and_nothing_is_saved(
    members_ws: Workspace,
) -> None:
    grant = add_grant(members_ws.uow(), values={"title": "Library fund", "currency": "EUR"})
    move_grant(members_ws.uow(), grant_id=grant.id, to_state="drafting")
    move_grant(members_ws.uow(), grant_id=grant.id, to_state="submitted")

    with pytest.raises(ValidationError) as refused:
        move_grant(members_ws.uow(), grant_id=grant.id, to_state="closed", note="skip ahead")

    assert refused.value.errors == {
        "state": "A grant that is submitted can move only to awarded, declined or withdrawn, "
        "not closed"
    }
    assert get_grant(members_ws.uow(), grant.id).state == "submitted"
    assert len(state_changes(members_ws.uow(), grant_id=grant.id)) == 3


def test_a_finished_grant_moves_no_further_and_an_unknown_state_is_named(
    members_ws: Workspace,
) -> None:
    grant = add_grant(members_ws.uow(), values={"title": "Bike fund"})
    move_grant(members_ws.uow(), grant_id=grant.id, to_state="withdrawn")

    with pytest.raises(ValidationError, match="withdrawn can move no further"):
        move_grant(members_ws.uow(), grant_id=grant.id, to_state="drafting")
    with pytest.raises(ValidationError, match="'won' is not a state"):
        move_grant(members_ws.uow(), grant_id=grant.id, to_state="won")


def test_an_award_needs_its_amount_and_refuses_a_negative_one_saving_nothing(
    members_ws: Workspace,
) -> None:
    grant = add_grant(members_ws.uow(), values={"title": "Roof", "currency": "EUR"})
    for state in ("drafting", "submitted"):
        move_grant(members_ws.uow(), grant_id=grant.id, to_state=state)

    with pytest.raises(ValidationError) as missing:
        move_grant(members_ws.uow(), grant_id=grant.id, to_state="awarded")
    with pytest.raises(ValidationError) as negative:
        move_grant(members_ws.uow(), grant_id=grant.id, to_state="awarded", awarded=eur("-5.00"))

    assert missing.value.errors == {"awarded": "say how much was awarded"}
    assert negative.value.errors == {"awarded": "an amount cannot be below zero"}
    shown = get_grant(members_ws.uow(), grant.id)
    assert (shown.state, shown.awarded) == ("submitted", None)


def test_a_move_dated_in_the_future_is_refused(members_ws: Workspace) -> None:
    grant = add_grant(members_ws.uow(), values={"title": "Hall"})

    with pytest.raises(ValidationError) as refused:
        move_grant(members_ws.uow(), grant_id=grant.id, to_state="drafting", on=date(2026, 6, 1))

    assert refused.value.errors == {"changed_on": "a move cannot be dated in the future"}
    assert get_grant(members_ws.uow(), grant.id).state == "prospect"


def test_a_move_dated_before_the_last_one_is_refused(members_ws: Workspace) -> None:
    grant = add_grant(members_ws.uow(), values={"title": "Hall"}, on=date(2026, 4, 1))
    move_grant(members_ws.uow(), grant_id=grant.id, to_state="drafting", on=date(2026, 4, 10))

    with pytest.raises(ValidationError) as refused:
        move_grant(members_ws.uow(), grant_id=grant.id, to_state="submitted", on=date(2026, 4, 9))

    assert refused.value.errors == {
        "changed_on": "its last move was on 2026-04-10; date this one on or after it"
    }
    assert get_grant(members_ws.uow(), grant.id).state == "drafting"
