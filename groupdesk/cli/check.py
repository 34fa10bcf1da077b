"""`groupdesk check`: the data folder's integrity, schema and attached files.

A module of its own, so the parser a `check` builds holds this command alone: it is the quick
look a script or a worried volunteer runs, and it imports nothing the check does not use.
"""

from __future__ import annotations

import argparse
from typing import Any

from groupdesk.cli.context import CliContext, print_json


def register(subparsers: Any) -> None:
    check = subparsers.add_parser("check", help="check the database's integrity and schema")
    check.add_argument("--json", action="store_true", help="print the result as JSON")
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.health import check_data_folder

    report = check_data_folder(context.paths)
    if args.json:
        print_json(report.as_dict())
    else:
        for line in report.lines():
            print(line)
    return 0 if report.ok else 1
