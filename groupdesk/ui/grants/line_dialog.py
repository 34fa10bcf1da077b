"""Adding a line to a grant's budget: its category, what it covers and its amount in the grant's
currency (below zero refused beside the field as it is typed; the service checks again)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from groupdesk.errors import ValidationError
from groupdesk.money import Money
from groupdesk.services.grants.budget import BudgetLine, add_line
from groupdesk.ui.context import AppContext
from groupdesk.ui.grants.fields import collect, typed_amount
from groupdesk.ui.grants.form_dialog import FormDialog
from groupdesk.ui.ops import Op, OpJob
from groupdesk.ui.widgets.forms import explain_disabled


class BudgetLineDialog(FormDialog):
    #: The line as saved.
    saved = Signal(object)

    def __init__(
        self, context: AppContext, *, grant_id: str, currency: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.name(self.tr("New budget line"), self.tr("Save the budget line"))
        self.grant_id, self.currency = grant_id, currency
        self.category_edit = QLineEdit()
        self.category_edit.setPlaceholderText(self.tr("Equipment, Venue hire, Travel…"))
        self.errors.add("category", self.category_edit, self.tr("&Category"))
        self.description_edit = QLineEdit()
        self.errors.add("description", self.description_edit, self.tr("&What it covers"))
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(currency)
        self.errors.add(
            "amount", self.amount_edit, self.tr("&Amount ({currency})").format(currency=currency)
        )
        self.save_button.clicked.connect(self.save)
        for edit in (self.category_edit, self.amount_edit):
            edit.textChanged.connect(self._check)
        self._check()

    def _amount(self, problems: dict[str, str]) -> Money | None:
        return collect(
            problems,
            lambda: typed_amount(
                self.amount_edit, field="amount", currency=self.currency, locale=self.context.locale
            ),
        )

    def _check(self) -> None:
        problems: dict[str, str] = {}
        amount = self._amount(problems)
        self.errors.show(ValidationError(problems)) if problems else self.errors.clear()
        reason = next(iter(problems.values()), None)
        if reason is None and not self.category_edit.text().strip():
            reason = self.tr("Name the budget category")
        if reason is None and amount is None:
            reason = self.tr("Give the amount")
        explain_disabled(self.save_button, reason)

    def save(self) -> Op[BudgetLine] | None:
        problems: dict[str, str] = {}
        amount = self._amount(problems)
        if problems or amount is None:
            self.errors.show(ValidationError(problems))
            return None
        grant_id, category = self.grant_id, self.category_edit.text()
        description = self.description_edit.text()

        def work(job: OpJob) -> BudgetLine:
            return add_line(
                job.uow(),
                grant_id=grant_id,
                category=category,
                amount=amount,
                description=description,
            )

        return self.write(work, self._saved)

    def _saved(self, line: BudgetLine) -> None:
        self.saved.emit(line)
        self.accept()
