"""The Resources page opens on the first rows of its list and the list's count, the first item's
detail beside them, while the whole list is read behind them (at 100,000 members, 30,000 items):
the rest is added below without moving the row chosen or the place scrolled to; a list that
changed in between is shown afresh with the chosen item kept.

Each test holds the whole list's read back (`held_reads`) until it has looked at the first rows,
with a screenful of five so that the demo group's forty items are more than one."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from PySide6.QtCore import Qt
from support.gui import settle

from groupdesk.services.resources.records import add_item, list_items
from groupdesk.services.workspace import Workspace
from groupdesk.ui.resources import page as page_module
from groupdesk.ui.resources.page import ResourcesPage

pytestmark = pytest.mark.gui

FIRST = 5


class HeldReads:
    """`list_items` as the page calls it, each call waiting until `release()`."""

    def __init__(self) -> None:
        self.released = threading.Event()
        self.calls = 0

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        self.calls += 1
        assert self.released.wait(30), "the test never let the whole list be read"
        return list_items(*args, **kwargs)

    def release(self) -> None:
        self.released.set()


@pytest.fixture
def held_reads(monkeypatch: pytest.MonkeyPatch) -> Iterator[HeldReads]:
    held = HeldReads()
    monkeypatch.setattr(page_module, "FIRST_ROWS", FIRST)
    monkeypatch.setattr(page_module, "list_items", held)
    yield held
    held.release()  # never leave the database thread waiting


@pytest.fixture
def opening(qtbot, app_context, held_reads) -> Callable[[], ResourcesPage]:  # type: ignore[no-untyped-def]
    def open_page() -> ResourcesPage:
        page = ResourcesPage(app_context)
        qtbot.addWidget(page)
        page.resize(1200, 760)
        page.show()
        qtbot.waitExposed(page)
        qtbot.waitUntil(lambda: page.detail_pane.detail is not None and held_reads.calls == 1)
        return page

    return open_page


def names(page: ResourcesPage) -> list[str]:
    return [row.name for row in page.items.records()]


def test_the_first_rows_and_the_count_come_first_then_the_rest_below_them(  # type: ignore[no-untyped-def]
    qtbot, opening, held_reads, demo_workspace: Workspace
) -> None:
    whole = list_items(demo_workspace.uow())
    assert len(whole) > 2 * FIRST
    page = opening()
    assert names(page) == [row.name for row in whole[:FIRST]]
    assert page.count_label.text() == f"{len(whole)} items"
    assert page.loading_label.isVisible()  # the rest is on its way, and says so
    assert page.current_item_id() == whole[0].id
    assert page.detail_pane.detail.item.id == whole[0].id
    # A person chooses the fourth row before the rest is in (its detail is read after the
    # rest, on the one database thread): it stays chosen, and in sight.
    page.table.setFocus()
    for _ in range(3):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.current_item_id() == whole[3].id
    scrolled = page.table.verticalScrollBar().value()

    held_reads.release()
    settle()
    assert names(page) == [row.name for row in whole]
    assert page.count_label.text() == f"{len(whole)} items"
    assert not page.loading_label.isVisible()
    assert page.current_item_id() == whole[3].id
    assert page.detail_pane.detail.item.id == whole[3].id
    assert page.table.verticalScrollBar().value() == scrolled
    # The keyboard goes on past the first rows.
    qtbot.keyClick(page.table, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.detail_pane.detail.item.id == whole[-1].id)


def test_words_typed_before_the_rest_is_in_search_the_whole_list(  # type: ignore[no-untyped-def]
    qtbot, opening, held_reads, demo_workspace: Workspace
) -> None:
    whole = list_items(demo_workspace.uow())
    last = whole[-1].name  # not among the first rows
    page = opening()
    qtbot.keyClicks(page.search_edit, last)
    assert last not in names(page)
    held_reads.release()
    settle()
    assert last in names(page)
    found = [row.name for row in whole if last.casefold() in row.name.casefold()]
    assert names(page) == found
    assert page.count_label.text() == f"{len(found)} of {len(whole)} items shown"


def test_a_list_that_changed_before_the_rest_was_read_is_shown_afresh(  # type: ignore[no-untyped-def]
    qtbot, opening, held_reads, demo_workspace: Workspace
) -> None:
    """An item that arrives between the two reads (a sync on another window, say) and sorts
    among the first rows: the whole list is shown as it now is, the chosen item still chosen."""
    page = opening()
    chosen = page.current_item_id()
    added = add_item(demo_workspace.uow(), values={"name": "  Aaa first of all"})
    held_reads.release()
    settle()
    assert names(page) == [row.name for row in list_items(demo_workspace.uow())]
    assert names(page)[0] == "Aaa first of all" and added.id != chosen
    assert page.current_item_id() == chosen
    assert page.detail_pane.detail.item.id == chosen


def test_a_filter_chosen_before_the_rest_is_in_is_what_the_list_shows(  # type: ignore[no-untyped-def]
    qtbot, opening, held_reads, demo_workspace: Workspace
) -> None:
    page = opening()
    page.kind_combo.setCurrentIndex(page.kind_combo.findData("space"))
    held_reads.release()
    settle()
    spaces = list_items(demo_workspace.uow(), kind="space")
    assert names(page) == [row.name for row in spaces]
    assert page.count_label.text() == f"{len(spaces)} items"


def test_a_count_in_the_thousands_is_written_the_groups_way(  # type: ignore[no-untyped-def]
    qtbot, opening, held_reads, demo_workspace: Workspace
) -> None:
    """A regional network's 30,000 items read "30,000 items" (British English, the demo's),
    not "30000 items", from the first rows on."""
    from groupdesk.models.resources import ResourceItem
    from groupdesk.services.sync.capture import bulk_insert

    with demo_workspace.uow() as uow:
        bulk_insert(uow.session, ResourceItem, [{"name": f"Crate {n}"} for n in range(1_000)])
        uow.commit()
    total = len(list_items(demo_workspace.uow()))
    assert total > 1_000
    page = opening()
    assert page.count_label.text() == f"{total:,} items"
    held_reads.release()
    settle()
    assert page.count_label.text() == f"{total:,} items"
    qtbot.keyClicks(page.search_edit, "Crate 99")
    assert page.count_label.text() == f"11 of {total:,} items shown"  # 99 and 990–999


def test_an_item_opened_before_the_rest_is_in_is_chosen_once_it_is(  # type: ignore[no-untyped-def]
    qtbot, opening, held_reads, demo_workspace: Workspace
) -> None:
    """A dashboard line or a search hit naming an item past the first rows, in the moment
    before they are all in: the whole list is read and the item chosen in it."""
    whole = list_items(demo_workspace.uow())
    page = opening()
    page.show_item(whole[-1].id)
    held_reads.release()
    settle()
    assert names(page) == [row.name for row in whole]
    assert page.current_item_id() == whole[-1].id
    assert page.detail_pane.detail.item.id == whole[-1].id
