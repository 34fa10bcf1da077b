"""Reservations: booking an item or a space for whole days, by a member or for a meeting;
moving or cancelling a booking; and collecting it, which makes the loan in one step.

A booking is refused, with the clash named, when loans not returned and other bookings leave no
room for it (`clashes.check_free`, buffer days counted); an item that is out can be booked for
days after it is due back. Collecting is refused, named, when someone else's booking or loan
shares the days.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Select, select
from sqlalchemy.orm import Session

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.models.meetings import Meeting
from groupdesk.models.members import Member
from groupdesk.models.resources import Reservation, ResourceItem
from groupdesk.money import Money
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.meetings.occurrences import materialise
from groupdesk.services.resources.clashes import check_free, group_locale
from groupdesk.services.resources.kits import lend_with_parts
from groupdesk.services.resources.loans import LoanData, get_loan
from groupdesk.services.rows import display_name, live_member, live_row
from groupdesk.services.uow import UnitOfWork
from groupdesk.services.wording import day_text


@dataclass(frozen=True)
class ReservationData:
    id: str
    item_id: str
    item_name: str
    member_id: str | None
    #: The member's name, or the meeting's title for a booking made for a meeting.
    who: str
    meeting_id: str | None
    starts_on: date
    ends_on: date
    quantity: int
    status: str
    loan_id: str | None
    note: str | None


def reservation_select() -> Select[*tuple[Any, ...]]:
    """Reservations (not deleted) with their item's name and who holds them."""
    return (
        select(
            Reservation,
            ResourceItem.name,
            Member.full_name,
            Member.preferred_name,
            Member.erased_at,
            Meeting.title,
        )
        .join(ResourceItem, ResourceItem.id == Reservation.item_id)
        .outerjoin(Member, Member.id == Reservation.member_id)
        .outerjoin(Meeting, Meeting.id == Reservation.meeting_id)
        .where(Reservation.deleted_at.is_(None))
    )


def reservation_rows(session: Session, query: Select[*tuple[Any, ...]]) -> list[ReservationData]:
    """The reservations `query` (a narrowed `reservation_select()`) finds."""
    found = []
    for booking, item_name, full, preferred, erased, title in session.execute(query):
        who = (
            display_name(full, preferred, erased)
            if full is not None
            else f"the meeting “{title}”"
            if title
            else ""
        )
        found.append(
            ReservationData(
                id=booking.id,
                item_id=booking.item_id,
                item_name=item_name,
                member_id=booking.member_id,
                who=who,
                meeting_id=booking.meeting_id,
                starts_on=booking.starts_on,
                ends_on=booking.ends_on,
                quantity=booking.quantity,
                status=booking.status,
                loan_id=booking.loan_id,
                note=booking.note,
            )
        )
    return found


def _one(session: Session, reservation_id: str) -> ReservationData:
    return reservation_rows(session, reservation_select().where(Reservation.id == reservation_id))[
        0
    ]


def get_reservation(uow: UnitOfWork, *, reservation_id: str) -> ReservationData:
    with uow:
        live_row(uow.session, Reservation, reservation_id, what="reservation")
        return _one(uow.session, reservation_id)


def _check_days(starts_on: date, ends_on: date, today: date, locale: str) -> dict[str, str]:
    if ends_on < starts_on:
        return {"ends_on": f"The last day is before the first ({day_text(starts_on, locale)})."}
    if ends_on < today:
        return {"ends_on": "That booking would be over already; choose days from today on."}
    return {}


def reserve(
    uow: UnitOfWork,
    *,
    item_id: str,
    starts_on: date,
    ends_on: date,
    member_id: str | None = None,
    meeting_id: str | None = None,
    quantity: int = 1,
    note: str | None = None,
) -> ReservationData:
    """Book `quantity` of the item from `starts_on` to `ends_on` (whole days) for a member or
    a meeting (its id, or the key of a series' occurrence from `list_meetings`); refused,
    naming the clash, when the days are taken."""
    locale = group_locale(uow)
    with uow:
        session = uow.session
        today = uow.today()
        item = live_row(session, ResourceItem, item_id, what="item")
        errors = _check_days(starts_on, ends_on, today, locale)
        if member_id is None and meeting_id is None:
            errors["member"] = QT_TRANSLATE_NOOP(
                "ResourceRules", "Say who it is for: a member, or a meeting."
            )
        if quantity < 1:
            errors["quantity"] = QT_TRANSLATE_NOOP("ResourceRules", "Reserve at least one.")
        if errors:
            raise ValidationError(errors)
        if member_id is not None:
            live_member(session, member_id, role="the member reserving")
        if meeting_id is not None:  # an upcoming meeting of a series is stored on its booking
            meeting_id = materialise(session, meeting_id).id
        check_free(
            session,
            item=item,
            first=starts_on,
            last=ends_on,
            quantity=quantity,
            today=today,
            locale=locale,
            field="starts_on",
        )
        booking = Reservation(
            item_id=item.id,
            member_id=member_id,
            meeting_id=meeting_id,
            starts_on=starts_on,
            ends_on=ends_on,
            quantity=quantity,
            note=(note or "").strip() or None,
        )
        session.add(booking)
        session.flush()
        result = _one(session, booking.id)
        uow.commit()
        return result


