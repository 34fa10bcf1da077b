"""The resources area, as the registry sees it (`groupdesk.registry`)."""

from __future__ import annotations

from groupdesk.registry import Area

AREA = Area(
    key="resources",
    models=("groupdesk.models.resources",),
    demo="groupdesk.services.resources.demo:add_demo_resources",
)
