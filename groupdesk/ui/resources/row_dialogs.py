"""Forms for a row of an item's detail: waive a loan's late fee (who waived it) and move a
reservation to other days.

Both are `ResourceDialog`s: the service is called off the GUI thread, a refusal shows beside
its field (a clash beside the days it falls on) and nothing is saved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import QWidget

from groupdesk.errors import ValidationError
from groupdesk.money import format_money
from groupdesk.services.resources.fees import LateFee, waive_late_fee
from groupdesk.services.resources.loans import LoanData
from groupdesk.services.resources.reservations import ReservationData, move_reservation
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import day_text
from groupdesk.ui.ops import OpJob
from groupdesk.ui.resources.resource_dialog import ResourceDialog


class WaiveDialog(ResourceDialog):
    """Waive a loan's late fee; the fee stays on record with who waived it."""

    def __init__(
        self, context: AppContext, *, loan: LoanData, parent: QWidget | None = None
    ) -> None:
        fee = format_money(loan.fee_charged, context.locale) if loan.fee_charged else ""
        super().__init__(
            context,
            isolated_once(
                self.tr("Waive the late fee of {fee} on {item}, lent to {who}").format(
                    fee=fee, item=isolate(loan.item_name), who=isolate(loan.borrower_name)
                )
            ),
            parent,
        )
        self.loan = loan
        self.by_picker = self.person_picker("by_id", self.tr("Waived b&y"))
        self.offer_pickers()
        self.check()

    def submit(self) -> Callable[[OpJob], LateFee]:
        by = self.by_picker.member_id()
        if by is None:
            raise ValidationError.single("by_id", self.tr("choose who waives it from the list"))
        loan_id = self.loan.id
        return lambda job: waive_late_fee(job.uow(), loan_id=loan_id, by_id=by)


class MoveDialog(ResourceDialog):
    """Move a reservation to other days (one way to end a clash)."""

    def __init__(
        self, context: AppContext, *, booking: ReservationData, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context,
            isolated_once(
                self.tr("Move the reservation of {item} for {who}").format(
                    item=isolate(booking.item_name), who=isolate(booking.who)
                )
            ),
            parent,
        )
        self.booking = booking
        self.from_edit = self.day_field("starts_on", self.tr("&From"), booking.starts_on)
        self.to_edit = self.day_field("ends_on", self.tr("&To (the last day)"), booking.ends_on)
        self.check()

    def problems(self) -> dict[str, str]:
        start, end = self.day_of(self.from_edit), self.day_of(self.to_edit)
        if start is not None and end is not None and end < start:
            return {
                "ends_on": self.tr("The last day is before the first, {day}.").format(
                    day=day_text(start, self.locale_name)
                )
            }
        return {}

    def submit(self) -> Callable[[OpJob], ReservationData]:
        self.submit_checked()
        values = self.read_fields(
            ("starts_on", lambda: self.given_day("starts_on", self.from_edit)),
            ("ends_on", lambda: self.given_day("ends_on", self.to_edit)),
        )
        starts_on, ends_on = values["starts_on"], values["ends_on"]
        assert isinstance(starts_on, date) and isinstance(ends_on, date)
        booking_id = self.booking.id
        return lambda job: move_reservation(
            job.uow(),
            reservation_id=booking_id,
            starts_on=starts_on,
            ends_on=ends_on,
        )
