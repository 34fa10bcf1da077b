"""Option values shared by the area commands: dates as people type them, records by id (or by
the start of one)."""

from __future__ import annotations

from datetime import date

from groupdesk.cli.context import CliContext


def date_option(field: str, text: str | None) -> date | None:
    """`text` as a date (None when empty); a bad date names `field`."""
    from groupdesk.errors import ValidationError
    from groupdesk.services.members.fields import parse_date

    if text is None or not text.strip():
        return None
    try:
        return parse_date(text)
    except ValueError as problem:
        raise ValidationError.single(field, str(problem)) from None


def member_option(context: CliContext, text: str) -> str:
    """The member named by `text` (an id, or the start of one)."""
    from groupdesk.services.members.records import find_member_id

    return find_member_id(context.workspace().uow(), text)


def checkin_option(context: CliContext, text: str) -> str:
    """The check-in named by `text` (an id, or the start of one)."""
    from groupdesk.models.members import CheckIn
    from groupdesk.services.record_ids import find_id

    return find_id(context.workspace().uow(), CheckIn, text, what="check-in")
