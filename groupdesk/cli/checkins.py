"""`groupdesk checkins …`: support check-ins from the command line, and who is due one."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from groupdesk.cli.context import EXIT_OK, CliContext, group_locale, print_json, print_table
from groupdesk.cli.options import checkin_option, date_option, member_option


def register(subparsers: Any) -> None:
    checkins = subparsers.add_parser("checkins", help="support check-ins and who is due one")
    commands = checkins.add_subparsers(dest="checkins_command", metavar="COMMAND", required=True)

    add = commands.add_parser("add", help="record a check-in on a member")
    add.add_argument("member_id", metavar="MEMBER_ID")
    add.add_argument("--by", dest="by_id", metavar="ID", help="who checked in")
    add.add_argument("--how", required=True, choices=("call", "visit", "message", "other"))
    add.add_argument("--on", metavar="DATE", help="default: today")
    add.add_argument("--note")
    add.add_argument("--follow-up", metavar="DATE", help="when to check in again")
    add.set_defaults(handler=run_checkin_add)

    done = commands.add_parser("done", help="mark a check-in's follow-up as done")
    done.add_argument(
        "checkin_id", metavar="CHECKIN_ID", help="as `checkins due` lists it (or its start)"
    )
    done.add_argument("--on", metavar="DATE", help="default: today")
    done.set_defaults(handler=run_checkin_done)

    due = commands.add_parser("due", help="follow-ups due, and members not seen lately")
    due.add_argument("--within", type=int, default=7, metavar="DAYS", help="default 7")
    due.add_argument("--weeks", type=int, help="not seen for this many weeks (default: Settings)")
    due.add_argument("--json", action="store_true")
    due.set_defaults(handler=run_checkins_due)


def run_checkin_add(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.members.checkins import record_checkin

    made = record_checkin(
        context.workspace().uow(),
        member_id=member_option(context, args.member_id),
        by_id=member_option(context, args.by_id) if args.by_id else None,
        on=date_option("on", args.on) or date.today(),
        how=args.how,
        note=args.note,
        follow_up_on=date_option("follow_up", args.follow_up),
    )
    follow = f"; follow up on {made.follow_up_on}" if made.follow_up_on else ""
    print(f"Recorded a {made.how} with {made.member_name} on {made.checked_on}{follow} ({made.id})")
    return EXIT_OK


def run_checkin_done(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.members.checkins import complete_follow_up

    made = complete_follow_up(
        context.workspace().uow(),
        checkin_id=checkin_option(context, args.checkin_id),
        on=date_option("on", args.on) or date.today(),
    )
    print(f"Follow-up with {made.member_name} done on {made.follow_up_done_on}")
    return EXIT_OK


def run_checkins_due(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.members.checkins import checkins_due

    due = checkins_due(
        context.workspace().uow(), today=date.today(), within_days=args.within, weeks=args.weeks
    )
    if args.json:
        print_json([item.as_dict() for item in due])
        return EXIT_OK
    print_table(
        (
            (d.member_name, d.reason, d.due_on, d.last_seen or "never", d.member_id, d.checkin_id)
            for d in due
        ),
        ("Member", "Why", "Due / since", "Last seen", "Member ID", "Check-in ID"),
        locale=group_locale(context),
    )
    return EXIT_OK
