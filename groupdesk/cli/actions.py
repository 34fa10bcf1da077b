"""`groupdesk actions …` and `groupdesk meetings decide`: action items and votes from the
command line, through the same services as the GUI.

`meetings decide` lives under `meetings` (see `groupdesk.cli.meetings`), which adds it with
`add_decide_command`; the outcome is computed from the counts, never given.
"""

from __future__ import annotations

import argparse
from typing import Any

from groupdesk.cli.context import EXIT_OK, CliContext, group_locale, print_json, print_table
from groupdesk.cli.options import date_option, member_option


def register(subparsers: Any) -> None:
    actions = subparsers.add_parser("actions", help="action items across meetings")
    commands = actions.add_subparsers(dest="actions_command", metavar="COMMAND", required=True)

    listing = commands.add_parser("list", help="actions, soonest due first")
    listing.add_argument("--open", action="store_true", help="only those still open")
    listing.add_argument("--overdue", action="store_true", help="only open ones past their due")
    listing.add_argument("--owner", metavar="MEMBER_ID", help="only this member's")
    listing.add_argument("--meeting", metavar="ID", help="only those raised at this meeting")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=run_list)

    add = commands.add_parser("add", help="raise an action, at a meeting or on its own")
    add.add_argument("--text", required=True, help="what is to be done")
    add.add_argument("--owner", metavar="MEMBER_ID")
    add.add_argument("--due", metavar="DATE", help="the day it is due, e.g. 2026-06-30")
    add.add_argument("--meeting", metavar="ID", help="the meeting it was raised at")
    add.add_argument("--item", metavar="AGENDA_ITEM_ID", help="the agenda item it came under")
    add.set_defaults(handler=run_add)

    done = commands.add_parser("done", help="mark an action done")
    done.add_argument("action", metavar="ID")
    done.add_argument("--at-meeting", metavar="ID", help="the meeting it was closed at")
    done.set_defaults(handler=run_done)


def add_decide_command(commands: Any) -> None:
    """`meetings decide ID --motion … --for N --against N --abstain N`, and `meetings quorum ID`
    to see the quorum before the vote is taken."""
    quorum = commands.add_parser("quorum", help="whether a meeting is quorate, before a vote")
    quorum.add_argument("meeting", metavar="ID")
    quorum.add_argument("--item", metavar="AGENDA_ITEM_ID", help="who is there at this item")
    quorum.add_argument("--json", action="store_true")
    quorum.set_defaults(handler=run_quorum)
    decide = commands.add_parser("decide", help="record a motion and its vote")
    decide.add_argument("meeting", metavar="ID")
    decide.add_argument("--motion", default="", help="the motion's text")
    for flag, help_text in (
        ("--for", "votes for (consensus: those who agree)"),
        ("--against", "votes against"),
        ("--abstain", "abstentions"),
        ("--stand-aside", "consensus: those who stand aside"),
        ("--block", "consensus: those who block"),
    ):
        decide.add_argument(flag, default="0", metavar="N", help=help_text)
    decide.add_argument(
        "--method", default="show of hands", help="show of hands, secret ballot or consensus"
    )
    decide.add_argument(
        "--rule",
        help="simple majority, two thirds, consensus or a share like 3/5 (default: the group's)",
    )
    decide.add_argument("--item", metavar="AGENDA_ITEM_ID", help="the agenda item it came under")
    decide.add_argument("--proposer", metavar="MEMBER_ID")
    decide.add_argument("--seconder", metavar="MEMBER_ID")
    decide.add_argument(
        "--proxy", action="append", default=[], metavar="HOLDER_ID", help="one per proxy vote"
    )
    decide.add_argument(
        "--chair-confirms", action="store_true", help="record the vote although not quorate"
    )
    decide.add_argument("--outcome", choices=("withdrawn", "deferred"), help="no vote taken")
    decide.add_argument(
        "--approves-minutes-of", metavar="ID", help="the earlier meeting whose minutes these are"
    )
    decide.add_argument("--json", action="store_true")
    decide.set_defaults(handler=run_decide)


def _count(field: str, text: str) -> int:
    from groupdesk.errors import ValidationError

    if not text.strip().isdigit():
        raise ValidationError.single(field, f"{text!r} is not a number of people")
    return int(text)


