"""`groupdesk meetings …` and `groupdesk calendar export`: meetings from the command line.

A meeting is named by its id (or the start of one); an occurrence of a series that nothing was
recorded for yet by `SERIES@YYYYMMDDTHHMM`, as `meetings list` shows it (the series id may be
shortened too). The commands call the same services as the GUI.
"""

from __future__ import annotations

import argparse
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from groupdesk.cli.actions import add_decide_command
from groupdesk.cli.context import EXIT_OK, CliContext, group_locale, print_json, print_table
from groupdesk.cli.options import add_out_option, member_option, out_path

if TYPE_CHECKING:
    from groupdesk.services.meetings.decisions import DecisionData

DATE_TIME_EXAMPLE = "2026-06-01 19:00"
#: How `meetings add` names a field in an error: by its option.
ADD_FIELD_OPTIONS = {
    "starts_at": "--start",
    "ends_at": "--end",
    "duration_minutes": "--minutes",
    "chair_id": "--chair",
    "note_taker_id": "--note-taker",
}


def register(subparsers: Any) -> None:
    _register_meetings(subparsers)
    calendar = subparsers.add_parser("calendar", help="calendar files (.ics) of meetings")
    commands = calendar.add_subparsers(dest="calendar_command", metavar="COMMAND", required=True)
    export = commands.add_parser("export", help="write an .ics file for a calendar app")
    add_out_option(export, metavar="FILE.ics", help="where to write the calendar file")
    which = export.add_mutually_exclusive_group()
    which.add_argument("--meeting", metavar="ID", help="one meeting (an occurrence: its series)")
    which.add_argument("--series", metavar="ID", help="a whole series")
    which.add_argument("--upcoming", action="store_true", help="every upcoming meeting (default)")
    export.set_defaults(handler=run_calendar_export)


def _register_meetings(subparsers: Any) -> None:
    meetings = subparsers.add_parser("meetings", help="meetings: list, add, attendance, …")
    commands = meetings.add_subparsers(dest="meetings_command", metavar="COMMAND", required=True)

    listing = commands.add_parser("list", help="upcoming meetings (or past ones)")
    when = listing.add_mutually_exclusive_group()
    when.add_argument("--upcoming", action="store_true", help="the next year's (default)")
    when.add_argument("--past", action="store_true", help="the last year's, latest first")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(handler=run_list)

    show = commands.add_parser("show", help="one meeting: details, agenda and attendance")
    show.add_argument("meeting", metavar="ID")
    show.add_argument("--json", action="store_true")
    show.set_defaults(handler=run_show)

    invitation = commands.add_parser("invitation", help="print an invitation to paste")
    invitation.add_argument("meeting", metavar="ID")
    invitation.set_defaults(handler=run_invitation)

    add = commands.add_parser("add", help="plan a meeting, or a series with --repeat")
    add.add_argument("--title", required=True)
    add.add_argument("--start", required=True, metavar="DATE TIME", help=DATE_TIME_EXAMPLE)
    length = add.add_mutually_exclusive_group()
    length.add_argument("--end", metavar="DATE TIME", help="default: two hours after the start")
    length.add_argument("--minutes", type=int, metavar="N", help="how long it lasts")
    add.add_argument(
        "--zone", help="IANA time zone (default: the group's, else that of the latest meeting)"
    )
    add.add_argument("--kind", default="general meeting", help="default: general meeting")
    add.add_argument("--place")
    add.add_argument("--link", metavar="URL", help="a video call link")
    add.add_argument("--accessibility", metavar="TEXT", help="step-free access, interpreter, …")
    add.add_argument("--chair", metavar="MEMBER_ID")
    add.add_argument("--note-taker", metavar="MEMBER_ID")
    add.add_argument(
        "--repeat",
        metavar="RULE",
        help="an RFC 5545 RRULE, e.g. FREQ=WEEKLY;INTERVAL=2;BYDAY=TU or FREQ=MONTHLY;BYDAY=-1TH",
    )
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=run_add, field_options=ADD_FIELD_OPTIONS)

    cancel = commands.add_parser("cancel", help="cancel one meeting (a series keeps the others)")
    cancel.add_argument("meeting", metavar="ID")
    cancel.set_defaults(handler=run_cancel)

    attendance = commands.add_parser("attendance", help="record who came")
    attendance.add_argument("meeting", metavar="ID")
    for status in ("present", "apologies", "absent"):
        attendance.add_argument(f"--{status}", metavar="M1,M2", help="member ids, comma-separated")
    attendance.add_argument(
        "--everyone-present", action="store_true", help="every other expected member came"
    )
    attendance.add_argument("--guests", type=int, metavar="N", help="guests who are not members")
    attendance.add_argument("--json", action="store_true")
    attendance.set_defaults(handler=run_attendance)
    add_decide_command(commands)


