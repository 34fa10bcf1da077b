"""Payments and tranches: a tranche that needs a report waits on it until the report is sent,
and the payment that brings it in marks it received."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from groupdesk.errors import ValidationError
from groupdesk.money import Money
from groupdesk.services.grants.payments import (
    add_tranche,
    payments_of,
    record_payment,
    remove_tranche,
    tranches_of,
)
from groupdesk.services.grants.records import add_grant
from groupdesk.services.grants.reporting import add_report, advance_report
from groupdesk.services.workspace import Workspace


def kwd(text: str) -> Money:
    return Money(Decimal(text), "KWD")


def test_a_tranche_waits_on_the_interim_report_then_is_received(members_ws: Workspace) -> None:
    grant = add_grant(members_ws.uow(), values={"title": "Garden", "currency": "KWD"})
    interim = add_report(
        members_ws.uow(), grant_id=grant.id, kind="interim", due_on=date(2026, 5, 12)
    )
    first = add_tranche(
        members_ws.uow(), grant_id=grant.id, amount=kwd("600.000"), expected_on=date(2026, 3, 1)
    )
    second = add_tranche(
        members_ws.uow(),
        grant_id=grant.id,
        amount=kwd("400.125"),
        expected_on=date(2026, 6, 1),
        needs_report_id=interim.id,
    )
    assert (first.status, second.status) == ("expected", "waiting on the interim report")

    record_payment(
        members_ws.uow(),
        grant_id=grant.id,
        amount=kwd("600.000"),
        paid_on=date(2026, 3, 2),
        method="bank transfer",
        reference="RT-1",
        tranche_id=first.id,
    )
    advance_report(members_ws.uow(), report_id=interim.id, to_state="sent", on=date(2026, 5, 1))

    assert [(t.amount, t.status) for t in tranches_of(members_ws.uow(), grant_id=grant.id)] == [
        (kwd("600.000"), "received"),
        (kwd("400.125"), "expected"),
    ]
    [payment] = payments_of(members_ws.uow(), grant_id=grant.id)
    assert (payment.direction, payment.amount, payment.reference) == ("in", kwd("600.000"), "RT-1")


def test_a_negative_payment_is_refused_naming_the_amount_and_nothing_is_saved(
    members_ws: Workspace,
) -> None:
    grant = add_grant(members_ws.uow(), values={"title": "Garden", "currency": "KWD"})

    with pytest.raises(ValidationError) as negative:
        record_payment(
            members_ws.uow(), grant_id=grant.id, amount=kwd("-1.000"), paid_on=date(2026, 5, 1)
        )
    with pytest.raises(ValidationError) as other_currency:
        record_payment(
            members_ws.uow(),
            grant_id=grant.id,
            amount=Money(Decimal("1.00"), "EUR"),
            paid_on=date(2026, 5, 1),
        )

    assert negative.value.errors == {"amount": "an amount cannot be below zero"}
    assert other_currency.value.errors == {
        "amount": "this grant is kept in KWD; enter the amount in KWD"
    }
    assert payments_of(members_ws.uow(), grant_id=grant.id) == []


def test_a_tranche_is_received_once(members_ws: Workspace) -> None:
    grant = add_grant(members_ws.uow(), values={"title": "Garden", "currency": "KWD"})
    tranche = add_tranche(members_ws.uow(), grant_id=grant.id, amount=kwd("5"))
    record_payment(
        members_ws.uow(),
        grant_id=grant.id,
        amount=kwd("5"),
        paid_on=date(2026, 5, 1),
        tranche_id=tranche.id,
    )

    with pytest.raises(ValidationError) as twice:
        record_payment(
            members_ws.uow(),
            grant_id=grant.id,
            amount=kwd("5"),
            paid_on=date(2026, 5, 2),
            tranche_id=tranche.id,
        )

    assert twice.value.errors == {"tranche_id": "that tranche is already received"}
    assert len(payments_of(members_ws.uow(), grant_id=grant.id)) == 1


def test_a_payment_put_right_and_one_removed_makes_its_tranche_expected_again(
    members_ws: Workspace,
) -> None:
    from groupdesk.services.grants.payments import edit_payment, remove_payment
    from groupdesk.services.history import record_history

    grant = add_grant(members_ws.uow(), values={"title": "Garden", "currency": "KWD"})
    tranche = add_tranche(members_ws.uow(), grant_id=grant.id, amount=kwd("600.000"))
    paid = record_payment(
        members_ws.uow(),
        grant_id=grant.id,
        amount=kwd("600.000"),
        paid_on=date(2026, 3, 2),
        tranche_id=tranche.id,
    )
    edited = edit_payment(
        members_ws.uow(),
        payment_id=paid.id,
        amount=kwd("600.500"),
        paid_on=date(2026, 3, 3),
        method="bank transfer",
        reference="RT-9",
    )
    assert (edited.amount, edited.paid_on, edited.reference) == (
        kwd("600.500"),
        date(2026, 3, 3),
        "RT-9",
    )
    with pytest.raises(ValidationError) as future:
        edit_payment(
            members_ws.uow(), payment_id=paid.id, amount=kwd("1"), paid_on=date(2099, 1, 1)
        )
    assert future.value.errors == {"paid_on": "a payment cannot be dated in the future"}
    with pytest.raises(ValidationError) as refused:
        remove_tranche(members_ws.uow(), tranche_id=tranche.id)
    assert "remove the payment that brought it in first" in refused.value.errors["tranche"]
    remove_payment(members_ws.uow(), payment_id=paid.id)
    assert payments_of(members_ws.uow(), grant_id=grant.id) == []
    [again] = tranches_of(members_ws.uow(), grant_id=grant.id)
    assert (again.status, again.received_payment_id) == ("expected", None)
    history = record_history(members_ws.uow(), table="grants", row_id=grant.id)
    changed = [field for event in history for field, _value in event.fields]
    assert "reference" in changed and "deleted" in [event.action for event in history]


def test_a_tranche_put_right_then_removed(members_ws: Workspace) -> None:
    from groupdesk.services.grants.payments import edit_tranche

    grant = add_grant(members_ws.uow(), values={"title": "Garden", "currency": "KWD"})
    interim = add_report(
        members_ws.uow(), grant_id=grant.id, kind="interim", due_on=date(2026, 5, 12)
    )
    tranche = add_tranche(members_ws.uow(), grant_id=grant.id, amount=kwd("400.000"))
    edited = edit_tranche(
        members_ws.uow(),
        tranche_id=tranche.id,
        amount=kwd("450.000"),
        expected_on=date(2026, 6, 1),
        needs_report_id=interim.id,
    )
    assert (edited.amount, edited.status) == (kwd("450.000"), "waiting on the interim report")
    with pytest.raises(ValidationError) as negative:
        edit_tranche(members_ws.uow(), tranche_id=tranche.id, amount=kwd("-1.000"))
    assert negative.value.errors == {"amount": "an amount cannot be below zero"}
    remove_tranche(members_ws.uow(), tranche_id=tranche.id)
    assert tranches_of(members_ws.uow(), grant_id=grant.id) == []


def test_a_micro_grants_payment_to_its_member_is_not_changed_here(
    members_ws: Workspace, add_person: Callable[..., str]
) -> None:
    from groupdesk.services.grants.micro_grants import (
        apply_for_micro_grant,
        decide_micro_grant,
        pay_micro_grant,
    )
    from groupdesk.services.grants.payments import remove_payment

    ana, wei = add_person("Ana Silva"), add_person("Wei Chen")
    applied = apply_for_micro_grant(
        members_ws.uow(),
        applicant_id=ana,
        title="Seed library",
        purpose="Shelves",
        amount=Money(Decimal("150.00"), "EUR"),
    )
    decide_micro_grant(members_ws.uow(), grant_id=applied.id, approve=True, by_id=wei)
    pay_micro_grant(members_ws.uow(), grant_id=applied.id, paid_on=members_ws.uow().today())
    [paid] = payments_of(members_ws.uow(), grant_id=applied.id)
    with pytest.raises(ValidationError, match="makes the micro-grant paid"):
        remove_payment(members_ws.uow(), payment_id=paid.id)
    assert payments_of(members_ws.uow(), grant_id=applied.id) == [paid]
