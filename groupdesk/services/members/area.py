"""The members area, as the registry sees it (`groupdesk.registry`)."""

from __future__ import annotations

from groupdesk.registry import QT_TRANSLATE_NOOP, Area, DashboardCard, PageEntry, ReportEntry

AREA = Area(
    key="members",
    models=("groupdesk.models.members",),
    page=PageEntry(
        "members",
        QT_TRANSLATE_NOOP("Sidebar", "Members"),
        "groupdesk.ui.members.page",
        "MembersPage",
        10,
    ),
    commands=("groupdesk.cli.members:members", "groupdesk.cli.checkins:checkins"),
    after_sync_merge=("groupdesk.services.members.erasure:enforce_erasures",),
    demo="groupdesk.services.members.demo:add_demo_members",
    search="groupdesk.services.members.records:search_entries",
    reports=(
        ReportEntry(
            "roster",
            QT_TRANSLATE_NOOP(
                "Reports", "Membership roster: active members who agreed to be listed"
            ),
            "none",
            "groupdesk.reports.roster:write_roster",
        ),
    ),
    dashboard=(
        DashboardCard(
            "groupdesk.services.members.dashboard:checkins_card",
            10,
            "groupdesk.ui.members.care_dialogs:open_from_dashboard",
        ),
        DashboardCard(
            "groupdesk.services.members.dashboard:mentors_card",
            20,
            "groupdesk.ui.members.care_dialogs:open_from_dashboard",
        ),
    ),
)
