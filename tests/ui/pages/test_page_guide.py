"""Each page's built-in guide: a "?" button named "About this page" (and F1) shows the two
sentences the page declares; a page gets it just by declaring `guide`."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QToolButton

from groupdesk import registry
from groupdesk.ui.pages.base import Page

pytestmark = pytest.mark.gui


def _guide_box(page: Page) -> QMessageBox | None:
    return page.findChild(QMessageBox, "pageGuide")


@pytest.mark.parametrize("key", [entry.key for entry in registry.pages()])
def test_every_page_shows_its_guide_from_the_question_mark_button(  # type: ignore[no-untyped-def]
    qtbot, main_window, key
) -> None:
    page = main_window.show_page(key)
    if not page.guide:
        pytest.skip(f"{key} is not built yet: it says what is coming instead")
    button = page.findChild(QToolButton, "pageGuideButton")
    assert button is not None and button.isVisible()
    assert button.accessibleName() == "About this page"
    # In the page's top corner, inside the page.
    assert page.rect().contains(button.geometry())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _guide_box(page) is not None)
    box = _guide_box(page)
    assert box.text() == page.guide
    assert box.text().count(". ") >= 1  # two sentences: what the page is for, first steps
    box.reject()


def test_f1_on_a_page_shows_its_guide(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    page = main_window.show_page("members")
    page.setFocus()
    qtbot.keyClick(QApplication.focusWidget() or page, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: _guide_box(page) is not None)
    assert "Add member" in _guide_box(page).text()
    _guide_box(page).reject()


def test_a_new_page_gets_the_button_by_declaring_its_guide(qtbot, app_context) -> None:  # type: ignore[no-untyped-def]
    class Garden(Page):
        key, title = "garden", "Garden"
        guide = "The garden's plots. Start by adding a plot."

        def refresh(self) -> None:
            pass

    class Plain(Page):
        key, title = "plain", "Plain"

        def refresh(self) -> None:
            pass

    garden, plain = Garden(app_context), Plain(app_context)
    qtbot.addWidget(garden)
    qtbot.addWidget(plain)
    assert garden.findChild(QToolButton, "pageGuideButton") is not None
    assert plain.findChild(QToolButton, "pageGuideButton") is None
    assert garden.show_guide().text() == Garden.guide
