"""Kits: an item made of other items ("PA kit: speaker ×2, mixer, cables").

Lending a kit lends its parts: each part handed over gets a loan of its own, tied to the kit's
loan (`Loan.kit_loan_id`), made by `loans.py` like any other loan. So a speaker out with the kit
is not free to lend alone, and a part that does not come back stays out (and overdue) in its own
name while the rest of the kit is home. The checklist is those part loans: ticked at check-out
(the parts handed over), and ticked again at check-in (the parts that came back).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from groupdesk.errors import ValidationError
from groupdesk.models.resources import Loan, ResourceItem, ResourcePart
from groupdesk.money import Money
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.resources.clashes import group_locale
from groupdesk.services.resources.loans import lend_in_session, return_in_session
from groupdesk.services.resources.ordering import NAME_ORDER
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
        .order_by(*NAME_ORDER, ResourcePart.part_id)
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
        raise ValidationError.single(
            "count", QT_TRANSLATE_NOOP("ResourceRules", "a whole number from 1 up")
        )
    with uow:
        session = uow.session
        kit = live_row(session, ResourceItem, kit_id, what="kit")
        part = live_row(session, ResourceItem, part_id, what="item")
        if _contains(session, part_id, kit_id):
            raise ValidationError.single(
                "part",
                QT_TRANSLATE_NOOP(
                    "ResourceRules", "{part} cannot be a part of {kit}: it holds {kit} itself."
                ).format(part=part.name, kit=kit.name),
            )
        if count > part.quantity:
            raise ValidationError.single(
                "count",
                QT_TRANSLATE_NOOP(
                    "ResourceRules",
                    "the group has %n of {part}, so a kit cannot hold {count}",
                    "",
                    0,
                ).format(n=part.quantity, part=part.name, count=count),
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
            raise ValidationError.single(
                "part", QT_TRANSLATE_NOOP("ResourceRules", "that item is not a part of this kit")
            )
        for row in rows:  # two laptops may each have added it
            tombstone(uow, row)
        session.flush()
        parts = _parts(session, kit_id)
        uow.commit()
    return parts


@dataclass(frozen=True)
class ChecklistLine:
    """One part on a kit loan's checklist."""

    part_id: str
    name: str
    count: int
    #: The part's own loan; None when it stayed home at check-out.
    loan_id: str | None
    returned_on: date | None

    @property
    def out(self) -> bool:
        return self.loan_id is not None and self.returned_on is None


@dataclass(frozen=True)
class KitChecklist:
    """A kit loan and its parts: what went out with it and what has come back."""

    loan_id: str
    kit_id: str
    kit_name: str
    lines: list[ChecklistLine]

    @property
    def still_out(self) -> list[ChecklistLine]:
        return [line for line in self.lines if line.out]


def _checklist(session: Session, loan: Loan) -> KitChecklist:
    kit = session.get(ResourceItem, loan.item_id)
    assert kit is not None  # a loan's item is tombstoned, never gone
    part_loans = {
        row.item_id: row
        for row in session.scalars(
            select(Loan).where(Loan.kit_loan_id == loan.id, Loan.deleted_at.is_(None))
        )
    }
    lines = [
        ChecklistLine(
            part.part_id,
            part.name,
            part.count * loan.quantity,
            part_loans[part.part_id].id if part.part_id in part_loans else None,
            part_loans[part.part_id].returned_on if part.part_id in part_loans else None,
        )
        for part in _parts(session, kit.id)
    ]
    return KitChecklist(loan.id, kit.id, kit.name, lines)


def kit_checklist(uow: UnitOfWork, *, loan_id: str) -> KitChecklist:
    """The checklist of a kit's loan, for check-in: each part, and whether it is still out."""
    with uow:
        return _checklist(uow.session, live_row(uow.session, Loan, loan_id, what="loan"))


def lend_kit(
    uow: UnitOfWork,
    *,
    kit_id: str,
    borrower_id: str,
    due_on: date | None = None,
    out_on: date | None = None,
    quantity: int = 1,
    deposit: Money | None = None,
    handed_out_by_id: str | None = None,
    notes: str | None = None,
    parts_handed: Collection[str] | None = None,
) -> KitChecklist:
    """Lend a kit and, in the same save, each of its parts ticked on the checklist as handed
    over (`parts_handed`: all of them unless said), on loans of their own tied to the kit's.

    The kit's deposit covers its parts (none is taken for each). A part that is out of service,
    or lent elsewhere, refuses the whole loan, named beside the checklist ("parts")."""
    locale = group_locale(uow)
    with uow:
        session = uow.session
        kit = live_row(session, ResourceItem, kit_id, what="kit")
        if not _parts(session, kit_id):
            raise ValidationError.single(
                "item",
                QT_TRANSLATE_NOOP(
                    "ResourceRules", "{kit} has no parts; lend it as an item."
                ).format(kit=kit.name),
            )
        kit_loan = lend_with_parts(
            uow,
            item=kit,
            borrower_id=borrower_id,
            out_on=out_on or uow.today(),
            due_on=due_on,
            quantity=quantity,
            deposit=deposit,
            handed_out_by_id=handed_out_by_id,
            notes=notes,
            locale=locale,
            parts_handed=parts_handed,
        )
        checklist = _checklist(session, kit_loan)
        uow.commit()
    return checklist


