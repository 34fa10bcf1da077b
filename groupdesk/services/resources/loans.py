"""Loans: lending an item (with the deposit taken), taking it back (late is recorded, never
refused; the deposit returned, or part of it kept with a reason), and extending the due day as a
dated change, kept beside the loan.

A loan is refused when the item is out of service and held back, or when the loans not yet
returned and the reservations booked leave no room for it (`clashes.check_free`, which names the
clash). The loan lists (overdue, due back, a member's loans, an item's history) are in
`availability.py`; they read loans through `loan_rows` here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session, aliased

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.models.members import Member
from groupdesk.models.resources import ITEM_CONDITIONS, Loan, LoanExtension, ResourceItem
from groupdesk.money import Money, format_money
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.resources.clashes import check_free, group_locale
from groupdesk.services.resources.fees import record_late_fee
from groupdesk.services.resources.upkeep import check_lendable
from groupdesk.services.rows import display_name, live_member, live_row, names_of, remove
from groupdesk.services.uow import UnitOfWork
from groupdesk.services.wording import day_text


@dataclass(frozen=True)
class LoanData:
    """One loan as lists and the loan's own page show it."""

    id: str
    item_id: str
    item_name: str
    borrower_id: str
    borrower_name: str
    quantity: int
    out_on: date
    due_on: date
    returned_on: date | None
    #: Not back and past its due day, as of the day read.
    overdue: bool
    #: Days past the due day: until today while out, until the return once back.
    days_late: int
    condition_out: str
    condition_in: str | None
    condition_note: str | None
    handed_out_by_id: str | None
    received_by_id: str | None
    notes: str | None
    reservation_id: str | None
    deposit_taken: Money | None
    deposit_returned: Money | None
    deposit_kept: Money | None
    kept_reason: str | None
    fee_charged: Money | None
    fee_waived_by_id: str | None


def loan_select() -> Select[*tuple[Any, ...]]:
    """Loans (their columns, not ORM objects: 'due back this week', 446 loans on the benchmark
    group, 15 -> 12 ms) with their item's name and the borrower's name fields, for
    `loan_rows`."""
    borrower = aliased(Member)
    return (
        select(
            *Loan.__table__.columns,
            ResourceItem.name.label("item_name"),
            borrower.full_name,
            borrower.preferred_name,
            borrower.erased_at,
        )
        .join(ResourceItem, ResourceItem.id == Loan.item_id)
        .join(borrower, borrower.id == Loan.borrower_id, isouter=True)
        .where(Loan.deleted_at.is_(None))
    )


def loan_rows(session: Session, query: Select[*tuple[Any, ...]], today: date) -> list[LoanData]:
    """The loans `query` (a narrowed `loan_select()`) finds, as `LoanData`."""
    return [loan_row(row, today) for row in session.connection().execute(query).all()]


def loan_row(row: Any, today: date) -> LoanData:
    """A row of a `loan_select()` (narrowed, or with columns of its own added) as `LoanData`."""
    return _data(row, row.item_name, _name(row.full_name, row.preferred_name, row.erased_at), today)


def _name(full_name: str | None, preferred_name: str | None, erased_at: date | None) -> str:
    return "" if full_name is None else display_name(full_name, preferred_name, erased_at)


def _money(minor: int | None, currency: str | None) -> Money | None:
    return None if minor is None or currency is None else Money.from_minor(minor, currency)


def _data(loan: Any, item_name: str, borrower_name: str, today: date) -> LoanData:
    """A loan's data from its row or its ORM object (both carry the columns by name)."""
    back = loan.returned_on or today
    return LoanData(
        id=loan.id,
        item_id=loan.item_id,
        item_name=item_name,
        borrower_id=loan.borrower_id,
        borrower_name=borrower_name,
        quantity=loan.quantity,
        out_on=loan.out_on,
        due_on=loan.due_on,
        returned_on=loan.returned_on,
        overdue=loan.returned_on is None and loan.due_on < today,
        days_late=max(0, (back - loan.due_on).days),
        condition_out=loan.condition_out,
        condition_in=loan.condition_in,
        condition_note=loan.condition_note,
        handed_out_by_id=loan.handed_out_by_id,
        received_by_id=loan.received_by_id,
        notes=loan.notes,
        reservation_id=loan.reservation_id,
        deposit_taken=_money(loan.deposit_taken_minor, loan.deposit_taken_currency),
        deposit_returned=_money(loan.deposit_returned_minor, loan.deposit_returned_currency),
        deposit_kept=_money(loan.deposit_kept_minor, loan.deposit_kept_currency),
        kept_reason=loan.kept_reason,
        fee_charged=_money(loan.fee_charged_minor, loan.fee_charged_currency),
        fee_waived_by_id=loan.fee_waived_by_id,
    )


def _loan_data(session: Session, loan: Loan, today: date) -> LoanData:
    item = session.get(ResourceItem, loan.item_id)
    name = names_of(session, [loan.borrower_id]).get(loan.borrower_id, "")
    return _data(loan, item.name if item else "", name, today)


