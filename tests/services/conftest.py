"""Fixtures for the services tests: a group whose laptop clock says TODAY, and a quick way to add
members to it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from typing import Any

import pytest

from groupdesk.config import DataPaths
from groupdesk.services.workspace import Workspace

#: The day the `members_ws` laptop's clock shows (noon UTC, the same date in every time zone
#: a test machine uses).
TODAY = date(2026, 5, 3)
NOON_MILLIS = int(datetime(2026, 5, 3, 12, 0, tzinfo=UTC).timestamp() * 1000)


@pytest.fixture
def members_ws(make_workspace: Callable[..., Workspace]) -> Workspace:
    """A data folder holding 'Test Group' (en_GB, so phones default to the UK), clock at TODAY."""
    from groupdesk.services.settings import create_group

    workspace = make_workspace("members", now_millis=lambda: NOON_MILLIS)
    create_group(workspace.uow(), name="Test Group", currency="GBP", locale="en_GB")
    return workspace


@pytest.fixture
def add_person(members_ws: Workspace) -> Callable[..., str]:
    """`add_person("Ana Silva", email=...)`: add a member to `members_ws`, return their id."""
    from groupdesk.services.members.records import add_member

    def add(full_name: str, **values: Any) -> str:
        return add_member(members_ws.uow(), values={"full_name": full_name, **values}).id

    return add


@pytest.fixture
def target(make_workspace: Callable[..., Workspace]) -> DataPaths:
    """A data folder holding a group, closed (as a restore over it needs)."""
    from groupdesk.services.settings import create_group

    workspace = make_workspace("target")
    create_group(workspace.uow(), name="Before the restore", currency="EUR")
    workspace.close()
    return workspace.paths
