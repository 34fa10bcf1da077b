"""Minutes: the notes taken under each agenda item (plain text, paragraphs split by blank
lines). Their approval at a later meeting is a decision (`Decision.approves_minutes_of_id`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from groupdesk.errors import ValidationError
from groupdesk.models.meetings import AgendaItem, Decision, Meeting
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.meetings.agenda import agenda_of
from groupdesk.services.meetings.occurrences import Occurrence, occurrence_of
from groupdesk.services.rows import live_row
from groupdesk.services.uow import UnitOfWork

#: Long enough for a full discussion, short enough to keep one item's minutes readable.
MAX_NOTES = 20_000


@dataclass(frozen=True)
class MinutesSection:
    item_id: str
    title: str
    paragraphs: tuple[str, ...]


def paragraphs(text: str | None) -> tuple[str, ...]:
    """The paragraphs of a note: blank lines separate them; lines inside one are joined."""
    blocks = "\n".join(line.strip() for line in (text or "").splitlines()).split("\n\n")
    return tuple(" ".join(block.split("\n")).strip() for block in blocks if block.strip())


def set_notes(uow: UnitOfWork, *, item_id: str, notes: str | None) -> None:
    """Write the minutes under one agenda item (empty clears them)."""
    text = (notes or "").strip() or None
    if text is not None and len(text) > MAX_NOTES:
        raise ValidationError.single(
            "notes",
            QT_TRANSLATE_NOOP(
                "MeetingRules", "keep one item's minutes under %n characters", "", 0
            ).format(n=MAX_NOTES),
        )
    with uow:
        row = live_row(uow.session, AgendaItem, item_id, what="agenda item")
        if row.notes != text:
            row.notes = text
        uow.commit()


def minutes_of(uow: UnitOfWork, *, meeting: str) -> list[MinutesSection]:
    """The minutes of a meeting, item by item in agenda order (items with no notes left out)."""
    return [
        MinutesSection(item.id, item.title, paragraphs(item.notes))
        for item in agenda_of(uow, meeting=meeting).items
        if item.notes
    ]


def approved_at(uow: UnitOfWork, *, meeting: str) -> Occurrence | None:
    """The meeting whose carried decision approved these minutes (the first, if several did),
    or None while they are a draft."""
    with uow:
        meeting_id = occurrence_of(uow.session, meeting).meeting_id
        if meeting_id is None:
            return None
        approving = uow.session.scalar(
            select(Decision.meeting_id)
            .join(Meeting, Meeting.id == Decision.meeting_id)
            .where(
                Decision.approves_minutes_of_id == meeting_id,
                Decision.outcome == "carried",
                Decision.deleted_at.is_(None),
                Meeting.deleted_at.is_(None),
            )
            .order_by(Meeting.starts_at, Meeting.id)
            .limit(1)
        )
        return occurrence_of(uow.session, approving) if approving else None


def minutes_to_approve(uow: UnitOfWork, *, meeting: str, limit: int = 10) -> list[Occurrence]:
    """The meetings whose minutes this one may approve: held before it and before now (stored,
    not cancelled: a meeting still to come has no minutes) and not approved yet, latest first
    (the last meeting's, usually)."""
    approved = select(Decision.approves_minutes_of_id).where(
        Decision.approves_minutes_of_id.is_not(None),
        Decision.outcome == "carried",
        Decision.deleted_at.is_(None),
    )
    with uow:
        here = occurrence_of(uow.session, meeting)
        ids = uow.session.scalars(
            select(Meeting.id)
            .where(
                Meeting.starts_at < min(here.starts_at, uow.now()),
                Meeting.deleted_at.is_(None),
                Meeting.status != "cancelled",
                Meeting.id.not_in(approved),
            )
            .order_by(Meeting.starts_at.desc())
            .limit(limit)
        ).all()
        return [occurrence_of(uow.session, meeting_id) for meeting_id in ids]
