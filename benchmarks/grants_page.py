"""Timing the Grants page's opening in a process of its own (Qt offscreen): from showing the
page until its reads (every grant with its figures, grouped by state, and the first grant's
record) have reached it and been painted.

    python benchmarks/grants_page.py DATA_DIR

Prints JSON: `open`, the best of 3 openings (a fresh page each time), and `reads`, the page's
list read (`list_grant_figures`, what it shows by default: the grants the group applies for)
called directly, as the baseline.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from page_timing import time_page

if TYPE_CHECKING:
    from groupdesk.services.workspace import Workspace
    from groupdesk.ui.grants.page import GrantsPage


def main() -> int:
    from groupdesk.services.grants.figures import list_grant_figures
    from groupdesk.ui.grants.page import GrantsPage

    def reads(workspace: Workspace) -> None:
        list_grant_figures(workspace.uow(), direction="incoming")

    def rows(page: GrantsPage) -> int:
        return page.grants.rowCount()

    return time_page(GrantsPage, rows, reads, size=(1280, 800))


if __name__ == "__main__":
    raise SystemExit(main())
