"""Option values of the `groupdesk resources …` commands: items by id or name, members by id or
full name, amounts of the group's money, counts, and service results written as JSON; and the
refusals that say what was typed.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
from datetime import date
from typing import TYPE_CHECKING, Any

from groupdesk.cli.context import CliContext, Handler
from groupdesk.cli.options import date_option

if TYPE_CHECKING:
    from groupdesk.money import Money


def item_option(context: CliContext, text: str) -> str:
    """The item named by `text`: its id or the start of one, else its name, the start of it or
    of a word in it ("drill" for "Cordless drill"), case- and accent-blind, when only one
    item's name fits."""
    from sqlalchemy import select

    from groupdesk.errors import GroupDeskError, NotFoundError
    from groupdesk.models.resources import ResourceItem
    from groupdesk.services.collation import search_key
    from groupdesk.services.record_ids import find_id

    uow = context.workspace().uow()
    try:
        return find_id(uow, ResourceItem, text, what="item")
    except NotFoundError:
        pass
    typed = search_key(" ".join(text.split()))
    with uow:
        rows = uow.session.execute(
            select(ResourceItem.id, ResourceItem.name).where(ResourceItem.deleted_at.is_(None))
        ).all()
    named = [(row.id, row.name, search_key(row.name)) for row in rows]
    found = (
        [row for row in named if row[2] == typed]
        or [row for row in named if typed and row[2].startswith(typed)]
        or [row for row in named if typed and f" {typed}" in f" {row[2]}"]
    )
    if not found:
        raise NotFoundError(
            f"There is no item with the id or name {text!r}; `groupdesk resources list` "
            "shows them all."
        )
    if len(found) > 1:
        names = ", ".join(sorted(name for _, name, _ in found)[:3])
        raise GroupDeskError(f"{text!r} names more than one item ({names}, …); give its id.")
    return str(found[0][0])


def person_option(context: CliContext, text: str) -> str:
    """The member named by `text`: their id or its start, else their full name (case- and
    accent-blind) when one live member has it."""
    from sqlalchemy import select

    from groupdesk.errors import GroupDeskError, NotFoundError
    from groupdesk.models.members import Member
    from groupdesk.services.collation import search_key
    from groupdesk.services.members.records import find_member_id

    uow = context.workspace().uow()
    try:
        return find_member_id(uow, text)
    except NotFoundError:
        pass
    # A member's sort key starts with their folded full name (`collation.sort_key`).
    prefix = search_key(" ".join(text.split())) + "\x00"
    with uow:
        found = uow.session.scalars(
            select(Member.id)
            .where(
                Member.sort_key.startswith(prefix, autoescape=True),
                Member.deleted_at.is_(None),
                Member.merged_into_id.is_(None),
                Member.erased_at.is_(None),
            )
            .limit(3)
        ).all()
    if not found:
        raise NotFoundError(f"There is no member with the id or name {text!r}.")
    if len(found) > 1:
        raise GroupDeskError(
            f"More than one member is called {text!r} ({', '.join(found[:2])}, …); give an id."
        )
    return str(found[0])


def people(context: CliContext, args: argparse.Namespace, *fields: str) -> dict[str, str | None]:
    """The members named by these options, as ids (None where not given)."""
    return {
        field: person_option(context, getattr(args, field)) if getattr(args, field) else None
        for field in fields
    }


def money_option(context: CliContext, field: str, text: str | None) -> Money | None:
    """`text` as an amount of the group's currency, typed the group's way (None when empty)."""
    from groupdesk.money import parse_money
    from groupdesk.services.settings import get_settings

    if text is None or not text.strip():
        return None
    group = get_settings(context.workspace().uow())
    return parse_money(text, currency=group.currency, locale=group.locale, field=field)


def count_option(field: str, text: str | None, *, least: int = 1) -> int | None:
    """`text` as a whole number of at least `least` (None when not given)."""
    from groupdesk.errors import ValidationError

    if text is None:
        return None
    if not text.strip().isdigit() or int(text) < least:
        raise ValidationError.single(field, f"{text!r} is not a whole number from {least} up")
    return int(text)


def required_date(field: str, text: str) -> date:
    """A date the command cannot do without (argparse has made sure it was given)."""
    day = date_option(field, text)
    assert day is not None, f"--{field} is required"
    return day


def plain(record: Any) -> dict[str, Any]:
    """A service's frozen dataclass for --json: money as {amount, currency} (decimal strings)."""
    return {
        field.name: _plain_value(getattr(record, field.name))
        for field in dataclasses.fields(record)
    }


def _plain_value(value: Any) -> Any:
    from groupdesk.money import Money

    if isinstance(value, Money):
        return value.as_dict()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return plain(value)
    if isinstance(value, tuple | list):
        return [_plain_value(each) for each in value]
    return value


def money_text(value: Money | None, locale: str) -> str:
    from groupdesk.money import format_money

    return format_money(value, locale) if value is not None else ""


def naming_values(handler: Handler) -> Handler:
    """Run `handler`; a refusal of a field the person typed also says what they typed ("--kind:
    Choose one of: … (you gave 'boat')"), so bad input names the field and the value."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace, context: CliContext) -> int:
        from groupdesk.errors import ValidationError

        try:
            return handler(args, context)
        except ValidationError as problem:
            for field, message in problem.errors.items():
                typed = getattr(args, field, None)
                if isinstance(typed, str) and typed.strip() and repr(typed) not in message:
                    problem.errors[field] = f"{message} (you gave {typed!r})"
            raise

    return run
