"""`groupdesk reports …`: the printed reports, written as PDF files."""

from __future__ import annotations

import argparse
from typing import Any

from groupdesk.cli.context import EXIT_OK, CliContext, print_json
from groupdesk.cli.options import add_out_option, date_option, out_path


def register(subparsers: Any) -> None:
    reports = subparsers.add_parser("reports", help="print reports as PDF files (the roster, …)")
    commands = reports.add_subparsers(dest="reports_command", metavar="COMMAND", required=True)

    roster = commands.add_parser(
        "roster", help="the membership roster: active members who agreed to be listed"
    )
    add_out_option(roster, metavar="FILE.pdf", help="where to write the PDF")
    roster.add_argument("--date", metavar="DATE", help="the date printed on it (default: today)")
    roster.add_argument("--json", action="store_true")
    roster.set_defaults(handler=run_roster)


def run_roster(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.reports.roster import write_roster

    result = write_roster(
        context.workspace().uow(),
        out_path(args, example="roster.pdf"),
        today=date_option("date", args.date),
    )
    if args.json:
        print_json(
            {
                "file": str(result.path),
                "listed": result.listed,
                "not_listed": result.not_listed,
                "pages": result.pages,
                "warnings": list(result.warnings),
            }
        )
    else:
        print(
            f"Wrote {result.path}: {result.listed} member(s) listed on {result.pages} page(s); "
            f"{result.not_listed} active member(s) not listed (no consent to the printed roster)."
        )
        for warning in result.warnings:
            print(f"Warning: {warning}")
    return EXIT_OK
