"""The Grants page: the pipeline as one list grouped by state (the grants the group seeks, the
micro-grants it gives, or both), searched as you type, with each grant's money figures and the
totals per currency; beside it the chosen grant's detail in tabs.

Dialogs open without blocking (`open()`), and the page keeps the one it opened in
`active_dialog`, so keyboard users, screen readers and tests all reach the same widgets.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from datetime import date
from typing import Any, TypeVar

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from groupdesk.models.grants import GRANT_STATES, MICRO_GRANT_STATES
from groupdesk.money import Money
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.grants.figures import (
    GrantSummary,
    list_grant_figures,
    totals_by_currency,
)
from groupdesk.services.grants.records import GrantData
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import Formats
from groupdesk.ui.grants.detail import GrantDetail
from groupdesk.ui.grants.expense_dialog import ExpenseDialog
from groupdesk.ui.grants.form_dialog import CheckedFormDialog
from groupdesk.ui.grants.funders_dialog import FunderDialog, FundersDialog
from groupdesk.ui.grants.grant_dialog import GrantDialog
from groupdesk.ui.grants.line_dialog import BudgetLineDialog
from groupdesk.ui.grants.micro_grant_dialog import MicroGrantDialog
from groupdesk.ui.grants.payment_dialogs import MoneyDialog, PaymentDialog, TrancheDialog
from groupdesk.ui.grants.pipeline_model import PipelineModel
from groupdesk.ui.grants.report_dialogs import OutcomeDialog, ProgressDialog, ReportDialog
from groupdesk.ui.grants.tab import GrantTab
from groupdesk.ui.meetings.rows_model import show_rows
from groupdesk.ui.pages.base import Page
from groupdesk.ui.widgets.bidi import select_row
from groupdesk.ui.widgets.empty_state import EmptyState
from groupdesk.ui.widgets.row_heights import fit_rows_in_sight
from groupdesk.ui.words import GRANTS, word

DialogT = TypeVar("DialogT", bound=QDialog)
MoneyDialogT = TypeVar("MoneyDialogT", bound=MoneyDialog)
CheckedDialogT = TypeVar("CheckedDialogT", bound=CheckedFormDialog)
#: Every state, in pipeline order: a grant sought's, then a micro-grant's not met before.
STATE_ORDER = GRANT_STATES + tuple(s for s in MICRO_GRANT_STATES if s not in GRANT_STATES)


#: Before a decision the application deadline matters; once awarded, when the period ends.
DEADLINE_STATES = frozenset({"prospect", "drafting", "submitted", "applied"})
ENDING_STATES = frozenset({"awarded", "active", "reporting", "approved"})


def _amount_shown(grant: GrantSummary) -> tuple[Money | None, bool]:
    """The Amount column's amount: what was awarded, else what was asked (and that it was)."""
    if grant.awarded is not None or grant.row.requested is None:
        return grant.awarded, False
    return grant.row.requested, True


def _spent_shown(grant: GrantSummary) -> Money | None:
    """The Spent column's amount: none ("—") until something is awarded or spent."""
    return grant.spent if grant.awarded is not None or grant.spent.amount else None


def _size(amount: Money | None, asked: bool = False) -> tuple[Hashable, int]:
    """An amount's kind (its currency, sign and "asked") and size (its digits): a column is
    measured on the amounts with most digits of each kind, each written as it is shown."""
    if amount is None:
        return None, 0
    return (amount.currency, amount.amount < 0, asked), len(str(abs(amount.minor_units)))


def _day_size(day: date | None) -> tuple[Hashable, int]:
    """A day's kind (its month, whose name sets most of its width) and size (the day)."""
    return (None, 0) if day is None else (day.month, day.day)


def _next_day(grant: GrantSummary) -> date | None:
    row = grant.row
    if row.state in DEADLINE_STATES:
        return row.deadline
    return row.period_end if row.state in ENDING_STATES else None


