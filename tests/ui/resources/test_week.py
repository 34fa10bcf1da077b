"""The week grid on its own: who holds what each day, a clash marked, arrow keys and Enter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from groupdesk.services.resources.clashes import Holding
from groupdesk.ui.resources.week import WeekView

pytestmark = pytest.mark.gui

MONDAY = date(2026, 6, 1)


@dataclass(frozen=True)
class Item:
    id: str
    name: str
    quantity: int = 1


def booking(item: str, kind: str, who: str, first: int, last: int, **extra: object) -> Holding:
    return Holding(
        item_id=item,
        kind=kind,
        record_id=f"{item}-{who}",
        who=who,
        first=MONDAY + timedelta(days=first),
        last=MONDAY + timedelta(days=last),
        quantity=1,
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
def view(qtbot):  # type: ignore[no-untyped-def]
    week = WeekView("en_GB", MONDAY + timedelta(days=2))
    qtbot.addWidget(week)
    items = [Item("gazebo", "Gazebo"), Item("pa", "PA kit"), Item("drill", "Drill")]
    bookings = [
        booking("gazebo", "loan", "Ana", 0, 2),
        booking("gazebo", "loan", "Sam", 2, 3),  # lent twice offline: a clash on Wednesday
        booking("pa", "reservation", "Łukasz", 4, 6),
    ]
    week.show_week(MONDAY, items, bookings)
    week.show()
    qtbot.waitExposed(week)
    return week


def cell(view: WeekView, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> str:
    text = str(view.model.index(row, column).data(role) or "")
    return text.replace("\u2068", "").replace("\u2069", "")  # the names' bidi isolates


def test_each_day_says_who_has_the_item_and_a_clash_is_marked(view: WeekView) -> None:
    assert [view.model.item(row).name for row in range(view.model.rowCount())] == [
        "Gazebo",
        "PA kit",
    ]  # the drill has nothing this week
    assert cell(view, 0, 1) == "Lent: Ana"
    assert cell(view, 0, 3) == "⚠ Clash\nLent: Ana\nLent: Sam"
    assert cell(view, 1, 5) == "Reserved: Łukasz"
    assert cell(view, 1, 1, Qt.ItemDataRole.AccessibleTextRole) == "PA kit, 1 Jun 2026: free"
    assert "(today)" in str(view.model.headerData(3, Qt.Orientation.Horizontal))
    view.booked_only.setChecked(False)
    assert view.model.rowCount() == 3


def test_arrow_keys_move_through_days_and_enter_opens_the_item(qtbot, view: WeekView) -> None:  # type: ignore[no-untyped-def]
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(0, 1))
    qtbot.keyClick(view.table, Qt.Key.Key_Right)
    qtbot.keyClick(view.table, Qt.Key.Key_Down)
    assert (view.table.currentIndex().row(), view.table.currentIndex().column()) == (1, 2)
    with qtbot.waitSignal(view.item_chosen) as chosen:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert chosen.args == ["pa"]


def test_alt_arrows_ask_for_the_week_before_and_after(qtbot, view: WeekView) -> None:  # type: ignore[no-untyped-def]
    view.table.setFocus()
    with qtbot.waitSignal(view.week_wanted) as wanted:
        qtbot.keyClick(view.table, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert wanted.args == [MONDAY + timedelta(days=7)]
    with qtbot.waitSignal(view.week_wanted) as wanted:
        qtbot.mouseClick(view.previous_button, Qt.MouseButton.LeftButton)
    assert wanted.args == [MONDAY - timedelta(days=7)]
    assert view.week_label.text() == "1 Jun 2026 to 7 Jun 2026"
