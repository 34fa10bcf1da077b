"""`groupdesk resources …`: the library of things from the command line — list, show, add, lend,
return, reserve and the clashes sync brought — through the same services as the GUI.

An item is named by its id (or the start of one) or by its name, its start or the start of a
word in it ("drill" finds "Cordless drill" when no other item answers to it); a member by their
id or full name, in any case and accents; a loan by its id (or its start), as `resources show`
and `resources list --overdue` print it. Lending a kit lends its parts (`kits.lend_kit`).
"""

from __future__ import annotations

import argparse
from typing import Any

from groupdesk.cli.context import EXIT_OK, CliContext, group_locale, print_json, print_table
from groupdesk.cli.grants import grant_option
from groupdesk.cli.options import date_option, record_option
from groupdesk.cli.resource_options import (
    count_option,
    item_option,
    money_option,
    money_text,
    naming_values,
    people,
    person_option,
    plain,
    required_date,
)
from groupdesk.errors import ValidationError


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
        "clashes",
        help="items lent or booked beyond their stock (two laptops offline, or a booking "
        "an overdue loan is in the way of)",
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
    add.add_argument("--grant", metavar="GRANT", help="bought with this grant (its id or title)")
    add.add_argument("--expense", metavar="EXPENSE", help="… on this expense of it (its id)")
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
    back.add_argument(
        "--missing", metavar="PART,PART", help="a kit's parts that did not come back (yet)"
    )
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
    from groupdesk.services.resources.kits import parts_of
    from groupdesk.services.resources.records import get_item
    from groupdesk.services.resources.reservations import item_reservations

    uow = context.workspace().uow()
    item_id = item_option(context, args.item)
    item = get_item(uow, item_id=item_id)
    out = [loan for loan in item_loan_history(uow, item_id=item_id) if loan.returned_on is None]
    bookings = item_reservations(uow, item_id=item_id)
    parts = parts_of(uow, kit_id=item_id)
    if args.json:
        print_json(
            {
                **plain(item),
                "parts": [plain(part) for part in parts],
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
        ("Value", money_text(item.value, locale)),
        ("Deposit", money_text(item.deposit, locale)),
        ("Late fee a day", money_text(item.late_fee_per_day, locale)),
        ("Lent for", f"{item.loan_days} days"),
        ("Days free between bookings", str(item.buffer_days) if item.buffer_days else ""),
        ("Parts", ", ".join(_counted(part) for part in parts)),
        ("Bought with", _bought_with(item, locale)),
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
        **people(context, args, "owner_id", "custodian_id"),
    }
    for field in ("value", "deposit", "late_fee_per_day"):
        values[field] = money_option(context, field, getattr(args, field))
    for field, least in (("quantity", 1), ("loan_days", 1), ("buffer_days", 0)):
        count = count_option(field, getattr(args, field), least=least)
        if count is not None:
            values[field] = count
    if args.expense and not args.grant:
        raise ValidationError.single("expense", "Give --grant with --expense.")
    if args.grant:
        values["grant_id"] = _grant_named(context, args.grant)
    if args.expense:
        values["grant_expense_id"] = record_option(context, "grant_expenses", args.expense)
    item = add_item(context.workspace().uow(), values=values)
    if args.json:
        print_json(plain(item))
    else:
        print(f"Added {item.name} ({item.id})")
    return EXIT_OK


def _grant_named(context: CliContext, text: str) -> str:
    """The grant whose title is `text` (any case), or else whose id is or starts with it."""
    from sqlalchemy import func, select

    from groupdesk.models.grants import Grant

    uow = context.workspace().uow()
    with uow:
        ids = uow.session.scalars(
            select(Grant.id).where(
                func.lower(Grant.title) == text.strip().lower(), Grant.deleted_at.is_(None)
            )
        ).all()
    if len(ids) > 1:
        raise ValidationError.single(
            "grant", f"More than one grant is called {text!r}; give its id."
        )
    return ids[0] if ids else grant_option(context, text)


def _bought_with(item: Any, locale: str) -> str:
    """'River fund, expense of 3 May 2026, Hardware store, £42.10' (or just the grant)."""
    from groupdesk.services.wording import day_text

    if item.grant_title is None:
        return ""
    if item.expense_on is None:
        return str(item.grant_title)
    return (
        f"{item.grant_title}, expense of {day_text(item.expense_on, locale)}, "
        f"{item.expense_payee}, {money_text(item.expense_amount, locale)}"
    )


@naming_values
def run_lend(args: argparse.Namespace, context: CliContext) -> int:
    """Lend an item; a kit lends its parts with it, each on a loan of its own."""
    from groupdesk.services.resources.kits import lend_kit, parts_of
    from groupdesk.services.resources.loans import get_loan, lend

    uow = context.workspace().uow()
    item_id = item_option(context, args.item)
    details: dict[str, Any] = {
        "borrower_id": person_option(context, args.borrower_id),
        "due_on": required_date("due_on", args.due_on),
        "out_on": date_option("out_on", args.out_on),
        "quantity": count_option("quantity", args.quantity) or 1,
        "deposit": money_option(context, "deposit", args.deposit),
        "notes": args.notes,
        **people(context, args, "handed_out_by_id"),
    }
    parts = []
    if parts_of(uow, kit_id=item_id):
        checklist = lend_kit(uow, kit_id=item_id, **details)
        loan, parts = get_loan(uow, loan_id=checklist.loan_id), checklist.lines
    else:
        loan = lend(uow, item_id=item_id, **details)
    if args.json:
        print_json({**plain(loan), "parts": [plain(line) for line in parts]})
        return EXIT_OK
    from groupdesk.services.wording import day_text

    locale = group_locale(context)
    said = [f"Lent {loan.item_name} to {loan.borrower_name}, due {day_text(loan.due_on, locale)}"]
    if parts:
        said.append("with " + ", ".join(_counted(line) for line in parts if line.loan_id))
    if loan.deposit_taken:
        said.append(f"deposit taken: {money_text(loan.deposit_taken, locale)}")
    print("; ".join(said) + f" (loan {loan.id})")
    return EXIT_OK


def _counted(line: Any) -> str:
    return f"{line.name} ×{line.count}" if line.count > 1 else str(line.name)


@naming_values
def run_return(args: argparse.Namespace, context: CliContext) -> int:
    """Take a loan back; a kit's comes back with its parts, less those said to be missing."""
    from groupdesk.errors import ValidationError
    from groupdesk.models.resources import Loan
    from groupdesk.services.record_ids import find_id
    from groupdesk.services.resources.kits import kit_checklist, parts_of, return_kit
    from groupdesk.services.resources.loans import get_loan, return_loan

    uow = context.workspace().uow()
    loan_id = find_id(uow, Loan, args.loan, what="loan")
    details: dict[str, Any] = {
        "returned_on": date_option("returned_on", args.returned_on),
        "condition_in": args.condition_in,
        "condition_note": args.condition_note,
        "deposit_kept": money_option(context, "deposit_kept", args.deposit_kept),
        "kept_reason": args.kept_reason,
        **people(context, args, "received_by_id"),
    }
    missing = {
        item_option(context, text) for text in (args.missing or "").split(",") if text.strip()
    }
    still_out = []
    if parts_of(uow, kit_id=get_loan(uow, loan_id=loan_id).item_id):
        back = [
            line.part_id
            for line in kit_checklist(uow, loan_id=loan_id).still_out
            if line.part_id not in missing
        ]
        still_out = return_kit(uow, loan_id=loan_id, parts_back=back, **details).still_out
    elif missing:
        raise ValidationError.single("missing", "only the parts of a kit can be missing")
    else:
        return_loan(uow, loan_id=loan_id, **details)
    loan = get_loan(uow, loan_id=loan_id)
    if args.json:
        print_json({**plain(loan), "parts_still_out": [plain(line) for line in still_out]})
        return EXIT_OK
    locale = group_locale(context)
    said = [f"Returned {loan.item_name} from {loan.borrower_name}"]
    if loan.days_late:
        said.append(f"{loan.days_late} days late")
    if loan.deposit_returned is not None:
        said.append(f"deposit given back: {money_text(loan.deposit_returned, locale)}")
    if loan.deposit_kept:
        said.append(f"kept: {money_text(loan.deposit_kept, locale)} ({loan.kept_reason})")
    if loan.fee_charged:
        said.append(f"late fee: {money_text(loan.fee_charged, locale)}")
    if still_out:
        said.append("still out: " + ", ".join(_counted(line) for line in still_out))
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
