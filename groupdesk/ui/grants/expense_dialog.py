"""Adding an expense to a grant: day, payee, amount, budget line, what for, who paid.

Problems show beside their field as they are typed (an amount below zero or unreadable, a day
that is not one). What is allowed but worth a second look — a day outside the grant's period,
an amount that takes its line over budget (the line named, and by how much) — is asked of the
service as the fields change and shown beside the field as a warning; Save then waits until
the person ticks that they have checked it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

from groupdesk.errors import ValidationError
from groupdesk.money import Money
from groupdesk.services.grants.budget import BudgetLine, budget_of
from groupdesk.services.grants.expenses import (
    ExpenseWarning,
    SavedExpense,
    add_expense,
    expense_warnings,
)
from groupdesk.services.members.choices import PersonChoice, active_people
from groupdesk.ui.context import AppContext
from groupdesk.ui.grants.fields import collect, typed_amount, typed_date
from groupdesk.ui.grants.form_dialog import FormDialog
from groupdesk.ui.meetings.tab import add_day_calendar
from groupdesk.ui.members.picker import MemberPicker
from groupdesk.ui.messages import said
from groupdesk.ui.ops import Op, OpJob, QueryOp
from groupdesk.ui.palette import set_tone
from groupdesk.ui.widgets.forms import explain_disabled


class ExpenseDialog(FormDialog):
    #: The expense as saved.
    saved = Signal(object)

    def __init__(
        self, context: AppContext, *, grant_id: str, currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.name(self.tr("New expense"), self.tr("Save the expense"))
        self.grant_id, self.currency = grant_id, currency
        self.warnings: tuple[ExpenseWarning, ...] = ()
        form = self.form
        self.warning_labels: dict[str, QLabel] = {}
        self.day_edit = QLineEdit()
        self.day_edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.errors.add("spent_on", self.day_edit, self.tr("&Day"))
        add_day_calendar(self.day_edit, context.locale)
        self._warning_row("spent_on")
        self.payee_edit = QLineEdit()
        self.errors.add("payee", self.payee_edit, self.tr("&Payee"))
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(currency)
        self.errors.add(
            "amount", self.amount_edit, self.tr("&Amount ({currency})").format(currency=currency)
        )
        self._warning_row("amount")
        self.line_combo = QComboBox()
        self.line_combo.addItem(self.tr("On no line yet"), None)
        self.errors.add("line_id", self.line_combo, self.tr("Budget &line"))
        self.description_edit = QLineEdit()
        self.errors.add("description", self.description_edit, self.tr("&What for"))
        self.paid_by_picker = MemberPicker(allow_none=self.tr("The group's account"))
        self.errors.add("paid_by_id", self.paid_by_picker, self.tr("Paid &by"))
        self.confirm_check = QCheckBox(self.tr("I have &checked the warnings: save it anyway"))
        self.confirm_check.setAccessibleName(self.confirm_check.text().replace("&", ""))
        form.addRow("", self.confirm_check)
        self.save_button.clicked.connect(self.save)
        for signal in (
            self.day_edit.textChanged,
            self.amount_edit.textChanged,
            self.line_combo.currentIndexChanged,
        ):
            signal.connect(self._typed)
        for signal in (self.payee_edit.textChanged, self.confirm_check.toggled):
            signal.connect(self._check)
        self._typed()
        self.resize(520, 480)
        QueryOp(self, lambda job: budget_of(job.uow(), grant_id=grant_id), key="lines").on_success(
            self._show_lines
        ).run(context)
        QueryOp(self, lambda job: active_people(job.uow()), key="people").on_success(
            self._show_people
        ).run(context)

    def _warning_row(self, field: str) -> None:
        label = QLabel()
        label.setObjectName(f"warning-{field}")
        set_tone(label, "warning")
        label.setWordWrap(True)
        label.setAccessibleName(self.tr("Warning"))
        label.hide()
        self.form.addRow("", label)
        self.warning_labels[field] = label

    def _show_lines(self, lines: Sequence[BudgetLine]) -> None:
        for line in lines:
            self.line_combo.addItem(line.category, line.id)

    def _show_people(self, people: Sequence[PersonChoice]) -> None:
        self.paid_by_picker.set_people(people)

    # Checking as typed

    def _read(self, problems: dict[str, str]) -> tuple[date | None, Money | None]:
        locale = self.context.locale
        day = collect(problems, lambda: typed_date(self.day_edit, field="spent_on", locale=locale))
        amount = collect(
            problems,
            lambda: typed_amount(
                self.amount_edit,
                field="amount",
                currency=self.currency,
                locale=locale,
                required=bool(self.amount_edit.text().strip()),
            ),
        )
        return day, amount

    def _typed(self) -> None:
        """Check the fields, then ask the service what would need confirming."""
        self.warnings = ()
        self._show_warnings()
        problems: dict[str, str] = {}
        day, amount = self._read(problems)
        self._check()
        if problems or day is None or amount is None:
            return
        grant_id, line_id = self.grant_id, self.line_combo.currentData()
        QueryOp(
            self,
            lambda job: expense_warnings(
                job.uow(), grant_id=grant_id, line_id=line_id, spent_on=day, amount=amount
            ),
            key="warnings",
        ).on_success(self._warned).run(self.context)

    def _warned(self, warnings: tuple[ExpenseWarning, ...]) -> None:
        self.warnings = warnings
        self._show_warnings()
        self._check()

    def _show_warnings(self) -> None:
        for field, label in self.warning_labels.items():
            messages = [
                said(w.message, self.context.locale) for w in self.warnings if w.field == field
            ]
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
        self.form.setRowVisible(self.confirm_check, bool(self.warnings))
        if not self.warnings:
            self.confirm_check.setChecked(False)

    def _check(self) -> None:
        problems: dict[str, str] = {}
        day, amount = self._read(problems)
        self.errors.show(ValidationError(problems)) if problems else self.errors.clear()
        reason = next(iter(problems.values()), None)
        if reason is None and day is None:
            reason = self.tr("Give the day it was spent")
        if reason is None and amount is None:
            reason = self.tr("Give the amount")
        if reason is None and not self.payee_edit.text().strip():
            reason = self.tr("Say who was paid")
        if reason is None and self.warnings and not self.confirm_check.isChecked():
            reason = self.tr("Check the warnings, then tick that you have")
        explain_disabled(self.save_button, reason)

    # Saving

    def save(self) -> Op[SavedExpense] | None:
        problems: dict[str, str] = {}
        day, amount = self._read(problems)
        if problems or day is None or amount is None:
            self.errors.show(ValidationError(problems))
            return None
        if self.warnings and not self.confirm_check.isChecked():
            return None
        grant_id, line_id = self.grant_id, self.line_combo.currentData()
        payee, description = self.payee_edit.text(), self.description_edit.text()
        paid_by = self.paid_by_picker.member_id()

        def work(job: OpJob) -> SavedExpense:
            return add_expense(
                job.uow(),
                grant_id=grant_id,
                spent_on=day,
                payee=payee,
                amount=amount,
                line_id=line_id,
                description=description,
                paid_by_id=paid_by,
            )

        return self.write(work, self._saved)

    def _saved(self, saved: SavedExpense) -> None:
        self.saved.emit(saved)
        self.accept()
