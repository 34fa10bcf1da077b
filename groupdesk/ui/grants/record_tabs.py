"""The grant detail's read-only lists: payments and tranches (one waiting on a report says so),
and the reports due with the outcome indicators; how a reimbursement reads as a row (the
claims tab, `claims_tab`, and the member's detail)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.services.grants.payments import Payment, Tranche, payments_of, tranches_of
from groupdesk.services.grants.reimbursements import Reimbursement
from groupdesk.services.grants.reporting import (
    Outcome,
    Report,
    advance_report,
    outcomes_of,
    reports_of,
)
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import Formats
from groupdesk.ui.grants.tab import GrantTab
from groupdesk.ui.ops import Op, OpJob, QueryOp, show_error
from groupdesk.ui.widgets.forms import explain_disabled
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

    def add_buttons(self, table: QTableWidget, *buttons: QPushButton) -> None:
        """A row of buttons acting on `table`, right under it."""
        row = QHBoxLayout()
        for button in buttons:
            row.addWidget(button)
        row.addStretch(1)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(layout.indexOf(table) + 1, row)

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
        self.add_buttons(self.payments_table, self.payment_button)
        self.add_buttons(self.tranches_table, self.tranche_button)

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
    #: Add a report due / an outcome indicator to this grant (the page opens the dialog).
    report_requested = Signal(str)
    outcome_requested = Signal(str)
    #: Record progress on this outcome (the page opens the dialog).
    progress_requested = Signal(object)

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
        self.reports: list[Report] = []
        self.outcomes: list[Outcome] = []
        self.report_button = self.add_button_for(
            self.tr("&Add a report…"), self.tr("Add a report due"), self.report_requested
        )
        self.sent_button = QPushButton(self.tr("Mar&k sent"))
        self.sent_button.setAccessibleName(self.tr("Mark the chosen report sent today"))
        self.sent_button.clicked.connect(lambda: self.advance("sent"))
        self.accepted_button = QPushButton(self.tr("Mark a&ccepted"))
        self.accepted_button.setAccessibleName(self.tr("Mark the chosen report accepted today"))
        self.accepted_button.clicked.connect(lambda: self.advance("accepted"))
        self.add_buttons(
            self.reports_table, self.report_button, self.sent_button, self.accepted_button
        )
        self.outcome_button = self.add_button_for(
            self.tr("Add an outcome &indicator…"),
            self.tr("Add an outcome indicator"),
            self.outcome_requested,
        )
        self.progress_button = QPushButton(self.tr("Record pro&gress…"))
        self.progress_button.setAccessibleName(self.tr("Record progress on the chosen outcome"))
        self.progress_button.clicked.connect(self._progress)
        self.add_buttons(self.outcomes_table, self.outcome_button, self.progress_button)
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Report result"))
        self.result_label.setWordWrap(True)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.result_label)
        self.reports_table.itemSelectionChanged.connect(self._check)
        self.outcomes_table.itemSelectionChanged.connect(self._check)
        self._check()

    def chosen_report(self) -> Report | None:
        return chosen_record(self.reports_table, self.reports)

    def chosen_outcome(self) -> Outcome | None:
        return chosen_record(self.outcomes_table, self.outcomes)

    def _check(self) -> None:
        report = self.chosen_report()
        choose = self.tr("Choose a report in the list")
        state = report.state if report is not None else None
        explain_disabled(
            self.sent_button,
            choose if report is None else None if state == "due" else self.tr("Already sent"),
        )
        explain_disabled(
            self.accepted_button,
            choose
            if report is None
            else None
            if state == "sent"
            else self.tr("Only a report sent is accepted"),
        )
        explain_disabled(
            self.progress_button,
            None if self.chosen_outcome() else self.tr("Choose an outcome in the list"),
        )

    def advance(self, to_state: str) -> Op[Report] | None:
        """Mark the chosen report sent or accepted, today."""
        report = self.chosen_report()
        if report is None:
            return None
        self.result_label.clear()

        def done(saved: Report) -> None:
            self.result_label.setText(
                self.tr("The {kind} report is now {state}.").format(
                    kind=self.tr(saved.kind), state=self.tr(saved.state)
                )
            )
            self.reload()

        return (
            Op(self, lambda job: advance_report(job.uow(), report_id=report.id, to_state=to_state))
            .on_success(done)
            .on_failure(self._refused)
            .run(self.context)
        )

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.result_label.setText("\n".join(error.errors.values()))
        elif isinstance(error, GroupDeskError):
            self.result_label.setText(str(error))
        else:
            show_error(self, error)

    def _progress(self) -> None:
        outcome = self.chosen_outcome()
        if outcome is not None:
            self.progress_requested.emit(outcome)

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
        report, outcome = self.chosen_report(), self.chosen_outcome()
        self.reports, self.outcomes = reports, outcomes
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
        choose_record(self.reports_table, reports, report)
        choose_record(self.outcomes_table, outcomes, outcome)
        self._check()

    def _report_state(self, report: Report) -> str:
        day = self.formats.day
        if report.state == "accepted" and report.accepted_on:
            return self.tr("accepted on {day}").format(day=day(report.accepted_on))
        if report.state == "sent" and report.sent_on:
            return self.tr("sent on {day}").format(day=day(report.sent_on))
        return self.tr(report.state)


class _Record(Protocol):
    @property
    def id(self) -> str: ...


RecordT = TypeVar("RecordT", bound=_Record)


def chosen_record(table: QTableWidget, records: Sequence[RecordT]) -> RecordT | None:
    """The record of `table`'s selected row (the table shows `records` in order)."""
    row = table.currentRow() if table.selectedItems() else -1
    return records[row] if 0 <= row < len(records) else None


def choose_record(table: QTableWidget, records: Sequence[RecordT], chosen: RecordT | None) -> None:
    """Keep `chosen` selected after a reload."""
    rows = [n for n, record in enumerate(records) if chosen and record.id == chosen.id]
    if rows:
        table.selectRow(rows[0])
