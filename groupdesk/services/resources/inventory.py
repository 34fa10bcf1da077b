"""The items as the printed inventory lists them: by kind, then name, with their condition and
value, and the total value per currency (two currencies are never added together)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select

from groupdesk.models.resources import ITEM_KINDS, ResourceItem
from groupdesk.money import Money
from groupdesk.services.resources.ordering import SORTED_BY_NAME
from groupdesk.services.resources.records import ITEM_BASICS
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class InventoryItem:
    id: str
    name: str
    kind: str
    location: str | None
    condition: str
    quantity: int
    #: What all `quantity` of it are worth together (as recorded on the item); None if unset.
    value: Money | None


@dataclass(frozen=True)
class Inventory:
    items: list[InventoryItem]
    #: The items' value, one total per currency, by currency code.
    totals: Sequence[Money]


def inventory(uow: UnitOfWork) -> Inventory:
    """Every item, in `ITEM_KINDS` order and then by name, in one query."""
    query = select(
        *ITEM_BASICS,
        ResourceItem.value_minor,
        ResourceItem.value_currency,
    ).where(ResourceItem.deleted_at.is_(None))
    with uow:
        rows = uow.session.connection().execute(query.order_by(*SORTED_BY_NAME)).all()
    order = {kind: place for place, kind in enumerate(ITEM_KINDS)}
    items = sorted(
        (
            InventoryItem(
                id=item_id,
                name=name,
                kind=kind,
                location=location,
                condition=condition,
                quantity=quantity,
                value=None if minor is None or not code else Money.from_minor(minor, code),
            )
            for item_id, name, kind, location, condition, quantity, minor, code in rows
        ),
        key=lambda item: order.get(item.kind, len(order)),
    )
    totals: dict[str, Money] = {}
    for item in items:
        if item.value is not None:
            code = item.value.currency
            totals[code] = totals.get(code, Money.zero(code)) + item.value
    return Inventory(items, [totals[code] for code in sorted(totals)])
