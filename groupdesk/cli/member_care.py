"""`groupdesk members role|roles|skill|skills|mentor`: the care a group gives its members (roles
held over time, the skill-share directory, mentoring) from the command line, beside the
members' own commands in `cli/members.py`."""

from __future__ import annotations

import argparse
from typing import Any

from groupdesk.cli.context import EXIT_OK, CliContext, group_locale, print_json, print_table
from groupdesk.cli.options import date_option, member_option


def register(commands: Any) -> None:
    """Add the care commands to `groupdesk members`' own subcommands."""
    role = commands.add_parser("role", help="record a role a member holds or held")
    role.add_argument("id", metavar="ID")
    role.add_argument("role")
    role.add_argument("--from", dest="started_on", metavar="DATE")
    role.add_argument("--to", dest="ended_on", metavar="DATE")
    role.add_argument("--notes")
    role.set_defaults(handler=run_role)

    roles = commands.add_parser("roles", help="who held which role when")
    roles.add_argument("--role")
    roles.add_argument("--on", metavar="DATE", help="only roles held on this day")
    roles.add_argument("--json", action="store_true")
    roles.set_defaults(handler=run_roles)

    skill = commands.add_parser("skill", help="add a skill or interest to a member")
    skill.add_argument("id", metavar="ID")
    skill.add_argument("name")
    skill.add_argument("--interest", action="store_true", help="wants to learn it")
    skill.add_argument("--can-teach", action="store_true", help="happy to teach or share it")
    skill.set_defaults(handler=run_skill)

    skills = commands.add_parser("skills", help="the skill-share directory: who knows what")
    skills.add_argument("--search", metavar="TEXT", help='e.g. "first aid"')
    skills.add_argument("--kind", choices=("skill", "interest"))
    skills.add_argument("--json", action="store_true")
    skills.set_defaults(handler=run_skills)

    mentor = commands.add_parser("mentor", help="pair a mentor with a mentee")
    mentor.add_argument("mentor_id", metavar="MENTOR_ID")
    mentor.add_argument("mentee_id", metavar="MENTEE_ID")
    mentor.add_argument("--from", dest="started_on", metavar="DATE")
    mentor.add_argument("--goals")
    mentor.set_defaults(handler=run_mentor)


def run_role(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.members.roles import add_role

    role = add_role(
        context.workspace().uow(),
        member_id=member_option(context, args.id),
        role=args.role,
        started_on=date_option("from", args.started_on),
        ended_on=date_option("to", args.ended_on),
        notes=args.notes,
    )
    print(f"{role.member_name}: {role.role} ({role.started_on or '?'} – {role.ended_on or 'now'})")
    return EXIT_OK


def run_roles(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.members.roles import role_holders

    holdings = role_holders(
        context.workspace().uow(), role=args.role, on=date_option("on", args.on)
    )
    if args.json:
        print_json([dict(vars(h)) for h in holdings])
        return EXIT_OK
    print_table(
        ((h.role, h.member_name, h.started_on, h.ended_on or "now") for h in holdings),
        ("Role", "Member", "From", "To"),
        locale=group_locale(context),
    )
    return EXIT_OK


def run_skill(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.members.skills import add_skill

    skill = add_skill(
        context.workspace().uow(),
        member_id=member_option(context, args.id),
        name=args.name,
        kind="interest" if args.interest else "skill",
        can_teach=args.can_teach,
    )
    print(f"{skill.member_name}: {skill.name} ({skill.kind})")
    return EXIT_OK


def run_skills(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.members.skills import skill_directory

    found = skill_directory(context.workspace().uow(), search=args.search, kind=args.kind)
    if args.json:
        print_json([dict(vars(s)) for s in found])
        return EXIT_OK
    print_table(
        ((s.name, s.member_name, s.kind, "yes" if s.can_teach else "") for s in found),
        ("Skill", "Member", "Kind", "Can teach"),
    )
    return EXIT_OK


def run_mentor(args: argparse.Namespace, context: CliContext) -> int:
    from groupdesk.services.members.mentorships import start_mentorship

    pairing = start_mentorship(
        context.workspace().uow(),
        mentor_id=member_option(context, args.mentor_id),
        mentee_id=member_option(context, args.mentee_id),
        started_on=date_option("from", args.started_on),
        goals=args.goals,
    )
    print(f"{pairing.mentor_name} mentors {pairing.mentee_name} from {pairing.started_on}")
    return EXIT_OK
