"""The dashboard's figures, read in one go."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from groupdesk.models import Member
from groupdesk.services import backup
from groupdesk.services.dashboard import dashboard_summary
from groupdesk.services.workspace import Workspace

TODAY = date(2026, 5, 3)


def add_members(workspace: Workspace, *members: Member) -> None:
    with workspace.uow() as uow:
        uow.session.add_all(members)
        uow.commit()


def test_members_are_counted_by_status_leaving_out_deleted_and_merged(
    group_workspace: Workspace,
) -> None:
    add_members(
        group_workspace,
        Member(full_name="A", status="active", joined_on=TODAY - timedelta(days=5)),
        Member(full_name="B", status="active", joined_on=TODAY - timedelta(days=400)),
        Member(full_name="C", status="inactive"),
        Member(full_name="D", status="left"),
        Member(full_name="E", status="active", deleted_at=datetime(2026, 1, 1)),
        Member(full_name="F", status="active", merged_into_id="someone"),
    )
    summary = dashboard_summary(group_workspace.uow(), today=TODAY)
    assert summary.group_name == "Test Group"
    assert (summary.active_members, summary.inactive_members, summary.left_members) == (2, 1, 1)
    assert summary.joined_last_90_days == 1
    assert summary.last_backup_at is None


def test_the_last_backup_is_the_newest_one_for_people(group_workspace: Workspace) -> None:
    made = backup.automatic_backup(group_workspace.paths, reason="test")
    summary = dashboard_summary(group_workspace.uow(), today=TODAY)
    assert summary.last_backup_at == made.when


def test_open_actions_are_listed_overdue_first_and_closed_ones_left_out(
    group_workspace: Workspace,
) -> None:
    from groupdesk.services.meetings.actions import mark_done, raise_action

    uow = group_workspace.uow
    raise_action(uow(), text="Someday")
    raise_action(uow(), text="Next week", due_on=TODAY + timedelta(days=7))
    raise_action(uow(), text="Late", due_on=TODAY - timedelta(days=3))
    mark_done(uow(), action_id=raise_action(uow(), text="Done", due_on=TODAY))
    summary = dashboard_summary(uow(), today=TODAY)
    assert [(a.text, a.overdue) for a in summary.actions] == [
        ("Late", True),
        ("Next week", False),
        ("Someday", False),
    ]
