"""Reimbursements: claimed, approved by someone else than the claimant, then paid; or refused
with a reason. Self-approval is refused and saves nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest
from support.grant_rows import add_expense_row

from groupdesk.errors import ValidationError
from groupdesk.money import Money
from groupdesk.services.grants.records import add_grant
from groupdesk.services.grants.reimbursements import (
    approve,
    claim,
    pay,
    refuse,
    reimbursements,
)
from groupdesk.services.workspace import Workspace

AddPerson = Callable[..., str]


def eur(text: str) -> Money:
    return Money(Decimal(text), "EUR")


def test_a_claim_for_an_expense_is_approved_by_someone_else_and_paid(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana, tomas = add_person("Ana Silva"), add_person("Tomás Ruiz")
    grant = add_grant(members_ws.uow(), values={"title": "Garden", "currency": "EUR"})
    expense = add_expense_row(members_ws, grant.id, "42.10", spent_on=date(2026, 4, 3))
    claimed = claim(
        members_ws.uow(),
        claimant_id=ana,
        expense_id=expense,
        amount=eur("42.10"),
        claimed_on=date(2026, 4, 4),
    )

    approve(members_ws.uow(), reimbursement_id=claimed.id, by_id=tomas, on=date(2026, 4, 5))
    paid = pay(
        members_ws.uow(), reimbursement_id=claimed.id, paid_on=date(2026, 4, 6), reference="TR-9"
    )

    assert (paid.state, paid.grant_id, paid.approved_by_name) == ("paid", grant.id, "Tomás Ruiz")
    assert (paid.decided_on, paid.paid_on, paid.reference) == (
        date(2026, 4, 5),
        date(2026, 4, 6),
        "TR-9",
    )
    assert [r.id for r in reimbursements(members_ws.uow(), member_id=ana)] == [claimed.id]
    assert reimbursements(members_ws.uow(), member_id=tomas) == []


def test_the_claimant_cannot_approve_their_own_claim_and_nothing_is_saved(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Silva")
    grant = add_grant(members_ws.uow(), values={"title": "Garden", "currency": "EUR"})
    claimed = claim(members_ws.uow(), claimant_id=ana, grant_id=grant.id, amount=eur("9.99"))

    with pytest.raises(ValidationError) as refused:
        approve(members_ws.uow(), reimbursement_id=claimed.id, by_id=ana)

    assert refused.value.errors == {
        "approved_by_id": "Ana Silva made this claim and cannot decide it; "
        "someone else must approve or refuse it"
    }
    [kept] = reimbursements(members_ws.uow(), grant_id=grant.id)
    assert (kept.state, kept.approved_by_id, kept.decided_on) == ("claimed", None, None)


def test_a_refusal_says_why_and_a_refused_claim_is_never_paid(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana, tomas = add_person("Ana Silva"), add_person("Tomás Ruiz")
    grant = add_grant(members_ws.uow(), values={"title": "Garden", "currency": "EUR"})
    claimed = claim(members_ws.uow(), claimant_id=ana, grant_id=grant.id, amount=eur("9.99"))

    with pytest.raises(ValidationError) as no_reason:
        refuse(members_ws.uow(), reimbursement_id=claimed.id, by_id=tomas, reason=" ")
    refuse(members_ws.uow(), reimbursement_id=claimed.id, by_id=tomas, reason="No receipt")
    with pytest.raises(ValidationError) as paying:
        pay(members_ws.uow(), reimbursement_id=claimed.id, paid_on=date(2026, 5, 1))

    assert no_reason.value.errors == {"refused_reason": "say why it is refused"}
    assert paying.value.errors == {"state": "a reimbursement that is refused can change no further"}
    [kept] = reimbursements(members_ws.uow(), states=("refused",))
    assert (kept.refused_reason, kept.paid_on) == ("No receipt", None)


def test_an_unapproved_claim_is_not_paid_naming_what_it_can_be(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Silva")
    grant = add_grant(members_ws.uow(), values={"title": "Garden", "currency": "EUR"})
    claimed = claim(members_ws.uow(), claimant_id=ana, grant_id=grant.id, amount=eur("9.99"))

    with pytest.raises(ValidationError) as refused:
        pay(members_ws.uow(), reimbursement_id=claimed.id, paid_on=date(2026, 5, 1))

    assert refused.value.errors == {
        "state": "a reimbursement that is claimed can only be approved or refused"
    }


def test_a_negative_claim_is_refused_naming_the_amount(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    ana = add_person("Ana Silva")
    grant = add_grant(members_ws.uow(), values={"title": "Garden", "currency": "EUR"})

    with pytest.raises(ValidationError) as refused:
        claim(members_ws.uow(), claimant_id=ana, grant_id=grant.id, amount=eur("-9.99"))

    assert refused.value.errors == {"amount": "an amount cannot be below zero"}
    assert reimbursements(members_ws.uow()) == []
