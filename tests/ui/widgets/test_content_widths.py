"""A list's columns are as wide as Qt's own sizing to contents would make them, without Qt
asking Python for every cell of the first 1,000 rows on each layout (~0.4 s of the Meetings
page's opening at 100,000 members)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPixmap
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView

from groupdesk.ui.grants.rows import RichRowsModel
from groupdesk.ui.meetings.rows_model import RowsModel, show_rows
from groupdesk.ui.widgets.content_widths import MEASURED_ROWS

pytestmark = pytest.mark.gui

KINDS = ["committee", "annual general meeting", "Общее собрание", "اجتماع عام"]


FAR_DOWN = "a kind of meeting so long that it is only ever far down the list"


def describe(number: int) -> list[str]:
    kind = FAR_DOWN if number == -1 else KINDS[number % 4]
    return [f"Meeting {number}", f"Riverside hall {number % 7}", kind, "planned"]


def qt_widths(qtbot, model: Any) -> list[int]:  # type: ignore[no-untyped-def]
    """The widths Qt's own `ResizeToContents` gives the same rows."""
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    return [view.horizontalHeader().sectionSize(c) for c in range(1, model.columnCount())]


def shown_widths(qtbot, model: Any) -> list[int]:  # type: ignore[no-untyped-def]
    view = show_rows(QTableView(), model, "Meetings", 0)
    qtbot.addWidget(view)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    return [view.horizontalHeader().sectionSize(c) for c in range(1, model.columnCount())]


def test_columns_are_as_wide_as_qt_would_size_them_and_follow_new_rows(qtbot) -> None:  # type: ignore[no-untyped-def]
    model: RowsModel[int] = RowsModel(["Title", "Place", "Kind", "Status"], describe)
    model.set_records(range(3000))
    ours = shown_widths(qtbot, model)
    assert ours == qt_widths(qtbot, model)
    assert ours[1] > QTableView().fontMetrics().horizontalAdvance("annual general meeting")

    # Only the first rows are measured, as Qt does: a long word far down is not.
    model.set_records([*range(MEASURED_ROWS), -1])
    ours = shown_widths(qtbot, model)
    assert ours == qt_widths(qtbot, model)
    assert ours[1] < QTableView().fontMetrics().horizontalAdvance(FAR_DOWN)


def test_a_row_with_a_picture_is_measured_with_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    picture = QPixmap(16, 16)
    picture.fill(QColor("green"))

    def extra(number: int, column: int, role: int) -> Any:
        # The picture on a row whose text is a little narrower than the widest.
        if role == Qt.ItemDataRole.DecorationRole and column == 1 and number == 3:
            return picture
        return None

    def texts(number: int) -> list[str]:
        return ["Receipt", "Hall hire, May" if number == 3 else "Hall hire, June", "€ 40.00"]

    model: RichRowsModel[int] = RichRowsModel(["Title", "What", "Amount"], texts, extra)
    model.set_records(range(10))
    assert shown_widths(qtbot, model) == qt_widths(qtbot, model)
