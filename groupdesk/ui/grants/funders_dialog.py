"""The group's funders, opened from a grant's overview ("Funders…"): the list with how many
grants were sought from each and awarded, and a funder added or edited (name, kind, contact
person, email, website, notes), an existing one with its history of grants with the group
(title, state, awarded, period), so the next application can say what came before. A refusal
of the service (no name, an email that is not one) shows beside its field and nothing is
saved."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from groupdesk.models.grants import FUNDER_KINDS
from groupdesk.services.grants.funders import (
    FUNDER_FIELDS,
    FunderData,
    FunderGrant,
    FunderRow,
    add_funder,
    edit_funder,
    funder_history,
    get_funder,
    list_funders,
)
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import Formats
from groupdesk.ui.grants.form_dialog import CheckedFormDialog
from groupdesk.ui.grants.record_tabs import choose_record, chosen_record
from groupdesk.ui.ops import OpJob, QueryOp
from groupdesk.ui.widgets.forms import explain_disabled, set_text_lines
from groupdesk.ui.widgets.record_tables import fill_table, record_table
from groupdesk.ui.words import GRANTS, word


class FunderDialog(CheckedFormDialog):
    def __init__(
        self, context: AppContext, *, funder_id: str | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.name(
            self.tr("Funder") if funder_id else self.tr("New funder"), self.tr("Save the funder")
        )
        self.funder_id = funder_id
        self.name_edit = QLineEdit()
        self.errors.add("name", self.name_edit, self.tr("&Name"))
        self.kind_combo = QComboBox()
        for kind in FUNDER_KINDS:
            self.kind_combo.addItem(word(GRANTS, kind).capitalize(), kind)
        self.errors.add("kind", self.kind_combo, self.tr("&Kind"))
        self.contact_edit = QLineEdit()
        self.errors.add("contact_person", self.contact_edit, self.tr("&Contact person"))
        self.email_edit = QLineEdit()
        self.errors.add("email", self.email_edit, self.tr("&Email"))
        self.website_edit = QLineEdit()
        self.errors.add("website", self.website_edit, self.tr("&Website"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setTabChangesFocus(True)
        set_text_lines(self.notes_edit, 3)
        self.errors.add("notes", self.notes_edit, self.tr("N&otes"))
        self.resize(460, 380)
        self.watch(self.name_edit.textChanged)
        self.history_table: QTableWidget | None = None
        if funder_id is not None:
            self._add_history()
            QueryOp(self, lambda job: get_funder(job.uow(), funder_id), key="funder").on_success(
                self.show_funder
            ).run(context)
            QueryOp(
                self, lambda job: funder_history(job.uow(), funder_id), key="history"
            ).on_success(self._show_history).run(context)

    def _add_history(self) -> None:
        """The funder's grants with the group, under the form (a new funder has none)."""
        self.history_table = record_table(
            (self.tr("Grant"), self.tr("State"), self.tr("Awarded"), self.tr("Period")),
            self.tr("Grants with the group"),
        )
        caption = QLabel(self.tr("&Grants with the group:"))
        caption.setBuddy(self.history_table)
        layout = cast(QVBoxLayout, self.layout())
        layout.insertWidget(1, caption)
        layout.insertWidget(2, self.history_table, 1)
        self.resize(620, 600)

    def _show_history(self, grants: Sequence[FunderGrant]) -> None:
        assert self.history_table is not None
        formats = Formats(self.context.locale)

        def period(grant: FunderGrant) -> str:
            if grant.period_start is None and grant.period_end is None:
                return ""
            return self.tr("{start} to {end}").format(
                start=formats.day(grant.period_start), end=formats.day(grant.period_end)
            )

        rows = [
            (
                grant.title,
                word(GRANTS, grant.state).capitalize(),
                formats.money(grant.awarded) if grant.awarded is not None else "—",
                period(grant),
            )
            for grant in grants
        ]
        if not rows:
            rows = [(self.tr("No grants sought from this funder yet."), "", "", "")]
        fill_table(self.history_table, rows, self.width())

    def show_funder(self, funder: FunderData) -> None:
        self.setWindowTitle(funder.name)
        self.name_edit.setText(funder.name)
        self.kind_combo.setCurrentIndex(max(self.kind_combo.findData(funder.kind), 0))
        self.contact_edit.setText(funder.contact_person or "")
        self.email_edit.setText(funder.email or "")
        self.website_edit.setText(funder.website or "")
        self.notes_edit.setPlainText(funder.notes or "")

    def read(self, problems: dict[str, str]) -> dict[str, Any]:
        values = {
            "name": self.name_edit.text(),
            "kind": self.kind_combo.currentData(),
            "contact_person": self.contact_edit.text(),
            "email": self.email_edit.text(),
            "website": self.website_edit.text(),
            "notes": self.notes_edit.toPlainText(),
        }
        assert set(values) == set(FUNDER_FIELDS)
        return values

    def missing(self, values: dict[str, Any]) -> str | None:
        return self.tr("Name the funder") if not values["name"].strip() else None

    def work(self, values: dict[str, Any]) -> Callable[[OpJob], object]:
        funder_id = self.funder_id
        if funder_id is None:
            return lambda job: add_funder(job.uow(), values=values)
        return lambda job: edit_funder(job.uow(), funder_id=funder_id, changes=values)


