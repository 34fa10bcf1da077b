"""What the dashboard shows: the state of the group at a glance.

The figures (members, new members, backups) are the workspace's own; the lists are the areas'
(`Area.dashboard` in `groupdesk/registry.py`), so this module names no area."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from groupdesk import db, registry
from groupdesk.config import DataPaths
from groupdesk.services.backup_whereabouts import Whereabouts, whereabouts
from groupdesk.services.group_values import read_group

if TYPE_CHECKING:
    from groupdesk.services.uow import UnitOfWork

#: How many lines a list shows; a list may read only these, with its length (`DashboardList`).
LINES_SHOWN = 8

#: A value in a line's sentence: the GUI keeps text (a name, a title) in its own run of
#: right-to-left-safe text and writes a day in the group's date format.
LineValue = str | int | date


@dataclass(frozen=True)
class DashboardItem:
    """One line of a dashboard list, with the button beside it."""

    #: The sentence with {placeholders}, marked with QT_TRANSLATE_NOOP("Dashboard", ...); the
    #: GUI translates it, then fills in `values`.
    text: str
    values: tuple[tuple[str, LineValue], ...]
    #: The button's text (translated in the "Dashboard" context too).
    action: str
    #: What the button opens: a page (and the record on it, if any) ...
    page: str = ""
    record_id: str = ""
    #: ... or an action the card's `opens` knows ("checkin"), for `record_id`.
    action_key: str = ""


@dataclass(frozen=True)
class DashboardList:
    """A titled list of what needs attention, from one area (`registry.DashboardCard`)."""

    key: str
    title: str
    #: Said when there is nothing to list.
    empty: str
    items: tuple[DashboardItem, ...]
    #: Said under the list when it has more lines than fit: %n is how many more (`n`).
    more: str = registry.QT_TRANSLATE_NOOP("Dashboard", "…and %n more.", "", 0)
    #: Where the whole list is: a page and the view of it that shows them ("members",
    #: "checkin": the Members page filtered to who needs a check-in); "" when nowhere.
    more_page: str = ""
    more_view: str = ""
    #: How many lines the whole list has, when `items` holds only its first `LINES_SHOWN`
    #: (a 100,000-member group's care list has tens of thousands); None: `items` is all.
    total: int | None = None

    @property
    def length(self) -> int:
        """How many lines the whole list has."""
        return len(self.items) if self.total is None else self.total


@dataclass(frozen=True)
class DashboardSummary:
    group_name: str
    active_members: int
    inactive_members: int
    left_members: int
    joined_last_90_days: int
    last_backup_at: str | None
    #: Where the newest backup is (only on this laptop, or also in the second place).
    backups: Whereabouts | None = None
    #: Every registered area's list, in `DashboardCard.position` order.
    lists: tuple[DashboardList, ...] = ()

    def list(self, key: str) -> DashboardList:
        """The list with this key (a `KeyError` names a card nobody registered)."""
        return {found.key: found for found in self.lists}[key]


def dashboard_summary(uow: UnitOfWork, *, today: date) -> DashboardSummary:
    """The figures and every registered list, in one read."""
    figures = dashboard_figures(uow.workspace.paths, today=today)
    return replace(
        figures,
        lists=tuple(dashboard_list(card, uow, today=today) for card in registry.dashboard_cards()),
    )


def dashboard_figures(paths: DataPaths, *, today: date) -> DashboardSummary:
    """The group's name, its members' figures and its backups, without the lists.

    Read with the standard library alone, through a connection of its own: the window asks for
    them first, before the ORM is imported, so they are on screen in the first moments
    (`docs/architecture.md`, "The window before the workspace"). The counts come from one index
    (`ix_members_status_joined`: 23 ms at 100,000 members, where the lists took 4–7 s)."""
    with db.read_only(paths.database) as connection:
        group = read_group(connection)
        counts = dict(
            connection.execute(
                "SELECT status, count(*) FROM members"
                " WHERE deleted_at IS NULL AND merged_into_id IS NULL GROUP BY status"
            )
        )
        (recent,) = connection.execute(
            "SELECT count(*) FROM members"
            " WHERE deleted_at IS NULL AND merged_into_id IS NULL AND joined_on >= ?",
            ((today - timedelta(days=90)).isoformat(),),
        ).fetchone()
    backups = whereabouts(paths)
    return DashboardSummary(
        group_name=group.name if group is not None else "",
        active_members=counts.get("active", 0),
        inactive_members=counts.get("inactive", 0),
        left_members=counts.get("left", 0),
        joined_last_90_days=recent,
        last_backup_at=backups.latest.when if backups.latest else None,
        backups=backups,
    )


def dashboard_list(card: registry.DashboardCard, uow: UnitOfWork, *, today: date) -> DashboardList:
    """One area's list (`card.read`)."""
    found: DashboardList = registry.load(card.read)(uow, today=today)
    return found
