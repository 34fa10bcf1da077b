"""A meeting's agenda: ordered items with a presenter and minutes allotted, the running total
against the meeting's length, reordering, and a start copied from the series' last meeting.

Positions are renumbered 0, 1, 2 … on every move and only the items whose place changed are
written, so two laptops reordering different items merge field by field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.messages import sentence
from groupdesk.models.meetings import AgendaItem, Meeting
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.meetings.occurrences import materialise, occurrence_of
from groupdesk.services.rows import live_member, live_row, names_of, tombstone
from groupdesk.services.uow import UnitOfWork

#: The fields `add_item` and `edit_item` take.
ITEM_FIELDS = frozenset({"title", "presenter_id", "minutes_allotted", "description", "private"})


@dataclass(frozen=True)
class AgendaItemData:
    id: str
    position: int
    title: str
    presenter_id: str | None
    presenter_name: str | None
    minutes_allotted: int | None
    description: str | None
    private: bool
    notes: str | None

    def as_dict(self) -> dict[str, object]:
        return {field: getattr(self, field) for field in self.__dataclass_fields__}


@dataclass(frozen=True)
class Agenda:
    """The items in order, and how their minutes add up against the meeting's length."""

    items: tuple[AgendaItemData, ...]
    meeting_minutes: int

    @property
    def total_minutes(self) -> int:
        return sum(item.minutes_allotted or 0 for item in self.items)

    @property
    def minutes_over(self) -> int:
        """How far the agenda runs past the meeting's end (0 when it fits)."""
        return max(0, self.total_minutes - self.meeting_minutes)

    def running_totals(self) -> list[int]:
        """Minutes from the start of the meeting to the end of each item."""
        totals, elapsed = [], 0
        for item in self.items:
            elapsed += item.minutes_allotted or 0
            totals.append(elapsed)
        return totals


def _clean(session: Session, values: Mapping[str, object]) -> dict[str, object]:
    unknown = sorted(set(values) - ITEM_FIELDS)
    if unknown:
        raise ValidationError.single(unknown[0], "this is not a field of an agenda item")
    errors: dict[str, str] = {}
    clean: dict[str, object] = {}
    if "title" in values:
        title = str(values["title"] or "").strip()
        if not title:
            errors["title"] = QT_TRANSLATE_NOOP("MeetingRules", "an agenda item needs a title")
        elif len(title) > 300:
            errors["title"] = QT_TRANSLATE_NOOP(
                "MeetingRules", "keep the title under 300 characters"
            )
        clean["title"] = title
    if "minutes_allotted" in values:
        minutes = values["minutes_allotted"]
        if minutes is not None and (not isinstance(minutes, int) or not 0 <= minutes <= 1440):
            errors["minutes_allotted"] = QT_TRANSLATE_NOOP(
                "MeetingRules", "{minutes!r} is not a number of minutes (0 to 1440)"
            ).format(minutes=minutes)
        clean["minutes_allotted"] = minutes
    if "presenter_id" in values:
        presenter = values["presenter_id"]
        try:
            clean["presenter_id"] = (
                live_member(session, str(presenter), role="the presenter").id if presenter else None
            )
        except GroupDeskError as problem:
            errors["presenter_id"] = sentence(problem)
    if "description" in values:
        clean["description"] = str(values["description"] or "").strip() or None
    if "private" in values:
        clean["private"] = bool(values["private"])
    if errors:
        raise ValidationError(errors)
    return clean


def _live_items(session: Session, meeting_id: str) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted_at.is_(None))
            .order_by(AgendaItem.position, AgendaItem.created_at, AgendaItem.id)
        )
    )