class FundersDialog(QDialog):
    """The funders list, with New funder… and Edit funder…; the dialog it opened stays in
    `active_dialog`, so keyboard users, screen readers and tests reach the same widgets."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Funders"))
        self.setAccessibleName(self.tr("Funders"))
        self.active_dialog: FunderDialog | None = None
        self.funders: list[FunderRow] = []
        self.table = record_table(
            (
                self.tr("Funder"),
                self.tr("Kind"),
                self.tr("Sought"),
                self.tr("Awarded"),
                self.tr("Contact"),
                self.tr("Email"),
            ),
            self.tr("Funders"),
        )
        caption = QLabel(self.tr("&Funders:"))
        caption.setBuddy(self.table)
        self.new_button = QPushButton(self.tr("&New funder…"))
        self.new_button.setAccessibleName(self.tr("New funder"))
        self.new_button.clicked.connect(self.open_new_dialog)
        self.edit_button = QPushButton(self.tr("&Edit funder…"))
        self.edit_button.setAccessibleName(self.tr("Edit the chosen funder"))
        self.edit_button.clicked.connect(self.open_edit_dialog)
        self.table.itemSelectionChanged.connect(self._check)
        self.table.doubleClicked.connect(lambda _index: self.open_edit_dialog())
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(caption)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.resize(860, 460)
        self._check()
        self.reload()

    def reload(self) -> None:
        QueryOp(self, lambda job: list_funders(job.uow()), key="funders").on_success(
            self._show
        ).run(self.context)

    def _show(self, funders: Sequence[FunderRow]) -> None:
        chosen = self.chosen()
        self.funders = list(funders)
        fill_table(
            self.table,
            [
                (
                    funder.name,
                    word(GRANTS, funder.kind).capitalize(),
                    str(funder.grants),
                    str(funder.awarded),
                    funder.contact_person or "",
                    funder.email or "",
                )
                for funder in funders
            ],
            self.width(),
        )
        choose_record(self.table, self.funders, chosen)
        self._check()

    def chosen(self) -> FunderRow | None:
        return chosen_record(self.table, self.funders)

    def _check(self) -> None:
        explain_disabled(
            self.edit_button, None if self.chosen() else self.tr("Choose a funder in the list")
        )

    def open_new_dialog(self) -> FunderDialog:
        return self._open(None)

    def open_edit_dialog(self) -> FunderDialog | None:
        funder = self.chosen()
        return self._open(funder.id) if funder is not None else None

    def _open(self, funder_id: str | None) -> FunderDialog:
        dialog = FunderDialog(self.context, funder_id=funder_id, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _funder: self.reload())
        dialog.finished.connect(lambda _code: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog
