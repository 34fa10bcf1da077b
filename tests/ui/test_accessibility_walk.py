"""The accessibility walk: every page and every dialog its buttons open, as a screen reader
and a keyboard meet them.

A control a screen reader announces only as "button" or "edit", a label whose Alt+letter leads
nowhere, a control Tab never reaches, or a dialog Tab goes through out of order leaves a
volunteer who cannot see the screen, or cannot hold a mouse, stuck. The walk names each
offender and the window it sits in.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from support.area_dialogs import DIALOGS
from support.gui import settle
from support.keyboard import MNEMONIC
from support.tab_order import tab_rounds

from groupdesk.ui.pages import PAGE_KEYS

pytestmark = pytest.mark.gui

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QPushButton,
)


def _is_part_of_another_control(widget: QWidget) -> bool:
    """The line edit inside a combo box or spin box, a table's header: announced with it."""
    parent = widget.parentWidget()
    return isinstance(widget, QHeaderView) or isinstance(parent, (QComboBox, QAbstractSpinBox))


def _spoken_name(widget: QWidget, buddied: set[QWidget]) -> str:
    """The name a screen reader says: the accessible name, a button's own words, or the text
    of the label that is its buddy (a combo box's current choice is not a name)."""
    if widget.accessibleName().strip():
        return widget.accessibleName()
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return widget.text()
    return "buddy" if widget in buddied else ""


def _describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLabel, QLineEdit)) else ""
    name = f"{type(widget).__name__} {widget.objectName()!r} {text!r}"
    parent = widget.parentWidget()
    return f"{name} in {type(parent).__name__} {parent.objectName()!r}" if parent else name


def offenders(window: QWidget) -> list[str]:
    """What in `window`, as shown now, a screen reader or the Tab key would fail on."""
    title = window.windowTitle() or type(window).__name__
    found: list[str] = []
    labels = [label for label in window.findChildren(QLabel) if label.isVisibleTo(window)]
    buddied = {label.buddy() for label in labels if label.buddy() is not None}
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel):
            if MNEMONIC.search(widget.text().replace("&&", "")) and widget.buddy() is None:
                found.append(f"{title}: label with an Alt+letter and no buddy: {_describe(widget)}")
            continue
        if not isinstance(widget, INTERACTIVE) or _is_part_of_another_control(widget):
            continue
        if not _spoken_name(widget, buddied):
            found.append(f"{title}: no accessible name: {_describe(widget)}")
        mouse_only = bool(widget.property("mouse_only"))
        if not mouse_only and not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            found.append(f"{title}: Tab never reaches it: {_describe(widget)}")
    return found


def walk(window: QWidget) -> list[str]:
    """The offenders of `window` on every tab of every tab widget in it."""
    found = offenders(window)
    for tabs in window.findChildren(QTabWidget):
        if not tabs.isVisibleTo(window):
            continue
        shown = tabs.currentIndex()
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle()
            found += offenders(window)
        tabs.setCurrentIndex(shown)
    return sorted(set(found))


def test_the_walk_names_each_kind_of_offender_and_its_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = QDialog()
    dialog.setWindowTitle("Trial")
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    nameless = QLineEdit()
    nameless.setObjectName("nameless")
    unreachable = QPushButton("Go")
    unreachable.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
    named = QLineEdit()
    named.setAccessibleName("Named")
    town = QLineEdit()
    buddied = QLabel("&Town")
    buddied.setBuddy(town)
    for widget in (QLabel("&Place"), nameless, unreachable, named, buddied, town):
        layout.addWidget(widget)
    dialog.show()
    assert walk(dialog) == [
        "Trial: Tab never reaches it: QPushButton '' 'Go' in QDialog ''",
        "Trial: label with an Alt+letter and no buddy: QLabel '' '&Place' in QDialog ''",
        "Trial: no accessible name: QLineEdit 'nameless' '' in QDialog ''",
    ]


@pytest.mark.parametrize("key", PAGE_KEYS)
def test_every_control_on_a_page_has_a_name_a_buddy_and_a_tab_stop(main_window, key: str) -> None:  # type: ignore[no-untyped-def]
    main_window.show_page(key)
    settle()
    found = walk(main_window)
    assert not found, "\n".join(found)


@pytest.mark.parametrize("area", DIALOGS)
def test_every_control_in_each_dialog_has_a_name_a_buddy_and_its_turn_in_tab_order(  # type: ignore[no-untyped-def]
    main_window, tmp_path, area: str
) -> None:
    """Besides the walk, Tab goes through each dialog (each tab of it) once, in reading order
    (`support.tab_order`): opening every dialog once serves both."""
    dialogs = DIALOGS[area](main_window, tmp_path)
    settle()
    found: list[str] = []
    for dialog in dialogs:
        assert dialog.isVisible(), dialog.windowTitle()
        found += walk(dialog) + tab_rounds(dialog)
    for dialog in reversed(dialogs):
        dialog.done(QDialog.DialogCode.Rejected)
    assert not found, "\n".join(found)
