"""`groupdesk reports KIND --out FILE.pdf`: the printed reports, written as PDF files.

The kinds are the reports the areas register (`groupdesk.registry.reports()`), so a new report
needs no edit here: a meeting report takes `--meeting ID`, a grant report `--grant ID` (and
`--narrative FILE`, the group's own words), the others nothing more.
"""

from __future__ import annotations

import argparse
from typing import Any

from groupdesk.cli.context import EXIT_OK, CliContext, print_json
from groupdesk.cli.options import add_out_option, date_option, out_path

#: `--paper` as typed, and as the reports name it.
PAPERS = {"a4": "A4", "letter": "Letter"}
#: How to find a valid subject of each kind, said when one is missing or wrong.
FINDING = {
    "meeting": "`groupdesk meetings list` shows the meetings and their ids",
    "grant": "`groupdesk grants list` shows the grants and their ids",
    "year": "type the year the financial year starts in as four digits, like --year 2026",
}


def register(subparsers: Any) -> None:
    from groupdesk.registry import reports as registered

    reports = subparsers.add_parser("reports", help="print reports as PDF files (the roster, …)")
    commands = reports.add_subparsers(dest="reports_command", metavar="KIND", required=True)
    for entry in registered():
        kind = commands.add_parser(entry.key, help=entry.title)
        add_out_option(kind, metavar="FILE.pdf", help="where to write the PDF")
        if entry.subject == "meeting":
            kind.add_argument("--meeting", metavar="ID", help=f"the meeting ({FINDING['meeting']})")
        if entry.subject == "grant":
            kind.add_argument("--grant", metavar="ID", help=f"the grant ({FINDING['grant']})")
        if entry.subject == "year":
            kind.add_argument(
                "--year",
                metavar="YYYY",
                help="the financial year, named by the year it starts in (Settings says when)",
            )
        if entry.subject in ("grant", "year"):
            kind.add_argument(
                "--narrative",
                metavar="FILE",
                help="a text file of the group's own words (UTF-8), printed in the report",
            )
        kind.add_argument(
            "--paper", choices=sorted(PAPERS), help="the paper (default: the group's, in Settings)"
        )
        kind.add_argument("--date", metavar="DATE", help="the date printed on it (default: today)")
        kind.add_argument("--json", action="store_true")
        kind.set_defaults(handler=run_report, report=entry.key)


def run_report(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.registry import load, reports

    entry = next(entry for entry in reports() if entry.key == args.report)
    subject: dict[str, str | int] = {}
    if entry.subject == "meeting":
        subject["meeting"] = _meeting(context, args.meeting)
    if entry.subject == "grant":
        subject["grant"] = _grant(context, args.grant)
    if entry.subject == "year":
        subject["year"] = _year(args.year)
    if entry.subject in ("grant", "year") and args.narrative:
        subject["narrative"] = _narrative(args.narrative)
    result = load(entry.writer)(
        context.workspace().uow(),
        out_path(args, example=f"{entry.key}.pdf", context=context),
        today=date_option("date", args.date),
        paper_size=PAPERS.get(args.paper or ""),
        **subject,
    )
    if args.json:
        print_json(result.as_dict())
    else:
        print(result.sentence)
    return EXIT_OK


def _meeting(context: CliContext, key: str | None) -> str:
    """The meeting asked for, checked before anything is written; a missing or wrong one says
    where to find the ids."""
    from groupdesk.errors import GroupDeskError, NotFoundError, ValidationError
    from groupdesk.services.meetings.records import meeting_detail

    if not key:
        raise ValidationError.single(
            "meeting", f"say which meeting, --meeting ID; {FINDING['meeting']}"
        )
    try:
        meeting_detail(context.workspace().uow(), meeting=key)
    except GroupDeskError as problem:
        raise NotFoundError(f"{problem} {FINDING['meeting'].capitalize()}.") from None
    return key


def _grant(context: CliContext, key: str | None) -> str:
    """The grant asked for (an id or the start of one), checked before anything is written."""
    from groupdesk.cli.grants import grant_option
    from groupdesk.errors import GroupDeskError, NotFoundError, ValidationError

    if not key:
        raise ValidationError.single("grant", f"say which grant, --grant ID; {FINDING['grant']}")
    try:
        return grant_option(context, key)
    except GroupDeskError as problem:
        raise NotFoundError(f"{problem} {FINDING['grant'].capitalize()}.") from None


def _year(text: str | None) -> int:
    """The financial year asked for, as the year it starts in; a missing or wrong one says
    what to type."""
    from groupdesk.errors import ValidationError

    typed = (text or "").strip()
    if not typed:
        raise ValidationError.single("year", f"say which year: {FINDING['year']}")
    if not (typed.isascii() and typed.isdigit() and len(typed) == 4 and typed >= "1900"):
        raise ValidationError.single("year", f"{typed!r} is not a year; {FINDING['year']}")
    return int(typed)


def _narrative(name: str) -> str:
    """The text of the narrative file (UTF-8); one that cannot be read is named."""
    from pathlib import Path

    from groupdesk.errors import ValidationError

    try:
        return Path(name).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as problem:
        reason = problem.strerror if isinstance(problem, OSError) else "it is not UTF-8 text"
        raise ValidationError.single("narrative", f"{name} cannot be read ({reason})") from None