def date_time_option(field: str, text: str) -> datetime:
    """`text` as a local date and time ("2026-06-01 19:00"); bad input names `field`."""
    from groupdesk.errors import ValidationError

    try:
        return datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError:
        raise ValidationError.single(
            field, f"{text!r} is not a date and time like {DATE_TIME_EXAMPLE}"
        ) from None


def meeting_option(context: CliContext, text: str) -> str:
    """The meeting named by `text`: an id (or its start), or SERIES@YYYYMMDDTHHMM."""
    from groupdesk.models.meetings import Meeting, MeetingSeries
    from groupdesk.services.record_ids import find_id

    uow = context.workspace().uow()
    series, at, when = text.partition("@")
    if at:
        return f"{find_id(uow, MeetingSeries, series, what='meeting series')}@{when}"
    return find_id(uow, Meeting, text, what="meeting")


def run_list(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.meetings.records import list_meetings
    from groupdesk.services.wording import day_text

    found = list_meetings(context.workspace().uow(), when="past" if args.past else "upcoming")
    if args.json:
        print_json([occurrence.as_dict() for occurrence in found])
        return EXIT_OK
    locale = group_locale(context)
    print_table(
        (
            (
                o.key,
                f"{day_text(o.starts_at.date(), locale)} {o.starts_at:%H:%M}",
                o.title,
                o.kind,
                o.place or "",
                o.status,
            )
            for o in found
        ),
        ("ID", "STARTS", "TITLE", "KIND", "PLACE", "STATUS"),
    )
    return EXIT_OK


def run_show(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.meetings.actions import carried_to, list_actions
    from groupdesk.services.meetings.agenda import agenda_of
    from groupdesk.services.meetings.decisions import decisions_of
    from groupdesk.services.meetings.figures import meeting_figures
    from groupdesk.services.meetings.records import meeting_detail
    from groupdesk.services.wording import day_text

    uow = context.workspace().uow()
    meeting = meeting_option(context, args.meeting)
    detail = meeting_detail(uow, meeting=meeting)
    agenda = agenda_of(uow, meeting=meeting)
    figures = meeting_figures(uow, meeting=meeting)
    decisions = decisions_of(uow, meeting=meeting)
    raised = list_actions(uow, meeting=meeting)
    carried = [action for action in carried_to(uow, meeting=meeting) if action not in raised]
    if args.json:
        print_json(
            {
                **detail.as_dict(),
                "agenda": [item.as_dict() for item in agenda.items],
                "agenda_minutes": agenda.total_minutes,
                "attendance": {
                    "present": figures.present,
                    "apologies": figures.apologies,
                    "absent": figures.absent,
                    "guests": figures.guests,
                },
                "decisions": [decision.as_dict() for decision in decisions],
                "actions_raised": [action.as_dict() for action in raised],
                "actions_carried": [action.as_dict() for action in carried],
            }
        )
        return EXIT_OK
    occurrence = detail.occurrence
    print(f"{occurrence.title} ({occurrence.kind}, {occurrence.status})")
    print(f"{occurrence.starts_at:%Y-%m-%d %H:%M}–{occurrence.ends_at:%H:%M} {occurrence.zone}")
    for label, value in (
        ("Place", occurrence.place),
        ("Link", occurrence.link),
        ("Accessibility", detail.accessibility),
        ("Chair", detail.chair_name),
        ("Note-taker", detail.note_taker_name),
    ):
        if value:
            print(f"{label}: {value}")
    print(
        f"Attendance: {figures.present} present, {figures.apologies} apologies, "
        f"{figures.absent} absent, {figures.guests} guests"
    )
    for number, item in enumerate(agenda.items, start=1):
        minutes = f" ({item.minutes_allotted} min)" if item.minutes_allotted else ""
        print(f"{number}. {item.title}{minutes}")
    locale = group_locale(context)
    if decisions:
        print("Decisions:")
    for decision in decisions:
        print(f"- {decision.motion}: {decision.outcome}{_vote_text(decision)}")
    for heading, actions in (
        ("Actions raised here:", raised),
        ("Actions carried from earlier meetings:", carried),
    ):
        if actions:
            print(heading)
        for action in actions:
            due = f", due {day_text(action.due_on, locale)}" if action.due_on else ""
            overdue = " (overdue)" if action.overdue else ""
            owner = action.owner_name or "no owner yet"
            print(f"- {action.text} ({owner}{due}): {action.status}{overdue}")
    return EXIT_OK


def _vote_text(decision: DecisionData) -> str:
    """ " (7 for, 2 against, 1 abstained)"; nothing for a motion withdrawn or deferred."""
    from groupdesk.services.meetings.outcomes import CHOSEN_OUTCOMES

    if decision.outcome in CHOSEN_OUTCOMES:
        return ""
    if decision.method == "consensus":
        counts = (
            f"{decision.votes_for} for, {decision.stand_asides} standing aside, "
            f"{decision.blocks} blocking"
        )
    else:
        counts = (
            f"{decision.votes_for} for, {decision.votes_against} against, "
            f"{decision.abstentions} abstained"
        )
    proxies = f", {decision.proxies} by proxy" if decision.proxies else ""
    quorum = "" if decision.quorum_met else "; without quorum, confirmed by the chair"
    return f" ({counts}{proxies}{quorum})"


def run_invitation(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.meetings.calendar import invitation_text

    text = invitation_text(context.workspace().uow(), meeting=meeting_option(context, args.meeting))
    print(text, end="")
    return EXIT_OK


def run_add(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.errors import ValidationError
    from groupdesk.services.meetings.records import add_meeting, usual_zone
    from groupdesk.services.meetings.series import add_series

    uow = context.workspace().uow()
    starts_at = date_time_option("start", args.start)
    zone = args.zone or usual_zone(uow)
    if zone is None:
        raise ValidationError.single("zone", "say which time zone, e.g. --zone Europe/London")
    if args.minutes is not None and args.minutes < 1:
        raise ValidationError.single("minutes", f"{args.minutes} is not a length in minutes")
    ends_at = (
        date_time_option("end", args.end)
        if args.end
        else starts_at + timedelta(minutes=args.minutes or 120)
    )
    details: dict[str, Any] = {
        "title": args.title,
        "kind": args.kind,
        "place": args.place,
        "link": args.link,
        "accessibility": args.accessibility,
        "chair_id": member_option(context, args.chair) if args.chair else None,
        "note_taker_id": member_option(context, args.note_taker) if args.note_taker else None,
        "zone": zone,
        "starts_at": starts_at,
    }
    if args.repeat:
        minutes = int((ends_at - starts_at).total_seconds() // 60)
        series = add_series(uow, repeat=args.repeat, duration_minutes=minutes, **details)
        if args.json:
            print_json({"series_id": series.id, "rule": series.rule})
        else:
            print(f"Planned the series {series.title} ({series.rule}) ({series.id})")
        return EXIT_OK
    made = add_meeting(uow, ends_at=ends_at, **details)
    if args.json:
        print_json(made.as_dict())
    else:
        print(f"Planned {made.title} on {made.starts_at:%Y-%m-%d %H:%M} ({made.key})")
    return EXIT_OK


def run_cancel(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.meetings.records import cancel_meeting

    made = cancel_meeting(context.workspace().uow(), meeting=meeting_option(context, args.meeting))
    print(f"Cancelled {made.title} on {made.starts_at:%Y-%m-%d %H:%M} ({made.key})")
    return EXIT_OK


def run_attendance(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.errors import ValidationError
    from groupdesk.services.meetings.attendance import (
        mark_attendance,
        mark_everyone_present,
        set_guests,
    )
    from groupdesk.services.meetings.occurrences import occurrence_of

    uow = context.workspace().uow()
    meeting = meeting_option(context, args.meeting)
    marks: dict[str, str | None] = {}
    for status in ("present", "apologies", "absent"):
        for text in filter(None, (getattr(args, status) or "").split(",")):
            member_id = member_option(context, text.strip())
            if marks.get(member_id, status) != status:
                raise ValidationError.single(status, f"{text.strip()} is given twice")
            marks[member_id] = status
    if not marks and not args.everyone_present and args.guests is None:
        raise ValidationError.single(
            "present", "say who came: --present M1,M2, --apologies M3, --everyone-present"
        )
    counts = mark_attendance(uow, meeting=meeting, marks=marks)
    # The occurrence is stored now: name it by its id from here on.
    with uow:
        meeting_id = occurrence_of(uow.session, meeting).meeting_id or meeting
    if args.everyone_present:
        counts = mark_everyone_present(uow, meeting=meeting_id)
    if args.guests is not None:
        set_guests(uow, meeting=meeting_id, count=args.guests)
    if args.json:
        print_json({"meeting_id": meeting_id, **counts})
    else:
        print(
            f"{counts['present']} present, {counts['apologies']} apologies, "
            f"{counts['absent']} absent ({meeting_id})"
        )
    return EXIT_OK


def run_calendar_export(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.meetings.calendar import (
        meeting_calendar,
        series_calendar,
        upcoming_calendar,
    )
    from groupdesk.services.output_files import write_output

    path = out_path(args, example="meetings.ics", context=context)
    uow = context.workspace().uow()
    if args.meeting:
        ical = meeting_calendar(uow, meeting=meeting_option(context, args.meeting))
    elif args.series:
        from groupdesk.models.meetings import MeetingSeries
        from groupdesk.services.record_ids import find_id

        series_id = find_id(uow, MeetingSeries, args.series, what="meeting series")
        ical = series_calendar(uow, series_id=series_id)
    else:
        ical = upcoming_calendar(uow)
    write_output(path, ical)
    print(f"Wrote {path}")
    return EXIT_OK
