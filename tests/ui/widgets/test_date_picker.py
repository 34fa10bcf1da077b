"""Picking a date on a calendar instead of typing it: the member form and the care dialogs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QTableView, QToolButton

from groupdesk.ui.members.member_dialog import MemberDialog
from groupdesk.ui.widgets.date_picker import CalendarPopup

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(member_dialog: MemberDialog) -> MemberDialog:
    return member_dialog


def _popup(edit) -> CalendarPopup:  # type: ignore[no-untyped-def]
    [popup] = edit.findChildren(CalendarPopup)
    return popup


def _button(edit) -> QToolButton:  # type: ignore[no-untyped-def]
    """The calendar button at the end of a date field."""
    [button] = edit.findChildren(QToolButton, "", Qt.FindChildOption.FindDirectChildrenOnly)
    return button


def _pick_with_enter(qtbot, popup: CalendarPopup, day: QDate) -> None:  # type: ignore[no-untyped-def]
    popup.setSelectedDate(day)
    qtbot.keyClick(popup.findChild(QTableView), Qt.Key.Key_Return)


def test_the_calendar_button_opens_on_the_typed_month_and_writes_the_day_picked(
    qtbot, dialog
) -> None:  # type: ignore[no-untyped-def]
    joined = dialog.inputs["joined_on"]
    joined.setText("2024-03-15")
    qtbot.mouseClick(_button(joined), Qt.MouseButton.LeftButton)
    popup = _popup(joined)
    assert popup.isVisible()
    assert (popup.yearShown(), popup.monthShown()) == (2024, 3)
    _pick_with_enter(qtbot, popup, QDate(2024, 3, 9))
    assert not popup.isVisible()
    assert joined.text() == "2024-03-09"


def test_alt_down_opens_it_and_a_day_picked_is_checked_beside_the_field(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.inputs["status"].setCurrentIndex(dialog.inputs["status"].findData("left"))
    dialog.inputs["joined_on"].setText("2024-05-01")
    left = dialog.inputs["left_on"]
    left.setFocus()
    qtbot.keyClick(left, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = _popup(left)
    assert popup.isVisible()
    _pick_with_enter(qtbot, popup, QDate(2024, 4, 1))  # before joining
    assert left.text() == "2024-04-01"
    assert "before the joining date" in dialog.error_for("left_on")


def test_every_date_of_a_check_in_has_a_calendar(qtbot, app_context) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.members.records import get_member, list_members
    from groupdesk.ui.members.care_dialogs import CheckInDialog

    person = list_members(app_context.uow())[0]
    dialog = CheckInDialog(app_context, member=get_member(app_context.uow(), person.id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for edit in (dialog.on_edit, dialog.follow_up_edit):
        qtbot.mouseClick(_button(edit), Qt.MouseButton.LeftButton)
        popup = _popup(edit)
        assert popup.isVisible()
        _pick_with_enter(qtbot, popup, QDate(2026, 6, 2))
        assert edit.text() == "2026-06-02"


def test_the_calendar_stays_whole_on_the_screen() -> None:
    from PySide6.QtCore import QPoint, QRect

    from groupdesk.ui.widgets.date_picker import place_popup

    screen = QRect(0, 0, 1024, 600)
    # Room below: right under the field.
    assert place_popup(QRect(100, 100, 200, 30), 300, 250, screen) == QPoint(100, 130)
    # Near the bottom: above the field instead.
    assert place_popup(QRect(100, 500, 200, 30), 300, 250, screen) == QPoint(100, 250)
    # Near the right edge: moved left so the last column and the arrow show.
    assert place_popup(QRect(900, 100, 100, 30), 300, 250, screen) == QPoint(724, 130)


def test_the_calendar_opens_on_a_date_typed_the_groups_way(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    joined = dialog.inputs["joined_on"]
    joined.setText("03/05/2024")  # en_GB: 3 May
    _popup(joined).open_below()
    assert (_popup(joined).selectedDate().month(), _popup(joined).selectedDate().day()) == (5, 3)
