"""Option values shared by the area commands: dates as people type them, records by id (or by
the start of one)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from groupdesk.cli.context import CliContext


def date_option(field: str, text: str | None) -> date | None:
    """`text` as a date (None when empty); a bad date names `field`."""
    from groupdesk.errors import ValidationError
    from groupdesk.services.members.fields import parse_date

    if text is None or not text.strip():
        return None
    try:
        return parse_date(text)
    except ValueError as problem:
        raise ValidationError.single(field, str(problem)) from None


def member_option(context: CliContext, text: str) -> str:
    """The member named by `text` (an id, or the start of one)."""
    from groupdesk.services.members.records import find_member_id

    return find_member_id(context.workspace().uow(), text)


def checkin_option(context: CliContext, text: str) -> str:
    """The check-in named by `text` (an id, or the start of one)."""
    from groupdesk.models.members import CheckIn
    from groupdesk.services.record_ids import find_id

    return find_id(context.workspace().uow(), CheckIn, text, what="check-in")


def record_option(context: CliContext, table: str, text: str) -> str:
    """The record of `table` named by `text` (an id, or the start of one); an unknown table's
    id is taken as it is (the service says there is no such table)."""
    from groupdesk.models.base import model_for_table
    from groupdesk.services.record_ids import find_id

    model = model_for_table(table)
    if model is None:
        return text
    what = model.__record_label__ or f"{table} record"
    return find_id(context.workspace().uow(), model, text, what=what)


def passphrase_option(path: Path | None) -> str | None:
    """The passphrase in the file `path` (one line), so it never shows in the shell's history."""
    from groupdesk.errors import ValidationError

    if path is None:
        return None
    try:
        return path.read_text(encoding="utf-8").rstrip("\r\n")
    except OSError as problem:
        raise ValidationError.single(
            "passphrase-file", f"{path} cannot be read ({problem.strerror})"
        ) from None


def add_out_option(parser: Any, *, metavar: str, help: str, also: tuple[str, ...] = ()) -> None:
    """`--out FILE`, the one way every command that writes a file is told where. The file as a
    plain argument (`reports roster roster.pdf`, as earlier versions took it) still works."""
    parser.add_argument("--out", *also, dest="out", type=Path, metavar=metavar, help=help)
    parser.add_argument("file", nargs="?", type=Path, metavar=metavar, help=argparse.SUPPRESS)
    add_force_option(parser)


def add_force_option(parser: Any) -> None:
    """`--force`: replace the file the command writes if it exists already."""
    parser.add_argument("--force", action="store_true", help="replace the file if it exists")


def out_path(args: argparse.Namespace, *, example: str, context: CliContext) -> Path:
    """Where the command writes: `--out FILE` or the file given as a plain argument, checked
    (`groupdesk.services.output_files.check_output_path`) before any work is done."""
    from groupdesk.errors import ValidationError
    from groupdesk.services.output_files import check_output_path

    if args.out is not None and args.file is not None and args.out != args.file:
        raise ValidationError.single(
            "out", f"name one file to write, not both {args.file} and {args.out}"
        )
    found: Path | None = args.out or args.file
    if found is None:
        raise ValidationError.single("out", f"say where to write it, e.g. --out {example}")
    return check_output_path(found, data_paths=context.paths, force=args.force)


def name_options(parser: argparse.ArgumentParser) -> None:
    """Tell every command which option sets which field (`joined_on` → `--joined`), so an
    error about a field names what the person typed (`context.error_lines`)."""
    options = {
        action.dest: max(action.option_strings, key=len)
        for action in parser._actions
        if action.option_strings and action.dest != "help"
    }
    parser.set_defaults(field_options=options)
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for command in action.choices.values():
                name_options(command)
