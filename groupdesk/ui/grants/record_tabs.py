"""The grant detail's lists: payments and tranches (one waiting on a report says so), and the
reports due with the outcome indicators, each with Edit… and Remove for the one chosen (a
removal asked first, a refusal said under the lists); how a reimbursement reads as a row (the
claims tab, `claims_tab`, and the member's detail)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.services.grants.payments import (
    Payment,
    Tranche,
    payments_of,
    remove_payment,
    remove_tranche,
    tranches_of,
)
from groupdesk.services.grants.reimbursements import Reimbursement
from groupdesk.services.grants.reporting import (
    Outcome,
    Report,
    outcomes_of,
    remove_outcome,
    remove_report,
    reports_of,
)
from groupdesk.services.undo import Undoable
from groupdesk.services.uow import UnitOfWork
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import Formats
from groupdesk.ui.grants.form_dialog import CheckedFormDialog
from groupdesk.ui.grants.payment_dialogs import PaymentDialog, TrancheDialog
from groupdesk.ui.grants.report_dialogs import OutcomeDialog, ReportDialog, ReportStepDialog
from groupdesk.ui.grants.tab import GrantTab
from groupdesk.ui.ops import Op, OpJob, QueryOp, show_error
from groupdesk.ui.widgets.bidi import select_row
from groupdesk.ui.widgets.forms import ask_yes_no, explain_disabled
from groupdesk.ui.widgets.record_tables import fill_table, record_table
from groupdesk.ui.widgets.undo_bar import undoable_work
from groupdesk.ui.words import CLAIMS, GRANTS, word


class TablesTab(GrantTab):
    """Captioned tables, one under the other, filled from one read; under them a line saying
    what the last change did or why it was refused."""

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
            table.itemSelectionChanged.connect(self.check)
        #: What the last change did, or why it was refused (placed by `add_result_line`).
        self.result_label = QLabel()
        self.result_label.setAccessibleName(self.tr("Result"))
        self.result_label.setWordWrap(True)
        #: Asks before a removal; tests pass their own answer.
        self.ask_sure: Callable[[QWidget, str, str], bool] = ask_yes_no
        #: The edit dialog open now (for keyboard users, screen readers and tests).
        self.active_dialog: CheckedFormDialog | None = None

    def check(self) -> None:
        """Enable what acts on a chosen row once one is chosen."""

    def add_result_line(self) -> None:
        """The result line, under the lists."""
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.addWidget(self.result_label)

    def record_button(self, text: str, name: str, act: Callable[[], object]) -> QPushButton:
        """A button acting on the chosen row of a table (disabled until one is chosen)."""
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: act())
        return button

    def open_dialog(self, dialog: CheckedFormDialog) -> CheckedFormDialog:
        """Open an edit dialog over this tab; the tab reloads once it is saved."""
        dialog.setParent(self, dialog.windowFlags())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _saved: self.reload())
        dialog.finished.connect(lambda _code: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def remove(
        self,
        record_id: str,
        question: str,
        said: str,
        remove: Callable[[UnitOfWork, str], None],
    ) -> Op[Undoable[None]] | None:
        """Remove a record once the person says yes; history keeps it, and the undo bar
        offers it back (`said` says what was deleted)."""
        if not self.ask_sure(self, self.tr("Delete"), question):
            return None
        self.result_label.clear()

        def done(outcome: Undoable[None]) -> None:
            self.context.offer_undo(outcome.undo)
            self.result_label.setText(
                self.tr("Deleted. The grant's History tab keeps what it was.")
            )
            self.reload()

        return (
            Op(self, undoable_work(said, lambda job: remove(job.uow(), record_id)))
            .on_success(done)
            .on_failure(self.refused)
            .run(self.context)
        )

    def refused(self, error: BaseException) -> None:
        """A refusal said in its words under the lists; a bug as a bug."""
        if isinstance(error, ValidationError):
            self.result_label.setText("\n".join(error.errors.values()))
        elif isinstance(error, GroupDeskError):
            self.result_label.setText(str(error))
        else:
            show_error(self, error)

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


def describe_claim(claim: Reimbursement, formats: Formats) -> tuple[str, ...]:
    """A reimbursement as a row (here and on the member's detail): claimed when, by whom, how
    much, where it stands, who approved it, and what for (a refusal's reason too)."""
    state = word(CLAIMS, claim.state)
    if claim.state == "paid" and claim.paid_on:
        state = QCoreApplication.translate("GrantRecords", "paid on {day}").format(
            day=formats.day(claim.paid_on)
        )
    what = claim.description or ""
    if claim.state == "refused" and claim.refused_reason:
        what = isolated_once(
            QCoreApplication.translate("GrantRecords", "{what} — refused: {reason}").format(
                what=isolate(what), reason=isolate(claim.refused_reason)
            )
        )
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
        self.sent_button = self.record_button(
            self.tr("Mar&k sent…"),
            self.tr("Mark the chosen report sent, on a day"),
            lambda: self.advance("sent"),
        )
        self.accepted_button = self.record_button(
            self.tr("Mark a&ccepted…"),
            self.tr("Mark the chosen report accepted, on a day"),
            lambda: self.advance("accepted"),
        )
        self.edit_report_button = self.record_button(
            self.tr("&Edit report…"), self.tr("Edit the chosen report"), self.edit_report
        )
        self.delete_report_button = self.record_button(
            self.tr("De&lete report"), self.tr("Delete the chosen report"), self.delete_report
        )
        # Two rows (each goes right under the list, so the second row is placed first): five
        # buttons in one are wider than the tab at the usual window size.
        self.add_buttons(self.reports_table, self.edit_report_button, self.delete_report_button)
        self.add_buttons(
            self.reports_table, self.report_button, self.sent_button, self.accepted_button
        )
        self.outcome_button = self.add_button_for(
            self.tr("Add an outcome &indicator…"),
            self.tr("Add an outcome indicator"),
            self.outcome_requested,
        )
        self.progress_button = self.record_button(
            self.tr("Record pro&gress…"),
            self.tr("Record progress on the chosen outcome"),
            self._progress,
        )
        self.edit_outcome_button = self.record_button(
            self.tr("Edit outco&me…"), self.tr("Edit the chosen outcome"), self.edit_outcome
        )
        self.delete_outcome_button = self.record_button(
            self.tr("Remo&ve outcome"), self.tr("Delete the chosen outcome"), self.delete_outcome
        )
        self.add_buttons(self.outcomes_table, self.edit_outcome_button, self.delete_outcome_button)
        self.add_buttons(self.outcomes_table, self.outcome_button, self.progress_button)
        self.add_result_line()
        self.check()

    def chosen_report(self) -> Report | None:
        return chosen_record(self.reports_table, self.reports)

    def chosen_outcome(self) -> Outcome | None:
        return chosen_record(self.outcomes_table, self.outcomes)

    def check(self) -> None:
        report = self.chosen_report()
        choose = self.tr("Choose a report in the list")
        for button in (self.edit_report_button, self.delete_report_button):
            explain_disabled(button, None if report is not None else choose)
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
        outcome = None if self.chosen_outcome() else self.tr("Choose an outcome in the list")
        for button in (
            self.progress_button,
            self.edit_outcome_button,
            self.delete_outcome_button,
        ):
            explain_disabled(button, outcome)

    def advance(self, to_state: str) -> CheckedFormDialog | None:
        """Mark the chosen report sent or accepted, on the day the person gives (today unless
        changed)."""
        report = self.chosen_report()
        if report is None:
            return None
        self.result_label.clear()
        dialog = ReportStepDialog(self.context, report=report, to_state=to_state)
        dialog.saved.connect(
            lambda saved: self.result_label.setText(
                self.tr("The {kind} report is now {state}.").format(
                    kind=word(GRANTS, saved.kind), state=self._report_state(saved)
                )
            )
        )
        return self.open_dialog(dialog)

    def edit_report(self) -> CheckedFormDialog | None:
        report = self.chosen_report()
        if report is None:
            return None
        return self.open_dialog(ReportDialog(self.context, grant_id=report.grant_id, report=report))

    def delete_report(self) -> Op[Undoable[None]] | None:
        report = self.chosen_report()
        if report is None:
            return None
        what = {"kind": word(GRANTS, report.kind), "day": self.formats.day(report.due_on)}
        return self.remove(
            report.id,
            self.tr("Delete the {kind} report due {day}?").format(**what),
            self.tr("Deleted the {kind} report due {day}.").format(**what),
            lambda uow, i: remove_report(uow, report_id=i),
        )

    def edit_outcome(self) -> CheckedFormDialog | None:
        outcome = self.chosen_outcome()
        if outcome is None:
            return None
        return self.open_dialog(
            OutcomeDialog(self.context, grant_id=outcome.grant_id, outcome=outcome)
        )

    def delete_outcome(self) -> Op[Undoable[None]] | None:
        outcome = self.chosen_outcome()
        if outcome is None:
            return None
        name = isolate(outcome.name)
        return self.remove(
            outcome.id,
            isolated_once(
                self.tr("Delete the outcome “{name}” and its entries?").format(name=name)
            ),
            isolated_once(
                self.tr("Deleted the outcome “{name}” and its entries.").format(name=name)
            ),
            lambda uow, i: remove_outcome(uow, outcome_id=i),
        )

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
                    word(GRANTS, report.kind),
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
        self.check()

    def _report_state(self, report: Report) -> str:
        day = self.formats.day
        if report.state == "accepted" and report.accepted_on:
            return self.tr("accepted on {day}").format(day=day(report.accepted_on))
        if report.state == "sent" and report.sent_on:
            return self.tr("sent on {day}").format(day=day(report.sent_on))
        return word(GRANTS, report.state)


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
        select_row(table, rows[0])