def run_decide(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.cli.meetings import meeting_option
    from groupdesk.errors import ValidationError
    from groupdesk.services.meetings.decisions import quorum_state, record_decision
    from groupdesk.services.meetings.outcomes import Counts

    counts = Counts(
        votes_for=_count("votes_for", args.__dict__["for"]),
        votes_against=_count("votes_against", args.against),
        abstentions=_count("abstentions", args.abstain),
        stand_asides=_count("stand_asides", args.stand_aside),
        blocks=_count("blocks", args.block),
    )
    uow = context.workspace().uow()
    meeting = meeting_option(context, args.meeting)
    try:
        decision = record_decision(
            uow,
            meeting=meeting,
            motion=args.motion,
            counts=counts,
            method=args.method,
            rule=args.rule,
            agenda_item_id=args.item,
            proposer_id=member_option(context, args.proposer) if args.proposer else None,
            seconder_id=member_option(context, args.seconder) if args.seconder else None,
            proxy_holders=[member_option(context, holder) for holder in args.proxy],
            chair_confirmed=args.chair_confirms,
            chosen_outcome=args.outcome,
            approves_minutes_of=(
                meeting_option(context, args.approves_minutes_of)
                if args.approves_minutes_of
                else None
            ),
        )
    except ValidationError as problem:
        if "chair_confirmed" in problem.errors:
            problem.errors["chair_confirmed"] += " (--chair-confirms)"
        raise
    if args.json:
        print_json(decision.as_dict())
        return EXIT_OK
    quorum = quorum_state(uow, meeting=decision.meeting_id, agenda_item_id=decision.agenda_item_id)
    if not quorum.needed:
        said = "no quorum rule"
    elif decision.quorum_met:
        said = f"quorate ({decision.present_count + decision.proxies} of {quorum.needed} needed)"
    else:
        said = f"NOT quorate ({decision.present_count + decision.proxies} of {quorum.needed}"
        said += " needed), recorded on the chair's confirmation"
    print(f"{decision.outcome.capitalize()}: {decision.motion}")
    print(
        f"{decision.votes_for} for, {decision.votes_against} against, "
        f"{decision.abstentions} abstaining ({decision.rule}); {said}"
    )
    print(f"Decision {decision.id}")
    return EXIT_OK


def run_quorum(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.cli.meetings import meeting_option
    from groupdesk.services.meetings.decisions import quorum_state

    meeting = meeting_option(context, args.meeting)
    state = quorum_state(context.workspace().uow(), meeting=meeting, agenda_item_id=args.item)
    if args.json:
        print_json(
            {"rule": state.rule, "needed": state.needed, "present": state.present, "met": state.met}
        )
    elif not state.needed:
        print(f"{state.present} present; the group has no quorum rule")
    else:
        met = "quorate" if state.met else "NOT quorate: a vote needs the chair's confirmation"
        print(f"{state.present} present of {state.needed} needed ({state.rule}): {met}")
    return EXIT_OK


def run_list(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.cli.meetings import meeting_option
    from groupdesk.services.meetings.actions import list_actions

    found = list_actions(
        context.workspace().uow(),
        owner_id=member_option(context, args.owner) if args.owner else None,
        open_only=args.open,
        overdue=args.overdue,
        meeting=meeting_option(context, args.meeting) if args.meeting else None,
    )
    if args.json:
        print_json([action.as_dict() for action in found])
        return EXIT_OK
    print_table(
        (
            (
                action.id,
                action.due_on,
                action.status + (" (overdue)" if action.overdue else ""),
                action.owner_name or "",
                action.text,
            )
            for action in found
        ),
        ("ID", "DUE", "STATUS", "OWNER", "ACTION"),
        locale=group_locale(context),
    )
    return EXIT_OK


def run_add(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.cli.meetings import meeting_option
    from groupdesk.services.meetings.actions import raise_action

    action_id = raise_action(
        context.workspace().uow(),
        text=args.text,
        owner_id=member_option(context, args.owner) if args.owner else None,
        due_on=date_option("due", args.due),
        meeting=meeting_option(context, args.meeting) if args.meeting else None,
        agenda_item_id=args.item,
    )
    print(action_id)
    return EXIT_OK


def run_done(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.cli.meetings import meeting_option
    from groupdesk.models.meetings import ActionItem
    from groupdesk.services.meetings.actions import mark_done
    from groupdesk.services.record_ids import find_id

    uow = context.workspace().uow()
    action_id = find_id(uow, ActionItem, args.action, what="action")
    at_meeting = meeting_option(context, args.at_meeting) if args.at_meeting else None
    mark_done(uow, action_id=action_id, at_meeting=at_meeting)
    print(f"Done: {action_id}" + (f" (closed at meeting {at_meeting})" if at_meeting else ""))
    return EXIT_OK
