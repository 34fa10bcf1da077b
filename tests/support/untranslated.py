"""What a person reads on a window, and the English strings of the code still shown on it: for
the tests that open the screens in another language (Spanish, Arabic)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QTabWidget,
    QWidget,
)

from groupdesk.ui.language import TRANSLATIONS


def plain(text: str) -> str:
    """`text` as shown: no accelerator ampersand, no surrounding space."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").strip()


def english_strings(same: set[str]) -> set[str]:
    """Every English string the code marks for translation, as a person would see it, but for
    the words `same` in the language shown."""
    root = ET.parse(TRANSLATIONS / "groupdesk_es.ts").getroot()
    found = {plain(source.text or "") for source in root.iter("source")}
    lettered = {text for text in found if any(c.isascii() and c.isalpha() for c in text)}
    return {text for text in lettered if "{" not in text} - same


def shown_texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for everything a person reads on `widget`."""
    yield "tooltip", widget.toolTip()
    if isinstance(widget, QLabel | QAbstractButton | QLineEdit):
        yield "text", widget.text()
    if isinstance(widget, QLineEdit):
        yield "placeholder", widget.placeholderText()
    if isinstance(widget, QGroupBox):
        yield "title", widget.title()
    if isinstance(widget, QComboBox):
        for index in range(widget.count()):
            yield "choice", widget.itemText(index)
    if isinstance(widget, QTabWidget):
        for index in range(widget.count()):
            yield "tab", widget.tabText(index)
    if isinstance(widget, QListWidget):
        for row in range(widget.count()):
            yield "item", widget.item(row).text()
            yield "item tooltip", widget.item(row).toolTip()
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model, top = widget.model(), QModelIndex()
        columns = model.columnCount(top)
        for column in range(columns):
            yield "heading", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(top), 20)):
            for column in range(columns):
                yield "cell", str(model.index(row, column).data() or "")


def english_left(window: QWidget, english: set[str]) -> list[str]:
    found = [f"window title: {window.windowTitle()}"] if window.windowTitle() in english else []
    for widget in window.findChildren(QWidget):
        if not widget.isVisible() and not isinstance(widget, QMenu):
            continue
        for what, text in shown_texts(widget):
            if plain(text) in english:
                found.append(f"{type(widget).__name__} {widget.objectName()!r} {what}: {text!r}")
    for menu in window.findChildren(QMenu):
        for action in menu.actions():
            if plain(action.text()) in english:
                found.append(f"menu {menu.title()!r}: {action.text()!r}")
    return found
