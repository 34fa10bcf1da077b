"""The meetings area, as the registry sees it (`groupdesk.registry`).

Its page is the Meetings page (`groupdesk.ui.meetings.page`), imported only when shown.
"""

from __future__ import annotations

from groupdesk.registry import QT_TRANSLATE_NOOP, Area, PageEntry

AREA = Area(
    key="meetings",
    models=("groupdesk.models.meetings",),
    commands=("groupdesk.cli.meetings", "groupdesk.cli.actions"),
    page=PageEntry(
        "meetings",
        QT_TRANSLATE_NOOP("Sidebar", "Meetings"),
        "groupdesk.ui.meetings.page",
        "MeetingsPage",
        20,
    ),
)
