"""The grants area, as the registry sees it (`groupdesk.registry`)."""

from __future__ import annotations

from groupdesk.registry import Area

AREA = Area(
    key="grants",
    models=("groupdesk.models.grants",),
)
