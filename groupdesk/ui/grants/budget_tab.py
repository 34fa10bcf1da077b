"""Budget against actual: each budget line with its budget, what was spent on it, what remains
and a bar of the share spent (red past the line's amount), the grant's totals, and what needs
a look — lines over-spent (by how much), expenses on no line, spending outside the period."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QLabel, QTableView, QVBoxLayout, QWidget

from groupdesk.services.grants.figures import GrantFigures, LineFigures, grant_figures
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.grants.bar_delegate import SHARE_ROLE, SpentBarDelegate
from groupdesk.ui.grants.rows import RichRowsModel
from groupdesk.ui.grants.tab import GrantTab
from groupdesk.ui.meetings.rows_model import show_rows
from groupdesk.ui.ops import QueryOp
from groupdesk.ui.palette import colours

BAR_COLUMN = 4


def _share(line: LineFigures) -> float:
    if line.budget.amount == 0:
        return 1.0 if line.spent.amount > 0 else 0.0
    return float(line.spent.amount / line.budget.amount)


class BudgetTab(GrantTab):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.figures: GrantFigures | None = None
        self.model: RichRowsModel[LineFigures] = RichRowsModel(
            [
                self.tr("Line"),
                self.tr("Budget"),
                self.tr("Spent"),
                self.tr("Remaining"),
                self.tr("Spent of budget"),
            ],
            self._describe,
            self._extra,
        )
        self.view = show_rows(
            QTableView(), self.model, self.tr("Budget against actual"), BAR_COLUMN
        )
        self.view.setItemDelegateForColumn(BAR_COLUMN, SpentBarDelegate(self.view))
        self.totals_label = QLabel()
        self.totals_label.setObjectName("cardTitle")
        self.totals_label.setAccessibleName(self.tr("Totals"))
        self.totals_label.setWordWrap(True)
        self.flags_label = QLabel()
        self.flags_label.setAccessibleName(self.tr("What needs a look"))
        self.flags_label.setWordWrap(True)
        self.flags_label.setTextFormat(Qt.TextFormat.PlainText)
        self.add_button = self.add_button_for(
            self.tr("Add budget &line…"), self.tr("Add budget line")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.flags_label)

    def reload(self) -> None:
        grant_id = self.grant_id
        assert grant_id is not None
        QueryOp(
            self, lambda job: grant_figures(job.uow(), grant_id=grant_id), key="figures"
        ).on_success(self.show_figures).run(self.context)

    def show_figures(self, figures: GrantFigures) -> None:
        self.figures = figures
        self.model.set_records(figures.lines)
        self.totals_label.setText(
            self.tr(
                "Budget {budget} · Awarded {awarded} · Received {received}\n"
                "Spent {spent} · Committed {committed} · Remaining {remaining}"
            ).format(
                budget=self.money(figures.budget),
                awarded=self.money(figures.awarded),
                received=self.money(figures.received),
                spent=self.money(figures.spent),
                committed=self.money(figures.committed),
                remaining=self.money(figures.remaining),
            )
        )
        self.flags_label.setText("\n".join(self._flags(figures)))

    def _flags(self, figures: GrantFigures) -> list[str]:
        day = self.formats.day
        flags = [
            isolated_once(
                self.tr("{line} is over-spent by {over}.").format(
                    line=isolate(line.category), over=self.money(line.over)
                )
            )
            for line in figures.over_spent
        ]
        flags += [
            isolated_once(
                self.tr("On no budget line: {day}, {payee}, {amount}.").format(
                    day=day(expense.spent_on),
                    payee=isolate(expense.payee),
                    amount=self.money(expense.amount),
                )
            )
            for expense in figures.no_line
        ]
        flags += [
            isolated_once(
                self.tr("Outside the grant period: {day}, {payee}, {amount}.").format(
                    day=day(expense.spent_on),
                    payee=isolate(expense.payee),
                    amount=self.money(expense.amount),
                )
            )
            for expense in figures.outside_period
        ]
        return flags or [self.tr("Every expense is on a line, within the period and the budget.")]

    def _describe(self, line: LineFigures) -> list[str]:
        share = Decimal(str(round(_share(line), 4)))
        return [
            line.category,
            self.money(line.budget),
            self.money(line.spent),
            self.money(line.remaining),
            self.formats.percent(share),
        ]

    def _extra(self, line: LineFigures, column: int, role: int) -> Any:
        if role == SHARE_ROLE and column == BAR_COLUMN:
            return _share(line)
        if role == Qt.ItemDataRole.TextAlignmentRole and 1 <= column <= 3:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and column in (2, 3) and line.over is not None:
            return QBrush(QColor(colours().error))
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = line.description or ""
            if line.over is not None:
                over = self.tr("Over-spent by {over}").format(over=self.money(line.over))
                tip = f"{tip}\n{over}".strip()
            return tip or None
        return None
