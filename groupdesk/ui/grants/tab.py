"""What the grant detail's tabs share: a tab reads its part of the chosen grant afresh whenever
it is shown (the meeting editor's rule: another tab may have changed it), and writes money the
group's way."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from groupdesk.money import Money
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import Formats
from groupdesk.ui.meetings.tab import MeetingTab


class GrantTab(MeetingTab):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)

    @property
    def grant_id(self) -> str | None:
        return self.meeting_key

    def set_grant(self, grant_id: str | None) -> None:
        self.set_meeting(grant_id)

    @property
    def formats(self) -> Formats:
        return Formats(self.context.locale)

    def money(self, amount: Money | None) -> str:
        """An amount the group's way; none is '—'."""
        return self.formats.money(amount) if amount is not None else "—"
