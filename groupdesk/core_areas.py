"""The areas every group has, whatever else is built: the data folder itself, its backups, the
dashboard, reports, settings and attached files. Declared like any other area
(`groupdesk.registry`)."""

from __future__ import annotations

from groupdesk.registry import QT_TRANSLATE_NOOP, Area, PageEntry, ReportEntry

#: The data folder as a whole: create, demo, backup, restore, check (`groupdesk.cli.core`).
WORKSPACE = Area(
    key="workspace",
    commands=(
        "groupdesk.cli.core:gui init demo backup backup-safety restore screenshot",
        "groupdesk.cli.check:check",
        "groupdesk.cli.diagnostics:diagnostics",
    ),
)

#: The search across every area's registered source (`groupdesk.services.search`).
SEARCH = Area(key="search", commands=("groupdesk.cli.search:search",))

#: Backups are files, not tables: a backup is announced by the operation that made it.
BACKUP = Area(key="backup")

DASHBOARD = Area(
    key="dashboard",
    page=PageEntry(
        "dashboard",
        QT_TRANSLATE_NOOP("Sidebar", "Dashboard"),
        "groupdesk.ui.pages.dashboard",
        "DashboardPage",
        0,
    ),
)

#: Reports print from the area that owns their data; this area holds the shared command and
#: the page that makes, previews and prints any of them.
REPORTS = Area(
    key="reports",
    commands=("groupdesk.cli.reports:reports",),
    page=PageEntry(
        "reports",
        QT_TRANSLATE_NOOP("Sidebar", "Reports"),
        "groupdesk.ui.reports.page",
        "ReportsPage",
        50,
    ),
    # The annual report reads every area's year, so it belongs to none of them.
    reports=(
        ReportEntry(
            "annual",
            QT_TRANSLATE_NOOP("Reports", "Annual report"),
            "year",
            "groupdesk.reports.annual:write_annual_report",
        ),
    ),
)

SETTINGS = Area(
    key="settings",
    models=("groupdesk.models.settings",),
    page=PageEntry(
        "settings",
        QT_TRANSLATE_NOOP("Sidebar", "Settings"),
        "groupdesk.ui.pages.settings",
        "SettingsPage",
        70,
    ),
)

#: Files kept by content (the group's logo today); a row belongs to whatever refers to it.
ATTACHMENTS = Area(key="attachments", models=("groupdesk.models.attachments",))
