"""The grant detail's Reports tab: the reports due (sent, late, waiting) and the outcome
indicators with their progress, each with Edit… and Remove."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from groupdesk.services.grants.reporting import (
    Outcome,
    Report,
    outcomes_of,
    remove_outcome,
    remove_report,
    reports_of,
)
from groupdesk.services.undo import Undoable
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.grants.form_dialog import CheckedFormDialog
from groupdesk.ui.grants.record_tabs import TablesTab, choose_record, chosen_record
from groupdesk.ui.grants.report_dialogs import OutcomeDialog, ReportDialog, ReportStepDialog
from groupdesk.ui.ops import Op, OpJob, QueryOp
from groupdesk.ui.widgets.forms import explain_disabled
from groupdesk.ui.words import GRANTS, word


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
