"""A list's stretching column keeps a few words' width however much the other columns take:
at large text the Meetings list showed its titles as "Co…" and the Grants list's two first
headers ran into each other; now the table scrolls sideways instead."""

from __future__ import annotations

from functools import partial

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView
from support.gui import settle

from groupdesk.ui.meetings.rows_model import show_rows
from groupdesk.ui.style import set_text_size
from groupdesk.ui.widgets.stretch import LEAST_CHARACTERS

pytestmark = pytest.mark.gui


def least(view: QTableView) -> int:
    return view.fontMetrics().averageCharWidth() * LEAST_CHARACTERS


def has_room(view: QTableView, columns: tuple[int, ...]) -> bool:
    return all(view.horizontalHeader().sectionSize(c) >= least(view) for c in columns)


def test_a_narrow_table_scrolls_rather_than_squeeze_its_title_and_stretches_again_when_wide(
    qtbot,  # type: ignore[no-untyped-def]
) -> None:
    model = QStandardItemModel(3, 4)
    for row in range(3):
        model.setItem(row, 0, QStandardItem("Community garden tools"))
        for column in range(1, 4):
            model.setItem(row, column, QStandardItem("Riverside Community Foundation"))
    view = show_rows(QTableView(), model, "Grants", 0)
    qtbot.addWidget(view)
    view.resize(500, 300)
    view.show()
    qtbot.waitExposed(view)
    settle()
    header = view.horizontalHeader()
    qtbot.waitUntil(lambda: header.sectionSize(0) >= least(view))
    assert view.horizontalScrollBar().maximum() > 0

    view.resize(2000, 300)
    qtbot.waitUntil(lambda: header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch)
    qtbot.waitUntil(lambda: header.sectionSize(0) > least(view))
    assert view.horizontalScrollBar().maximum() == 0


def test_at_very_large_text_the_meetings_and_grants_lists_keep_room_for_their_titles(
    qtbot,
    main_window,
    app_context,  # type: ignore[no-untyped-def]
) -> None:
    set_text_size(app_context.settings, 18)  # "Very large": 164 % of the usual size
    main_window.resize(1280, 800)
    for key, view, columns in (("meetings", "meetings_view", (1,)), ("grants", "view", (0, 1))):
        table = getattr(main_window.show_page(key), view)
        settle()
        qtbot.waitUntil(partial(has_room, table, columns))
