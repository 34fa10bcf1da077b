"""Late fees capped at the item's value and waivable by a named person; deposits listed as money
held for members."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from support.resource_rows import gbp, stored_item, stored_loan

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.money import Money
from groupdesk.services.resources.fees import (
    charge_late_fee,
    deposits_held,
    late_fee,
    late_fee_of,
    waive_late_fee,
)
from groupdesk.services.resources.loans import lend, return_loan
from groupdesk.services.workspace import Workspace

TODAY = date(2026, 5, 3)  # the members_ws clock (tests/services/conftest.py)
DUE = date(2026, 4, 1)

amounts = st.integers(min_value=0, max_value=10_000_000).map(lambda m: Money.from_minor(m, "GBP"))
days = st.integers(min_value=-400, max_value=4000)


@given(per_day=amounts, value=st.none() | amounts, late=days, later=st.integers(0, 400))
def test_a_late_fee_never_exceeds_the_value_and_only_grows_with_the_days(
    per_day: Money, value: Money | None, late: int, later: int
) -> None:
    fee = late_fee(per_day=per_day, value=value, due_on=DUE, back_on=DUE + timedelta(late))
    assert fee is not None and fee.currency == "GBP"
    if value is not None:
        assert fee <= value
    if late <= 0:
        assert fee == Money.zero("GBP")
    uncapped = per_day * max(0, late)
    if value is None or uncapped <= value:
        assert fee == uncapped
    else:
        assert fee == value
    kept_longer = late_fee(
        per_day=per_day, value=value, due_on=DUE, back_on=DUE + timedelta(late + later)
    )
    assert kept_longer is not None and kept_longer >= fee


def test_an_item_without_a_fee_has_no_late_fee() -> None:
    assert late_fee(per_day=None, value=gbp("90"), due_on=DUE, back_on=TODAY) is None


@pytest.fixture
def drill(members_ws: Workspace) -> str:
    return stored_item(members_ws, "Drill", value=gbp("25.00"), late_fee_per_day=gbp("2.00"))


def test_a_loan_back_three_days_late_costs_three_days(
    members_ws: Workspace, add_person: Callable[..., str], drill: str
) -> None:
    ana = add_person("Ana Silva")
    loan = stored_loan(
        members_ws, drill, ana, DUE - timedelta(7), DUE, returned_on=DUE + timedelta(3)
    )
    charged = charge_late_fee(members_ws.uow(), loan_id=loan)
    assert (charged.days_late, charged.fee, charged.charged, charged.owed) == (
        3,
        gbp("6.00"),
        gbp("6.00"),
        gbp("6.00"),
    )
    assert (charged.item_name, charged.borrower_name) == ("Drill", "Ana Silva")


def test_back_on_the_due_day_is_not_late(
    members_ws: Workspace, add_person: Callable[..., str], drill: str
) -> None:
    loan = stored_loan(
        members_ws, drill, add_person("Ana Silva"), DUE - timedelta(7), DUE, returned_on=DUE
    )
    charged = charge_late_fee(members_ws.uow(), loan_id=loan)
    assert (charged.days_late, charged.fee, charged.charged) == (0, gbp("0.00"), None)


def test_a_loan_still_out_runs_up_to_today_and_stops_at_the_value(
    members_ws: Workspace, add_person: Callable[..., str], drill: str
) -> None:
    loan = stored_loan(members_ws, drill, add_person("Sam Okafor"), DUE - timedelta(7), DUE)
    now = late_fee_of(members_ws.uow(), loan_id=loan)
    assert now.days_late == (TODAY - DUE).days == 32
    assert now.fee == gbp("25.00")  # 32 days × £2 would be £64: capped at the drill's value
    with pytest.raises(GroupDeskError, match="charged when the item comes back"):
        charge_late_fee(members_ws.uow(), loan_id=loan)


def test_waiving_keeps_the_fee_and_who_waived_it_and_only_once(
    members_ws: Workspace, add_person: Callable[..., str], drill: str
) -> None:
    ana, fatima = add_person("Ana Silva"), add_person("Fatima Haddad")
    loan = stored_loan(
        members_ws, drill, ana, DUE - timedelta(7), DUE, returned_on=DUE + timedelta(2)
    )
    charge_late_fee(members_ws.uow(), loan_id=loan)
    waived = waive_late_fee(members_ws.uow(), loan_id=loan, by_id=fatima)
    assert (waived.charged, waived.owed, waived.waived_by_name) == (
        gbp("4.00"),
        gbp("0.00"),
        "Fatima Haddad",
    )
    with pytest.raises(GroupDeskError, match="already waived by Fatima Haddad"):
        waive_late_fee(members_ws.uow(), loan_id=loan, by_id=ana)


def test_a_loan_back_on_time_has_nothing_to_waive(
    members_ws: Workspace, add_person: Callable[..., str], drill: str
) -> None:
    ana = add_person("Ana Silva")
    loan = stored_loan(members_ws, drill, ana, DUE - timedelta(7), DUE, returned_on=DUE)
    with pytest.raises(ValidationError) as refused:
        waive_late_fee(members_ws.uow(), loan_id=loan, by_id=ana)
    assert refused.value.errors == {"loan": "This loan of Drill has no late fee to waive."}


def test_deposits_held_are_what_was_taken_less_what_went_back_or_was_kept(
    members_ws: Workspace, add_person: Callable[..., str]
) -> None:
    ana, sam = add_person("Ana Silva"), add_person("Sam Okafor")
    gazebo = stored_item(members_ws, "Gazebo", deposit=gbp("50.00"))
    projector = stored_item(members_ws, "Projector", deposit=gbp("20.00"))
    tent = stored_item(members_ws, "Tent")
    out = date(2026, 4, 20)
    stored_loan(members_ws, gazebo, ana, out, out + timedelta(7), deposit_taken=gbp("50.00"))
    settled = dict(returned_on=out + timedelta(5), deposit_taken=gbp("20.00"))
    stored_loan(
        members_ws,
        projector,
        sam,
        out - timedelta(30),
        out,
        deposit_returned=gbp("20.00"),
        **settled,
    )
    stored_loan(
        members_ws,
        projector,
        sam,
        out - timedelta(20),
        out,
        deposit_returned=gbp("15.00"),
        deposit_kept=gbp("5.00"),
        kept_reason="lens cap lost",
        **settled,
    )
    stored_loan(
        members_ws,
        projector,
        sam,
        out - timedelta(10),
        out,
        deposit_returned=gbp("12.00"),
        **settled,
    )
    stored_loan(members_ws, tent, sam, out, out + timedelta(3))  # no deposit asked
    stored_loan(members_ws, tent, ana, out, out, deposit_taken=Money(Decimal("30"), "EUR"))

    held = deposits_held(members_ws.uow())
    assert [(d.item_name, d.member_name, d.amount, d.item_returned) for d in held.deposits] == [
        ("Projector", "Sam Okafor", gbp("8.00"), True),  # £20 taken, £12 back so far
        ("Gazebo", "Ana Silva", gbp("50.00"), False),
        ("Tent", "Ana Silva", Money(Decimal("30.00"), "EUR"), False),
    ]
    assert held.totals == [Money(Decimal("30.00"), "EUR"), gbp("58.00")]
    only_sam = deposits_held(members_ws.uow(), member_id=sam)
    assert [d.amount for d in only_sam.deposits] == [gbp("8.00")]


def test_taking_back_a_late_loan_charges_its_fee(
    members_ws: Workspace, add_person: Callable[..., str], drill: str
) -> None:
    loan = lend(
        members_ws.uow(),
        item_id=drill,
        borrower_id=add_person("Ana Silva"),
        out_on=TODAY - timedelta(9),
        due_on=TODAY - timedelta(2),
    )
    back = return_loan(members_ws.uow(), loan_id=loan.id)
    assert (back.days_late, back.fee_charged) == (2, gbp("4.00"))
    on_time = lend(members_ws.uow(), item_id=drill, borrower_id=add_person("Sam Okafor"))
    assert return_loan(members_ws.uow(), loan_id=on_time.id).fee_charged is None
