"""The members' year of the annual report: who counts at its start and end, who joined and
who left, on the year's first and last days too."""

from __future__ import annotations

from datetime import date

from groupdesk.services.members.annual import member_year
from groupdesk.services.members.records import add_member
from groupdesk.services.workspace import Workspace

FIRST, LAST = date(2025, 1, 1), date(2025, 12, 31)


def _member(workspace: Workspace, name: str, **values: str) -> None:
    add_member(workspace.uow(), values={"full_name": name, **values}, today=date(2026, 11, 24))


def test_members_count_from_the_day_they_joined_until_the_day_they_left(
    group_workspace: Workspace,
) -> None:
    _member(group_workspace, "Before and through", joined_on="2020-03-01")
    _member(group_workspace, "Left in the year", joined_on="2024-01-01", status="left",
            left_on="2025-06-01")  # fmt: skip
    _member(group_workspace, "Left the day after", joined_on="2024-01-01", status="left",
            left_on="2026-01-01")  # fmt: skip
    _member(group_workspace, "Joined on the first day", joined_on="2025-01-01")
    _member(group_workspace, "Joined on the last day", joined_on="2025-12-31")
    _member(group_workspace, "Joined after", joined_on="2026-01-02")
    _member(group_workspace, "Gone, no day kept", joined_on="2020-01-01", status="left")
    _member(group_workspace, "Inactive", joined_on="2020-01-01", status="inactive")
    year = member_year(group_workspace.uow(), first=FIRST, last=LAST)
    # at the start: before and through, left in the year, left the day after, inactive
    assert year.at_start == 4
    assert (year.joined, year.left) == (2, 1)
    # at the end: before and through, left the day after, both who joined, inactive
    assert year.at_end == 5
    assert year.at_start + year.joined - year.left == year.at_end


def test_a_year_before_the_group_had_members_counts_none(group_workspace: Workspace) -> None:
    _member(group_workspace, "Ana", joined_on="2024-03-01")
    year = member_year(group_workspace.uow(), first=date(2020, 1, 1), last=date(2020, 12, 31))
    assert (year.at_start, year.joined, year.left, year.at_end) == (0, 0, 0, 0)
