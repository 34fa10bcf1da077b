"""Timing the Resources page's opening in a process of its own (Qt offscreen): from showing the
page until what is in sight (the list's first rows and count, the clashes, the first item's
detail) has reached it and been painted, and until the whole list has.

    python benchmarks/resources_page.py DATA_DIR

Prints JSON: `open` and `whole`, the best of 3 openings (a fresh page each time), and `reads`,
the page's two list reads (all the items, the clashes) called directly, one after the other,
as the baseline.
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

    def in_sight(page: ResourcesPage) -> bool:
        """Rows, the first one's detail, and no read on its way but the rest of the list."""
        return rows(page) > 0 and page.detail_pane.detail is not None and page.reading <= {"list"}

    return time_page(ResourcesPage, rows, reads, size=(1280, 800), ready=in_sight)


if __name__ == "__main__":
    raise SystemExit(main())
