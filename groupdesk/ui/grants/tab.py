"""What the grant detail's tabs share: a tab reads its part of the chosen grant afresh whenever
it is shown (the meeting editor's rule: another tab may have changed it), and writes money the
group's way."""

from __future__ import annotations

from PySide6.QtCore import Signal, SignalInstance
from PySide6.QtWidgets import QPushButton

from groupdesk.money import Money
from groupdesk.ui.formats import Formats
from groupdesk.ui.meetings.tab import MeetingTab


class GrantTab(MeetingTab):
    #: The tab's Add… button was pressed for this grant (the page opens the dialog).
    add_requested = Signal(str)

    def add_button_for(
        self, text: str, name: str, requested: SignalInstance | None = None
    ) -> QPushButton:
        """A button asking the page to add something to this grant (`requested`, by default
        `add_requested`, with the grant's id)."""
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(lambda _checked=False: self._add(requested or self.add_requested))
        return button

    def _add(self, requested: SignalInstance) -> None:
        if self.grant_id is not None:
            requested.emit(self.grant_id)

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
