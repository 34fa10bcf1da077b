"""Checking what a meeting or a series says about itself (title, kind, place, link, people,
zone), one sentence per bad field, shared by single meetings, occurrences and series."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from sqlalchemy.orm import Session

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.messages import sentence
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.meetings.recurrence import zone_of
from groupdesk.services.rows import live_member

#: Fields a meeting and a series both have, with their longest length (None: not text).
SHARED_FIELDS: dict[str, int | None] = {
    "kind": 60,
    "title": 200,
    "place": 300,
    "link": 500,
    "accessibility": 4000,
    "chair_id": None,
    "note_taker_id": None,
    "zone": None,
}
#: The people fields, with how a message names them.
PEOPLE = {"chair_id": "the chair", "note_taker_id": "the note-taker"}


def clean_details(
    session: Session, changes: Mapping[str, object], errors: dict[str, str]
) -> dict[str, object]:
    """The shared fields of `changes`, tidied; a problem goes into `errors` under its field."""
    clean: dict[str, object] = {}
    for field, longest in SHARED_FIELDS.items():
        if field not in changes:
            continue
        value = changes[field]
        if longest is not None:
            text = str(value or "").strip() or None
            if text is not None and len(text) > longest:
                errors[field] = QT_TRANSLATE_NOOP(
                    "MeetingRules", "keep the {field} under %n characters", "", 0
                ).format(field=field, n=longest)
            elif text is None and field == "title":
                errors[field] = QT_TRANSLATE_NOOP("MeetingRules", "a meeting needs a title")
            elif text is None and field == "kind":
                errors[field] = QT_TRANSLATE_NOOP("MeetingRules", "a meeting needs a kind")
            elif field == "link" and text and not text.startswith(("https://", "http://")):
                errors[field] = QT_TRANSLATE_NOOP(
                    "MeetingRules", "{text!r} is not a web link (it starts with https://)"
                ).format(text=text)
            clean[field] = text
        elif field in PEOPLE:
            clean[field] = _person(session, value, field, errors)
        else:
            clean[field] = _zone(str(value or ""), errors)
    return clean


def _person(session: Session, value: object, field: str, errors: dict[str, str]) -> str | None:
    if not value:
        return None
    try:
        return live_member(session, str(value), role=PEOPLE[field]).id
    except GroupDeskError as problem:
        errors[field] = sentence(problem)
        return None


def _zone(name: str, errors: dict[str, str]) -> str:
    try:
        return str(zone_of(name).key)
    except ValidationError as problem:
        errors.update(problem.errors)
        return name


def check_times(starts_at: datetime, ends_at: datetime, errors: dict[str, str]) -> None:
    if ends_at <= starts_at:
        errors["ends_at"] = QT_TRANSLATE_NOOP(
            "MeetingRules",
            "the meeting ends ({end:%Y-%m-%d %H:%M}) before it starts ({start:%Y-%m-%d %H:%M})",
        ).format(end=ends_at, start=starts_at)
