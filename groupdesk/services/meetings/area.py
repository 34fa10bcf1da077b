"""The meetings area, as the registry sees it (`groupdesk.registry`).

Its page is the Meetings page (`groupdesk.ui.meetings.page`), imported only when shown.
"""

from __future__ import annotations

from groupdesk.registry import QT_TRANSLATE_NOOP, Area, DashboardCard, PageEntry, ReportEntry

AREA = Area(
    key="meetings",
    models=("groupdesk.models.meetings",),
    commands=("groupdesk.cli.meetings:meetings calendar", "groupdesk.cli.actions:actions"),
    page=PageEntry(
        "meetings",
        QT_TRANSLATE_NOOP("Sidebar", "Meetings"),
        "groupdesk.ui.meetings.page",
        "MeetingsPage",
        20,
    ),
    demo="groupdesk.services.meetings.demo:add_demo_meetings",
    reports=(
        ReportEntry(
            "agenda",
            QT_TRANSLATE_NOOP("Reports", "Agenda of a meeting"),
            "meeting",
            "groupdesk.reports.agenda:write_agenda",
        ),
        ReportEntry(
            "chair-agenda",
            QT_TRANSLATE_NOOP("Reports", "Agenda, the chair's copy: private items and timings"),
            "meeting",
            "groupdesk.reports.agenda:write_chair_agenda",
        ),
        ReportEntry(
            "signin",
            QT_TRANSLATE_NOOP("Reports", "Sign-in sheet for the door"),
            "meeting",
            "groupdesk.reports.signin:write_signin",
        ),
        ReportEntry(
            "minutes",
            QT_TRANSLATE_NOOP("Reports", "Minutes of a meeting"),
            "meeting",
            "groupdesk.reports.minutes:write_minutes",
        ),
    ),
    dashboard=(
        DashboardCard("groupdesk.services.meetings.dashboard:next_meetings_card", 40),
        DashboardCard("groupdesk.services.meetings.dashboard:actions_card", 30),
    ),
    settings_box="groupdesk.ui.meetings.settings_box:MeetingRulesBox",
    search="groupdesk.services.meetings.search:search_entries",
    member_tabs=(
        "groupdesk.services.meetings.member_tabs:meetings_attended",
        "groupdesk.services.meetings.member_tabs:actions_owned",
    ),
)