def _booked(session: Session, reservation_id: str) -> Reservation:
    booking = live_row(session, Reservation, reservation_id, what="reservation")
    if booking.status != "booked":
        raise GroupDeskError(
            QT_TRANSLATE_NOOP("ResourceRules", "That reservation is {status} already.").format(
                status=booking.status
            )
        )
    return booking


def move_reservation(
    uow: UnitOfWork, *, reservation_id: str, starts_on: date, ends_on: date
) -> ReservationData:
    """Move a booking to other days (one way to resolve a clash); refused, named, when those
    days are taken."""
    locale = group_locale(uow)
    with uow:
        session = uow.session
        today = uow.today()
        booking = _booked(session, reservation_id)
        errors = _check_days(starts_on, ends_on, today, locale)
        if errors:
            raise ValidationError(errors)
        item = live_row(session, ResourceItem, booking.item_id, what="item")
        check_free(
            session,
            item=item,
            first=starts_on,
            last=ends_on,
            quantity=booking.quantity,
            today=today,
            locale=locale,
            field="starts_on",
            ignore=[booking.id],
        )
        booking.starts_on, booking.ends_on = starts_on, ends_on
        session.flush()
        result = _one(session, booking.id)
        uow.commit()
        return result


def cancel_reservation(uow: UnitOfWork, *, reservation_id: str) -> ReservationData:
    """Cancel a booking: kept, marked cancelled, so the days are free again."""
    with uow:
        booking = _booked(uow.session, reservation_id)
        booking.status = "cancelled"
        uow.session.flush()
        result = _one(uow.session, booking.id)
        uow.commit()
        return result


def collect_reservation(
    uow: UnitOfWork,
    *,
    reservation_id: str,
    due_on: date | None = None,
    borrower_id: str | None = None,
    deposit: Money | None = None,
    handed_out_by_id: str | None = None,
    notes: str | None = None,
    parts_handed: Collection[str] | None = None,
) -> LoanData:
    """Turn a booking into a loan in one step, from today to `due_on` (the booking's last day):
    the booking is marked collected and names its loan. `borrower_id` is who takes it (the
    member who booked, by default; needed for a meeting's booking). A kit goes out with its
    parts (`parts_handed`: those ticked; all unless said), as when it is lent."""
    locale = group_locale(uow)
    with uow:
        session = uow.session
        today = uow.today()
        booking = _booked(session, reservation_id)
        if booking.ends_on < today:
            raise GroupDeskError(
                QT_TRANSLATE_NOOP(
                    "ResourceRules", "That reservation ended on {day}; lend the item instead."
                ).format(day=day_text(booking.ends_on, locale))
            )
        borrower = borrower_id or booking.member_id
        if borrower is None:
            raise ValidationError.single(
                "borrower",
                QT_TRANSLATE_NOOP(
                    "ResourceRules", "Say who takes it: this booking is for a meeting."
                ),
            )
        item = live_row(session, ResourceItem, booking.item_id, what="item")
        loan = lend_with_parts(
            uow,
            item=item,
            borrower_id=borrower,
            out_on=today,
            due_on=due_on or max(booking.ends_on, today),
            quantity=booking.quantity,
            deposit=deposit,
            handed_out_by_id=handed_out_by_id,
            notes=notes,
            locale=locale,
            parts_handed=parts_handed,
            reservation_id=booking.id,
        )
        booking.status = "collected"
        booking.loan_id = loan.id
        uow.commit()
        loan_id = loan.id
    return get_loan(uow, loan_id=loan_id)


def item_reservations(
    uow: UnitOfWork, *, item_id: str, include_past: bool = False
) -> list[ReservationData]:
    """The item's bookings by first day: booked ones from today on, or every one."""
    with uow:
        query = reservation_select().where(Reservation.item_id == item_id)
        if not include_past:
            query = query.where(Reservation.status == "booked", Reservation.ends_on >= uow.today())
        return reservation_rows(uow.session, query.order_by(Reservation.starts_on, Reservation.id))


def member_reservations(uow: UnitOfWork, *, member_id: str) -> list[ReservationData]:
    """The member's bookings still to come, by first day."""
    with uow:
        query = reservation_select().where(
            Reservation.member_id == member_id,
            Reservation.status == "booked",
            Reservation.ends_on >= uow.today(),
        )
        return reservation_rows(uow.session, query.order_by(Reservation.starts_on, Reservation.id))
