"""`groupdesk grants …` and `groupdesk funders list`: grants from the command line.

A grant is named by its id (or the start of one). Money in --json is a decimal string beside
its currency code ({"amount": "1234.50", "currency": "EUR"}), never a float; totals are per
currency, never summed across currencies. The commands call the same services as the GUI.
"""

from __future__ import annotations

import argparse
from typing import Any

from groupdesk.cli.context import EXIT_OK, CliContext, group_locale, print_json, print_table
from groupdesk.cli.options import date_option, member_option

#: How `grants move` names a field in an error: by its option.
MOVE_FIELD_OPTIONS = {
    "to_state": "--to",
    "changed_on": "--on",
    "by_id": "--by",
    "awarded": "--awarded",
}


def register(subparsers: Any) -> None:
    grants = subparsers.add_parser("grants", help="grants sought and given: list, show, move, …")
    commands = grants.add_subparsers(dest="grants_command", metavar="COMMAND", required=True)

    listing = commands.add_parser("list", help="grants with awarded, received, spent, remaining")
    direction = listing.add_mutually_exclusive_group()
    direction.add_argument("--incoming", action="store_true", help="only grants the group seeks")
    direction.add_argument("--outgoing", action="store_true", help="only micro-grants it gives")
    listing.add_argument("--state", action="append", metavar="STATE", help="only these states")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(handler=run_list)

    show = commands.add_parser("show", help="one grant: details and budget against actual")
    show.add_argument("grant", metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)

    move = commands.add_parser("move", help="move a grant to its next state")
    move.add_argument("grant", metavar="ID")
    move.add_argument("--to", required=True, metavar="STATE", help="e.g. submitted, awarded")
    move.add_argument("--on", metavar="DATE", help="the day it happened (default: today)")
    move.add_argument("--by", metavar="MEMBER_ID", help="who made the move")
    move.add_argument("--awarded", metavar="AMOUNT", help="with --to awarded: the amount")
    move.add_argument("--note")
    move.set_defaults(handler=run_move, field_options=MOVE_FIELD_OPTIONS)

    deadlines = commands.add_parser("deadlines", help="what is due in the next two months")
    deadlines.add_argument("--json", action="store_true")
    deadlines.set_defaults(handler=run_deadlines)

    export = commands.add_parser(
        "export", help="the evidence pack: expenses, budget against actual and every receipt"
    )
    export.add_argument("grant", metavar="ID")
    export.add_argument(
        "--out", required=True, metavar="DIR", help="an empty (or new) folder, or a .zip file"
    )
    export.add_argument("--json", action="store_true")
    export.set_defaults(handler=run_export, field_options={"out": "--out"})

    funders = subparsers.add_parser("funders", help="who funds the group")
    funder_commands = funders.add_subparsers(
        dest="funders_command", metavar="COMMAND", required=True
    )
    funders_list = funder_commands.add_parser("list", help="funders and their grants")
    funders_list.add_argument("--json", action="store_true")
    funders_list.set_defaults(handler=run_funders)


def grant_option(context: CliContext, text: str) -> str:
    """The grant named by `text` (an id, or the start of one)."""
    from groupdesk.models.grants import Grant
    from groupdesk.services.record_ids import find_id

    return find_id(context.workspace().uow(), Grant, text, what="grant")


def money_text(money: Any, locale: str) -> str:
    from groupdesk.money import format_money

    return "" if money is None else format_money(money, locale)


