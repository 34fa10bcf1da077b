"""The resources area's lists on the dashboard: overdue loans, what is due back this week,
today's reservations, upkeep due and the clashes (sync brought, or an overdue loan in the way of
a booking). Every line opens its item on the Resources page (`record_id` is the item's id),
where its loans, bookings and upkeep are."""

from __future__ import annotations

from datetime import date

from groupdesk.models.resources import Reservation
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.dashboard import DashboardItem, DashboardList, LineValue
from groupdesk.services.resources.availability import due_back, overdue_loans
from groupdesk.services.resources.clashes import Clash, list_clashes
from groupdesk.services.resources.reservations import (
    ReservationData,
    reservation_rows,
    reservation_select,
)
from groupdesk.services.resources.upkeep import PlanStatus, plan_statuses
from groupdesk.services.uow import UnitOfWork

MORE_ON_RESOURCES = QT_TRANSLATE_NOOP("Dashboard", "…and %n more on the Resources page.", "", 0)
OPEN = QT_TRANSLATE_NOOP("Dashboard", "Open")


def _line(text: str, values: tuple[tuple[str, LineValue], ...], item_id: str) -> DashboardItem:
    return DashboardItem(text, values, OPEN, page="resources", record_id=item_id)


def overdue_card(uow: UnitOfWork, *, today: date) -> DashboardList:
    """Loans not back after their due day, longest overdue first, with who has them."""
    return DashboardList(
        "overdue-loans",
        QT_TRANSLATE_NOOP("Dashboard", "Overdue loans"),
        QT_TRANSLATE_NOOP("Dashboard", "Nothing is overdue."),
        tuple(
            _line(
                QT_TRANSLATE_NOOP("Dashboard", "{item} with {name}: due {day}, {late} days late"),
                (
                    ("item", loan.item_name),
                    ("name", loan.borrower_name),
                    ("day", loan.due_on),
                    ("late", loan.days_late),
                ),
                loan.item_id,
            )
            for loan in overdue_loans(uow)
        ),
        MORE_ON_RESOURCES,
        more_page="resources",
        more_view="overdue",
    )


def due_back_card(uow: UnitOfWork, *, today: date) -> DashboardList:
    """Loans due back from today to a week ahead, soonest first."""
    return DashboardList(
        "due-back",
        QT_TRANSLATE_NOOP("Dashboard", "Due back this week"),
        QT_TRANSLATE_NOOP("Dashboard", "Nothing is due back this week."),
        tuple(
            _line(
                QT_TRANSLATE_NOOP("Dashboard", "{item} from {name}: due today")
                if loan.due_on == today
                else QT_TRANSLATE_NOOP("Dashboard", "{item} from {name}: due {day}"),
                (("item", loan.item_name), ("name", loan.borrower_name), ("day", loan.due_on)),
                loan.item_id,
            )
            for loan in due_back(uow, start=today)
        ),
        MORE_ON_RESOURCES,
        more_page="resources",
    )


def todays_reservations(uow: UnitOfWork, *, today: date) -> list[ReservationData]:
    """Bookings that hold an item today and are not collected yet: what someone will come for."""
    with uow:
        query = reservation_select().where(
            Reservation.status == "booked",
            Reservation.starts_on <= today,
            Reservation.ends_on >= today,
        )
        return reservation_rows(uow.session, query.order_by(Reservation.starts_on, Reservation.id))


def reservations_card(uow: UnitOfWork, *, today: date) -> DashboardList:
    """Today's bookings, with who booked them (or the meeting they are for)."""
    return DashboardList(
        "todays-reservations",
        QT_TRANSLATE_NOOP("Dashboard", "Today's reservations"),
        QT_TRANSLATE_NOOP("Dashboard", "Nothing is booked for today."),
        tuple(
            _line(
                QT_TRANSLATE_NOOP("Dashboard", "{item} for {name}, until {day}")
                if booking.ends_on > today
                else QT_TRANSLATE_NOOP("Dashboard", "{item} for {name}"),
                (("item", booking.item_name), ("name", booking.who), ("day", booking.ends_on)),
                booking.item_id,
            )
            for booking in todays_reservations(uow, today=today)
        ),
        MORE_ON_RESOURCES,
        more_page="resources",
    )


def upkeep_card(uow: UnitOfWork, *, today: date) -> DashboardList:
    """Upkeep plans that are due, by the calendar or by the loans since last done."""
    return DashboardList(
        "upkeep-due",
        QT_TRANSLATE_NOOP("Dashboard", "Upkeep due"),
        QT_TRANSLATE_NOOP("Dashboard", "No upkeep is due."),
        tuple(
            _line(*_upkeep_sentence(plan, today), plan.item_id)
            for plan in plan_statuses(uow, due_only=True)
        ),
        MORE_ON_RESOURCES,
        more_page="resources",
        more_view="upkeep",
    )


def clashes_card(uow: UnitOfWork, *, today: date) -> DashboardList:
    """Items lent or booked beyond their stock on some day, as two laptops can do offline, or
    booked for after the due day of a loan that is now overdue: both records are kept until a
    person ends or moves one (chases the item, or moves the booking)."""
    return DashboardList(
        "clashes",
        QT_TRANSLATE_NOOP("Dashboard", "Clashes"),
        QT_TRANSLATE_NOOP("Dashboard", "No clashes: nothing is lent or booked twice."),
        tuple(_clash_line(clash) for clash in list_clashes(uow)),
        MORE_ON_RESOURCES,
        more_page="resources",
        more_view="clashes",
    )


def _clash_line(clash: Clash) -> DashboardItem:
    """An overdue loan in the way of a booking says who to chase; any other clash who holds."""
    late = clash.overdue
    others = [holding.who for holding in clash.holdings if holding not in late]
    if late and others:
        return _line(
            QT_TRANSLATE_NOOP(
                "Dashboard",
                "{item} is overdue with {name} and booked from {day} by {who}: ask for it "
                "back or move the booking",
            ),
            (
                ("item", clash.item_name),
                ("name", ", ".join(holding.who for holding in late)),
                ("day", clash.first_day),
                ("who", ", ".join(others)),
            ),
            clash.item_id,
        )
    return _line(
        QT_TRANSLATE_NOOP("Dashboard", "{item} is over-booked from {day}: {who}"),
        (
            ("item", clash.item_name),
            ("day", clash.first_day),
            ("who", ", ".join(holding.who for holding in clash.holdings)),
        ),
        clash.item_id,
    )


def _upkeep_sentence(
    plan: PlanStatus, today: date
) -> tuple[str, tuple[tuple[str, LineValue], ...]]:
    """Due by the calendar (since the day the months ran out), else by the loans since."""
    values: tuple[tuple[str, LineValue], ...] = (("item", plan.item_name), ("what", plan.what))
    if plan.due_on is not None and plan.due_on <= today:
        return QT_TRANSLATE_NOOP("Dashboard", "{item}: {what}, due since {day}"), (
            *values,
            ("day", plan.due_on),
        )
    return QT_TRANSLATE_NOOP("Dashboard", "{item}: {what}, {loans} loans since it was last done"), (
        *values,
        ("loans", plan.loans_since),
    )