def get_loan(uow: UnitOfWork, *, loan_id: str) -> LoanData:
    with uow:
        loan = live_row(uow.session, Loan, loan_id, what="loan")
        return _loan_data(uow.session, loan, uow.today())


def _clean_text(value: str | None) -> str | None:
    text = (value or "").strip()
    return text or None


def _check_amount(field: str, amount: Money | None, currency: str | None) -> dict[str, str]:
    if amount is None:
        return {}
    if amount.amount < 0:
        return {field: "An amount cannot be below zero."}
    if currency is not None and amount.currency != currency:
        return {field: f"Give the amount in {currency}, the item's currency."}
    return {}


def lend_in_session(
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
    reservation_id: str | None = None,
) -> Loan:
    """Check and add one loan inside the caller's transaction (lending, or collecting a
    reservation); the caller commits."""
    session = uow.session
    today = uow.today()
    check_lendable(item)
    live_member(session, borrower_id, role="the borrower")
    if handed_out_by_id:
        live_member(session, handed_out_by_id, role="the person handing it out")
    due = due_on if due_on is not None else out_on + timedelta(days=item.loan_days)
    errors: dict[str, str] = {}
    if out_on > today:
        errors["out_on"] = QT_TRANSLATE_NOOP(
            "Loans", "A loan starts when the item goes out; reserve it for a later day."
        )
    if due < out_on:
        errors["due_on"] = QT_TRANSLATE_NOOP(
            "Loans", "The due day is before it goes out, {day}."
        ).format(day=day_text(out_on, locale))
    if quantity < 1:
        errors["quantity"] = QT_TRANSLATE_NOOP("Loans", "Lend at least one.")
    taken = deposit if deposit is not None else item.deposit
    errors |= _check_amount("deposit", taken, item.deposit.currency if item.deposit else None)
    if errors:
        raise ValidationError(errors)
    check_free(
        session,
        item=item,
        first=out_on,
        last=due,
        quantity=quantity,
        today=today,
        locale=locale,
        field="due_on",
        ignore=[reservation_id] if reservation_id else (),
    )
    loan = Loan(
        item_id=item.id,
        borrower_id=borrower_id,
        quantity=quantity,
        out_on=out_on,
        due_on=due,
        condition_out=item.condition,
        handed_out_by_id=handed_out_by_id,
        notes=_clean_text(notes),
        reservation_id=reservation_id,
        deposit_taken=taken if taken is not None and taken.amount > 0 else None,
    )
    session.add(loan)
    session.flush()
    return loan


def lend(
    uow: UnitOfWork,
    *,
    item_id: str,
    borrower_id: str,
    due_on: date | None = None,
    out_on: date | None = None,
    quantity: int = 1,
    deposit: Money | None = None,
    handed_out_by_id: str | None = None,
    notes: str | None = None,
) -> LoanData:
    """Lend `quantity` of the item from `out_on` (today) to `due_on` (the item's loan period
    by default), taking `deposit` (the item's own by default)."""
    locale = group_locale(uow)
    with uow:
        item = live_row(uow.session, ResourceItem, item_id, what="item")
        loan = lend_in_session(
            uow,
            item=item,
            borrower_id=borrower_id,
            out_on=out_on or uow.today(),
            due_on=due_on,
            quantity=quantity,
            deposit=deposit,
            handed_out_by_id=handed_out_by_id,
            notes=notes,
            locale=locale,
        )
        result = _loan_data(uow.session, loan, uow.today())
        uow.commit()
        return result


def return_in_session(
    uow: UnitOfWork,
    *,
    loan: Loan,
    returned_on: date | None,
    condition_in: str | None,
    condition_note: str | None,
    deposit_kept: Money | None,
    kept_reason: str | None,
    received_by_id: str | None,
    locale: str,
) -> None:
    """Check and record one return inside the caller's transaction (a loan, or a kit with its
    parts: `kits.return_kit`), the late fee charged by the item's rule; the caller commits."""
    session = uow.session
    today = uow.today()
    if loan.returned_on is not None:
        raise GroupDeskError(
            QT_TRANSLATE_NOOP("Loans", "That loan was already returned on {day}.").format(
                day=day_text(loan.returned_on, locale)
            )
        )
    back = returned_on or today
    reason = _clean_text(kept_reason)
    taken = loan.deposit_taken
    errors: dict[str, str] = {}
    if back > today:
        errors["returned_on"] = QT_TRANSLATE_NOOP(
            "Loans", "The return day cannot be in the future."
        )
    elif back < loan.out_on:
        errors["returned_on"] = QT_TRANSLATE_NOOP(
            "Loans", "The return day is before it went out ({day})."
        ).format(day=day_text(loan.out_on, locale))
    if condition_in is not None and condition_in not in ITEM_CONDITIONS:
        errors["condition_in"] = f"Choose one of: {', '.join(ITEM_CONDITIONS)}."
    if deposit_kept is not None and deposit_kept.amount > 0:
        if taken is None:
            errors["deposit_kept"] = QT_TRANSLATE_NOOP(
                "Loans", "No deposit was taken for this loan."
            )
        else:
            errors |= _check_amount("deposit_kept", deposit_kept, taken.currency)
            if "deposit_kept" not in errors and deposit_kept > taken:
                errors["deposit_kept"] = QT_TRANSLATE_NOOP(
                    "Loans", "Only {amount} was taken as a deposit."
                ).format(amount=format_money(taken, locale))
        if reason is None:
            errors["kept_reason"] = QT_TRANSLATE_NOOP(
                "Loans", "Say why part of the deposit is kept (damage, say)."
            )
    if errors:
        raise ValidationError(errors)
    if received_by_id:
        live_member(session, received_by_id, role="the person taking it back")
    loan.returned_on = back
    loan.condition_in = condition_in or loan.condition_out
    loan.condition_note = _clean_text(condition_note)
    loan.received_by_id = received_by_id
    if taken is not None:
        kept = deposit_kept if deposit_kept is not None else Money.zero(taken.currency)
        loan.deposit_kept = kept
        loan.deposit_returned = taken - kept
        loan.kept_reason = reason if kept.amount > 0 else None
    record_late_fee(session, loan)
    item = session.get(ResourceItem, loan.item_id)
    if item is not None and condition_in is not None:
        item.condition = condition_in
        if loan.condition_note:
            item.condition_note = loan.condition_note


