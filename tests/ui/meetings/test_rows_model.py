"""The lists' table model: a long list words only the rows it draws or measures, and a search
still finds a row far down it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTableView

from groupdesk.ui.meetings.rows_model import RowsModel, show_rows
from groupdesk.ui.widgets.content_widths import MEASURED_ROWS

pytestmark = pytest.mark.gui


def test_a_long_list_words_the_rows_in_sight_and_a_search_finds_one_far_down(qtbot) -> None:  # type: ignore[no-untyped-def]
    worded: list[int] = []

    def describe(number: int) -> list[str]:
        worded.append(number)
        return [f"Meeting {number}", "annual general meeting" if number == 500 else "committee"]

    model: RowsModel[int] = RowsModel(["Title", "Kind"], describe)
    view = show_rows(QTableView(), model, "Meetings", 0)
    qtbot.addWidget(view)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    model.set_records(range(5000))
    view.repaint()
    # Before: all 5,000 worded on arrival.
    assert len(set(worded)) <= MEASURED_ROWS + 50
    assert model.index(0, 0).data() == "Meeting 0"
    # Columns are as wide as before: a kind far down the list is measured too.
    widest = view.fontMetrics().horizontalAdvance("annual general meeting")
    assert view.horizontalHeader().sectionSize(1) > widest

    model.set_search("meeting 4321")
    assert [model.index(row, 0).data() for row in range(model.rowCount())] == ["Meeting 4321"]
    model.set_search("")
    assert model.rowCount() == 5000

    model.update(lambda number: number == 1, lambda number: number + 10_000)
    assert model.index(1, 0).data() == "Meeting 10001"