class GrantsPage(Page):
    key, title = "grants", "Grants"
    guide = QT_TRANSLATE_NOOP(
        "Guide",
        "Grants keeps each grant from application to final report: its funder, budget lines, "
        "expenses and deadlines. Start with the New button (Ctrl+N), then add the grant's "
        "budget lines and record expenses against them as the money is spent.",
    )
    areas = frozenset({"grants", "members", "settings"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.active_dialog: QDialog | None = None
        self.chosen_id: str | None = None
        self.grants: PipelineModel[GrantSummary] = PipelineModel(
            [
                self.tr("Grant"),
                self.tr("Funder or member"),
                self.tr("Amount"),
                self.tr("Spent"),
                self.tr("Remaining"),
                self.tr("Due or ends"),
            ],
            self._describe,
            lambda grant: grant.row.state,
            STATE_ORDER,
            lambda state, count: self.tr("{state} · {count}").format(
                state=word(GRANTS, state).capitalize(), count=count
            ),
            sizes={
                2: lambda grant: _size(*_amount_shown(grant)),
                3: lambda grant: _size(_spent_shown(grant)),
                4: lambda grant: _size(grant.remaining),
                5: lambda grant: _day_size(_next_day(grant)),
            },
        )
        heading = QLabel(self.page_title())
        heading.setObjectName("pageHeading")
        self.new_button = QPushButton()
        self.new_button.setObjectName("primary")
        self.new_button.clicked.connect(self.open_new_dialog)
        QShortcut(QKeySequence.StandardKey.New, self, self.open_new_dialog)
        header = QHBoxLayout()
        header.addWidget(heading)
        header.addWidget(self.loading_label)
        header.addStretch(1)
        header.addWidget(self.new_button)

        filters = QHBoxLayout()
        self.direction_combo = QComboBox()
        self.direction_combo.addItem(self.tr("Grants we seek"), "incoming")
        self.direction_combo.addItem(self.tr("Micro-grants we give"), "outgoing")
        self.direction_combo.addItem(self.tr("All grants"), None)
        self.direction_combo.currentIndexChanged.connect(self._direction_changed)
        self._labelled(self.tr("&Show:"), self.direction_combo, filters)
        self._name_new_button()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search titles, funders, people… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._search)
        self._labelled(self.tr("Sea&rch:"), self.search_edit, filters)
        self.search_edit.setAccessibleName(self.tr("Search grants"))
        QShortcut(QKeySequence.StandardKey.Find, self, self.search_edit.setFocus)
        self.search_edit.returnPressed.connect(self._focus_list)

        self.view = show_rows(QTableView(), self.grants, self.tr("Grants by state"), (0, 1))
        self.view.setWordWrap(True)
        # Every row as tall as its wrapped words at the columns' final widths (a title cut to
        # 'Community garden …' once the stretching columns settled in Spanish), measured as it
        # comes into sight: measuring every row held the GUI thread.
        fit_rows_in_sight(self.view)
        self.grants.modelReset.connect(self._span_headings)
        self.view.selectionModel().selectionChanged.connect(self._chosen)
        self.totals_label = QLabel()
        self.totals_label.setAccessibleName(self.tr("Totals per currency"))
        self.totals_label.setWordWrap(True)
        self.empty_label = EmptyState(
            self.view, self._explain_empty, self.tr("Add the first grant…"), self.open_new_dialog
        )
        listing = QWidget()
        list_layout = QVBoxLayout(listing)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(filters)
        list_layout.addWidget(self.view, 1)
        list_layout.addWidget(self.totals_label)
        self.detail = GrantDetail(context, self)
        self.detail.overview.edit_requested.connect(self.open_edit_dialog)
        self.detail.overview.funders_requested.connect(self.open_funders_dialog)
        self.detail.expenses.add_requested.connect(self.open_expense_dialog)
        self.detail.budget.add_requested.connect(self.open_line_dialog)
        self.detail.payments.payment_requested.connect(
            lambda grant_id: self.open_money_dialog(PaymentDialog, grant_id)
        )
        self.detail.payments.tranche_requested.connect(
            lambda grant_id: self.open_money_dialog(TrancheDialog, grant_id)
        )
        reports = self.detail.reports
        reports.report_requested.connect(
            lambda grant_id: self.open_for(ReportDialog(context, grant_id=grant_id), reports)
        )
        reports.outcome_requested.connect(
            lambda grant_id: self.open_for(OutcomeDialog(context, grant_id=grant_id), reports)
        )
        reports.progress_requested.connect(
            lambda outcome: self.open_for(ProgressDialog(context, outcome=outcome), reports)
        )
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(listing)
        self.splitter.addWidget(self.detail)
        # The detail as wide as its overview needs; the room a wider window adds goes to the
        # list, whose six columns scrolled sideways beside a half-page detail.
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([1000, self.detail.overview.comfortable_width()])
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.splitter, 1)

    def _direction_changed(self) -> None:
        self._name_new_button()
        self.refresh()

    def _name_new_button(self) -> None:
        """New… adds what the page shows: a micro-grant while it shows those the group gives."""
        giving = self.direction_combo.currentData() == "outgoing"
        if giving:
            self.new_button.setText(self.tr("&New micro-grant…"))
            self.new_button.setAccessibleName(self.tr("New micro-grant"))
            self.new_button.setToolTip(
                self.tr("A member applies for money for their project (Ctrl+N)")
            )
        else:
            self.new_button.setText(self.tr("&New grant…"))
            self.new_button.setAccessibleName(self.tr("New grant"))
            self.new_button.setToolTip(self.tr("A grant the group seeks, as a prospect (Ctrl+N)"))

    def _labelled(self, text: str, widget: QWidget, row: QHBoxLayout) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        row.addWidget(label)
        row.addWidget(widget)

    # Reading

    def refresh(self) -> None:
        direction = self.direction_combo.currentData()
        self.load(lambda job: list_grant_figures(job.uow(), direction=direction), self._show)

    def _show(self, found: Sequence[GrantSummary]) -> None:
        self.grants.set_records(found)
        self._show_totals(found)
        self.empty_label.loaded()
        if self.chosen_id not in {grant.row.id for grant in found}:
            self.chosen_id = None  # deleted, or not of the grants shown
            self.detail.set_grant(None)
        elif self.chosen_id is not None:
            self.detail.set_grant(self.chosen_id)  # changed elsewhere: an undo, a sync
        self._select_chosen(first=True)

    def _explain_empty(self) -> tuple[str, bool]:
        """What the empty list says: how to see hidden grants, or what the list is for."""
        if self.search_edit.text().strip():
            return self.tr("No grant matches the search. Clear it to see them all."), False
        if self.direction_combo.currentData() == "outgoing":
            text = self.tr(
                "Micro-grants the group gives to members' projects: the request, the decision, "
                "the payment and the report back. None yet (Ctrl+N)."
            )
        else:
            text = self.tr(
                "Follow each grant here from first idea to final report: its budget, the money "
                "received and spent with receipts, and what the funder asks back. None yet "
                "(Ctrl+N)."
            )
        return text, True

    def print_report(self) -> bool:
        """Ctrl+P: the chosen grant's funder report (the grant still to choose when none is)."""
        self.context.open_report("grant", self.chosen_id or "")
        return True

    def _select_chosen(self, *, first: bool = False) -> None:
        """Select the chosen grant in the list (with `first`, the first grant if none is)."""
        row = self.grants.row_of(lambda grant: grant.row.id == self.chosen_id)
        if row is None and first and self.chosen_id is None:
            row = next(
                (r for r in range(self.grants.rowCount()) if not self.grants.is_heading(r)), None
            )
        if row is not None:
            select_row(self.view, row)
            self.view.scrollTo(self.grants.index(row, 0))

    def _show_totals(self, found: Sequence[GrantSummary]) -> None:
        formats = Formats(self.context.locale)
        lines = [
            (
                self.tr(
                    "{currency}: 1 grant · awarded {awarded} · spent {spent} · "
                    "remaining {remaining}"
                )
                if total.grants == 1
                else self.tr(
                    "{currency}: {count} grants · awarded {awarded} · spent {spent} · "
                    "remaining {remaining}"
                )
            ).format(
                currency=total.currency,
                count=total.grants,
                awarded=formats.money(total.awarded),
                spent=formats.money(total.spent),
                remaining=formats.money(total.remaining),
            )
            for total in totals_by_currency(found)
        ]
        self.totals_label.setText("\n".join(lines))

    def _describe(self, grant: GrantSummary) -> list[str]:
        formats = Formats(self.context.locale)

        def money(amount: Money | None) -> str:
            return formats.money(amount) if amount is not None else "—"

        amount, asked = _amount_shown(grant)
        return [
            grant.row.title,
            grant.counterpart,
            self.tr("{amount} asked").format(amount=money(amount)) if asked else money(amount),
            money(_spent_shown(grant)),
            money(grant.remaining),
            formats.day(_next_day(grant)),
        ]

    def _span_headings(self) -> None:
        """Each heading across the whole row (the rows' heights follow their contents)."""
        self.view.clearSpans()
        for row in range(self.grants.rowCount()):
            if self.grants.is_heading(row):
                self.view.setSpan(row, 0, 1, self.grants.columnCount())

    def _search(self, text: str) -> None:
        self.grants.set_search(text)
        self.empty_label.setVisible(not self.grants.records())
        self._select_chosen()

    def _focus_list(self) -> None:
        """Enter in the search box goes to the first grant found."""
        row = next(
            (r for r in range(self.grants.rowCount()) if not self.grants.is_heading(r)), None
        )
        if row is not None:
            self.view.setFocus()
            select_row(self.view, row)

    def _chosen(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        grant = self.grants.record(rows[0].row()) if rows else None
        if grant is not None and grant.row.id != self.chosen_id:
            self.chosen_id = grant.row.id
            self.detail.set_grant(grant.row.id)

    def open_record(self, record_id: str, record: str = "") -> Any:
        """Show the grant `record_id` (what a dashboard line opens); a search hit's expense
        opens its grant on the Expenses tab, a funder its own dialog."""
        if record == "funder":
            return self._open_dialog(FunderDialog(self.context, funder_id=record_id, parent=self))
        self.chosen_id = record_id
        self.direction_combo.setCurrentIndex(self.direction_combo.findData(None))
        self.detail.set_grant(record_id)
        if record == "expense":
            self.detail.show_tab(self.detail.expenses)
        self.refresh()
        return self.detail

    # Dialogs

    def open_new_dialog(self) -> GrantDialog | MicroGrantDialog:
        """A new grant the group seeks, or a micro-grant while the page shows those it gives."""
        if self.direction_combo.currentData() == "outgoing":
            dialog = MicroGrantDialog(self.context, self)
            dialog.saved.connect(self._saved)
            return self._open_dialog(dialog)
        return self.open_edit_dialog(None)

    def open_edit_dialog(self, grant_id: str | None) -> GrantDialog:
        dialog = GrantDialog(self.context, grant_id=grant_id, parent=self)
        dialog.saved.connect(self._saved)
        return self._open_dialog(dialog)

    def open_funders_dialog(self) -> FundersDialog:
        """The funders list; the chosen grant's overview shows a funder's new name once the
        write is announced."""
        return self._open_dialog(FundersDialog(self.context, self))

    def _currency(self, grant_id: str) -> str | None:
        grant = next((g for g in self.grants.records() if g.row.id == grant_id), None)
        return grant.currency if grant is not None else None

    def open_line_dialog(self, grant_id: str) -> BudgetLineDialog | None:
        currency = self._currency(grant_id)
        if currency is None:
            return None
        dialog = BudgetLineDialog(self.context, grant_id=grant_id, currency=currency, parent=self)
        dialog.saved.connect(lambda _line: self.detail.budget.reload())
        return self._open_dialog(dialog)

    def open_expense_dialog(self, grant_id: str) -> ExpenseDialog | None:
        currency = self._currency(grant_id)
        if currency is None:
            return None
        dialog = ExpenseDialog(self.context, grant_id=grant_id, currency=currency, parent=self)
        dialog.saved.connect(lambda _saved: self.detail.expenses.reload())
        return self._open_dialog(dialog)

    def open_money_dialog(self, kind: type[MoneyDialogT], grant_id: str) -> MoneyDialogT | None:
        """A payment or tranche dialog for the grant; its tab reloads once it is saved."""
        currency = self._currency(grant_id)
        if currency is None:
            return None
        dialog = kind(self.context, grant_id=grant_id, currency=currency)
        return self.open_for(dialog, self.detail.payments)

    def open_for(self, dialog: CheckedDialogT, tab: GrantTab) -> CheckedDialogT:
        """Open a dialog adding to the chosen grant; `tab` reloads once it is saved."""
        dialog.setParent(self, dialog.windowFlags())
        dialog.saved.connect(lambda _saved: tab.reload())
        return self._open_dialog(dialog)

    def _open_dialog(self, dialog: DialogT) -> DialogT:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code: setattr(self, "active_dialog", None))
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def _saved(self, grant: GrantData) -> None:
        """Show the grant just saved (the page reloads when the dialog's write is announced)."""
        self.chosen_id = grant.id
        if grant.direction != self.direction_combo.currentData():
            self.direction_combo.setCurrentIndex(self.direction_combo.findData(grant.direction))
        self.detail.set_grant(grant.id)
