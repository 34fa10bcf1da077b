"""The grants area, as the registry sees it (`groupdesk.registry`)."""

from __future__ import annotations

from groupdesk.registry import Area, DashboardCard

AREA = Area(
    key="grants",
    models=("groupdesk.models.grants",),
    commands=("groupdesk.cli.grants", "groupdesk.cli.expenses"),
    search="groupdesk.services.grants.records:search_grants",
    dashboard=(DashboardCard("groupdesk.services.grants.dashboard:grant_deadlines_card", 25),),
)
