"""The resources area, as the registry sees it (`groupdesk.registry`).

Its page is the Resources page (`groupdesk.ui.resources.page`), imported only when shown.
"""

from __future__ import annotations

from groupdesk.registry import QT_TRANSLATE_NOOP, Area, DashboardCard, PageEntry, ReportEntry

AREA = Area(
    key="resources",
    models=("groupdesk.models.resources",),
    commands=("groupdesk.cli.resources:resources",),
    page=PageEntry(
        "resources",
        QT_TRANSLATE_NOOP("Sidebar", "Resources"),
        "groupdesk.ui.resources.page",
        "ResourcesPage",
        30,
    ),
    demo="groupdesk.services.resources.demo:add_demo_resources",
    search="groupdesk.services.resources.search:search_entries",
    dashboard=(
        DashboardCard("groupdesk.services.resources.dashboard:overdue_card", 6),
        DashboardCard("groupdesk.services.resources.dashboard:clashes_card", 8),
        DashboardCard("groupdesk.services.resources.dashboard:reservations_card", 32),
        DashboardCard("groupdesk.services.resources.dashboard:due_back_card", 34),
        DashboardCard("groupdesk.services.resources.dashboard:upkeep_card", 36),
    ),
    member_tabs=("groupdesk.services.resources.member_tabs:loans_held",),
    reports=(
        ReportEntry(
            "resources",
            QT_TRANSLATE_NOOP(
                "Reports",
                "Resource inventory and loans: items and their value, loans out, upkeep, deposits",
            ),
            "none",
            "groupdesk.reports.inventory:write_inventory",
        ),
    ),
)
