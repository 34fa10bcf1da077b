"""Adding or editing a grant the group seeks: title, funder, currency, the amounts requested and
awarded (kept apart), the deadline, the grant period, the person responsible, the funder's
reference and restrictions. A funder not in the list yet is added from here (the funder dialog,
over this one) and chosen at once, so a new application need not be started twice.

Each field is checked as it is typed (an amount below zero or unreadable, a day that is not
one, a period that ends before it starts) with the message beside it, and Save says why it
waits; the service checks everything again and nothing is saved when it refuses.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from groupdesk.errors import ValidationError
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.grants.funders import FunderData, FunderRow, list_funders
from groupdesk.services.grants.records import (
    GrantData,
    add_grant,
    default_currency,
    edit_grant,
    get_grant,
)
from groupdesk.services.grants.rules import checked_period
from groupdesk.services.members.choices import PersonChoice, active_people
from groupdesk.ui.context import AppContext
from groupdesk.ui.grants.fields import amount_text, collect, typed_amount, typed_date
from groupdesk.ui.grants.form_dialog import FormDialog
from groupdesk.ui.grants.funders_dialog import FunderDialog
from groupdesk.ui.meetings.tab import add_day_calendar, day_field_text
from groupdesk.ui.members.picker import MemberPicker
from groupdesk.ui.ops import Op, OpJob, QueryOp
from groupdesk.ui.widgets.forms import explain_disabled, set_text_lines

_DAYS = (
    ("deadline", QT_TRANSLATE_NOOP("GrantDialog", "Application &deadline")),
    ("period_start", QT_TRANSLATE_NOOP("GrantDialog", "Period st&arts")),
    ("period_end", QT_TRANSLATE_NOOP("GrantDialog", "Period &ends")),
)


class GrantDialog(FormDialog):
    #: The grant as saved.
    saved = Signal(object)

    def __init__(
        self, context: AppContext, *, grant_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.name(self.tr("Grant") if grant_id else self.tr("New grant"), self.tr("Save the grant"))
        self.grant_id = grant_id
        self.title_edit = QLineEdit()
        self.errors.add("title", self.title_edit, self.tr("&Title"))
        self.funder_combo = QComboBox()
        self.funder_combo.addItem(self.tr("No funder yet"), None)
        self.errors.add("funder_id", self.funder_combo, self.tr("&Funder"))
        self.new_funder_button = QPushButton(self.tr("New funder, not in the &list…"))
        self.new_funder_button.setAccessibleName(self.tr("New funder"))
        self.new_funder_button.clicked.connect(self.open_funder_dialog)
        self.funder_dialog: FunderDialog | None = None
        beside = QHBoxLayout()
        beside.addWidget(self.new_funder_button)
        beside.addStretch(1)
        self.form.addRow("", beside)
        self.currency_edit = QLineEdit()
        self.currency_edit.setMaxLength(3)
        self.currency_edit.setPlaceholderText("GBP")
        self.errors.add("currency", self.currency_edit, self.tr("C&urrency"))
        self.requested_edit = QLineEdit()
        self.errors.add("requested", self.requested_edit, self.tr("Amount &requested"))
        self.awarded_edit = QLineEdit()
        self.awarded_edit.setPlaceholderText(self.tr("once the funder decides"))
        self.errors.add("awarded", self.awarded_edit, self.tr("Amount a&warded"))
        self.day_edits: dict[str, QLineEdit] = {}
        for field, label in _DAYS:
            edit = QLineEdit()
            edit.setPlaceholderText(self.tr("YYYY-MM-DD"))
            self.errors.add(field, edit, self.tr(label))
            add_day_calendar(edit, context.locale)
            self.day_edits[field] = edit
        self.responsible_picker = MemberPicker(allow_none=self.tr("Nobody yet"))
        self.errors.add("responsible_id", self.responsible_picker, self.tr("Res&ponsible"))
        self.reference_edit = QLineEdit()
        self.errors.add("funder_reference", self.reference_edit, self.tr("Funder's refere&nce"))
        self.restrictions_edit = QPlainTextEdit()
        self.restrictions_edit.setTabChangesFocus(True)
        set_text_lines(self.restrictions_edit, 3)
        self.errors.add("restrictions", self.restrictions_edit, self.tr("Restr&ictions"))
        self.save_button.clicked.connect(self.save)
        for edit in (
            self.title_edit,
            self.currency_edit,
            self.requested_edit,
            self.awarded_edit,
            *self.day_edits.values(),
        ):
            edit.textChanged.connect(self._check)
        self._check()
        self.resize(560, 640)
        QueryOp(self, lambda job: list_funders(job.uow()), key="funders").on_success(
            self._show_funders
        ).run(context)
        QueryOp(self, lambda job: active_people(job.uow()), key="people").on_success(
            self._show_people
        ).run(context)
        if grant_id is None:
            QueryOp(self, lambda job: default_currency(job.uow()), key="currency").on_success(
                self._show_currency
            ).run(context)
        else:
            QueryOp(self, lambda job: get_grant(job.uow(), grant_id), key="grant").on_success(
                self.show_grant
            ).run(context)

    # Reading

    def _show_currency(self, currency: str) -> None:
        if not self.currency_edit.text():
            self.currency_edit.setText(currency)

    def _show_funders(self, funders: Sequence[FunderRow]) -> None:
        chosen = self.funder_combo.currentData()
        for funder in funders:
            if self.funder_combo.findData(funder.id) < 0:  # one just added here is there already
                self.funder_combo.addItem(funder.name, funder.id)
        self.funder_combo.setCurrentIndex(max(self.funder_combo.findData(chosen), 0))

    def open_funder_dialog(self) -> FunderDialog:
        """A new funder, chosen for this grant once saved."""
        dialog = FunderDialog(self.context, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._funder_added)
        dialog.finished.connect(lambda _code: setattr(self, "funder_dialog", None))
        self.funder_dialog = dialog
        dialog.open()
        return dialog

    def _funder_added(self, funder: FunderData) -> None:
        self.funder_combo.addItem(funder.name, funder.id)
        self.funder_combo.setCurrentIndex(self.funder_combo.count() - 1)
        self.funder_combo.setFocus()

    def _show_people(self, people: Sequence[PersonChoice]) -> None:
        chosen = self.responsible_picker.member_id()
        self.responsible_picker.set_people(people)
        self.responsible_picker.choose(chosen)

    def show_grant(self, grant: GrantData) -> None:
        self.title_edit.setText(grant.title)
        self.currency_edit.setText(grant.currency)
        for edit, amount in (
            (self.requested_edit, grant.requested),
            (self.awarded_edit, grant.awarded),
        ):
            edit.setText(amount_text(amount, self.context.locale))
        for field, edit in self.day_edits.items():
            day = getattr(grant, field)
            edit.setText(day_field_text(day, self.context.locale) if day else "")
        index = self.funder_combo.findData(grant.funder_id)
        if index < 0 and grant.funder_id is not None:
            self.funder_combo.addItem(grant.funder_name or "", grant.funder_id)
            index = self.funder_combo.count() - 1
        self.funder_combo.setCurrentIndex(max(index, 0))
        self.responsible_picker.choose(grant.responsible_id)
        self.reference_edit.setText(grant.funder_reference or "")
        self.restrictions_edit.setPlainText(grant.restrictions or "")
        self.setWindowTitle(grant.title)

    # Checking and saving

    def _values(self, problems: dict[str, str]) -> dict[str, object]:
        currency = self.currency_edit.text().strip().upper() or "GBP"
        locale = self.context.locale
        values: dict[str, object] = {
            "title": self.title_edit.text(),
            "currency": currency,
            "funder_id": self.funder_combo.currentData(),
            "responsible_id": self.responsible_picker.member_id(),
            "funder_reference": self.reference_edit.text(),
            "restrictions": self.restrictions_edit.toPlainText(),
        }
        for field, edit in (("requested", self.requested_edit), ("awarded", self.awarded_edit)):
            values[field] = collect(
                problems, partial(typed_amount, edit, field=field, currency=currency, locale=locale)
            )
        for field, edit in self.day_edits.items():
            values[field] = collect(problems, partial(typed_date, edit, field=field, locale=locale))
        if not problems:
            collect(problems, lambda: checked_period(values["period_start"], values["period_end"]))  # type: ignore[arg-type]
        return values

    def _check(self) -> None:
        """Each problem beside its field as it is typed, and why Save waits."""
        problems: dict[str, str] = {}
        try:
            self._values(problems)
        except ValidationError as problem:  # an unknown currency code
            problems.update(problem.errors)
        self.errors.show(ValidationError(problems)) if problems else self.errors.clear()
        reason = next(iter(problems.values()), None)
        if reason is None and not self.title_edit.text().strip():
            reason = self.tr("Give the grant a title")
        explain_disabled(self.save_button, reason)

    def save(self) -> Op[GrantData] | None:
        problems: dict[str, str] = {}
        try:
            values = self._values(problems)
        except ValidationError as problem:
            problems.update(problem.errors)
        if problems:
            self.errors.show(ValidationError(problems))
            return None
        grant_id = self.grant_id

        def work(job: OpJob) -> GrantData:
            if grant_id is None:
                return add_grant(job.uow(), values=values)
            return edit_grant(job.uow(), grant_id=grant_id, changes=values)

        return self.write(work, self._saved)

    def _saved(self, grant: GrantData) -> None:
        self.grant_id = grant.id
        self.saved.emit(grant)
        self.accept()
