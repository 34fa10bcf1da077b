"""The area registry: the one place where each area of GroupDesk says what it brings.

An area (members, sync, settings, and later meetings, resources, grants) declares itself once, in
a small `Area` value inside its own package, and is listed by ONE line in `AREA_MODULES`. The
sidebar, the command line, sync (`synced_models()`), change announcements and history all read
what they need from here, so adding an area never means editing lists keyed by strings that
nothing checks against each other.

Everything is named by dotted path and imported only when asked: this module and the area
declarations import neither Qt nor SQLAlchemy, so `groupdesk --version` and `--help` stay fast.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

# QT_TRANSLATE_NOOP lives with the Message it makes; areas have long imported it from here.
from groupdesk.messages import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

#: One line per area: "module:attribute" naming its `Area`. The order is the order of the
#: command line's help (the sidebar has its own order, `PageEntry.position`).
AREA_MODULES: tuple[str, ...] = (
    "groupdesk.core_areas:WORKSPACE",
    "groupdesk.core_areas:BACKUP",
    "groupdesk.core_areas:DASHBOARD",
    "groupdesk.services.members.area:AREA",
    "groupdesk.services.meetings.area:AREA",
    "groupdesk.services.grants.area:AREA",
    "groupdesk.services.resources.area:AREA",
    "groupdesk.core_areas:SEARCH",
    "groupdesk.core_areas:REPORTS",
    "groupdesk.services.sync.area:AREA",
    "groupdesk.core_areas:SETTINGS",
    "groupdesk.core_areas:ATTACHMENTS",
)


class PageEntry(NamedTuple):
    """A sidebar page: its class is imported the first time the page is shown."""

    key: str
    #: Translated in the "Sidebar" context.
    title: str
    module: str
    class_name: str
    #: Place in the sidebar, smallest first (dashboard 0, members 10, …, settings 70).
    position: int

    def load(self) -> type:
        page: type = getattr(importlib.import_module(self.module), self.class_name)
        return page


#: What a report is made for: nothing (the whole group), one meeting, one grant or one year.
REPORT_SUBJECTS = ("none", "meeting", "grant", "year")


class ReportEntry(NamedTuple):
    """A printed report. `writer` is "module:function", called as
    `writer(uow, path, *, today, paper_size, progress, **subject)` (`meeting=ID` for a meeting
    report) and returning a result with `as_dict()` and `sentence` (what the CLI prints)."""

    key: str
    title: str
    subject: str
    writer: str


class DashboardCard(NamedTuple):
    """A list on the dashboard. `read` is "module:function", `read(uow, *, today) ->
    DashboardList` (`groupdesk/services/dashboard.py`); `opens` (GUI side, only for items that
    name an action rather than a page) is "module:function",
    `opens(page, action, record_id, shown) -> object`, `shown(dialog)` called once it is open."""

    read: str
    #: Place on the dashboard, smallest first.
    position: int
    opens: str = ""


class Area(NamedTuple):
    """What one area brings. Every reference is a dotted name, loaded only when needed."""

    key: str
    #: Model modules whose mapped classes (synced and local) belong to this area.
    models: tuple[str, ...] = ()
    page: PageEntry | None = None
    #: CLI modules as "module:command command …": the module's `register(subparsers)` adds
    #: exactly those commands (a test checks), so running one imports its module alone.
    commands: tuple[str, ...] = ()
    #: "module:function" run after sync has merged changes from other laptops, inside the same
    #: transaction: `hook(session) -> None` (members: erasures win over older edits).
    after_sync_merge: tuple[str, ...] = ()
    #: "module:function" adding the area's part of the demo group inside its transaction:
    #: `hook(uow, *, size, seed, today) -> None` (size: the number of members asked for).
    demo: str = ""
    #: "module:function" listing the area's records for the global search, kind by kind, each
    #: with the words it is found by: `source(uow) -> list[SearchRecords]` (`services/search.py`).
    search: str = ""
    #: The printed reports the area brings (`groupdesk reports KIND`, the Reports page).
    reports: tuple[ReportEntry, ...] = ()
    #: The lists the area adds to the dashboard.
    dashboard: tuple[DashboardCard, ...] = ()
    #: Tabs the area adds to a member's detail, each "module:function",
    #: `read(uow, *, member_id) -> MemberTable` (`groupdesk/services/members/sections.py`;
    #: meetings: the meetings they attended, the actions they own).
    member_tabs: tuple[str, ...] = ()
    #: GUI: "module:Class" of a box on the Settings page for the area's group settings,
    #: `Class(context)` with `refresh()` (meetings: time zone, quorum, decision rule, proxies).
    settings_box: str = ""


#: Pages that stand in, saying "not built yet", until an area registers a page with that key.
PLACEHOLDER_PAGES: tuple[PageEntry, ...] = (
    PageEntry(
        "meetings",
        QT_TRANSLATE_NOOP("Sidebar", "Meetings"),
        "groupdesk.ui.pages.unbuilt",
        "MeetingsPage",
        20,
    ),
    PageEntry(
        "resources",
        QT_TRANSLATE_NOOP("Sidebar", "Resources"),
        "groupdesk.ui.pages.unbuilt",
        "ResourcesPage",
        30,
    ),
    PageEntry(
        "grants",
        QT_TRANSLATE_NOOP("Sidebar", "Grants"),
        "groupdesk.ui.pages.unbuilt",
        "GrantsPage",
        40,
    ),
)


def load(reference: str) -> Any:
    """The object a "module:attribute" reference names."""
    module, _, attribute = reference.partition(":")
    return getattr(importlib.import_module(module), attribute)


def areas() -> tuple[Area, ...]:
    """Every registered area, in `AREA_MODULES` order."""
    return _areas(AREA_MODULES)


@cache
def _areas(references: tuple[str, ...]) -> tuple[Area, ...]:
    found = tuple(load(reference) for reference in references)
    keys = [area.key for area in found]
    duplicated = sorted({key for key in keys if keys.count(key) > 1})
    if duplicated:
        raise ValueError(f"areas registered twice: {', '.join(duplicated)}")
    return found


def pages() -> tuple[PageEntry, ...]:
    """The sidebar, in order: each area's page, and a placeholder for a key no area fills yet."""
    registered = [area.page for area in areas() if area.page is not None]
    keys = {page.key for page in registered}
    chosen = registered + [page for page in PLACEHOLDER_PAGES if page.key not in keys]
    return tuple(sorted(chosen, key=lambda page: page.position))


