"""Joining from the Sync page on a laptop that holds records of its own (issue 15 item 4): the
page asks first, saying what joining does to them; "Do not join" leaves it as it was."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from support.gui import settle

from groupdesk.services.settings import create_group, get_settings
from groupdesk.services.sync.config import sync_config
from groupdesk.services.sync.setup import group_join_code, init_folder

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, app_context):  # type: ignore[no-untyped-def]
    from groupdesk.ui.sync.page import SyncPage

    widget = SyncPage(app_context)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    settle()
    return widget


def _answer(button_text: str, seen: list[str]) -> QTimer:
    """Answer the question box (it would block) by clicking the button named `button_text`."""

    def answer() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                seen.append(widget.text())
                for button in widget.buttons():
                    if button.text() == button_text:
                        button.click()

    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(50)
    return timer


@pytest.mark.parametrize("answer", ["Do not join", "Join and add its records"])
def test_joining_a_laptop_with_its_own_records_asks_first(  # type: ignore[no-untyped-def]
    qtbot, page, make_workspace, tmp_path, answer
) -> None:
    ana = make_workspace("ana")
    create_group(ana.uow(), name="Riverside", currency="EUR")
    folder = tmp_path / "shared"
    init_folder(ana, folder=folder, name="Ana's laptop")
    own_name = get_settings(page.context.uow()).name
    seen: list[str] = []
    timer = _answer(answer, seen)
    page.set_up(joining=True, folder=folder, code=group_join_code(ana), name="Hall laptop")
    if answer == "Do not join":
        qtbot.waitUntil(lambda: bool(seen), timeout=30_000)
        settle()
        assert sync_config(page.context.workspace) is None
        assert get_settings(page.context.uow()).name == own_name
    else:
        qtbot.waitUntil(lambda: page.sync_button.isVisible(), timeout=60_000)
        settle()
        assert get_settings(page.context.uow()).name == "Riverside"
    timer.stop()
    assert seen[0].startswith("This laptop already holds records of its own (")
    assert f"and its own group, “\u2068{own_name}\u2069”" in seen[0]  # as typed, quoted
