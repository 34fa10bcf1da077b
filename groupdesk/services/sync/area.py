"""The sync area, as the registry sees it (`groupdesk.registry`): its tables are local to
this laptop (the change log, clocks, files read, devices seen, conflicts)."""

from __future__ import annotations

from groupdesk.registry import QT_TRANSLATE_NOOP, Area, PageEntry

AREA = Area(
    key="sync",
    models=("groupdesk.models.sync_state", "groupdesk.models.sync_local"),
    page=PageEntry(
        "sync", QT_TRANSLATE_NOOP("Sidebar", "Sync"), "groupdesk.ui.sync.page", "SyncPage", 60
    ),
    commands=("groupdesk.cli.sync:sync",),
)
