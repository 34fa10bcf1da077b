"""Keyboard paths in GUI tests: the Alt+letters a window's labels and buttons claim.

Two visible labels or buttons with the same underlined letter make Alt+letter ambiguous: Qt then
only moves the focus between them and never presses the button, so a keyboard user cannot get
there in one keystroke.
"""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    """Alt+letters that two or more visible labels or buttons of `window` claim."""
    claims: dict[str, list[str]] = defaultdict(list)
    widgets: list[QWidget] = [*window.findChildren(QAbstractButton), *window.findChildren(QLabel)]
    for widget in widgets:
        if not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and widget.buddy() is None:
            continue
        match = MNEMONIC.search(widget.text().replace("&&", ""))
        if match:
            claims[match.group(1).casefold()].append(widget.text())
    return {letter: texts for letter, texts in claims.items() if len(texts) > 1}
