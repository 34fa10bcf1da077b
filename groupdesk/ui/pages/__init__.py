"""The sidebar's pages, in order. Each is imported only when first shown, so the window opens fast.

An entry is (key, title, module, class name); `title` is translated in the "Sidebar" context.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageEntry:
    key: str
    title: str
    module: str
    class_name: str

    def load(self) -> type:
        return getattr(importlib.import_module(self.module), self.class_name)


PAGES: tuple[PageEntry, ...] = (
    PageEntry(
        "dashboard",
        QT_TRANSLATE_NOOP("Sidebar", "Dashboard"),
        "groupdesk.ui.pages.dashboard",
        "DashboardPage",
    ),
    PageEntry(
        "members",
        QT_TRANSLATE_NOOP("Sidebar", "Members"),
        "groupdesk.ui.members.page",
        "MembersPage",
    ),
    PageEntry(
        "meetings",
        QT_TRANSLATE_NOOP("Sidebar", "Meetings"),
        "groupdesk.ui.pages.unbuilt",
        "MeetingsPage",
    ),
    PageEntry(
        "resources",
        QT_TRANSLATE_NOOP("Sidebar", "Resources"),
        "groupdesk.ui.pages.unbuilt",
        "ResourcesPage",
    ),
    PageEntry(
        "grants", QT_TRANSLATE_NOOP("Sidebar", "Grants"), "groupdesk.ui.pages.unbuilt", "GrantsPage"
    ),
    PageEntry(
        "reports",
        QT_TRANSLATE_NOOP("Sidebar", "Reports"),
        "groupdesk.ui.pages.unbuilt",
        "ReportsPage",
    ),
    PageEntry("sync", QT_TRANSLATE_NOOP("Sidebar", "Sync"), "groupdesk.ui.sync.page", "SyncPage"),
    PageEntry(
        "settings",
        QT_TRANSLATE_NOOP("Sidebar", "Settings"),
        "groupdesk.ui.pages.settings",
        "SettingsPage",
    ),
)

PAGE_KEYS = tuple(entry.key for entry in PAGES)


def page_entry(key: str) -> PageEntry:
    for entry in PAGES:
        if entry.key == key:
            return entry
    raise KeyError(f"no page {key!r}; pages are: {', '.join(PAGE_KEYS)}")
