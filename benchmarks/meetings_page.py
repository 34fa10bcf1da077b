"""Timing the Meetings page's opening in a process of its own (Qt offscreen): from showing the
page until its reads (meetings, people, actions) have reached its lists and been painted.

    python benchmarks/meetings_page.py DATA_DIR

Prints JSON: `open`, the best of 3 openings (a fresh page each time), and `reads`, the page's
three service reads (upcoming meetings, owners of actions, open actions) called directly, one
after the other, as the baseline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from page_timing import time_page

if TYPE_CHECKING:
    from groupdesk.services.workspace import Workspace
    from groupdesk.ui.meetings.page import MeetingsPage


def main() -> int:
    from groupdesk.services.meetings.actions import action_owners, list_actions
    from groupdesk.services.meetings.records import list_meetings
    from groupdesk.ui.meetings.page import MeetingsPage

    def reads(workspace: Workspace) -> None:
        list_meetings(workspace.uow(), when="upcoming")
        action_owners(workspace.uow())
        list_actions(workspace.uow(), open_only=True)

    def rows(page: MeetingsPage) -> int:
        return page.meetings.rowCount()

    return time_page(MeetingsPage, rows, reads, size=(1100, 700))


if __name__ == "__main__":
    raise SystemExit(main())