def agenda_of(uow: UnitOfWork, *, meeting: str) -> Agenda:
    """The agenda of a meeting (empty for an occurrence nothing was recorded for)."""
    with uow:
        occurrence = occurrence_of(uow.session, meeting)
        length = int((occurrence.ends_at - occurrence.starts_at).total_seconds() // 60)
        if occurrence.meeting_id is None:
            return Agenda((), length)
        rows = _live_items(uow.session, occurrence.meeting_id)
        names = names_of(uow.session, filter(None, (row.presenter_id for row in rows)))
        items = tuple(
            AgendaItemData(
                row.id,
                index,
                row.title,
                row.presenter_id,
                names.get(row.presenter_id) if row.presenter_id else None,
                row.minutes_allotted,
                row.description,
                row.private,
                row.notes,
            )
            for index, row in enumerate(rows)
        )
        return Agenda(items, length)


def add_item(uow: UnitOfWork, *, meeting: str, values: Mapping[str, object]) -> Agenda:
    """Add an item at the end of the agenda (storing an occurrence of a series first)."""
    if "title" not in values:
        raise ValidationError.single(
            "title", QT_TRANSLATE_NOOP("MeetingRules", "an agenda item needs a title")
        )
    with uow:
        clean = _clean(uow.session, values)
        row = materialise(uow.session, meeting)
        last = uow.session.scalar(
            select(func.max(AgendaItem.position)).where(
                AgendaItem.meeting_id == row.id, AgendaItem.deleted_at.is_(None)
            )
        )
        uow.session.add(
            AgendaItem(meeting_id=row.id, position=(last + 1 if last is not None else 0), **clean)
        )
        uow.commit()
        meeting_id = row.id
    return agenda_of(uow, meeting=meeting_id)


def edit_item(uow: UnitOfWork, *, item_id: str, values: Mapping[str, object]) -> Agenda:
    with uow:
        row = live_row(uow.session, AgendaItem, item_id, what="agenda item")
        for field, value in _clean(uow.session, values).items():
            if getattr(row, field) != value:
                setattr(row, field, value)
        uow.commit()
        meeting_id = row.meeting_id
    return agenda_of(uow, meeting=meeting_id)


def remove_item(uow: UnitOfWork, *, item_id: str) -> Agenda:
    with uow:
        row = live_row(uow.session, AgendaItem, item_id, what="agenda item")
        tombstone(uow, row)
        uow.commit()
        meeting_id = row.meeting_id
    return agenda_of(uow, meeting=meeting_id)


def move_item(uow: UnitOfWork, *, item_id: str, to_position: int) -> Agenda:
    """Put an item at `to_position` (0 is first; past the end means last), the others closing
    up behind it: drag and drop, and Alt+Up/Down (the position one less or one more)."""
    with uow:
        row = live_row(uow.session, AgendaItem, item_id, what="agenda item")
        items = [item for item in _live_items(uow.session, row.meeting_id) if item.id != row.id]
        items.insert(max(0, min(to_position, len(items))), row)
        for index, item in enumerate(items):
            if item.position != index:
                item.position = index
        uow.commit()
        meeting_id = row.meeting_id
    return agenda_of(uow, meeting=meeting_id)


def copy_previous_agenda(uow: UnitOfWork, *, meeting: str) -> Agenda:
    """Start this meeting's agenda from the last earlier meeting of its series that had one
    (titles, presenters, minutes, descriptions; not the minutes taken)."""
    with uow:
        occurrence = occurrence_of(uow.session, meeting)
        if occurrence.series_id is None:
            raise GroupDeskError(
                QT_TRANSLATE_NOOP(
                    "MeetingRules", "This meeting is not part of a series; there is none before it."
                )
            )
        previous = uow.session.scalars(
            select(Meeting)
            .join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
            .where(
                Meeting.series_id == occurrence.series_id,
                Meeting.deleted_at.is_(None),
                Meeting.starts_at < occurrence.starts_at,
                AgendaItem.deleted_at.is_(None),
            )
            .order_by(Meeting.starts_at.desc())
            .limit(1)
        ).first()
        if previous is None:
            raise GroupDeskError(
                QT_TRANSLATE_NOOP(
                    "MeetingRules", "No earlier meeting of this series has an agenda to copy."
                )
            )
        row = materialise(uow.session, meeting)
        start = len(_live_items(uow.session, row.id))
        for offset, item in enumerate(_live_items(uow.session, previous.id)):
            uow.session.add(
                AgendaItem(
                    meeting_id=row.id,
                    position=start + offset,
                    title=item.title,
                    presenter_id=item.presenter_id,
                    minutes_allotted=item.minutes_allotted,
                    description=item.description,
                    private=item.private,
                )
            )
        uow.commit()
        meeting_id = row.id
    return agenda_of(uow, meeting=meeting_id)