def reports() -> tuple[ReportEntry, ...]:
    """Every printed report, area by area."""
    found = tuple(entry for area in areas() for entry in area.reports)
    for entry in found:
        if entry.subject not in REPORT_SUBJECTS:
            raise ValueError(
                f"report {entry.key}: subject {entry.subject!r} is not one of {REPORT_SUBJECTS}"
            )
    keys = [entry.key for entry in found]
    duplicated = sorted({key for key in keys if keys.count(key) > 1})
    if duplicated:
        raise ValueError(f"reports registered twice: {', '.join(duplicated)}")
    return found


def dashboard_cards() -> tuple[DashboardCard, ...]:
    """Every dashboard list, in the order they are shown."""
    return tuple(
        sorted((card for area in areas() for card in area.dashboard), key=lambda c: c.position)
    )


def dashboard_areas() -> frozenset[str]:
    """The keys of the areas with lists on the dashboard (what it listens to)."""
    return frozenset(area.key for area in areas() if area.dashboard)


def member_tabs() -> tuple[str, ...]:
    """Every area's reads for a member's detail tabs, area by area."""
    return tuple(read for area in areas() for read in area.member_tabs)


def settings_boxes() -> tuple[str, ...]:
    """Every area's box on the Settings page, area by area."""
    return tuple(area.settings_box for area in areas() if area.settings_box)


def command_modules(command: str | None = None) -> tuple[str, ...]:
    """Every CLI module, area by area; for a `command` one of them declares, that module alone
    (a quick command such as `check` would otherwise import and build every area's commands,
    most of its start)."""
    declared = [entry.partition(":") for area in areas() for entry in area.commands]
    if command is not None:
        for module, _colon, names in declared:
            if command in names.split():
                return (module,)
    return tuple(module for module, _colon, _names in declared)


def after_sync_merge(session: Session) -> None:
    """Run every area's rules for changes that just arrived from other laptops (in the merge's
    transaction, capture off), so the sync engine itself names no area."""
    for area in areas():
        for hook in area.after_sync_merge:
            load(hook)(session)


def load_models() -> None:
    """Import every area's model modules, so the metadata and `synced_models()` are complete."""
    for area in areas():
        for module in area.models:
            importlib.import_module(module)


def area_of_table(table: str) -> str | None:
    """The key of the area whose models hold `table`, or None for a table no area declares."""
    return _table_areas(AREA_MODULES).get(table)


def areas_of_tables(tables: Iterable[str]) -> frozenset[str]:
    """The keys of the areas that own these tables (what a write touched, for announcements).

    A table no area declares is left out; a test checks that every mapped table is declared.
    """
    owners = _table_areas(AREA_MODULES)
    return frozenset(owners[table] for table in tables if table in owners)


@cache
def _table_areas(references: tuple[str, ...]) -> dict[str, str]:
    load_models()
    from groupdesk.models.base import Base

    by_module = {module: area.key for area in _areas(references) for module in area.models}
    return {
        mapper.class_.__tablename__: by_module[mapper.class_.__module__]
        for mapper in Base.registry.mappers
        if mapper.class_.__module__ in by_module
    }
