"""The `groupdesk` command line: a second front end beside the GUI, over the same services.

Contract (kept stable; later areas add commands): a global `--data-dir DIR`; list commands take
`--json` and print an array of objects with stable keys (money as decimal strings, dates ISO
8601); bad input is reported on stderr naming the field and value, with exit status 1; usage
errors exit 2. Only the standard library is imported until a command needs more, so that
`groupdesk --version` answers at once.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from groupdesk.cli.options import name_options
from groupdesk.registry import command_modules


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The command line; given the `command` about to run, only the module declaring it is
    imported and registered (help and unknown commands get every area's)."""
    parser = argparse.ArgumentParser(
        prog="groupdesk",
        description="GroupDesk: your group's members, meetings, resources and grants, offline.",
    )
    # Not argparse's "version" action, which wants the version (the package metadata, ~30 ms
    # to import) while the parser is built for every command.
    parser.add_argument("--version", action="store_true", help="show the version and exit")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that this copy of GroupDesk works here (in a temporary folder, never your "
        "data) and exit: 0 if every check passed",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="the group's data folder (default: $GROUPDESK_DATA_DIR, else your user data folder)",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in command_modules(command):
        importlib.import_module(name).register(subparsers)
    name_options(parser)
    return parser


def _command_named(arguments: Sequence[str]) -> str | None:
    """The command the arguments plainly run: the first word that is not an option, after any
    `--data-dir DIR` or `--data-dir=DIR`; None for help, the version, or any other option
    before it (then the full parser, with every area's commands, decides). A second parser to
    find it imported and built more than `check` itself needs."""
    words = iter(arguments)
    for word in words:
        if word == "--data-dir":
            next(words, None)
        elif not word.startswith("--data-dir="):
            return None if word.startswith("-") else word
    return None


def _version() -> str:
    """The version, read from the package metadata only when asked (`groupdesk.__version__`)."""
    from groupdesk import __version__

    return __version__


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    if arguments[:1] == ["--version"]:
        print(f"groupdesk {_version()}")
        return 0
    parser = build_parser(_command_named(arguments))
    args = parser.parse_args(arguments)
    if args.version:
        print(f"groupdesk {_version()}")
        return 0
    if args.self_test:
        from groupdesk.selftest import run_self_test

        return 0 if run_self_test(lambda line: print(line, flush=True)) else 1
    from groupdesk.cli.context import run

    if getattr(args, "handler", None) is None:
        from groupdesk.cli.core import run_gui

        args.handler = run_gui
    return run(args)
