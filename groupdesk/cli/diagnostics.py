"""`groupdesk diagnostics`: the same lines as Help → Copy diagnostics, for a message to whoever
helps the group (no personal data: `groupdesk.services.diagnostics`)."""

from __future__ import annotations

import argparse
from typing import Any

from groupdesk.cli.context import EXIT_OK, CliContext


def register(subparsers: Any) -> None:
    command = subparsers.add_parser(
        "diagnostics", help="versions, platform, data-folder size, last sync (nothing personal)"
    )
    command.set_defaults(handler=run_diagnostics)


def run_diagnostics(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.diagnostics import diagnostics

    print(diagnostics(context.workspace(require_group=False)).as_text())
    return EXIT_OK
