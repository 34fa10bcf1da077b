"""The grants area, as the registry sees it (`groupdesk.registry`).

Its page is the Grants page (`groupdesk.ui.grants.page`), imported only when shown.
"""

from __future__ import annotations

from groupdesk.registry import QT_TRANSLATE_NOOP, Area, DashboardCard, PageEntry, ReportEntry

AREA = Area(
    key="grants",
    models=("groupdesk.models.grants",),
    commands=("groupdesk.cli.grants:grants funders", "groupdesk.cli.expenses:expenses"),
    search="groupdesk.services.grants.search:search_entries",
    page=PageEntry(
        "grants",
        QT_TRANSLATE_NOOP("Sidebar", "Grants"),
        "groupdesk.ui.grants.page",
        "GrantsPage",
        40,
    ),
    demo="groupdesk.services.grants.demo:add_demo_grants",
    member_tabs=("groupdesk.services.grants.member_tabs:money_of_member",),
    reports=(
        ReportEntry(
            "grant",
            QT_TRANSLATE_NOOP(
                "Reports",
                "Funder report of a grant: budget against actual, payments, expenses, outcomes",
            ),
            "grant",
            "groupdesk.reports.funder:write_funder_report",
        ),
        ReportEntry(
            "grants",
            QT_TRANSLATE_NOOP(
                "Reports",
                "Grants overview: every grant by state, totals per currency, deadlines ahead",
            ),
            "none",
            "groupdesk.reports.grants_overview:write_grants_overview",
        ),
    ),
    dashboard=(DashboardCard("groupdesk.services.grants.dashboard:grant_deadlines_card", 25),),
)
