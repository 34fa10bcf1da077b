"""The dashboard: what the group looks like now and what needs attention."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from groupdesk.services.dashboard import DashboardSummary, dashboard_summary
from groupdesk.ui.context import AppContext
from groupdesk.ui.pages.base import Page


class Card(QFrame):
    """A titled box with a big figure and a line of explanation."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        self.title = QLabel(title)
        self.title.setObjectName("cardTitle")
        self.figure = QLabel()
        self.figure.setObjectName("cardFigure")
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        for label in (self.title, self.figure, self.detail):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(label)
        layout.addStretch(1)
        self.setAccessibleName(title)

    def set(self, figure: str, detail: str) -> None:
        self.figure.setText(figure)
        self.detail.setText(detail)
        self.setAccessibleDescription(f"{figure}. {detail}")


class DashboardPage(Page):
    key, title = "dashboard", "Dashboard"
    areas = frozenset({"settings", "members", "checkins", "backup", "sync"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        layout.addWidget(self.heading)
        grid = QGridLayout()
        self.members_card = Card(self.tr("Members"))
        self.new_card = Card(self.tr("New members"))
        self.backup_card = Card(self.tr("Backups"))
        for column, card in enumerate((self.members_card, self.new_card, self.backup_card)):
            grid.addWidget(card, 0, column)
        layout.addLayout(grid)
        layout.addStretch(1)

    def refresh(self) -> None:
        summary = dashboard_summary(self.context.uow(), today=date.today())
        self.show_summary(summary)

    def show_summary(self, summary: DashboardSummary) -> None:
        self.heading.setText(summary.group_name)
        self.members_card.set(
            self.tr("{n} active").format(n=summary.active_members),
            self.tr("{inactive} inactive, {left} have left").format(
                inactive=summary.inactive_members, left=summary.left_members
            ),
        )
        self.new_card.set(str(summary.joined_last_90_days), self.tr("joined in the last 90 days"))
        if summary.last_backup_at:
            # Already for people ("2026-11-24 16:36:16 UTC", BackupInfo.when).
            self.backup_card.set(self.tr("Last backup"), summary.last_backup_at)
        else:
            self.backup_card.set(
                self.tr("No backup yet"), self.tr("Make one in Settings → Back up now.")
            )
