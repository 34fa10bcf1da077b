"""Payments and tranches: a tranche that needs a report waits on it until the report is sent,
and the payment that brings it in marks it received."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from groupdesk.errors import ValidationError
from groupdesk.money import Money
from groupdesk.services.grants.payments import (
    add_tranche,
    payments_of,
    record_payment,
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
