"""`groupdesk resources …`: the library of things from the command line — list, show, add, lend,
return, reserve and the clashes sync brought — through the same services as the GUI.

An item is named by its id (or the start of one) or by its name ("gazebo" finds "Gazebo (3 × 3
m)" when no other item's name starts so); a member by their id or full name, as typed in any
case or accents; a loan by its id, as `resources show` and `resources list --overdue` print it.
"""

from __future__ import annotations

import argparse
import dataclasses
import functools
from datetime import date
from typing import TYPE_CHECKING, Any

from groupdesk.cli.context import (
    EXIT_OK,
    CliContext,
    Handler,
    group_locale,
    print_json,
    print_table,
)
from groupdesk.cli.options import date_option

if TYPE_CHECKING:
    from groupdesk.money import Money


def register(subparsers: Any) -> None:
    resources = subparsers.add_parser(
        "resources", help="the library of things: items, loans, reservations"
    )
    commands = resources.add_subparsers(dest="resources_command", metavar="COMMAND", required=True)
    _register_reading(commands)
    _register_writing(commands)


def _register_reading(commands: Any) -> None:
    listing = commands.add_parser("list", help="items by name; or what is free, or overdue")
    listing.add_argument("--kind", help="equipment, space, material or knowledge")
    listing.add_argument(
        "--status", help="available (now), out, overdue or needs upkeep: items in that state"
    )
    listing.add_argument("--search", metavar="TEXT", help="words in the name, description, place")
    listing.add_argument(
        "--available-from", dest="start", metavar="DATE", help="items free every day from DATE …"
    )
    listing.add_argument("--to", dest="end", metavar="DATE", help="… to DATE (both days included)")
    listing.add_argument(
        "--overdue", action="store_true", help="the loans past their due day, to chase up"
    )
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=run_list)

    show = commands.add_parser("show", help="one item: details, loans out, bookings ahead")
    show.add_argument("item", metavar="ITEM", help="its id, or its name")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)

    clashes = commands.add_parser(
        "clashes", help="items lent or booked beyond their stock (two laptops, offline)"
    )
    clashes.add_argument("--json", action="store_true")
    clashes.set_defaults(handler=run_clashes)


def _register_writing(commands: Any) -> None:
    add = commands.add_parser("add", help="add an item to the library")
    add.add_argument("--name", required=True)
    add.add_argument("--kind", default="equipment", help="equipment (default), space, material, …")
    add.add_argument("--description")
    add.add_argument(
        "--owner", dest="owner_id", metavar="MEMBER", help="a member lending their own"
    )
    add.add_argument("--custodian", dest="custodian_id", metavar="MEMBER", help="who keeps it")
    add.add_argument("--location", help="where it is kept")
    add.add_argument("--value", metavar="AMOUNT", help="what it is worth, e.g. 180.00")
    add.add_argument("--quantity", default="1", metavar="N", help="how many there are (default 1)")
    add.add_argument("--loan-days", dest="loan_days", metavar="N", help="the usual loan (14 days)")
    add.add_argument("--deposit", metavar="AMOUNT", help="taken at check-out, given back after")
    add.add_argument(
        "--late-fee", dest="late_fee_per_day", metavar="AMOUNT", help="a day late (capped at value)"
    )
    add.add_argument("--buffer-days", dest="buffer_days", metavar="N", help="free between bookings")
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=run_add)

    lend = commands.add_parser("lend", help="lend an item to a member")
    lend.add_argument("item", metavar="ITEM", help="its id, or its name")
    lend.add_argument("--to", required=True, dest="borrower_id", metavar="MEMBER")
    lend.add_argument("--due", required=True, dest="due_on", metavar="DATE", help="due back on")
    lend.add_argument("--out", dest="out_on", metavar="DATE", help="went out on (default today)")
    lend.add_argument("--quantity", default="1", metavar="N", help="how many (default 1)")
    lend.add_argument(
        "--deposit", metavar="AMOUNT", help="taken now (default: the item's; 0: none)"
    )
    lend.add_argument("--handed-out-by", dest="handed_out_by_id", metavar="MEMBER")
    lend.add_argument("--note", dest="notes")
    lend.add_argument("--json", action="store_true")
    lend.set_defaults(handler=run_lend)

    back = commands.add_parser("return", help="take a loan back (late is recorded, not refused)")
    back.add_argument("loan", metavar="LOAN", help="the loan's id, as `resources show` prints it")
    back.add_argument("--on", dest="returned_on", metavar="DATE", help="came back on (today)")
    back.add_argument(
        "--condition", dest="condition_in", help="good, needs attention or out of service"
    )
    back.add_argument("--note", dest="condition_note", help="what is wrong with it, if anything")
    back.add_argument(
        "--keep-deposit", dest="deposit_kept", metavar="AMOUNT", help="the part of it kept"
    )
    back.add_argument("--reason", dest="kept_reason", help="why (needed with --keep-deposit)")
    back.add_argument("--received-by", dest="received_by_id", metavar="MEMBER")
    back.add_argument("--json", action="store_true")
    back.set_defaults(handler=run_return)

    reserve = commands.add_parser("reserve", help="book an item or a space for some days")
    reserve.add_argument("item", metavar="ITEM", help="its id, or its name")
    reserve.add_argument("--by", required=True, dest="member_id", metavar="MEMBER")
    reserve.add_argument("--from", required=True, dest="starts_on", metavar="DATE")
    reserve.add_argument("--to", required=True, dest="ends_on", metavar="DATE")
    reserve.add_argument("--quantity", default="1", metavar="N", help="how many (default 1)")
    reserve.add_argument("--meeting", dest="meeting_id", metavar="ID", help="the meeting it is for")
    reserve.add_argument("--note")
    reserve.add_argument("--json", action="store_true")
    reserve.set_defaults(handler=run_reserve)


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


