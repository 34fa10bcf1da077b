"""The duplicates dialog: every column on screen, and buttons that say why they wait."""

from __future__ import annotations

import pytest

from groupdesk.ui.members.duplicates_dialog import DuplicatesDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(qtbot, app_context) -> DuplicatesDialog:  # type: ignore[no-untyped-def]
    duplicates = DuplicatesDialog(app_context)
    qtbot.addWidget(duplicates)
    duplicates.show()
    qtbot.waitUntil(lambda: duplicates.pairs is not None, timeout=20_000)
    return duplicates


def test_why_a_pair_looks_alike_is_on_screen_without_scrolling_sideways(dialog) -> None:  # type: ignore[no-untyped-def]
    table = dialog.table
    assert table.rowCount() > 0
    header = table.horizontalHeader()
    assert header.model().headerData(3, header.orientation()) == "Why"
    used = sum(header.sectionSize(column) for column in range(table.columnCount()))
    assert used <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible()


def test_a_record_shows_the_name_first_and_a_phone_number_in_one_piece(dialog) -> None:  # type: ignore[no-untyped-def]
    pair = dialog.pairs[0]
    cell = dialog.table.item(0, 1).text()
    assert cell.splitlines()[0] == pair.first.full_name
    if pair.first.phone:
        assert pair.first.phone.replace(" ", "\u00a0") in cell


def test_the_merge_buttons_say_why_they_wait_until_a_pair_is_chosen(dialog) -> None:  # type: ignore[no-untyped-def]
    for button in (dialog.keep_first, dialog.keep_second):
        assert not button.isEnabled() and button.toolTip()
    dialog.table.selectRow(0)
    assert dialog.keep_first.isEnabled() and not dialog.keep_first.toolTip()
