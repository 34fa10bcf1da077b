"""Timing the Resources page's opening in a process of its own (Qt offscreen): from showing the
page until its reads (the items with their state, the clashes, the first item's detail) have
reached it and been painted.

    python benchmarks/resources_page.py DATA_DIR

Prints JSON: `open`, the best of 3 openings (a fresh page each time), and `reads`, the page's
two list reads (the items, the clashes) called directly, one after the other, as the baseline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from page_timing import time_page

if TYPE_CHECKING:
    from groupdesk.services.workspace import Workspace
    from groupdesk.ui.resources.page import ResourcesPage


def main() -> int:
    from groupdesk.services.resources.clashes import list_clashes
    from groupdesk.services.resources.records import list_items
    from groupdesk.ui.resources.page import ResourcesPage

    def reads(workspace: Workspace) -> None:
        list_items(workspace.uow())
        list_clashes(workspace.uow())

    def rows(page: ResourcesPage) -> int:
        return page.items.rowCount()

    return time_page(ResourcesPage, rows, reads, size=(1280, 800))


if __name__ == "__main__":
    raise SystemExit(main())
