"""Tab order in a dialog: pressing Tab should visit each field and button once, in reading order
(top to bottom, then left to right), and come back round to the first.

A keyboard-only volunteer fills a form with Tab; a field Tab skips cannot be reached, a box
that keeps Tab to itself traps them, and a jump back up the form makes them lose their place.
Used by the accessibility walk on every dialog (`tests/ui/test_accessibility_walk.py`).
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QScrollArea,
    QTabWidget,
    QWidget,
)

from support.gui import settle


def _name(widget: QWidget | None) -> str:
    if widget is None:
        return "nothing"
    text = getattr(widget, "text", lambda: "")()
    said = widget.accessibleName() or (text if isinstance(text, str) else "")
    return f"{type(widget).__name__} {said.replace('&', '')!r}"


def stops(dialog: QWidget) -> list[QWidget]:
    """What Tab should visit in `dialog` as shown now: every visible, enabled control that
    takes focus by Tab (the part of a combo or spin box that types goes with it)."""
    found = []
    for widget in dialog.findChildren(QWidget):
        if not (widget.isVisibleTo(dialog) and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        if widget.property("mouse_only") or widget.window() is not dialog:
            continue
        if isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue
        found.append(widget)
    return found


def place(widget: QWidget, dialog: QWidget) -> tuple[QRect, ...]:
    """Where `widget` sits for reading: its box in the dialog, or, inside a scroll area, the
    scroll area's box and then its box in the scrolled form (which may reach far below the
    dialog's edge)."""
    boxes: list[QRect] = []
    inner: QWidget = widget
    ancestor = widget.parentWidget()
    while ancestor is not None and ancestor is not dialog:
        if isinstance(ancestor, QScrollArea) and ancestor.widget() is not None:
            content = ancestor.widget()
            boxes.insert(0, QRect(inner.mapTo(content, QPoint(0, 0)), inner.size()))
            inner = ancestor
        ancestor = ancestor.parentWidget()
    boxes.insert(0, QRect(inner.mapTo(dialog, QPoint(0, 0)), inner.size()))
    return tuple(boxes)


def reads_before(first: tuple[QRect, ...], second: tuple[QRect, ...]) -> bool:
    """Whether `second` comes after `first` in reading order: lower down, or on the same line
    and to the right (two boxes share a line when their heights overlap by half). Within one
    scroll area, the places in its form decide."""
    for one, other in zip(first, second, strict=False):
        if one == other:
            continue
        overlap = min(one.bottom(), other.bottom()) - max(one.top(), other.top())
        if overlap >= min(one.height(), other.height()) / 2:
            return other.left() >= one.left()
        return other.top() >= one.top()
    return True


def tab_round(dialog: QWidget) -> list[str]:
    """Press Tab from the first control in reading order until the focus comes back to it;
    returns what went wrong (nothing: every control once, in reading order)."""
    expected = stops(dialog)
    if not expected:
        return []
    places = {widget: place(widget, dialog) for widget in expected}  # before anything scrolls
    first = min(expected, key=lambda w: [(box.top(), box.left()) for box in places[w]])
    first.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = [first]
    problems: list[str] = []
    kept = 0
    for _ in range(3 * len(expected) + 4):
        before = QApplication.focusWidget()
        QTest.keyClick(before, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        if now is first:
            break
        if now is before:
            # A time field's Tab goes from the hour to the minutes first, as in every Qt app.
            kept += 1
            if not isinstance(now, QDateTimeEdit) or kept >= now.sectionCount():
                problems.append(f"Tab stays in {_name(now)}")
                break
            continue
        kept = 0
        if now not in places:
            problems.append(f"Tab leaves the dialog's controls for {_name(now)}")
            break
        if now in visited:
            problems.append(f"Tab goes round {_name(now)} again before reaching the rest")
            break
        visited.append(now)
    else:
        problems.append("Tab never comes back to the first control")
    skipped = [w for w in expected if w not in visited]
    if skipped and not problems:
        problems += [f"Tab skips {_name(w)}" for w in skipped]
    for previous, following in pairwise(visited):
        if not reads_before(places[previous], places[following]):
            problems.append(f"Tab jumps back from {_name(previous)} to {_name(following)}")
    title = dialog.windowTitle() or type(dialog).__name__
    return [f"{title}: {problem}" for problem in problems]


def tab_rounds(dialog: QDialog) -> list[str]:
    """`tab_round` on the dialog as it opens, then on each tab of each of its tab widgets."""
    dialog.activateWindow()
    dialog.raise_()
    QApplication.processEvents()
    found = tab_round(dialog)
    for tabs in dialog.findChildren(QTabWidget):
        if not tabs.isVisibleTo(dialog):
            continue
        shown = tabs.currentIndex()
        for index in range(tabs.count()):
            if index == shown:
                continue
            tabs.setCurrentIndex(index)
            settle()
            found += [f"{line} (tab {tabs.tabText(index)!r})" for line in tab_round(dialog)]
        tabs.setCurrentIndex(shown)
    return found
