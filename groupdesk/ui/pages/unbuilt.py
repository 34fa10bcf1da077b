"""Pages for areas not built yet: they say so plainly, and say what is coming (never a fake)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from groupdesk.ui.context import AppContext
from groupdesk.ui.pages.base import Page


class UnbuiltPage(Page):
    plan = ""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        layout = QVBoxLayout(self)
        heading = QLabel(self.page_title())
        heading.setObjectName("pageHeading")
        message = QLabel(
            self.tr("This part of GroupDesk is not built yet. Nothing is stored here so far.")
            + "\n\n"
            + self.tr(self.plan)
        )
        message.setWordWrap(True)
        message.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        message.setAccessibleName(self.tr("About this page"))
        layout.addWidget(heading)
        layout.addWidget(message, 1)

    def refresh(self) -> None:
        """Nothing to load: the area has no data yet."""


class MeetingsPage(UnbuiltPage):
    key, title = "meetings", "Meetings"
    plan = "Coming: agendas, attendance, decisions with votes, action items and minutes."


class ResourcesPage(UnbuiltPage):
    key, title = "resources", "Resources"
    plan = "Coming: shared equipment and spaces, loans, reservations and what is overdue."


class GrantsPage(UnbuiltPage):
    key, title = "grants", "Grants"
    plan = "Coming: funders, applications, budgets, expenses with receipts and funder reports."
