"""Lend, return and extend: the loan forms of the Resources page (`ResourceDialog`s).

Days that cannot be right (due before out, back before out) and a quantity beyond the stock are
named as they are typed; a kit's parts go out and come back as ticks; a clash is named beside
the days it falls on.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from groupdesk.errors import ValidationError
from groupdesk.models.resources import ITEM_CONDITIONS
from groupdesk.money import Money, format_money
from groupdesk.services.resources import kits, loans, reservations
from groupdesk.services.resources.fees import LateFee, late_fee_of
from groupdesk.services.resources.records import ItemData
from groupdesk.services.undo import Undoable
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import day_text
from groupdesk.ui.ops import OpJob, QueryOp
from groupdesk.ui.resources.resource_dialog import ResourceDialog, part_text
from groupdesk.ui.widgets.undo_bar import undoable_work
from groupdesk.ui.words import RESOURCES, word


class LendDialog(ResourceDialog):
    """Lend an item, or hand out a reservation: it becomes a loan in one step."""

    def __init__(
        self,
        context: AppContext,
        *,
        item: ItemData,
        reservation: reservations.ReservationData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        title = (
            isolated_once(
                self.tr("Hand out {item}, reserved by {who}").format(
                    item=isolate(item.name), who=isolate(reservation.who)
                )
            )
            if reservation
            else isolated_once(self.tr("Lend {item}").format(item=isolate(item.name)))
        )
        super().__init__(context, title, parent)
        self.item, self.reservation = item, reservation
        self.borrower_picker = self.person_picker(
            "borrower" if reservation else "borrower_id",
            self.tr("&Borrower"),
            chosen=reservation.member_id if reservation else None,
        )
        self.quantity_spin = self.quantity_field(item)
        self.out_edit = self.day_field("out_on", self.tr("&Out on"), self.today)
        due = self.today + timedelta(days=item.loan_days)
        self.due_edit = self.day_field("due_on", self.tr("&Due back on"), due)
        self.deposit_edit = self.money_field("deposit", self.tr("De&posit taken"), item.deposit)
        self.deposit_edit.setPlaceholderText(self.tr("empty: no deposit"))
        self.handed_picker = self.person_picker(
            "handed_out_by_id", self.tr("Handed out b&y"), none=self.tr("(not recorded)")
        )
        self.notes_edit = self.notes_field("notes", self.tr("&Notes"))
        if reservation is not None:
            self.quantity_spin.setValue(reservation.quantity)
            self.quantity_spin.setEnabled(False)  # what was reserved
            self.out_edit.setEnabled(False)  # a reservation is handed out today
            self.due_edit.setText(max(reservation.ends_on, self.today).isoformat())
        QueryOp(self, lambda job: kits.parts_of(job.uow(), kit_id=item.id), key="parts").on_success(
            lambda parts: self.checklist(
                self.tr("Parts &given"),
                [(part.part_id, part_text(part.name, part.count)) for part in parts],
            )
        ).run(context)
        self.offer_pickers()
        self.check()

    def problems(self) -> dict[str, str]:
        return self.span_problems(
            self.item,
            self.quantity_spin,
            (self.out_edit, self.due_edit),
            "due_on",
            self.tr("The due day is before it goes out, {day}."),
        )

    def submit(self) -> Callable[[OpJob], loans.LoanData | kits.KitChecklist]:
        self.submit_checked()
        currency = self.item.deposit.currency if self.item.deposit else self.currency
        borrower = self.borrower_picker.member_id()
        if borrower is None and not (self.reservation and self.reservation.member_id):
            field = "borrower" if self.reservation else "borrower_id"
            raise ValidationError.single(field, self.tr("choose who takes it from the list"))
        values = self.read_fields(
            ("out_on", lambda: self.read_date("out_on", self.out_edit)),
            ("due_on", lambda: self.read_date("due_on", self.due_edit)),
            ("deposit", lambda: self.read_money("deposit", self.deposit_edit, currency)),
        )
        out_on, due_on = values["out_on"], values["due_on"]
        assert isinstance(out_on, date | None) and isinstance(due_on, date | None)
        deposit = values["deposit"] or Money.zero(currency)  # empty: no deposit taken
        assert isinstance(deposit, Money)
        handed, notes = self.handed_picker.member_id(), self.notes_edit.toPlainText()
        if self.reservation is not None:  # a kit's ticked parts go out with it, as when lent
            reservation_id, parts = self.reservation.id, self.ticked() if self.parts else None
            return lambda job: reservations.collect_reservation(
                job.uow(),
                reservation_id=reservation_id,
                due_on=due_on,
                borrower_id=borrower,
                deposit=deposit,
                handed_out_by_id=handed,
                notes=notes,
                parts_handed=parts,
            )
        item_id, quantity = self.item.id, self.quantity_spin.value()
        assert borrower is not None
        if self.parts:  # a kit: its parts ticked go out with it, each on a loan of its own
            handed_parts = self.ticked()
            return lambda job: kits.lend_kit(
                job.uow(),
                kit_id=item_id,
                borrower_id=borrower,
                out_on=out_on,
                due_on=due_on,
                quantity=quantity,
                deposit=deposit,
                handed_out_by_id=handed,
                notes=notes,
                parts_handed=handed_parts,
            )
        return lambda job: loans.lend(
            job.uow(),
            item_id=item_id,
            borrower_id=borrower,
            out_on=out_on,
            due_on=due_on,
            quantity=quantity,
            deposit=deposit,
            handed_out_by_id=handed,
            notes=notes,
        )


class ReturnDialog(ResourceDialog):
    """Take a loan back: the day, the condition it came back in, and the deposit returned or
    partly kept (with the reason)."""

    def __init__(
        self, context: AppContext, *, loan: loans.LoanData, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context,
            isolated_once(
                self.tr("Return {item} from {who}").format(
                    item=isolate(loan.item_name), who=isolate(loan.borrower_name)
                )
            ),
            parent,
        )
        self.loan = loan
        self.back_edit = self.day_field("returned_on", self.tr("&Back on"), self.today)
        self.condition_combo = QComboBox()
        for condition in ITEM_CONDITIONS:
            self.condition_combo.addItem(word(RESOURCES, condition), condition)
        self.condition_combo.setCurrentIndex(
            max(0, self.condition_combo.findData(loan.condition_out))
        )
        self.errors.add("condition_in", self.condition_combo, self.tr("C&ondition"))
        self.note_edit = self.notes_field("condition_note", self.tr("Condition &note"))
        self.kept_edit = self.money_field("deposit_kept", self.tr("Deposit &kept"), None)
        self.reason_edit = QLineEdit()
        self.errors.add("kept_reason", self.reason_edit, self.tr("&Why it is kept"))
        taken = loan.deposit_taken
        if taken is None:
            self.kept_edit.setPlaceholderText(self.tr("no deposit was taken"))
            self.kept_edit.setEnabled(False)
            self.reason_edit.setEnabled(False)
        else:
            self.kept_edit.setPlaceholderText(
                self.tr("empty: all {amount} given back").format(
                    amount=format_money(taken, self.locale_name)
                )
            )
            self.reason_edit.setPlaceholderText(self.tr("damage, a missing part…"))
        self.received_picker = self.person_picker(
            "received_by_id", self.tr("Taken back b&y"), none=self.tr("(not recorded)")
        )
        self.kept_edit.textChanged.connect(self.check)
        self.reason_edit.textChanged.connect(self.check)
        #: How late it is and the fee that comes to (charged when it is taken back today).
        self.late_label = QLabel()
        self.late_label.setWordWrap(True)
        self.late_label.setAccessibleName(self.tr("Late fee"))
        self.late_label.hide()
        self.form.addRow(self.late_label)
        QueryOp(self, lambda job: late_fee_of(job.uow(), loan_id=loan.id), key="fee").on_success(
            self._show_late_fee
        ).run(context)
        QueryOp(
            self, lambda job: kits.kit_checklist(job.uow(), loan_id=loan.id), key="parts"
        ).on_success(
            lambda checklist: self.checklist(
                self.tr("Parts &returned"),
                [(line.part_id, part_text(line.name, line.count)) for line in checklist.still_out],
            )
        ).run(context)
        self.offer_pickers()
        self.check()

    def _show_late_fee(self, fee: LateFee) -> None:
        if not fee.days_late:
            return
        late = (
            self.tr("1 day late")
            if fee.days_late == 1
            else self.tr("{count} days late").format(count=fee.days_late)
        )
        if fee.fee is not None and fee.fee.amount > 0:
            late = self.tr("{late}: a late fee of {fee}, charged as it is taken back.").format(
                late=late, fee=format_money(fee.fee, self.locale_name)
            )
        self.late_label.setText(f"⚠ {late}")
        self.late_label.show()

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        back = self.day_of(self.back_edit)
        if back is not None and back < self.loan.out_on:
            problems["returned_on"] = self.tr(
                "The return day is before it went out ({day})."
            ).format(day=day_text(self.loan.out_on, self.locale_name))
        taken = self.loan.deposit_taken
        if taken is not None and self.kept_edit.text().strip():
            try:
                kept = self.read_money("deposit_kept", self.kept_edit, taken.currency)
            except ValidationError as problem:
                return problems | problem.errors
            if kept is not None and kept > taken:
                problems["deposit_kept"] = self.tr("Only {amount} was taken as a deposit.").format(
                    amount=format_money(taken, self.locale_name)
                )
            elif kept is not None and kept.amount > 0 and not self.reason_edit.text().strip():
                problems["kept_reason"] = self.tr(
                    "Say why part of the deposit is kept (damage, say)."
                )
        return problems

    def submit(self) -> Callable[[OpJob], Undoable[loans.LoanData | kits.KitChecklist]]:
        """The return, made undoable: the bar offers to put the loan out again."""
        back = isolated_once(
            self.tr("{item} is back from {who}.").format(
                item=isolate(self.loan.item_name), who=isolate(self.loan.borrower_name)
            )
        )
        return undoable_work(back, self._return())

    def _return(self) -> Callable[[OpJob], loans.LoanData | kits.KitChecklist]:
        self.submit_checked()
        returned_on = self.read_date("returned_on", self.back_edit)
        taken = self.loan.deposit_taken
        kept = self.read_money("deposit_kept", self.kept_edit, taken.currency) if taken else None
        loan_id, condition = self.loan.id, str(self.condition_combo.currentData())
        note, reason = self.note_edit.toPlainText(), self.reason_edit.text()
        received = self.received_picker.member_id()
        if self.parts:  # a kit: the parts ticked come back with it, the rest stay out
            back = self.ticked()
            return lambda job: kits.return_kit(
                job.uow(),
                loan_id=loan_id,
                parts_back=back,
                returned_on=returned_on,
                condition_in=condition,
                condition_note=note,
                deposit_kept=kept,
                kept_reason=reason,
                received_by_id=received,
            )
        return lambda job: loans.return_loan(
            job.uow(),
            loan_id=loan_id,
            returned_on=returned_on,
            condition_in=condition,
            condition_note=note,
            deposit_kept=kept,
            kept_reason=reason,
            received_by_id=received,
        )


class ExtendDialog(ResourceDialog):
    """Move a loan's due day later: kept as a dated change, refused (named) if someone has the
    item booked in the days added."""

    def __init__(
        self, context: AppContext, *, loan: loans.LoanData, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context,
            isolated_once(
                self.tr("Extend the loan of {item} to {who}").format(
                    item=isolate(loan.item_name), who=isolate(loan.borrower_name)
                )
            ),
            parent,
        )
        self.loan = loan
        later = max(loan.due_on, self.today) + timedelta(days=7)
        self.due_edit = self.day_field("due_on", self.tr("New &due day"), later)
        self.due_edit.setToolTip(
            self.tr("Due now on {day}").format(day=day_text(loan.due_on, self.locale_name))
        )
        self.by_picker = self.person_picker(
            "by_id", self.tr("Agreed b&y"), none=self.tr("(not recorded)")
        )
        self.offer_pickers()
        self.check()

    def problems(self) -> dict[str, str]:
        due = self.day_of(self.due_edit)
        if due is not None and due <= self.loan.due_on:
            return {
                "due_on": self.tr("Choose a day after the due day now, {day}.").format(
                    day=day_text(self.loan.due_on, self.locale_name)
                )
            }
        return {}

    def submit(self) -> Callable[[OpJob], loans.LoanData]:
        self.submit_checked()
        due_on = self.read_date("due_on", self.due_edit)
        if due_on is None:
            raise ValidationError.single("due_on", self.tr("give the new due day"))
        loan_id, by = self.loan.id, self.by_picker.member_id()
        return lambda job: loans.extend_loan(job.uow(), loan_id=loan_id, due_on=due_on, by_id=by)
