"""Kits: an item made of other items ("PA kit: speaker ×2, mixer, cables").

Lending a kit lends its parts: each part handed over gets a loan of its own, tied to the kit's
loan (`Loan.kit_loan_id`), made by `loans.py` like any other loan. So a speaker out with the kit
is not free to lend alone, and a part that does not come back stays out (and overdue) in its own
name while the rest of the kit is home. The checklist is those part loans: ticked at check-out
(the parts handed over), and ticked again at check-in (the parts that came back).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from groupdesk.errors import ValidationError
from groupdesk.models.resources import ResourceItem, ResourcePart
from groupdesk.services.rows import live_row, tombstone
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class KitPart:
    part_id: str
    name: str
    #: How many of the part one kit holds (speaker ×2).
    count: int
    condition: str


def _parts(session: Session, kit_id: str) -> list[KitPart]:
    rows = session.execute(
        select(
            ResourcePart.part_id,
            ResourceItem.name,
            ResourcePart.count.label("holds"),
            ResourceItem.condition,
        )
        .join(ResourceItem, ResourceItem.id == ResourcePart.part_id)
        .where(
            ResourcePart.kit_id == kit_id,
            ResourcePart.deleted_at.is_(None),
            ResourceItem.deleted_at.is_(None),
        )
        .order_by(ResourceItem.name, ResourcePart.part_id)
    ).all()
    return [KitPart(row.part_id, row.name, row.holds, row.condition) for row in rows]


def parts_of(uow: UnitOfWork, *, kit_id: str) -> list[KitPart]:
    """A kit's parts by name; an item that is no kit has none."""
    with uow:
        return _parts(uow.session, kit_id)


def _contains(session: Session, kit_id: str, item_id: str) -> bool:
    """Whether `item_id` is `kit_id` or somewhere inside it (kits may hold kits)."""
    seen: set[str] = set()
    waiting = [kit_id]
    while waiting:
        current = waiting.pop()
        if current == item_id:
            return True
        if current in seen:
            continue
        seen.add(current)
        waiting += session.scalars(
            select(ResourcePart.part_id).where(
                ResourcePart.kit_id == current, ResourcePart.deleted_at.is_(None)
            )
        )
    return False


def set_part(uow: UnitOfWork, *, kit_id: str, part_id: str, count: int = 1) -> list[KitPart]:
    """Put `count` of an item in a kit (or change how many it holds); returns the kit's parts.

    Refused: a kit inside itself (directly or through another kit), and more of a part than
    the group has."""
    if not 1 <= count <= 10_000:
        raise ValidationError.single("count", "a whole number from 1 up")
    with uow:
        session = uow.session
        kit = live_row(session, ResourceItem, kit_id, what="kit")
        part = live_row(session, ResourceItem, part_id, what="item")
        if _contains(session, part_id, kit_id):
            raise ValidationError.single(
                "part", f"{part.name} cannot be a part of {kit.name}: it holds {kit.name} itself."
            )
        if count > part.quantity:
            raise ValidationError.single(
                "count",
                f"the group has {part.quantity} of {part.name}, so a kit cannot hold {count}",
            )
        existing = session.scalars(
            select(ResourcePart).where(
                ResourcePart.kit_id == kit_id,
                ResourcePart.part_id == part_id,
                ResourcePart.deleted_at.is_(None),
            )
        ).first()
        if existing is None:
            session.add(ResourcePart(kit_id=kit_id, part_id=part_id, count=count))
        elif existing.count != count:
            existing.count = count
        session.flush()
        parts = _parts(session, kit_id)
        uow.commit()
    return parts


def remove_part(uow: UnitOfWork, *, kit_id: str, part_id: str) -> list[KitPart]:
    """Take an item out of a kit (the item itself stays in the library)."""
    with uow:
        session = uow.session
        rows = session.scalars(
            select(ResourcePart).where(
                ResourcePart.kit_id == kit_id,
                ResourcePart.part_id == part_id,
                ResourcePart.deleted_at.is_(None),
            )
        ).all()
        if not rows:
            raise ValidationError.single("part", "that item is not a part of this kit")
        for row in rows:  # two laptops may each have added it
            tombstone(uow, row)
        session.flush()
        parts = _parts(session, kit_id)
        uow.commit()
    return parts