def run_list(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.grants.figures import list_grant_figures, totals_by_currency

    direction = "incoming" if args.incoming else "outgoing" if args.outgoing else None
    grants = list_grant_figures(
        context.workspace().uow(), direction=direction, states=tuple(args.state or ())
    )
    totals = totals_by_currency(grants)
    if args.json:
        print_json(
            {
                "grants": [grant.as_dict() for grant in grants],
                "totals": [total.as_dict() for total in totals],
            }
        )
        return EXIT_OK
    locale = group_locale(context)
    print_table(
        (
            (
                g.row.id,
                g.row.title,
                g.row.state,
                g.counterpart,
                money_text(g.awarded, locale),
                money_text(g.received, locale),
                money_text(g.spent, locale),
                money_text(g.remaining, locale),
            )
            for g in grants
        ),
        ("ID", "TITLE", "STATE", "FROM/TO", "AWARDED", "RECEIVED", "SPENT", "REMAINING"),
    )
    if totals:
        print()
        print_table(
            (
                (
                    t.currency,
                    t.grants,
                    money_text(t.awarded, locale),
                    money_text(t.received, locale),
                    money_text(t.spent, locale),
                    money_text(t.remaining, locale),
                )
                for t in totals
            ),
            ("TOTAL IN", "GRANTS", "AWARDED", "RECEIVED", "SPENT", "REMAINING"),
        )
    return EXIT_OK


def run_show(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.grants.figures import grant_figures
    from groupdesk.services.grants.records import get_grant
    from groupdesk.services.wording import day_text

    uow = context.workspace().uow()
    grant_id = grant_option(context, args.grant)
    grant = get_grant(uow, grant_id)
    figures = grant_figures(uow, grant_id=grant_id)
    if args.json:
        print_json({**grant.as_dict(), "figures": figures.as_dict()})
        return EXIT_OK
    locale = group_locale(context)
    who = grant.funder_name or grant.applicant_name or ""
    print(f"{grant.title} ({grant.state}){f', {who}' if who else ''}")
    if grant.period_start or grant.period_end:
        period = f"{day_text(grant.period_start, locale)} to {day_text(grant.period_end, locale)}"
        print(f"Period: {period}")
    for label, amount in (
        ("Requested", grant.requested),
        ("Awarded", figures.awarded),
        ("Received", figures.received),
        ("Spent", figures.spent),
        ("Committed", figures.committed),
        ("Remaining", figures.remaining),
    ):
        print(f"{label}: {money_text(amount, locale) or '—'}")
    if figures.lines:
        print()
        print_table(
            (
                (
                    line.category,
                    money_text(line.budget, locale),
                    money_text(line.spent, locale),
                    money_text(line.remaining, locale),
                    f"over by {money_text(line.over, locale)}" if line.over else "",
                )
                for line in figures.lines
            ),
            ("BUDGET LINE", "BUDGET", "SPENT", "REMAINING", ""),
        )
    for heading, expenses in (
        ("Expenses on no budget line", figures.no_line),
        ("Expenses outside the grant period", figures.outside_period),
    ):
        if expenses:
            print(f"\n{heading}:")
            for e in expenses:
                print(
                    f"  {day_text(e.spent_on, locale)}, {e.payee}, {money_text(e.amount, locale)}"
                )
    return EXIT_OK


def run_move(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.money import parse_money
    from groupdesk.services.grants.pipeline import move_grant
    from groupdesk.services.grants.records import get_grant

    uow = context.workspace().uow()
    grant_id = grant_option(context, args.grant)
    awarded = None
    if args.awarded is not None:
        currency = get_grant(uow, grant_id).currency
        awarded = parse_money(
            args.awarded, currency=currency, locale=group_locale(context), field="awarded"
        )
    step = move_grant(
        uow,
        grant_id=grant_id,
        to_state=args.to,
        on=date_option("--on", args.on),
        by_id=member_option(context, args.by) if args.by else None,
        note=args.note,
        awarded=awarded,
    )
    print(f"Moved from {step.from_state} to {step.to_state}.")
    return EXIT_OK


def run_deadlines(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.grants.deadlines import grant_deadlines

    uow = context.workspace().uow()
    with uow:
        today = uow.today()
    found = grant_deadlines(uow, today=today)
    if args.json:
        print_json([deadline.as_dict() for deadline in found])
        return EXIT_OK
    locale = group_locale(context)
    what = {
        "application": "application due",
        "report": "{report_kind} report due",
        "period_end": "grant period ends",
        "at_risk": "{amount} unspent, period ends",
        "tranche": "{amount} waiting on the {report_kind} report",
    }
    print_table(
        (
            (
                d.day,
                "overdue" if d.overdue else "",
                d.title,
                what[d.kind].format(report_kind=d.report_kind, amount=money_text(d.amount, locale)),
                d.grant_id,
            )
            for d in found
        ),
        ("DAY", "", "GRANT", "WHAT", "ID"),
        locale=locale,
    )
    return EXIT_OK


def run_export(args: argparse.Namespace, context: CliContext) -> int:
    from pathlib import Path

    from groupdesk.services.grants.export import export_evidence_pack

    pack = export_evidence_pack(
        context.workspace().uow(), grant_id=grant_option(context, args.grant), out=Path(args.out)
    )
    if args.json:
        print_json(pack.as_dict())
        return EXIT_OK
    print(f"Wrote {pack.path}: {pack.expenses} expenses and {len(pack.receipts)} receipt files.")
    if pack.missing:
        print(
            f"{len(pack.missing)} receipt files are not on this laptop yet (sync them first): "
            + ", ".join(pack.missing)
        )
    return EXIT_OK


def run_funders(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.grants.funders import list_funders

    found = list_funders(context.workspace().uow())
    if args.json:
        print_json([funder.as_dict() for funder in found])
        return EXIT_OK
    print_table(
        ((f.id, f.name, f.kind, f.contact_person or "", f.grants, f.awarded) for f in found),
        ("ID", "NAME", "KIND", "CONTACT", "GRANTS", "AWARDED"),
    )
    return EXIT_OK
