"""Recording money on a grant's Payments tab: a payment received or made (day, amount in the
grant's currency, method, reference, and the tranche it brings in) and a tranche of the award
(amount, the day it is expected, the report it waits on). An amount below zero or unreadable,
or a day that is not one, shows beside its field as it is typed and Save waits; the service
checks again (a payment dated in the future is refused beside the day, a tranche brought in by
money paid out beside the tranche) and nothing is saved when it refuses.

Given a payment or a tranche, the same dialog puts it right: its fields filled in, which way a
payment went and the tranche it brought in shown but kept."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from groupdesk.services.grants.payments import (
    Payment,
    Tranche,
    add_tranche,
    edit_payment,
    edit_tranche,
    record_payment,
    tranches_of,
)
from groupdesk.services.grants.reporting import Report, reports_of
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import Formats
from groupdesk.ui.grants.fields import amount_text, collect, money_owed, typed_date
from groupdesk.ui.grants.form_dialog import CheckedFormDialog
from groupdesk.ui.meetings.tab import day_field_text
from groupdesk.ui.ops import OpJob, QueryOp
from groupdesk.ui.words import GRANTS, word


class MoneyDialog(CheckedFormDialog):
    """A form about money of one grant, in its currency."""

    def __init__(
        self, context: AppContext, *, grant_id: str, currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.grant_id, self.currency = grant_id, currency
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(currency)

    def add_amount(self) -> None:
        self.errors.add(
            "amount",
            self.amount_edit,
            self.tr("&Amount ({currency})").format(currency=self.currency),
        )

    def read_money(
        self, problems: dict[str, str], day: QLineEdit, day_field: str
    ) -> dict[str, Any]:
        locale = self.context.locale
        return {
            "amount": money_owed(problems, self.amount_edit, currency=self.currency, locale=locale),
            day_field: collect(problems, lambda: typed_date(day, field=day_field, locale=locale)),
        }


class PaymentDialog(MoneyDialog):
    def __init__(
        self,
        context: AppContext,
        *,
        grant_id: str,
        currency: str,
        payment: Payment | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, grant_id=grant_id, currency=currency, parent=parent)
        self.payment = payment
        if payment is None:
            self.name(self.tr("Record a payment"), self.tr("Save the payment"))
        else:
            self.name(self.tr("Edit the payment"), self.tr("Save the payment"))
        self.direction_combo = QComboBox()
        self.direction_combo.addItem(self.tr("Received from the funder"), "in")
        self.direction_combo.addItem(self.tr("Paid out"), "out")
        self.errors.add("direction", self.direction_combo, self.tr("&Received or paid"))
        self.paid_on_edit = self.day_edit("paid_on", self.tr("&Day"))
        self.add_amount()
        self.method_edit = QLineEdit()
        self.method_edit.setPlaceholderText(self.tr("Bank transfer, cheque, cash…"))
        self.errors.add("method", self.method_edit, self.tr("&Method"))
        self.reference_edit = QLineEdit()
        self.errors.add("reference", self.reference_edit, self.tr("Re&ference"))
        self.tranche_combo = QComboBox()
        self.tranche_combo.addItem(self.tr("No tranche"), None)
        self.tranche_combo.currentIndexChanged.connect(self._tranche_chosen)
        self.errors.add("tranche_id", self.tranche_combo, self.tr("Brings in &tranche"))
        self.tranches: dict[str, Tranche] = {}
        self.resize(460, 330)
        if payment is not None:
            self._show_payment(payment)
        self.watch(self.paid_on_edit.textChanged, self.amount_edit.textChanged)
        if payment is None:
            QueryOp(
                self, lambda job: tranches_of(job.uow(), grant_id=grant_id), key="tranches"
            ).on_success(self._show_tranches).run(context)

    def _show_payment(self, payment: Payment) -> None:
        """The payment's fields; which way it went and its tranche are kept as they are."""
        locale = self.context.locale
        self.direction_combo.setCurrentIndex(self.direction_combo.findData(payment.direction))
        self.paid_on_edit.setText(day_field_text(payment.paid_on, locale))
        self.amount_edit.setText(amount_text(payment.amount, locale))
        self.method_edit.setText(payment.method or "")
        self.reference_edit.setText(payment.reference or "")
        kept = self.tr("Kept as recorded; remove the payment if it went the other way")
        for combo in (self.direction_combo, self.tranche_combo):
            combo.setEnabled(False)
            combo.setToolTip(kept)

    def _show_tranches(self, tranches: Sequence[Tranche]) -> None:
        formats = Formats(self.context.locale)
        for tranche in tranches:
            if tranche.received_payment_id is not None:
                continue
            self.tranches[tranche.id] = tranche
            self.tranche_combo.addItem(
                self.tr("{amount} expected {day} ({status})").format(
                    amount=formats.money(tranche.amount),
                    day=formats.day(tranche.expected_on),
                    status=word(GRANTS, tranche.status),
                ),
                tranche.id,
            )

    def _tranche_chosen(self) -> None:
        """The tranche's amount, when none is typed yet."""
        tranche = self.tranches.get(self.tranche_combo.currentData() or "")
        if tranche is not None and not self.amount_edit.text().strip():
            self.amount_edit.setText(amount_text(tranche.amount, self.context.locale))

    def read(self, problems: dict[str, str]) -> dict[str, Any]:
        values = self.read_money(problems, self.paid_on_edit, "paid_on")
        values["direction"] = self.direction_combo.currentData()
        values["method"] = self.method_edit.text()
        values["reference"] = self.reference_edit.text()
        values["tranche_id"] = self.tranche_combo.currentData()
        return values

    def missing(self, values: dict[str, Any]) -> str | None:
        if values["paid_on"] is None:
            return self.tr("Give the day of the payment")
        return self.tr("Give the amount") if values["amount"] is None else None

    def work(self, values: dict[str, Any]) -> Callable[[OpJob], object]:
        grant_id = self.grant_id
        if self.payment is not None:
            payment_id = self.payment.id
            kept = {k: v for k, v in values.items() if k not in ("direction", "tranche_id")}
            return lambda job: edit_payment(job.uow(), payment_id=payment_id, **kept)
        return lambda job: record_payment(job.uow(), grant_id=grant_id, **values)


