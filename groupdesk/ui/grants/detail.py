"""The detail of the chosen grant, in tabs: overview, budget against actual, payments, expenses
with their receipts, reimbursements, reports and outcomes, and history. Each tab reads its own
part when it is shown, so choosing a grant reads only the tab in front."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QTabWidget, QVBoxLayout, QWidget

from groupdesk.services.history import HistoryEvent, record_history
from groupdesk.services.members.choices import PersonChoice, active_people
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import moment_text
from groupdesk.ui.grants.budget_tab import BudgetTab
from groupdesk.ui.grants.claims_tab import ReimbursementsTab
from groupdesk.ui.grants.expenses_tab import ExpensesTab
from groupdesk.ui.grants.overview_tab import OverviewTab
from groupdesk.ui.grants.payments_tab import PaymentsTab
from groupdesk.ui.grants.reports_tab import ReportsTab
from groupdesk.ui.grants.tab import GrantTab
from groupdesk.ui.ops import QueryOp
from groupdesk.ui.widgets.record_tables import (
    fill_table,
    history_headers,
    history_rows,
    record_table,
)


class HistoryTab(GrantTab):
    """Every save of the grant and of what is recorded under it, newest first."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.table = record_table(history_headers(), self.tr("History of the grant"))
        QVBoxLayout(self).addWidget(self.table)

    def reload(self) -> None:
        grant_id = self.grant_id
        assert grant_id is not None
        QueryOp(
            self,
            lambda job: record_history(job.uow(), table="grants", row_id=grant_id, limit=500),
            key="history",
        ).on_success(self._show).run(self.context)

    def _show(self, events: list[HistoryEvent]) -> None:
        locale = self.context.locale
        rows = history_rows(events, lambda at: moment_text(at, locale), self.formats.day, locale)
        fill_table(self.table, rows, self.width())


def _scrolling(tab: GrantTab) -> QScrollArea:
    """A tab in a scroll area: the page fits a small window, a tab scrolling when it must."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the tab's own fields
    scroll.setWidget(tab)
    return scroll


class GrantDetail(QTabWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setAccessibleName(self.tr("Grant details"))
        self.setStyleSheet("QTabBar::tab { padding: 5px 9px; }")
        self.overview = OverviewTab(context, self)
        self.budget = BudgetTab(context, self)
        self.payments = PaymentsTab(context, self)
        self.expenses = ExpensesTab(context, self)
        self.reimbursements = ReimbursementsTab(context, self)
        self.reports = ReportsTab(context, self)
        self.history = HistoryTab(context, self)
        self.tabs: list[GrantTab] = [
            self.overview,
            self.budget,
            self.payments,
            self.expenses,
            self.reimbursements,
            self.reports,
            self.history,
        ]
        for tab, title in zip(
            self.tabs,
            (
                self.tr("&Overview"),
                self.tr("&Budget vs actual"),
                self.tr("Pa&yments"),
                self.tr("E&xpenses"),
                self.tr("Reimb&ursements"),
                self.tr("Re&ports"),
                self.tr("&History"),
            ),
            strict=True,
        ):
            self.addTab(_scrolling(tab), title)
        self.set_grant(None)
        # One read of the members to choose from, for both tabs that choose one (who decides
        # a step, who decides a claim), when the first of them is shown: most grants never
        # show either, and the read took 0.33 s of the page's opening at 100,000 members.
        self._people_asked = False
        self.overview.move_box.decider_picker.needed.connect(self._read_people)
        self.reimbursements.decider_picker.needed.connect(self._read_people)

    def _read_people(self) -> None:
        if not self._people_asked:
            self._people_asked = True
            QueryOp(self, lambda job: active_people(job.uow()), key="people").on_success(
                self._show_people
            ).run(self.context)

    def _show_people(self, people: Sequence[PersonChoice]) -> None:
        self.overview.move_box.set_people(people)
        self.reimbursements.set_people(people)

    def show_tab(self, tab: GrantTab) -> None:
        """Bring `tab` to the front (each sits in a scroll area of its own)."""
        for index in range(self.count()):
            scroll = self.widget(index)
            if isinstance(scroll, QScrollArea) and scroll.widget() is tab:
                self.setCurrentIndex(index)

    def current_tab(self) -> GrantTab | None:
        scroll = self.currentWidget()
        tab = scroll.widget() if isinstance(scroll, QScrollArea) else None
        return tab if isinstance(tab, GrantTab) else None

    def set_grant(self, grant_id: str | None) -> None:
        """Show a grant (None: nothing chosen, every tab disabled but the overview, which
        says to choose one: a disabled heading was grey on grey)."""
        for tab in self.tabs:
            tab.setEnabled(grant_id is not None or tab is self.overview)
            tab.set_grant(grant_id)
