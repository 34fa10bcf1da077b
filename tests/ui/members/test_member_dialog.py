"""The member dialog on a real screen: it fits (Save always in reach), its two columns read
top-down, and a screen reader can tell the three consents' date and 'how' fields apart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QBoxLayout

from groupdesk.models.members import CONSENT_KINDS
from groupdesk.ui.members.member_dialog import MemberDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(member_dialog: MemberDialog) -> MemberDialog:
    return member_dialog


def test_each_consent_field_names_its_consent_for_a_screen_reader(dialog) -> None:  # type: ignore[no-untyped-def]
    names = [
        dialog.inputs[f"consent_{kind}_{part}"].accessibleName()
        for kind in CONSENT_KINDS
        for part in ("on", "how")
    ]
    assert len(set(names)) == len(names) == 2 * len(CONSENT_KINDS)
    assert "May appear in photos: given or withdrawn on" in names
    assert all(not name.startswith(" ") for name in names)


def test_the_dialog_fits_the_screen_with_messages_showing_and_save_in_reach(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    screen = QApplication.primaryScreen().availableGeometry()  # offscreen: 800×800
    for field, text in (("email", "zoe@example"), ("joined_on", "31-02-2024"), ("phone", "x")):
        dialog.inputs[field].setText(text)
        dialog.check_field(field)
    assert dialog.error_for("email") and dialog.error_for("joined_on")
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    save = dialog.save_button
    corner = save.mapTo(dialog, QPoint(save.width(), save.height()))
    assert dialog.rect().contains(corner)
    assert not dialog.fields_area.horizontalScrollBar().isVisible()  # never sideways


def test_the_two_columns_start_side_by_side_at_the_top(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    # Two columns on a wide screen (the offscreen screen is 800 px, where they stack).
    dialog.fields_area.widget().layout().setDirection(QBoxLayout.Direction.LeftToRight)
    dialog.resize(1000, 700)
    qtbot.wait(1)  # let the layout settle
    left, right = dialog.inputs["full_name"], dialog.inputs["consent_contact"]
    assert right.mapTo(dialog, QPoint()).x() > left.mapTo(dialog, QPoint()).x() + left.width()
    top = left.mapTo(dialog, QPoint()).y() - right.mapTo(dialog, QPoint()).y()
    assert abs(top) < left.fontMetrics().height()  # the shorter column does not float down


def test_save_refused_below_the_fold_scrolls_to_the_field_and_its_message(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.resize(dialog.width(), 360)  # a small laptop screen: the dates are out of sight
    qtbot.wait(1)
    dialog.inputs["full_name"].setText("Wei Chen")
    dialog.inputs["status"].setCurrentIndex(dialog.inputs["status"].findData("left"))
    dialog.inputs["joined_on"].setText("2024-05-01")
    dialog.inputs["left_on"].setText("2024-04-01")
    dialog.fields_area.verticalScrollBar().setValue(0)
    left = dialog.inputs["left_on"]
    assert left.visibleRegion().isEmpty()
    assert not dialog.save()
    assert "before the joining date" in dialog.error_for("left_on")
    assert not left.visibleRegion().isEmpty()


def test_text_boxes_show_three_lines_of_their_own_text(dialog) -> None:  # type: ignore[no-untyped-def]
    for field in ("address", "notes"):
        box = dialog.inputs[field]
        assert box.height() >= 3 * box.fontMetrics().lineSpacing()