class TrancheDialog(MoneyDialog):
    def __init__(
        self,
        context: AppContext,
        *,
        grant_id: str,
        currency: str,
        tranche: Tranche | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, grant_id=grant_id, currency=currency, parent=parent)
        self.tranche = tranche
        if tranche is None:
            self.name(self.tr("Add a tranche"), self.tr("Save the tranche"))
        else:
            self.name(self.tr("Edit the tranche"), self.tr("Save the tranche"))
        self.add_amount()
        self.expected_edit = self.day_edit("expected_on", self.tr("&Expected on"))
        self.report_combo = QComboBox()
        self.report_combo.addItem(self.tr("No report: released on its day"), None)
        self.errors.add("needs_report_id", self.report_combo, self.tr("Released after &report"))
        self.resize(460, 240)
        if tranche is not None:
            locale = context.locale
            self.amount_edit.setText(amount_text(tranche.amount, locale))
            if tranche.expected_on is not None:
                self.expected_edit.setText(day_field_text(tranche.expected_on, locale))
        self.watch(self.expected_edit.textChanged, self.amount_edit.textChanged)
        QueryOp(
            self, lambda job: reports_of(job.uow(), grant_id=grant_id), key="reports"
        ).on_success(self._show_reports).run(context)

    def _show_reports(self, reports: Sequence[Report]) -> None:
        day = Formats(self.context.locale).day
        for report in reports:
            self.report_combo.addItem(
                self.tr("the {kind} report due {day}").format(
                    kind=word(GRANTS, report.kind), day=day(report.due_on)
                ),
                report.id,
            )
        if self.tranche is not None:
            self.report_combo.setCurrentIndex(
                max(self.report_combo.findData(self.tranche.needs_report_id), 0)
            )

    def read(self, problems: dict[str, str]) -> dict[str, Any]:
        values = self.read_money(problems, self.expected_edit, "expected_on")
        values["needs_report_id"] = self.report_combo.currentData()
        return values

    def missing(self, values: dict[str, Any]) -> str | None:
        return self.tr("Give the amount") if values["amount"] is None else None

    def work(self, values: dict[str, Any]) -> Callable[[OpJob], object]:
        grant_id = self.grant_id
        if self.tranche is not None:
            tranche_id = self.tranche.id
            return lambda job: edit_tranche(job.uow(), tranche_id=tranche_id, **values)
        return lambda job: add_tranche(job.uow(), grant_id=grant_id, **values)
