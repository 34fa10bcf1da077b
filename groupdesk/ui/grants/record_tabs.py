"""The grant detail's read-only lists: payments and tranches (one waiting on a report says so),
and the reports due with the outcome indicators; how a reimbursement reads as a row (the
claims tab, `claims_tab`, and the member's detail)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from groupdesk.services.grants.payments import Payment, Tranche, payments_of, tranches_of
from groupdesk.services.grants.reimbursements import Reimbursement
from groupdesk.services.grants.reporting import Outcome, Report, outcomes_of, reports_of
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import Formats
from groupdesk.ui.grants.tab import GrantTab
from groupdesk.ui.ops import OpJob, QueryOp
from groupdesk.ui.widgets.record_tables import fill_table, record_table


class TablesTab(GrantTab):
    """Captioned tables, one under the other, filled from one read."""

    def __init__(
        self,
        context: AppContext,
        tables: Sequence[tuple[str, Sequence[str]]],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.tables: list[QTableWidget] = []
        for caption, headers in tables:
            table = record_table(headers, caption.replace("&", "").rstrip(":"))
            label = QLabel(caption)
            label.setBuddy(table)
            layout.addWidget(label)
            layout.addWidget(table, 1)
            self.tables.append(table)

    def add_buttons(self, *buttons: QPushButton) -> None:
        """A row of buttons under the tables."""
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addLayout(row)

    def fill(self, table: QTableWidget, rows: Sequence[Sequence[str]]) -> None:
        fill_table(table, rows, self.width())


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
        self.payment_button = self.add_button_for(
            self.tr("Record a pay&ment…"), self.tr("Record a payment"), self.payment_requested
        )
        self.tranche_button = self.add_button_for(
            self.tr("Add a tr&anche…"), self.tr("Add a tranche"), self.tranche_requested
        )
        self.add_buttons(self.payment_button, self.tranche_button)

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
                (day(tranche.expected_on), self.money(tranche.amount), self.tr(tranche.status))
                for tranche in tranches
            ],
        )


def _tr(text: str) -> str:
    return QCoreApplication.translate("GrantRecords", text)


def describe_claim(claim: Reimbursement, formats: Formats) -> tuple[str, ...]:
    """A reimbursement as a row (here and on the member's detail): claimed when, by whom, how
    much, where it stands, who approved it, and what for (a refusal's reason too)."""
    state = _tr(claim.state)
    if claim.state == "paid" and claim.paid_on:
        state = _tr("paid on {day}").format(day=formats.day(claim.paid_on))
    what = claim.description or ""
    if claim.state == "refused" and claim.refused_reason:
        what = _tr("{what} — refused: {reason}").format(what=what, reason=claim.refused_reason)
    return (
        formats.day(claim.claimed_on),
        claim.claimant_name,
        formats.money(claim.amount),
        state,
        claim.approved_by_name or "",
        what,
    )


class ReportsTab(TablesTab):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            context,
            (
                (
                    self.tr("Reports &due to the funder:"),
                    (self.tr("Report"), self.tr("Due"), self.tr("State"), self.tr("Note")),
                ),
                (
                    self.tr("Outcomes and &targets:"),
                    (
                        self.tr("Outcome"),
                        self.tr("Target"),
                        self.tr("Achieved"),
                        self.tr("Latest entry"),
                    ),
                ),
            ),
            parent,
        )
        self.reports_table, self.outcomes_table = self.tables

    def reload(self) -> None:
        grant_id = self.grant_id
        assert grant_id is not None

        def read(job: OpJob) -> tuple[list[Report], list[Outcome]]:
            return (
                reports_of(job.uow(), grant_id=grant_id),
                outcomes_of(job.uow(), grant_id=grant_id),
            )

        QueryOp(self, read, key="reports").on_success(self._show).run(self.context)

    def _show(self, found: tuple[list[Report], list[Outcome]]) -> None:
        reports, outcomes = found
        day = self.formats.day
        self.fill(
            self.reports_table,
            [
                (
                    self.tr(report.kind),
                    day(report.due_on),
                    self._report_state(report),
                    report.note or "",
                )
                for report in reports
            ],
        )
        number = self.formats.number
        self.fill(
            self.outcomes_table,
            [
                (
                    outcome.name,
                    f"{number(outcome.target)} {outcome.unit or ''}".strip()
                    if outcome.target is not None
                    else "—",
                    number(outcome.achieved),
                    day(outcome.entries[-1].entry_on) if outcome.entries else "—",
                )
                for outcome in outcomes
            ],
        )

    def _report_state(self, report: Report) -> str:
        day = self.formats.day
        if report.state == "accepted" and report.accepted_on:
            return self.tr("accepted on {day}").format(day=day(report.accepted_on))
        if report.state == "sent" and report.sent_on:
            return self.tr("sent on {day}").format(day=day(report.sent_on))
        return self.tr(report.state)
