"""The tab-order round (`support.tab_order`) that the accessibility walk runs on every dialog:
it names a control Tab skips and a jump back up the form."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QLineEdit, QPushButton, QVBoxLayout, QWidget
from support.tab_order import tab_rounds

pytestmark = pytest.mark.gui


def test_the_round_names_a_skipped_field_and_a_jump_back_up(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    dialog.setWindowTitle("Trial")
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    name, town, save = QLineEdit(), QLineEdit(), QPushButton("Save")
    name.setAccessibleName("Name")
    town.setAccessibleName("Town")
    for widget in (name, town, save):
        layout.addWidget(widget)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert tab_rounds(dialog) == []
    QWidget.setTabOrder(name, save)
    QWidget.setTabOrder(save, town)
    assert tab_rounds(dialog) == [
        "Trial: Tab jumps back from QPushButton 'Save' to QLineEdit 'Town'"
    ]
