"""`groupdesk members …`: the members area from the command line (roles, skills and mentoring:
`cli/member_care.py`; check-ins: `cli/checkins.py`).

Every command calls the same services as the Members page, so every change is an ordinary
synced change. Members are named by id, or by the start of their id (at least 4 characters).
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from groupdesk.cli import member_care
from groupdesk.cli.context import (
    EXIT_ERROR,
    EXIT_OK,
    CliContext,
    confirm,
    error,
    print_json,
    print_table,
)
from groupdesk.cli.options import add_out_option, member_option, out_path
from groupdesk.messages import english_plural

if TYPE_CHECKING:
    from groupdesk.services.members.importing import ImportReport

#: `members add` options that set a field directly (option → field).
ADD_OPTIONS = (
    ("--preferred-name", "preferred_name"),
    ("--pronouns", "pronouns"),
    ("--email", "email"),
    ("--phone", "phone"),
    ("--address", "address"),
    ("--languages", "languages"),
    ("--accessibility-needs", "accessibility_needs"),
    ("--status", "status"),
    ("--joined", "joined_on"),
    ("--left", "left_on"),
    ("--notes", "notes"),
)


def register(subparsers: Any) -> None:
    _register_members(subparsers)


def _register_members(subparsers: Any) -> None:
    members = subparsers.add_parser("members", help="the group's members: list, add, import, …")
    commands = members.add_subparsers(dest="members_command", metavar="COMMAND", required=True)

    listing = commands.add_parser("list", help="list members (sorted by name)")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.add_argument("--search", metavar="TEXT", help="names, email, roles, skills")
    listing.add_argument("--status", choices=("active", "inactive", "left"))
    listing.add_argument("--role", help="holding this role today")
    listing.add_argument("--skill", help="with this skill or interest")
    listing.add_argument("--consent", choices=("contact", "photo", "roster"))
    listing.add_argument(
        "--sort", default="name", choices=("name", "joined", "last_seen", "status")
    )
    listing.add_argument(
        "--include-deleted", action="store_true", help="deleted, merged, forgotten"
    )
    listing.set_defaults(handler=run_list)

    show = commands.add_parser("show", help="one member with roles, skills, mentoring, history")
    show.add_argument("id", metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)

    add = commands.add_parser("add", help="add a member")
    add.add_argument("--full-name", required=True)
    for option, field in ADD_OPTIONS:
        add.add_argument(option, dest=field, metavar="DATE" if field.endswith("_on") else None)
    add.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="FIELD=VALUE",
        help="any other field, e.g. consent_photo=yes",
    )
    add.set_defaults(handler=run_add)

    edit = commands.add_parser("edit", help="change fields of a member")
    edit.add_argument("id", metavar="ID")
    edit.add_argument("--set", action="append", default=[], required=True, metavar="FIELD=VALUE")
    edit.set_defaults(handler=run_edit)

    for name, text, handler in (
        ("delete", "delete a member (restore brings them back)", run_delete),
        ("restore", "bring back a deleted member", run_restore),
        ("unmerge", "undo the merge of this record into another", run_unmerge),
    ):
        command = commands.add_parser(name, help=text)
        command.add_argument("id", metavar="ID")
        command.set_defaults(handler=handler)

    forget = commands.add_parser("forget", help="forget a member at their request (no undo)")
    forget.add_argument("id", metavar="ID")
    forget.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    forget.set_defaults(handler=run_forget)

    merge = commands.add_parser("merge", help="merge a duplicate record into the one to keep")
    merge.add_argument("keep_id", metavar="KEEP_ID")
    merge.add_argument("other_id", metavar="OTHER_ID")
    merge.set_defaults(handler=run_merge)

    duplicates = commands.add_parser("duplicates", help="list likely duplicate records")
    duplicates.add_argument("--json", action="store_true")
    duplicates.add_argument("--threshold", type=int, default=85, help="0-100 (default 85)")
    duplicates.set_defaults(handler=run_duplicates)

    importing = commands.add_parser("import", help="import members from a CSV file")
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument("--dry-run", action="store_true", help="check only, write nothing")
    importing.add_argument(
        "--skip-bad-rows", action="store_true", help="import the good rows even if some are bad"
    )
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="HEADER=FIELD",
        help="read a column as a field, e.g. --map 'Vorname=full_name' (several columns mapped to "
        "full_name are joined into the name; FIELD empty: leave the column out)",
    )
    importing.add_argument(
        "--encoding",
        metavar="NAME",
        help="read the file in this encoding when the names in the dry run look wrong "
        "(e.g. 'Windows-1252', 'Mac Roman', 'UTF-16')",
    )
    importing.add_argument(
        "--existing",
        choices=("skip", "merge", "add"),
        help="rows matching a member already here: leave them out, fill in what the member's "
        "record lacks, or add them anyway (asked for when there are any)",
    )
    importing.add_argument(
        "--again", action="store_true", help="import a file that was imported here before"
    )
    importing.add_argument("--json", action="store_true", help="print the report as JSON")
    importing.set_defaults(handler=run_import)

    export = commands.add_parser("export", help="export members to a CSV file (Excel reads it)")
    add_out_option(export, metavar="FILE.csv", help="where to write the CSV file")
    export.add_argument("--without-left", action="store_true", help="leave out who has left")
    export.set_defaults(handler=run_export)

    member_care.register(commands)


# --- helpers ---------------------------------------------------------------------------------


def _pairs(option: str, items: list[str]) -> dict[str, str]:
    from groupdesk.errors import ValidationError

    found = {}
    for item in items:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            raise ValidationError.single(option, f"{item!r} is not FIELD=VALUE")
        found[key.strip()] = value
    return found


def _name(context: CliContext, member_id: str) -> str:
    from groupdesk.services.members.records import get_member

    return get_member(context.workspace().uow(), member_id).display_name


# --- members ---------------------------------------------------------------------------------


def run_list(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.members.records import list_members
    from groupdesk.services.settings import get_settings
    from groupdesk.services.wording import day_text

    rows = list_members(
        context.workspace().uow(),
        search=args.search,
        status=args.status,
        role=args.role,
        skill=args.skill,
        consent=args.consent,
        include_deleted=args.include_deleted,
        sort=args.sort,
        today=date.today(),
    )
    if args.json:
        print_json([row.as_dict() for row in rows])
        return EXIT_OK
    locale = get_settings(context.workspace().uow()).locale
    print_table(
        (
            (
                r.id,
                r.display_name + (" [deleted]" if r.deleted and not r.erased else ""),
                r.status,
                r.email,
                r.phone,
                ", ".join(r.roles),
                day_text(r.last_seen, locale) if r.last_seen else None,
            )
            for r in rows
        ),
        ("ID", "Name", "Status", "Email", "Phone", "Roles", "Last seen"),
    )
    return EXIT_OK


def run_show(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.members.detail import member_detail
    from groupdesk.services.settings import get_settings
    from groupdesk.services.wording import day_text, field_label, moment_text

    detail = member_detail(context.workspace().uow(), member_id=member_option(context, args.id))
    if args.json:
        print_json(detail.as_dict())
        return EXIT_OK
    member = detail.member
    locale = get_settings(context.workspace().uow()).locale

    def day(value: date | None) -> str | None:
        return day_text(value, locale) if value else None

    print(member.display_name)
    for label, value in (
        ("ID", member.id),
        ("Status", member.status),
        ("Pronouns", member.pronouns),
        ("Email", member.email),
        ("Phone", member.phone),
        ("Address", member.address),
        ("Languages", member.languages),
        ("Accessibility", member.accessibility_needs),
        ("Joined", day(member.joined_on)),
        ("Left", day(member.left_on)),
        ("Last seen", day(detail.last_seen)),
        ("Notes", member.notes),
        ("Forgotten", day(member.erased_at)),
        ("Merged into", member.merged_into_id),
    ):
        if value not in (None, ""):
            print(f"  {label + ':':<14} {value}")
    consents = [k for k in ("contact", "photo", "roster") if getattr(member, f"consent_{k}")]
    print(f"  {'Consents:':<14} {', '.join(consents) or 'none'}")
    for title, lines in (
        (
            "Roles",
            [
                f"{r.role} ({day(r.started_on) or '?'} – {day(r.ended_on) or 'now'})"
                for r in detail.roles
            ],
        ),
        (
            "Skills",
            [f"{s.name} ({s.kind}{', can teach' if s.can_teach else ''})" for s in detail.skills],
        ),
        (
            "Mentoring",
            [
                f"{m.mentor_name} mentors {m.mentee_name} since {day(m.started_on)}"
                + (f", ended {day(m.ended_on)}" if m.ended_on else "")
                for m in detail.mentorships
            ],
        ),
        (
            "Check-ins",
            [
                f"{day(c.checked_on)} {c.how} by {c.by_name or '—'}: {c.note or ''}".rstrip(": ")
                + (f" (follow up {day(c.follow_up_on)})" if c.follow_up_open else "")
                for c in detail.checkins
            ],
        ),
        (
            "History",
            [
                f"{moment_text(e.at, locale)} {e.device_name}: {e.action} {e.record}"
                + (f" ({e.relation})" if e.relation else "")
                + (
                    ""
                    if e.action == "added"
                    else " " + ", ".join(field_label(f) for f, _v in e.fields)
                )
                for e in detail.history[:20]
            ],
        ),
    ):
        if lines:
            print(f"{title}:")
            for line in lines:
                print(f"  {line}")
    return EXIT_OK


def run_add(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.members.records import add_member

    values: dict[str, object] = {"full_name": args.full_name}
    values.update({f: getattr(args, f) for _o, f in ADD_OPTIONS if getattr(args, f) is not None})
    values.update(_pairs("set", args.set))
    member = add_member(context.workspace().uow(), values=values, today=date.today())
    print(f"Added {member.display_name} ({member.id})")
    _say_namesakes(context, member.id, member.full_name)
    return EXIT_OK


def _say_namesakes(context: CliContext, added_id: str, full_name: str) -> None:
    """A hint, not a refusal: two people may share a name, but often it is one person twice."""
    from groupdesk.services.members.duplicates import namesakes

    others = [
        n for n in namesakes(context.workspace().uow(), full_name=full_name) if n.id != added_id
    ]
    if len(others) == 1:
        print(
            f"There is already a member called {others[0].full_name} (id {others[0].id}): "
            "added anyway."
        )
    elif others:
        ids = ", ".join(n.id for n in others)
        print(
            f"There are already {len(others)} members called {full_name} (ids {ids}): added anyway."
        )


def run_edit(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.members.records import edit_member

    member = edit_member(
        context.workspace().uow(),
        member_id=member_option(context, args.id),
        changes=_pairs("set", args.set),
        today=date.today(),
    )
    print(f"Saved {member.display_name} ({member.id})")
    return EXIT_OK


def run_delete(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.members.records import delete_member

    member = delete_member(context.workspace().uow(), member_id=member_option(context, args.id))
    print(
        f"Deleted {member.display_name}; `groupdesk members restore {member.id}` brings them back"
    )
    return EXIT_OK


def run_restore(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.members.records import restore_member

    member = restore_member(context.workspace().uow(), member_id=member_option(context, args.id))
    print(f"Restored {member.display_name}")
    return EXIT_OK


def run_forget(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.members.erasure import forget_member

    member_id = member_option(context, args.id)
    name = _name(context, member_id)
    if not confirm(
        f"Forget {name} for good? Their personal details and their history are blanked "
        "here, and on the other laptops after the next sync.",
        yes=args.yes,
        doing=f"Forgetting {name} cannot be undone: it",
    ):
        return EXIT_ERROR
    result = forget_member(context.workspace().uow(), member_id=member_id, today=date.today())
    print(
        f"Forgot {name}: personal details blanked on their record"
        + (
            f" and {_counted('%n merged record(s)', result.merged_records)}"
            if result.merged_records
            else ""
        )
        + f", {_counted('%n related record(s)', result.related_rows)} and"
        f" {_counted('%n past value(s)', result.history_values)}. "
        "Other laptops forget them after the next sync."
    )
    return EXIT_OK


def run_merge(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.members.merge import merge_members

    keep, other = member_option(context, args.keep_id), member_option(context, args.other_id)
    other_name = _name(context, other)
    result = merge_members(context.workspace().uow(), keep_id=keep, other_id=other)
    moved = ", ".join(f"{count} {table}" for table, count in sorted(result.moved.items()))
    print(
        f"Merged {other_name} into {_name(context, keep)}"
        + (f"; moved {moved}" if moved else "")
        + (f"; filled {', '.join(result.filled)}" if result.filled else "")
        + f". Undo with `groupdesk members unmerge {other}`."
    )
    return EXIT_OK


def run_unmerge(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.members.merge import unmerge_member

    member_id = member_option(context, args.id)
    result = unmerge_member(context.workspace().uow(), member_id=member_id)
    print(
        f"Separated {_name(context, member_id)} from {_name(context, result.survivor_id)} again; "
        f"moved back {_counted('%n record(s)', result.moved_back)}"
        + (f", left {result.left_in_place} changed since" if result.left_in_place else "")
    )
    return EXIT_OK


def run_duplicates(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.members.duplicates import find_duplicates

    pairs = find_duplicates(context.workspace().uow(), threshold=args.threshold)
    if args.json:
        print_json([pair.as_dict() for pair in pairs])
        return EXIT_OK
    print_table(
        (
            (
                p.score,
                p.first.full_name,
                p.first.id,
                p.second.full_name,
                p.second.id,
                ", ".join(p.reasons),
            )
            for p in pairs
        ),
        ("Score", "Name", "ID", "Other name", "Other ID", "Why"),
    )
    return EXIT_OK


def run_import(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.errors import ValidationError
    from groupdesk.services.members.importing import import_members

    mapping = {header: (field or None) for header, field in _pairs("map", args.map).items()}
    try:
        report = import_members(
            context.workspace().uow(),
            path=args.file,
            dry_run=args.dry_run,
            skip_bad_rows=args.skip_bad_rows,
            mapping=mapping,
            encoding=args.encoding,
            existing=args.existing,
            today=date.today(),
            again=args.again,
        )
    except ValidationError as problem:
        if "columns" not in problem.errors:
            raise
        raise ValidationError.single(
            "columns",
            problem.errors["columns"] + ". Say what a column is with --map HEADER=FIELD "
            "(several columns mapped to full_name are joined into the name; FIELD empty "
            "leaves a column out)",
        ) from None
    if args.json:
        print_json(report.as_dict())
    else:
        _print_import_report(args, report)
    skipping = args.skip_bad_rows and report.valid_rows > 0
    if report.waiting_for_choice and not report.dry_run:
        return EXIT_ERROR
    return EXIT_ERROR if report.errors and not skipping else EXIT_OK


def _counted(template: str, count: int) -> str:
    """ "1 member", "100,000 members": the count grouped, the noun for one or many."""
    return english_plural(template, count, f"{count:,}")


def _print_import_report(args: argparse.Namespace, report: ImportReport) -> None:
    bad = len(report.bad_lines)
    print(
        f"Read {_counted('%n row(s)', report.rows)} of {args.file.name} ({report.encoding}): "
        f"{report.valid_rows:,} good, {bad:,} with problems."
    )
    if report.encoding_guessed:
        print(
            f"The encoding is a guess: {report.encoding}. Names read: "
            + "; ".join(report.sample_names)
            + ". If they look wrong, try --encoding with "
            + " or ".join(map(repr, report.other_encodings[:2]))
            + "."
        )
    if report.ignored_columns:
        columns = english_plural("the column(s)", len(report.ignored_columns))
        print(f"Not imported: {columns} " + ", ".join(map(repr, report.ignored_columns)))
    skipping = args.skip_bad_rows and report.valid_rows > 0
    for problem in report.errors:
        if skipping:
            print(f"{'skipped' if report.imported or report.merged else 'would skip'} {problem}")
        else:
            error(str(problem))
    if report.already_here:
        print(f"Already here ({len(report.already_here)}):")
        for match in report.already_here:
            print(
                f"  line {match.line} ({match.who}) is {match.member_name} "
                f"({match.member_id}): {match.why}"
            )
        if report.waiting_for_choice:
            print(
                "Say what to do with them: --existing skip (leave them out), merge (fill in "
                "what their records lack) or add (add them as new members anyway)."
            )
    if report.dry_run:
        print("Dry run: nothing was written.")
    elif report.imported or report.merged:
        merged = (
            f"; filled in {_counted('%n member(s)', report.merged)} already here"
            if report.merged
            else ""
        )
        lines = english_plural("line(s)", len(report.skipped_lines))
        skipped = f"; skipped {lines} {', '.join(map(str, report.skipped_lines))}" if bad else ""
        print(f"Imported {_counted('%n member(s)', report.imported)}{merged}{skipped}.")
    elif report.waiting_for_choice:
        print("Nothing was imported.")
    elif report.already_here and not bad:
        print("Nothing was imported: every row is already here.")
    elif bad:
        print("Nothing was imported. Fix those rows, or use --skip-bad-rows to leave them out.")


def run_export(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.members.export import export_members

    summary = export_members(
        context.workspace().uow(),
        path=out_path(args, example="members.csv", context=context),
        include_left=not args.without_left,
    )
    print(f"Exported {_counted('%n member(s)', summary.members)} to {summary.path}")
    return EXIT_OK
