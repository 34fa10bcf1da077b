"""The grant detail's Payments tab: the payments received and the tranches expected (one waiting
on a report says so), each with Edit… and Remove."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from groupdesk.services.grants.payments import (
    Payment,
    Tranche,
    payments_of,
    remove_payment,
    remove_tranche,
    tranches_of,
)
from groupdesk.services.undo import Undoable
from groupdesk.ui.context import AppContext
from groupdesk.ui.grants.form_dialog import CheckedFormDialog
from groupdesk.ui.grants.payment_dialogs import PaymentDialog, TrancheDialog
from groupdesk.ui.grants.record_tabs import TablesTab, choose_record, chosen_record
from groupdesk.ui.ops import Op, OpJob, QueryOp
from groupdesk.ui.widgets.forms import explain_disabled
from groupdesk.ui.words import GRANTS, word


class PaymentsTab(TablesTab):
    #: Record a payment / add a tranche to this grant (the page opens the dialog).
    payment_requested = Signal(str)
    tranche_requested = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            (
                (
                    self.tr("Payments recei&ved and made:"),
                    (
                        self.tr("Day"),
                        self.tr("In or out"),
                        self.tr("Amount"),
                        self.tr("Method"),
                        self.tr("Reference"),
                    ),
                ),
                (
                    self.tr("&Tranches:"),
                    (self.tr("Expected"), self.tr("Amount"), self.tr("Status")),
                ),
            ),
            parent,
        )
        self.payments_table, self.tranches_table = self.tables
        self.payments: list[Payment] = []
        self.tranches: list[Tranche] = []
        self.payment_button = self.add_button_for(
            self.tr("Record a pay&ment…"), self.tr("Record a payment"), self.payment_requested
        )
        self.edit_payment_button = self.record_button(
            self.tr("&Edit payment…"), self.tr("Edit the chosen payment"), self.edit_payment
        )
        self.delete_payment_button = self.record_button(
            self.tr("&Delete payment"), self.tr("Delete the chosen payment"), self.delete_payment
        )
        self.tranche_button = self.add_button_for(
            self.tr("Add a tr&anche…"), self.tr("Add a tranche"), self.tranche_requested
        )
        self.edit_tranche_button = self.record_button(
            self.tr("Ed&it tranche…"), self.tr("Edit the chosen tranche"), self.edit_tranche
        )
        self.delete_tranche_button = self.record_button(
            self.tr("De&lete tranche"), self.tr("Delete the chosen tranche"), self.delete_tranche
        )
        self.add_buttons(
            self.payments_table,
            self.payment_button,
            self.edit_payment_button,
            self.delete_payment_button,
        )
        self.add_buttons(
            self.tranches_table,
            self.tranche_button,
            self.edit_tranche_button,
            self.delete_tranche_button,
        )
        self.add_result_line()
        self.check()

    def check(self) -> None:
        payment = None if self.chosen_payment() else self.tr("Choose a payment in the list")
        tranche = None if self.chosen_tranche() else self.tr("Choose a tranche in the list")
        for button in (self.edit_payment_button, self.delete_payment_button):
            explain_disabled(button, payment)
        for button in (self.edit_tranche_button, self.delete_tranche_button):
            explain_disabled(button, tranche)

    def chosen_payment(self) -> Payment | None:
        return chosen_record(self.payments_table, self.payments)

    def chosen_tranche(self) -> Tranche | None:
        return chosen_record(self.tranches_table, self.tranches)

    def edit_payment(self) -> CheckedFormDialog | None:
        payment = self.chosen_payment()
        if payment is None:
            return None
        return self.open_dialog(
            PaymentDialog(
                self.context,
                grant_id=payment.grant_id,
                currency=payment.amount.currency,
                payment=payment,
            )
        )

    def delete_payment(self) -> Op[Undoable[None]] | None:
        payment = self.chosen_payment()
        if payment is None:
            return None
        what = {"amount": self.money(payment.amount), "day": self.formats.day(payment.paid_on)}
        return self.remove(
            payment.id,
            self.tr("Delete the payment of {amount} on {day}?").format(**what),
            self.tr("Deleted the payment of {amount} on {day}.").format(**what),
            lambda uow, i: remove_payment(uow, payment_id=i),
        )

    def edit_tranche(self) -> CheckedFormDialog | None:
        tranche = self.chosen_tranche()
        if tranche is None:
            return None
        return self.open_dialog(
            TrancheDialog(
                self.context,
                grant_id=tranche.grant_id,
                currency=tranche.amount.currency,
                tranche=tranche,
            )
        )

    def delete_tranche(self) -> Op[Undoable[None]] | None:
        tranche = self.chosen_tranche()
        if tranche is None:
            return None
        amount = self.money(tranche.amount)
        return self.remove(
            tranche.id,
            self.tr("Delete the tranche of {amount}?").format(amount=amount),
            self.tr("Deleted the tranche of {amount}.").format(amount=amount),
            lambda uow, i: remove_tranche(uow, tranche_id=i),
        )

    def reload(self) -> None:
        grant_id = self.grant_id
        assert grant_id is not None

        def read(job: OpJob) -> tuple[list[Payment], list[Tranche]]:
            return (
                payments_of(job.uow(), grant_id=grant_id),
                tranches_of(job.uow(), grant_id=grant_id),
            )

        QueryOp(self, read, key="payments").on_success(self._show).run(self.context)

    def _show(self, found: tuple[list[Payment], list[Tranche]]) -> None:
        payments, tranches = found
        payment, tranche = self.chosen_payment(), self.chosen_tranche()
        self.payments, self.tranches = payments, tranches
        day = self.formats.day
        self.fill(
            self.payments_table,
            [
                (
                    day(payment.paid_on),
                    self.tr("received") if payment.direction == "in" else self.tr("paid out"),
                    self.money(payment.amount),
                    payment.method or "",
                    payment.reference or "",
                )
                for payment in payments
            ],
        )
        self.fill(
            self.tranches_table,
            [
                (day(tranche.expected_on), self.money(tranche.amount), word(GRANTS, tranche.status))
                for tranche in tranches
            ],
        )
        choose_record(self.payments_table, payments, payment)
        choose_record(self.tranches_table, tranches, tranche)
        self.check()
