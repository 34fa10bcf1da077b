"""The dashboard's figures, read in one go."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from groupdesk.models import Member
from groupdesk.services import backup
from groupdesk.services.dashboard import DashboardList, dashboard_summary
from groupdesk.services.members.records import add_member
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


def test_the_lists_are_every_registered_card_in_position_order(group_workspace: Workspace) -> None:
    from groupdesk import registry

    summary = dashboard_summary(group_workspace.uow(), today=TODAY)
    assert [found.key for found in summary.lists] == [
        "overdue-loans",
        "clashes",
        "checkins",
        "mentors",
        "grant-deadlines",
        "open-actions",
        "todays-reservations",
        "due-back",
        "upkeep-due",
        "next-meetings",
    ]
    assert len(summary.lists) == len(registry.dashboard_cards())
    assert summary.list("checkins").items == ()


def test_the_dashboard_service_imports_no_area_package() -> None:
    """What an area shows on the dashboard it registers; the summary names none of them."""
    import ast

    from groupdesk import registry
    from groupdesk.services import dashboard

    tree = ast.parse(Path(dashboard.__file__).read_text(encoding="utf-8"))
    imported = {node.module for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)}
    imported |= {
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    }
    packages = {f"groupdesk.services.{area.key}" for area in registry.areas()}
    assert not {
        module
        for module in imported
        if module and any(module == p or module.startswith(p + ".") for p in packages)
    }


def test_a_new_group_with_nobody_in_it_is_told_so_not_that_all_are_in_touch(
    group_workspace: Workspace,
) -> None:
    lists = _lists(group_workspace)
    assert lists["checkins"].empty.startswith("No members yet")
    assert lists["mentors"].empty.startswith("No members yet")
    add_member(group_workspace.uow(), values={"full_name": "Wei Chen"}, today=TODAY)
    lists = _lists(group_workspace)
    assert lists["checkins"].empty == "Nobody: everyone has been in touch lately."


def _lists(workspace: Workspace) -> dict[str, DashboardList]:
    return {found.key: found for found in dashboard_summary(workspace.uow(), today=TODAY).lists}
