"""`groupdesk expenses …`: a grant's expenses from the command line — add one with its receipts,
import a bank's CSV export, list them.

Amounts are typed the group's way ("42.10", "1.234,56" in de_DE). Warnings (a day outside the
grant's period, a line taken over budget) are printed on stderr after saving, as the GUI asks
about them before.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from groupdesk.cli.context import (
    EXIT_ERROR,
    EXIT_OK,
    CliContext,
    error,
    group_locale,
    print_json,
    print_table,
)
from groupdesk.cli.grants import grant_option, money_text
from groupdesk.cli.options import date_option, member_option

ADD_FIELD_OPTIONS = {
    "amount": "--amount",
    "payee": "--payee",
    "line_id": "--line",
    "spent_on": "--date",
    "paid_by_id": "--paid-by",
    "receipt": "--receipt",
}
IMPORT_FIELD_OPTIONS = {"line_id": "--line", "file": "FILE", "columns": "columns"}


def register(subparsers: Any) -> None:
    expenses = subparsers.add_parser("expenses", help="a grant's expenses: add, import, list")
    commands = expenses.add_subparsers(dest="expenses_command", metavar="COMMAND", required=True)

    add = commands.add_parser("add", help="record an expense, with its receipts")
    add.add_argument("grant", metavar="GRANT")
    add.add_argument("--amount", required=True, help="as you write it, e.g. 42.10")
    add.add_argument("--payee", help="who was paid")
    add.add_argument("--line", metavar="LINE", help="a budget line: its name or id")
    add.add_argument("--date", metavar="DATE", help="the day it was spent (default: today)")
    add.add_argument("--description")
    add.add_argument("--paid-by", metavar="MEMBER_ID", help="a member who paid it")
    add.add_argument("--receipt", action="append", type=Path, metavar="FILE", default=[])
    add.add_argument("--role", default="receipt", choices=("receipt", "invoice", "proof"))
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=run_add, field_options=ADD_FIELD_OPTIONS)

    bank = commands.add_parser("import", help="import spending from a bank's CSV export")
    bank.add_argument("grant", metavar="GRANT")
    bank.add_argument("file", type=Path, metavar="FILE")
    bank.add_argument("--dry-run", action="store_true", help="check and report; write nothing")
    bank.add_argument("--line", metavar="LINE", help="put every expense on this budget line")
    bank.add_argument("--skip-bad-rows", action="store_true", help="import the good rows")
    bank.add_argument("--again", action="store_true", help="import a file imported before")
    bank.add_argument("--encoding", help="UTF-8, Windows-1252, Mac Roman, …")
    mark = bank.add_mutually_exclusive_group()
    mark.add_argument("--decimal-comma", action="store_true", help="amounts like 1.234,56")
    mark.add_argument("--decimal-point", action="store_true", help="amounts like 1,234.56")
    bank.add_argument("--date-column", metavar="HEADER")
    bank.add_argument("--description-column", metavar="HEADER")
    bank.add_argument("--amount-column", metavar="HEADER")
    bank.add_argument("--json", action="store_true")
    bank.set_defaults(handler=run_import, field_options=IMPORT_FIELD_OPTIONS)

    listing = commands.add_parser("list", help="a grant's expenses")
    listing.add_argument("grant", metavar="GRANT")
    listing.add_argument("--without-receipt", action="store_true", help="only those without")
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=run_list)


def line_option(context: CliContext, grant_id: str, text: str | None) -> str | None:
    """The budget line of the grant named by `text`: its category (any case) or id."""
    from groupdesk.errors import ValidationError
    from groupdesk.services.grants.budget import budget_of

    if text is None:
        return None
    lines = budget_of(context.workspace().uow(), grant_id=grant_id)
    wanted = text.strip().casefold()
    found = [line for line in lines if line.category.casefold() == wanted] or [
        line for line in lines if line.id.startswith(text.strip())
    ]
    if len(found) != 1:
        names = ", ".join(line.category for line in lines) or "none yet"
        raise ValidationError.single(
            "line_id", f"{text!r} is not one budget line of this grant (its lines: {names})"
        )
    return found[0].id


def run_add(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.money import parse_money
    from groupdesk.services.grants.expenses import add_expense
    from groupdesk.services.grants.records import get_grant

    uow = context.workspace().uow()
    grant_id = grant_option(context, args.grant)
    locale = group_locale(context)
    currency = get_grant(uow, grant_id).currency
    with uow:
        today = uow.today()
    saved = add_expense(
        uow,
        grant_id=grant_id,
        line_id=line_option(context, grant_id, args.line),
        spent_on=date_option("--date", args.date) or today,
        payee=args.payee or "",
        amount=parse_money(args.amount, currency=currency, locale=locale, field="amount"),
        description=args.description,
        paid_by_id=member_option(context, args.paid_by) if args.paid_by else None,
        receipts=args.receipt,
        receipt_role=args.role,
    )
    for warning in saved.warnings:
        print(f"groupdesk: warning: {warning.message}", file=sys.stderr)
    if args.json:
        print_json(
            {
                **saved.expense.as_dict(),
                "warnings": [w.message for w in saved.warnings],
                "attached": [r.as_dict() for r in saved.receipts],
            }
        )
        return EXIT_OK
    expense = saved.expense
    print(
        f"Added {money_text(expense.amount, locale)} to {expense.payee} "
        f"with {len(saved.receipts)} receipts ({expense.id})"
    )
    return EXIT_OK


def run_import(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.grants.bank_import import import_bank_expenses

    grant_id = grant_option(context, args.grant)
    mapping = {
        name: header
        for name, header in (
            ("spent_on", args.date_column),
            ("description", args.description_column),
            ("amount", args.amount_column),
        )
        if header
    }
    report = import_bank_expenses(
        context.workspace().uow(),
        grant_id=grant_id,
        path=args.file,
        line_id=line_option(context, grant_id, args.line),
        dry_run=args.dry_run,
        skip_bad_rows=args.skip_bad_rows,
        mapping=mapping,
        encoding=args.encoding,
        decimal_mark="," if args.decimal_comma else "." if args.decimal_point else None,
        again=args.again,
    )
    if args.json:
        print_json(report.as_dict())
    else:
        for problem in report.errors:
            error(str(problem))
        if report.already_imported:
            lines = ", ".join(map(str, report.already_imported))
            print(f"Already imported, not imported again: lines {lines}")
        if report.money_in:
            print(f"Money in, not expenses: lines {', '.join(map(str, report.money_in))}")
        if report.dry_run:
            print(f"Dry run: {len(report.expenses)} expenses would be imported.")
        elif report.errors and not report.imported:
            error(
                f"nothing was imported: {len(report.bad_lines)} rows need fixing "
                "(or import the others with --skip-bad-rows)"
            )
        else:
            print(f"Imported {report.imported} expenses.")
    blocked = bool(report.errors) and not report.imported and not report.dry_run
    return EXIT_ERROR if blocked else EXIT_OK


def run_list(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.grants.expenses import list_expenses

    found = list_expenses(
        context.workspace().uow(),
        grant_id=grant_option(context, args.grant),
        without_receipt=args.without_receipt,
    )
    if args.json:
        print_json([expense.as_dict() for expense in found])
        return EXIT_OK
    locale = group_locale(context)
    print_table(
        (
            (e.spent_on, e.payee, money_text(e.amount, locale), e.line or "", e.receipts, e.id)
            for e in found
        ),
        ("DAY", "PAYEE", "AMOUNT", "LINE", "RECEIPTS", "ID"),
        locale=locale,
    )
    return EXIT_OK