def return_loan(
    uow: UnitOfWork,
    *,
    loan_id: str,
    returned_on: date | None = None,
    condition_in: str | None = None,
    condition_note: str | None = None,
    deposit_kept: Money | None = None,
    kept_reason: str | None = None,
    received_by_id: str | None = None,
) -> LoanData:
    """Take the item back on `returned_on` (today): late is recorded, never refused, and the
    late fee charged (`fees.record_late_fee`). The deposit is returned, less `deposit_kept`
    (which needs a reason); the item's condition becomes the condition it came back in."""
    locale = group_locale(uow)
    with uow:
        loan = live_row(uow.session, Loan, loan_id, what="loan")
        return_in_session(
            uow,
            loan=loan,
            returned_on=returned_on,
            condition_in=condition_in,
            condition_note=condition_note,
            deposit_kept=deposit_kept,
            kept_reason=kept_reason,
            received_by_id=received_by_id,
            locale=locale,
        )
        result = _loan_data(uow.session, loan, uow.today())
        uow.commit()
        return result


@dataclass(frozen=True)
class ExtensionData:
    """A loan's due day moved from `from_due` to `to_due` on `extended_on`."""

    id: str
    loan_id: str
    from_due: date
    to_due: date
    extended_on: date
    by_id: str | None
    by_name: str | None


def extend_loan(
    uow: UnitOfWork, *, loan_id: str, due_on: date, by_id: str | None = None
) -> LoanData:
    """Move a loan's due day later, kept as a dated change; refused when someone else has
    the item booked in the days added (the clash named)."""
    locale = group_locale(uow)
    with uow:
        session = uow.session
        today = uow.today()
        loan = live_row(session, Loan, loan_id, what="loan")
        if loan.returned_on is not None:
            raise GroupDeskError(
                QT_TRANSLATE_NOOP(
                    "Loans", "That loan was returned on {day}; lend the item again instead."
                ).format(day=day_text(loan.returned_on, locale))
            )
        if due_on <= loan.due_on:
            raise ValidationError.single(
                "due_on",
                QT_TRANSLATE_NOOP("Loans", "Choose a day after the due day now, {day}.").format(
                    day=day_text(loan.due_on, locale)
                ),
            )
        if by_id:
            live_member(session, by_id, role="the person extending it")
        item = live_row(session, ResourceItem, loan.item_id, what="item")
        check_free(
            session,
            item=item,
            first=loan.out_on,
            last=due_on,
            quantity=loan.quantity,
            today=today,
            locale=locale,
            field="due_on",
            ignore=[loan.id],
        )
        session.add(
            LoanExtension(
                loan_id=loan.id,
                from_due=loan.due_on,
                to_due=due_on,
                extended_on=today,
                by_id=by_id,
            )
        )
        loan.due_on = due_on
        result = _loan_data(session, loan, today)
        uow.commit()
        return result


def loan_extensions(uow: UnitOfWork, *, loan_id: str) -> list[ExtensionData]:
    """The loan's extensions, oldest first."""
    with uow:
        rows = uow.session.scalars(
            select(LoanExtension)
            .where(LoanExtension.loan_id == loan_id, LoanExtension.deleted_at.is_(None))
            .order_by(LoanExtension.extended_on, LoanExtension.created_at)
        ).all()
        names = names_of(uow.session, [row.by_id for row in rows if row.by_id])
        return [
            ExtensionData(
                id=row.id,
                loan_id=row.loan_id,
                from_due=row.from_due,
                to_due=row.to_due,
                extended_on=row.extended_on,
                by_id=row.by_id,
                by_name=names.get(row.by_id) if row.by_id else None,
            )
            for row in rows
        ]


def remove_loan(uow: UnitOfWork, *, loan_id: str) -> None:
    """Delete a loan that was never made (one of two laptops' loans of the same gazebo, say):
    tombstoned, so the deletion syncs and can be undone."""
    remove(uow, Loan, loan_id, what="loan")
