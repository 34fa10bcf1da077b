"""Reserve: book an item or a space for some days, for a member or a meeting (a
`ResourceDialog`; a clash with a loan or another booking is named beside the days)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QWidget,
)

from groupdesk.errors import ValidationError
from groupdesk.services.meetings.occurrences import Occurrence
from groupdesk.services.meetings.records import list_meetings
from groupdesk.services.resources import reservations
from groupdesk.services.resources.records import ItemData
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import AppContext
from groupdesk.ui.formats import day_text
from groupdesk.ui.ops import OpJob, QueryOp
from groupdesk.ui.resources.resource_dialog import ResourceDialog


class ReserveDialog(ResourceDialog):
    """Book an item or a space for some days, for a member."""

    def __init__(
        self, context: AppContext, *, item: ItemData, parent: QWidget | None = None
    ) -> None:
        super().__init__(
            context,
            isolated_once(self.tr("Reserve {item}").format(item=isolate(item.name))),
            parent,
        )
        self.item = item
        self.member_picker = self.person_picker("member", self.tr("For &whom"))
        self.meeting_combo = QComboBox()
        self.meeting_combo.addItem(self.tr("(no meeting)"), None)
        self.errors.add("meeting_id", self.meeting_combo, self.tr("For a meetin&g"))
        self.from_edit = self.day_field("starts_on", self.tr("&From"), self.today)
        self.to_edit = self.day_field("ends_on", self.tr("&To (the last day)"), self.today)
        self.quantity_spin = self.quantity_field(item)
        self.note_edit = self.notes_field("note", self.tr("&Note"))
        self.offer_pickers()
        QueryOp(self, lambda job: list_meetings(job.uow()), key="meetings").on_success(
            self._offer_meetings
        ).run(context)
        self.meeting_combo.activated.connect(lambda _index: self._meeting_chosen())
        self.check()

    def _offer_meetings(self, meetings: Sequence[Occurrence]) -> None:
        """The upcoming meetings, each with its day; choosing one books its day."""
        for meeting in meetings:
            day = meeting.starts_at.date()
            self.meeting_combo.addItem(
                f"{isolate(meeting.title)} — {day_text(day, self.locale_name)}",
                (meeting.meeting_id or meeting.key, day),
            )

    def _meeting_chosen(self) -> None:
        chosen = self.meeting_combo.currentData()
        if chosen is not None:
            day = chosen[1].isoformat()
            self.from_edit.setText(day)
            self.to_edit.setText(day)

    def problems(self) -> dict[str, str]:
        return self.span_problems(
            self.item,
            self.quantity_spin,
            (self.from_edit, self.to_edit),
            "ends_on",
            self.tr("The last day is before the first, {day}."),
        )

    def submit(self) -> Callable[[OpJob], reservations.ReservationData]:
        self.submit_checked()
        member, chosen = self.member_picker.member_id(), self.meeting_combo.currentData()
        meeting = chosen[0] if chosen else None
        if member is None and meeting is None:
            raise ValidationError.single(
                "member", self.tr("choose who it is for from the list, or a meeting")
            )
        values = self.read_fields(
            ("starts_on", lambda: self.given_day("starts_on", self.from_edit)),
            ("ends_on", lambda: self.given_day("ends_on", self.to_edit)),
        )
        starts_on, ends_on = values["starts_on"], values["ends_on"]
        assert isinstance(starts_on, date) and isinstance(ends_on, date)
        item_id, quantity, note = (
            self.item.id,
            self.quantity_spin.value(),
            self.note_edit.toPlainText(),
        )
        return lambda job: reservations.reserve(
            job.uow(),
            item_id=item_id,
            member_id=member,
            meeting_id=meeting,
            starts_on=starts_on,
            ends_on=ends_on,
            quantity=quantity,
            note=note,
        )
