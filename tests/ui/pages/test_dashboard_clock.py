"""The dashboard counts days from the app's clock (the workspace's, which tests and a laptop
with a wrong date both go through), never from the computer's calendar directly."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

import pytest
from support.gui import settle

from groupdesk.services.members.records import add_member
from groupdesk.services.settings import create_group
from groupdesk.services.workspace import Workspace

pytestmark = pytest.mark.gui

#: The app's day in this module: years before the computer's.
APP_DAY = datetime(2020, 3, 1, 12, tzinfo=UTC)


@pytest.fixture
def demo_workspace(make_workspace: Callable[..., Workspace]) -> Workspace:
    """A group whose clock says 1 March 2020, with one member who joined a month before."""
    workspace = make_workspace(now_millis=lambda: int(APP_DAY.timestamp() * 1000))
    create_group(workspace.uow(), name="Clock Group", currency="GBP")
    add_member(workspace.uow(), values={"full_name": "Ada Obi", "joined_on": date(2020, 2, 1)})
    return workspace


def test_joined_in_the_last_90_days_counts_from_the_apps_day(main_window) -> None:  # type: ignore[no-untyped-def]
    page = main_window.show_page("dashboard")
    settle()
    assert page.new_card.figure.text() == "1"
