"""The demo group's community care: roles, skills, mentoring, check-ins and a duplicate to find."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select

from groupdesk.models import Change, CheckIn, MemberRole, MemberSkill, Mentorship
from groupdesk.services.demo import make_demo
from groupdesk.services.members.checkins import checkins_due
from groupdesk.services.members.duplicates import find_duplicates
from groupdesk.services.members.engagement import new_without_mentor, not_seen
from groupdesk.services.members.roles import role_holders
from groupdesk.services.members.skills import skill_directory
from groupdesk.services.workspace import Workspace

TODAY = date(2026, 5, 3)


def test_the_demo_has_roles_skills_mentoring_and_check_ins(workspace: Workspace) -> None:
    make_demo(workspace.uow(), members=60, today=TODAY)
    uow = workspace.uow
    current = {r.role for r in role_holders(uow(), on=TODAY)}
    assert {"coordinator", "treasurer"} <= current
    assert any(r.ended_on is not None for r in role_holders(uow()))  # roles held over time
    assert len(skill_directory(uow(), search="first aid")) >= 1
    with uow() as session_uow:
        session = session_uow.session
        assert session.scalar(select(func.count()).select_from(Mentorship)) >= 1
        assert session.scalar(select(func.count()).select_from(CheckIn)) >= 30
        for model in (MemberRole, MemberSkill, Mentorship, CheckIn):
            logged = session.scalar(
                select(func.count(func.distinct(Change.row_id))).where(
                    Change.table_name == model.__tablename__
                )
            )
            assert logged == session.scalar(select(func.count()).select_from(model))


def test_the_demo_gives_the_dashboard_people_to_care_for(workspace: Workspace) -> None:
    make_demo(workspace.uow(), members=60, today=TODAY)
    due = checkins_due(workspace.uow(), today=TODAY)
    assert {d.reason for d in due} == {"follow-up", "not seen"}
    assert not_seen(workspace.uow(), today=TODAY)
    assert new_without_mentor(workspace.uow(), today=TODAY, months=12)


def test_the_demo_holds_people_entered_twice(workspace: Workspace) -> None:
    make_demo(workspace.uow(), members=60, today=TODAY)
    pairs = find_duplicates(workspace.uow())
    cross_script = [p for p in pairs if p.first.full_name.isascii() != p.second.full_name.isascii()]
    assert cross_script, [(p.first.full_name, p.second.full_name) for p in pairs]