def lend_with_parts(
    uow: UnitOfWork,
    *,
    item: ResourceItem,
    borrower_id: str,
    out_on: date,
    due_on: date | None,
    quantity: int,
    deposit: Money | None,
    handed_out_by_id: str | None,
    notes: str | None,
    locale: str,
    parts_handed: Collection[str] | None = None,
    reservation_id: str | None = None,
) -> Loan:
    """`loans.lend_in_session` for an item that may be a kit: its parts ticked as handed over
    (all unless said) go out with it on loans of their own, and a part left home is said in
    the loan's notes. Every way a kit leaves (lent, or a booking handed out) comes here, so
    none lends the kit without its parts. Inside the caller's transaction."""
    parts = _parts(uow.session, item.id)
    handed = {p.part_id for p in parts} if parts_handed is None else set(parts_handed)
    if handed - {p.part_id for p in parts}:
        raise ValidationError.single(
            "parts",
            QT_TRANSLATE_NOOP("ResourceRules", "Tick only the parts of {item}.").format(
                item=item.name
            ),
        )
    stayed = [p.name for p in parts if p.part_id not in handed]
    if stayed:
        went_without = f"Went out without: {', '.join(stayed)}."
        notes = f"{notes.strip()}\n{went_without}" if notes and notes.strip() else went_without
    kit_loan = lend_in_session(
        uow,
        item=item,
        borrower_id=borrower_id,
        out_on=out_on,
        due_on=due_on,
        quantity=quantity,
        deposit=deposit,
        handed_out_by_id=handed_out_by_id,
        notes=notes,
        locale=locale,
        reservation_id=reservation_id,
    )
    for part in parts:
        if part.part_id in handed:
            _lend_part(uow, kit_loan, part, locale)
    return kit_loan


def _lend_part(uow: UnitOfWork, kit_loan: Loan, part: KitPart, locale: str) -> None:
    item = live_row(uow.session, ResourceItem, part.part_id, what="item")
    try:
        loan = lend_in_session(
            uow,
            item=item,
            borrower_id=kit_loan.borrower_id,
            out_on=kit_loan.out_on,
            due_on=kit_loan.due_on,
            quantity=part.count * kit_loan.quantity,
            deposit=Money.zero(item.deposit.currency) if item.deposit else None,
            handed_out_by_id=kit_loan.handed_out_by_id,
            notes=None,
            locale=locale,
        )
    except ValidationError as refused:
        raise ValidationError.single("parts", " ".join(refused.errors.values())) from refused
    loan.kit_loan_id = kit_loan.id


def return_kit(
    uow: UnitOfWork,
    *,
    loan_id: str,
    parts_back: Collection[str] | None = None,
    returned_on: date | None = None,
    condition_in: str | None = None,
    condition_note: str | None = None,
    deposit_kept: Money | None = None,
    kept_reason: str | None = None,
    received_by_id: str | None = None,
) -> KitChecklist:
    """Take a kit back with the parts ticked on its checklist (`parts_back`: every part still
    out unless said), in one save. A part not ticked stays out with the borrower, and overdue in
    its own name; returning it later is an ordinary return of its loan.

    The kit's loan is returned as any loan is (`loans.return_in_session`: its deposit, condition,
    late fee and checks), and each part's on the same day, by the same person; as the kit's
    deposit covers its parts, so does its late fee."""
    locale = group_locale(uow)
    with uow:
        session = uow.session
        kit_loan = live_row(session, Loan, loan_id, what="loan")
        out = {line.part_id: line for line in _checklist(session, kit_loan).still_out}
        back = set(out) if parts_back is None else set(parts_back)
        if back - set(out):
            raise ValidationError.single(
                "parts",
                QT_TRANSLATE_NOOP("ResourceRules", "Tick only parts that went out with this loan."),
            )
        return_in_session(
            uow,
            loan=kit_loan,
            returned_on=returned_on,
            condition_in=condition_in,
            condition_note=condition_note,
            deposit_kept=deposit_kept,
            kept_reason=kept_reason,
            received_by_id=received_by_id,
            locale=locale,
        )
        for part_id in sorted(back):
            part_loan = live_row(session, Loan, out[part_id].loan_id or "", what="loan")
            return_in_session(
                uow,
                loan=part_loan,
                returned_on=kit_loan.returned_on,
                condition_in=None,
                condition_note=None,
                deposit_kept=None,
                kept_reason=None,
                received_by_id=received_by_id,
                locale=locale,
            )
            part_loan.fee_charged = None  # the kit's late fee covers the parts back with it
        session.flush()
        checklist = _checklist(session, kit_loan)
        uow.commit()
    return checklist
