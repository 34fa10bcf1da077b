"""What the group owes a funder besides money, added from the Reports tab: a report due
(interim or final, by a day), an outcome indicator (its name, target and unit), and a dated
entry of progress towards one. A day that is not one, or a number that is not a whole number
of at least zero, shows beside its field as it is typed and Save waits; the service checks
again (progress of nothing, or dated in the future) and nothing is saved when it refuses.

Given a report or an outcome, the same dialogs put it right (a report's sent and accepted days
too, once it has them); marking a report sent or accepted asks the day it happened, today
unless the person says otherwise."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QPlainTextEdit, QWidget

from groupdesk.services.grants.reporting import (
    Outcome,
    Report,
    add_outcome,
    add_report,
    advance_report,
    edit_outcome,
    edit_report,
    record_progress,
)
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import Formats
from groupdesk.ui.grants.fields import collect, typed_count, typed_date
from groupdesk.ui.grants.form_dialog import CheckedFormDialog
from groupdesk.ui.meetings.tab import day_field_text
from groupdesk.ui.ops import OpJob
from groupdesk.ui.widgets.forms import set_text_lines
from groupdesk.ui.words import GRANTS, word


class ReportDialog(CheckedFormDialog):
    def __init__(
        self,
        context: AppContext,
        *,
        grant_id: str,
        report: Report | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        if report is None:
            self.name(self.tr("Add a report due"), self.tr("Save the report due"))
        else:
            self.name(self.tr("Edit the report"), self.tr("Save the report"))
        self.grant_id, self.report = grant_id, report
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Interim report"), "interim")
        self.kind_combo.addItem(self.tr("Final report"), "final")
        self.errors.add("kind", self.kind_combo, self.tr("&Kind"))
        self.due_edit = self.day_edit("due_on", self.tr("&Due on"))
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        set_text_lines(self.note_edit, 2)
        self.errors.add("note", self.note_edit, self.tr("&Note"))
        #: The days of the steps the report has taken (editing one sent or accepted).
        self.step_edits: dict[str, QLineEdit] = {}
        if report is not None:
            self._show_report(report)
        self.resize(440, 260)
        self.watch(self.due_edit.textChanged, *(e.textChanged for e in self.step_edits.values()))

    def _show_report(self, report: Report) -> None:
        locale = self.context.locale
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(report.kind))
        self.due_edit.setText(day_field_text(report.due_on, locale))
        self.note_edit.setPlainText(report.note or "")
        for field, label, day in (
            ("sent_on", self.tr("Sen&t on"), report.sent_on),
            ("accepted_on", self.tr("Accepted &on"), report.accepted_on),
        ):
            if day is not None:
                self.step_edits[field] = self.day_edit(field, label)
                self.step_edits[field].setText(day_field_text(day, locale))

    def read(self, problems: dict[str, str]) -> dict[str, Any]:
        locale = self.context.locale
        values = {
            "kind": self.kind_combo.currentData(),
            "due_on": collect(
                problems, lambda: typed_date(self.due_edit, field="due_on", locale=locale)
            ),
            "note": self.note_edit.toPlainText(),
        }
        for field, edit in self.step_edits.items():
            values[field] = collect(problems, partial(typed_date, edit, field=field, locale=locale))
        return values

    def missing(self, values: dict[str, Any]) -> str | None:
        return self.tr("Give the day it is due") if values["due_on"] is None else None

    def work(self, values: dict[str, Any]) -> Callable[[OpJob], object]:
        grant_id = self.grant_id
        if self.report is not None:
            report_id = self.report.id
            return lambda job: edit_report(job.uow(), report_id=report_id, **values)
        return lambda job: add_report(job.uow(), grant_id=grant_id, **values)


class ReportStepDialog(CheckedFormDialog):
    """Marking a report sent or accepted, on the day it happened (today unless changed)."""

    def __init__(
        self, context: AppContext, *, report: Report, to_state: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        sent = to_state == "sent"
        kind = word(GRANTS, report.kind)
        self.name(
            (
                self.tr("Mark the {kind} report sent")
                if sent
                else self.tr("Mark the {kind} report accepted")
            ).format(kind=kind),
            self.tr("Save the day"),
        )
        self.report_id, self.to_state = report.id, to_state
        self.field = "sent_on" if sent else "accepted_on"
        self.on_edit = self.day_edit(
            self.field, self.tr("Sen&t on") if sent else self.tr("&Accepted on")
        )
        self.on_edit.setText(day_field_text(context.workspace.today(), context.locale))
        self.resize(380, 140)
        self.watch(self.on_edit.textChanged)

    def read(self, problems: dict[str, str]) -> dict[str, Any]:
        locale = self.context.locale
        field = self.field
        return {
            "on": collect(problems, lambda: typed_date(self.on_edit, field=field, locale=locale))
        }

    def missing(self, values: dict[str, Any]) -> str | None:
        return self.tr("Give the day") if values["on"] is None else None

    def work(self, values: dict[str, Any]) -> Callable[[OpJob], object]:
        report_id, to_state = self.report_id, self.to_state
        return lambda job: advance_report(
            job.uow(), report_id=report_id, to_state=to_state, on=values["on"]
        )


class OutcomeDialog(CheckedFormDialog):
    def __init__(
        self,
        context: AppContext,
        *,
        grant_id: str,
        outcome: Outcome | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        if outcome is None:
            self.name(self.tr("Add an outcome indicator"), self.tr("Save the outcome indicator"))
        else:
            self.name(self.tr("Edit the outcome indicator"), self.tr("Save the outcome indicator"))
        self.grant_id, self.outcome = grant_id, outcome
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("Trees planted, people trained…"))
        self.errors.add("name", self.name_edit, self.tr("&Name"))
        self.target_edit = QLineEdit()
        self.target_edit.setPlaceholderText(self.tr("if the funder set one"))
        self.errors.add("target", self.target_edit, self.tr("&Target"))
        self.unit_edit = QLineEdit()
        self.unit_edit.setPlaceholderText(self.tr("trees, people, sessions…"))
        self.errors.add("unit", self.unit_edit, self.tr("&Unit"))
        if outcome is not None:
            self.name_edit.setText(outcome.name)
            if outcome.target is not None:
                self.target_edit.setText(Formats(context.locale).number(outcome.target))
            self.unit_edit.setText(outcome.unit or "")
        self.resize(440, 220)
        self.watch(self.name_edit.textChanged, self.target_edit.textChanged)

    def read(self, problems: dict[str, str]) -> dict[str, Any]:
        locale = self.context.locale
        return {
            "name": self.name_edit.text(),
            "target": collect(
                problems, lambda: typed_count(self.target_edit, field="target", locale=locale)
            ),
            "unit": self.unit_edit.text(),
        }

    def missing(self, values: dict[str, Any]) -> str | None:
        return self.tr("Name the outcome") if not values["name"].strip() else None

    def work(self, values: dict[str, Any]) -> Callable[[OpJob], object]:
        grant_id = self.grant_id
        if self.outcome is not None:
            outcome_id = self.outcome.id
            return lambda job: edit_outcome(job.uow(), outcome_id=outcome_id, **values)
        return lambda job: add_outcome(job.uow(), grant_id=grant_id, **values)


class ProgressDialog(CheckedFormDialog):
    """A dated entry towards an outcome (30 trees planted on 3 May)."""

    def __init__(
        self, context: AppContext, *, outcome: Outcome, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.name(
            isolated_once(self.tr("Progress on {outcome}").format(outcome=isolate(outcome.name))),
            self.tr("Save the progress"),
        )
        self.outcome_id = outcome.id
        self.on_edit = self.day_edit("entry_on", self.tr("&Day"))
        self.on_edit.setPlaceholderText(self.tr("today"))
        self.achieved_edit = QLineEdit()
        self.achieved_edit.setPlaceholderText(outcome.unit or "")
        self.errors.add("achieved", self.achieved_edit, self.tr("&Achieved"))
        self.note_edit = QLineEdit()
        self.errors.add("note", self.note_edit, self.tr("&Note"))
        self.resize(420, 200)
        self.watch(self.on_edit.textChanged, self.achieved_edit.textChanged)

    def read(self, problems: dict[str, str]) -> dict[str, Any]:
        locale = self.context.locale
        return {
            "on": collect(
                problems, lambda: typed_date(self.on_edit, field="entry_on", locale=locale)
            ),
            "achieved": collect(
                problems, lambda: typed_count(self.achieved_edit, field="achieved", locale=locale)
            ),
            "note": self.note_edit.text(),
        }

    def missing(self, values: dict[str, Any]) -> str | None:
        return self.tr("Say how many") if values["achieved"] is None else None

    def work(self, values: dict[str, Any]) -> Callable[[OpJob], object]:
        outcome_id = self.outcome_id
        return lambda job: record_progress(job.uow(), outcome_id=outcome_id, **values)
