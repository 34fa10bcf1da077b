"""A member applies for a micro-grant the group gives: the applicant (chosen as in the meeting
editor, by typing part of a name), the project's title, what the money is for and the amount
asked, in the group's currency unless another is chosen (a member's project abroad, a grant
given in the funder's money). An amount below zero or unreadable, or a currency code that is not
one, shows beside its field as it is typed and Save waits; the service checks again (an
applicant who is not a member, no purpose) and nothing is saved when it refuses."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QWidget

from groupdesk.money import check_currency
from groupdesk.services.grants.micro_grants import apply_for_micro_grant
from groupdesk.services.group_values import FALLBACK_DEFAULTS
from groupdesk.services.members.choices import PersonChoice, active_people
from groupdesk.ui.context import AppContext
from groupdesk.ui.grants.fields import collect, money_owed
from groupdesk.ui.grants.form_dialog import CheckedFormDialog
from groupdesk.ui.members.picker import MemberPicker
from groupdesk.ui.ops import OpJob, QueryOp
from groupdesk.ui.widgets.forms import set_text_lines


class MicroGrantDialog(CheckedFormDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.name(self.tr("New micro-grant"), self.tr("Save the application"))
        group = context.group
        self.group_currency = group.currency if group is not None else FALLBACK_DEFAULTS[1]
        self.applicant_picker = MemberPicker()
        typed = self.applicant_picker.lineEdit()
        assert typed is not None  # the picker is editable
        typed.setPlaceholderText(self.tr("type part of a name"))
        self.errors.add("applicant_id", self.applicant_picker, self.tr("&Applicant"))
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("the member's project"))
        self.errors.add("title", self.title_edit, self.tr("&Project"))
        self.purpose_edit = QPlainTextEdit()
        self.purpose_edit.setTabChangesFocus(True)
        set_text_lines(self.purpose_edit, 3)
        self.errors.add("purpose", self.purpose_edit, self.tr("&What the money is for"))
        self.currency_edit = QLineEdit(self.group_currency)
        self.currency_edit.setMaxLength(3)
        self.errors.add("currency", self.currency_edit, self.tr("C&urrency"))
        self.amount_edit = QLineEdit()
        self.amount_edit.setPlaceholderText(self.group_currency)
        self.errors.add("amount", self.amount_edit, self.tr("Amount as&ked"))
        self.resize(480, 340)
        self.watch(
            self.applicant_picker.currentTextChanged,
            self.title_edit.textChanged,
            self.purpose_edit.textChanged,
            self.currency_edit.textChanged,
            self.amount_edit.textChanged,
        )
        QueryOp(self, lambda job: active_people(job.uow()), key="people").on_success(
            self._show_people
        ).run(context)

    def _show_people(self, people: Sequence[PersonChoice]) -> None:
        self.applicant_picker.set_people(people)

    def read(self, problems: dict[str, str]) -> dict[str, Any]:
        locale = self.context.locale
        currency = collect(problems, lambda: check_currency(self.currency_edit.text()))
        self.amount_edit.setPlaceholderText(currency or "")
        return {
            "applicant_id": self.applicant_picker.member_id(),
            "title": self.title_edit.text(),
            "purpose": self.purpose_edit.toPlainText(),
            "amount": money_owed(problems, self.amount_edit, currency=currency, locale=locale)
            if currency is not None
            else None,
        }

    def missing(self, values: dict[str, Any]) -> str | None:
        if values["applicant_id"] is None:
            return self.tr("Choose the member who applies")
        if not values["title"].strip():
            return self.tr("Give the project a title")
        if not values["purpose"].strip():
            return self.tr("Say what the money is for")
        return self.tr("Give the amount asked") if values["amount"] is None else None

    def work(self, values: dict[str, Any]) -> Callable[[OpJob], object]:
        return lambda job: apply_for_micro_grant(job.uow(), **values)