def _people(context: CliContext, args: argparse.Namespace, *fields: str) -> dict[str, str | None]:
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


def _money_text(value: Money | None, locale: str) -> str:
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


@naming_values
def run_list(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.errors import ValidationError

    if args.overdue:
        return _list_overdue(args, context)
    if args.start or args.end:
        if not (args.start and args.end):
            missing = "start" if args.end else "end"
            raise ValidationError.single(missing, "give both days: --available-from DATE --to DATE")
        return _list_available(args, context)
    from groupdesk.services.resources.records import list_items

    found = list_items(
        context.workspace().uow(), kind=args.kind, status=args.status, text=args.search
    )
    if args.json:
        print_json([plain(row) for row in found])
        return EXIT_OK
    print_table(
        (
            (
                row.id,
                row.name,
                row.kind,
                f"{row.free_now}/{row.quantity}",
                row.next_due,
                _item_state(row),
                row.location or "",
            )
            for row in found
        ),
        ("ID", "NAME", "KIND", "FREE", "NEXT DUE", "STATE", "WHERE"),
        locale=group_locale(context),
    )
    return EXIT_OK


def _item_state(row: Any) -> str:
    words = [row.condition] if row.condition != "good" else []
    if row.overdue:
        words.append("overdue")
    if row.needs_upkeep:
        words.append("upkeep due")
    return ", ".join(words)


def _list_overdue(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.resources.availability import overdue_loans

    found = overdue_loans(context.workspace().uow())
    if args.json:
        print_json([plain(loan) for loan in found])
        return EXIT_OK
    print_table(
        (
            (loan.id, loan.item_name, loan.borrower_name, loan.due_on, loan.days_late)
            for loan in found
        ),
        ("LOAN", "ITEM", "BORROWER", "DUE", "DAYS LATE"),
        locale=group_locale(context),
    )
    return EXIT_OK


def _list_available(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.errors import ValidationError
    from groupdesk.services.resources.availability import free_between

    start, end = required_date("start", args.start), required_date("end", args.end)
    if end < start:
        raise ValidationError.single("end", f"{args.end!r} is before {args.start!r}")
    found = free_between(context.workspace().uow(), start=start, end=end, kind=args.kind)
    if args.json:
        print_json([plain(item) for item in found])
        return EXIT_OK
    print_table(
        ((item.item_id, item.name, item.kind, f"{item.free}/{item.quantity}") for item in found),
        ("ID", "NAME", "KIND", "FREE"),
    )
    return EXIT_OK


def run_show(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.resources.availability import item_loan_history
    from groupdesk.services.resources.records import get_item
    from groupdesk.services.resources.reservations import item_reservations

    uow = context.workspace().uow()
    item_id = item_option(context, args.item)
    item = get_item(uow, item_id=item_id)
    out = [loan for loan in item_loan_history(uow, item_id=item_id) if loan.returned_on is None]
    bookings = item_reservations(uow, item_id=item_id)
    if args.json:
        print_json(
            {
                **plain(item),
                "loans_out": [plain(loan) for loan in out],
                "reservations": [plain(booking) for booking in bookings],
            }
        )
        return EXIT_OK
    from groupdesk.services.wording import day_text, days_text

    locale = group_locale(context)
    print(f"{item.name} ({item.kind}, {item.condition}) {item.id}")
    for label, value in (
        ("Description", item.description),
        ("Condition", item.condition_note),
        ("Where", item.location),
        ("Owner", item.owner_name),
        ("Kept by", item.custodian_name),
        ("How many", str(item.quantity) if item.quantity > 1 else ""),
        ("Value", _money_text(item.value, locale)),
        ("Deposit", _money_text(item.deposit, locale)),
        ("Late fee a day", _money_text(item.late_fee_per_day, locale)),
        ("Lent for", f"{item.loan_days} days"),
        ("Days free between bookings", str(item.buffer_days) if item.buffer_days else ""),
    ):
        if value:
            print(f"{label}: {value}")
    for loan in out:
        late = f", {loan.days_late} days late" if loan.overdue else ""
        print(
            f"Out with {loan.borrower_name} since {day_text(loan.out_on, locale)}, due "
            f"{day_text(loan.due_on, locale)}{late} (loan {loan.id})"
        )
    for booking in bookings:
        when = days_text(booking.starts_on, booking.ends_on, locale)
        print(f"Reserved by {booking.who} for {when} (reservation {booking.id})")
    return EXIT_OK


@naming_values
def run_add(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.resources.records import add_item

    values: dict[str, object] = {
        "name": args.name,
        "kind": args.kind,
        "description": args.description,
        "location": args.location,
        **_people(context, args, "owner_id", "custodian_id"),
    }
    for field in ("value", "deposit", "late_fee_per_day"):
        values[field] = money_option(context, field, getattr(args, field))
    for field, least in (("quantity", 1), ("loan_days", 1), ("buffer_days", 0)):
        count = count_option(field, getattr(args, field), least=least)
        if count is not None:
            values[field] = count
    item = add_item(context.workspace().uow(), values=values)
    if args.json:
        print_json(plain(item))
    else:
        print(f"Added {item.name} ({item.id})")
    return EXIT_OK


@naming_values
def run_lend(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.resources.loans import lend

    deposit = money_option(context, "deposit", args.deposit)
    loan = lend(
        context.workspace().uow(),
        item_id=item_option(context, args.item),
        **_people(context, args, "handed_out_by_id"),
        borrower_id=person_option(context, args.borrower_id),
        due_on=required_date("due_on", args.due_on),
        out_on=date_option("out_on", args.out_on),
        quantity=count_option("quantity", args.quantity) or 1,
        deposit=deposit,
        notes=args.notes,
    )
    if args.json:
        print_json(plain(loan))
        return EXIT_OK
    from groupdesk.services.wording import day_text

    locale = group_locale(context)
    taken = (
        f"; deposit taken: {_money_text(loan.deposit_taken, locale)}" if loan.deposit_taken else ""
    )
    print(
        f"Lent {loan.item_name} to {loan.borrower_name}, due {day_text(loan.due_on, locale)}"
        f"{taken} (loan {loan.id})"
    )
    return EXIT_OK


@naming_values
def run_return(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.models.resources import Loan
    from groupdesk.services.record_ids import find_id
    from groupdesk.services.resources.loans import return_loan

    uow = context.workspace().uow()
    loan = return_loan(
        uow,
        loan_id=find_id(uow, Loan, args.loan, what="loan"),
        returned_on=date_option("returned_on", args.returned_on),
        condition_in=args.condition_in,
        condition_note=args.condition_note,
        deposit_kept=money_option(context, "deposit_kept", args.deposit_kept),
        kept_reason=args.kept_reason,
        **_people(context, args, "received_by_id"),
    )
    if args.json:
        print_json(plain(loan))
        return EXIT_OK
    locale = group_locale(context)
    said = [f"Returned {loan.item_name} from {loan.borrower_name}"]
    if loan.days_late:
        said.append(f"{loan.days_late} days late")
    if loan.deposit_returned is not None:
        said.append(f"deposit given back: {_money_text(loan.deposit_returned, locale)}")
    if loan.deposit_kept:
        said.append(f"kept: {_money_text(loan.deposit_kept, locale)} ({loan.kept_reason})")
    if loan.fee_charged:
        said.append(f"late fee: {_money_text(loan.fee_charged, locale)}")
    print(", ".join(said) + f" (loan {loan.id})")
    return EXIT_OK


@naming_values
def run_reserve(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.cli.meetings import meeting_option
    from groupdesk.services.resources.reservations import reserve

    booking = reserve(
        context.workspace().uow(),
        item_id=item_option(context, args.item),
        member_id=person_option(context, args.member_id),
        meeting_id=meeting_option(context, args.meeting_id) if args.meeting_id else None,
        starts_on=required_date("starts_on", args.starts_on),
        ends_on=required_date("ends_on", args.ends_on),
        quantity=count_option("quantity", args.quantity) or 1,
        note=args.note,
    )
    if args.json:
        print_json(plain(booking))
        return EXIT_OK
    from groupdesk.services.wording import days_text

    when = days_text(booking.starts_on, booking.ends_on, group_locale(context))
    print(f"Reserved {booking.item_name} for {booking.who}, {when} (reservation {booking.id})")
    return EXIT_OK


def run_clashes(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.resources.clashes import list_clashes

    found = list_clashes(context.workspace().uow())
    if args.json:
        print_json([plain(clash) for clash in found])
        return EXIT_OK
    if not found:
        print("No clashes: nothing is lent or booked beyond what there is.")
        return EXIT_OK
    locale = group_locale(context)
    for clash in found:
        print(f"{clash.sentence(locale)} ({clash.item_id})")
    return EXIT_OK
