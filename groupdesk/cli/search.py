"""`groupdesk search TEXT`: every area's records matching what was typed (`services/search.py`)."""

from __future__ import annotations

import argparse
from typing import Any

from groupdesk.cli.context import EXIT_OK, CliContext, print_json, print_table


def register(subparsers: Any) -> None:
    search = subparsers.add_parser("search", help="find members and other records by name")
    search.add_argument("text", nargs="+", help="words that must all match")
    search.add_argument("--limit", type=int, default=20, help="hits per area (default 20)")
    search.add_argument("--json", action="store_true")
    search.set_defaults(handler=run_search)


def run_search(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.search import search_everywhere

    hits = search_everywhere(context.workspace().uow(), text=" ".join(args.text), limit=args.limit)
    if args.json:
        print_json([hit.as_dict() for hit in hits])
    elif not hits:
        print("Nothing matches.")
    else:
        print_table(
            ((hit.record, hit.title, hit.detail, hit.row_id) for hit in hits),
            ("record", "name", "detail", "id"),
        )
    return EXIT_OK
