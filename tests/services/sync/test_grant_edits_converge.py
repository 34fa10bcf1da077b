"""Two laptops editing the same grant offline — one adds an expense, the other revises the
budget — converge after sync, and both changes show in the grant's history on each."""

from __future__ import annotations

from decimal import Decimal

from support.grant_rows import add_expense_row
from sync_helpers import setup_group, state, sync

from groupdesk.money import Money
from groupdesk.services.grants.budget import add_line, budget_of, revise_line
from groupdesk.services.grants.records import add_grant
from groupdesk.services.history import record_history


def eur(text: str) -> Money:
    return Money(Decimal(text), "EUR")


def test_an_expense_and_a_budget_revision_made_apart_converge_and_both_show_in_history(  # type: ignore[no-untyped-def]
    laptops, sync_folder
) -> None:
    ana, sam = laptops("ana"), laptops("sam")
    setup_group(ana, [sam], sync_folder, names=["Ana's laptop", "Sam's laptop"])
    grant = add_grant(ana.uow(), values={"title": "Community garden", "currency": "EUR"})
    tools = add_line(ana.uow(), grant_id=grant.id, category="Tools", amount=eur("1200.00"))
    sync(ana, sam)

    expense = add_expense_row(ana, grant.id, "42.10", line_id=tools.id, payee="Hardware store")
    sam.test_clock.millis = ana.test_clock.millis + 10_000
    revise_line(sam.uow(), line_id=tools.id, amount=eur("1500.00"), reason="Funder agreed")
    sync(ana, sam, ana)

    assert state(ana) == state(sam)
    for laptop in (ana, sam):
        [line] = budget_of(laptop.uow(), grant_id=grant.id)
        assert line.amount == eur("1500.00")
        assert [(r.old_amount, r.new_amount) for r in line.revisions] == [
            (eur("1200.00"), eur("1500.00"))
        ]
        events = record_history(laptop.uow(), table="grants", row_id=grant.id)
        seen = {(e.device_name, e.record, e.action) for e in events}
        assert ("Ana's laptop", "expense", "added") in seen
        assert ("Sam's laptop", "budget line", "changed") in seen
        added = next(e for e in events if e.row_id == expense)
        assert dict(added.fields)["amount"] == "42.10 EUR"
        changed = next(e for e in events if e.record == "budget line" and e.action == "changed")
        assert [(c.field, c.old, c.new) for c in changed.changes] == [
            ("amount", "1200.00 EUR", "1500.00 EUR")
        ]
