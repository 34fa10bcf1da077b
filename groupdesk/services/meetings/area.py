"""The meetings area, as the registry sees it (`groupdesk.registry`).

No page yet: the sidebar's placeholder stands in until the meetings GUI exists.
"""

from __future__ import annotations

from groupdesk.registry import Area

AREA = Area(
    key="meetings",
    models=("groupdesk.models.meetings",),
    commands=("groupdesk.cli.meetings", "groupdesk.cli.actions"),
)
