"""The accessibility walk: every page and every dialog its buttons open, as a screen reader
and a keyboard meet them.

A control a screen reader announces only as "button" or "edit", a label whose Alt+letter leads
nowhere, or a control Tab never reaches leaves a volunteer who cannot see the screen, or cannot
hold a mouse, stuck. The walk names each offender and the window it sits in.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
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
from support.gui import settle
from support.keyboard import MNEMONIC

from groupdesk.services.grants.funders import list_funders
from groupdesk.services.grants.records import list_grants
from groupdesk.services.meetings.actions import list_actions
from groupdesk.services.meetings.records import list_meetings
from groupdesk.services.members.records import list_members
from groupdesk.services.resources.records import list_items
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


def _members(window: QWidget, tmp_path: Path) -> list[QDialog]:
    from groupdesk.ui.members.care_dialogs import (
        CheckInDialog,
        MentorshipDialog,
        RoleDialog,
        SkillDialog,
    )

    page = window.show_page("members")
    settle()
    added = page.open_add_dialog()
    page.open_record(list_members(window.context.uow())[0].id)
    settle()
    edited = page.open_edit_dialog()
    assert edited is not None
    member = page.detail_pane.detail.member
    care = [
        kind(window.context, member=member, parent=window)
        for kind in (CheckInDialog, RoleDialog, SkillDialog, MentorshipDialog)
    ]
    for dialog in care:
        dialog.open()
    roster = tmp_path / "members.csv"
    roster.write_text("Name,Email\r\nNoor Haddad,noor@example.org\r\n")
    dialogs = [added, edited, *care, page.open_duplicates_dialog()]
    return [*dialogs, page.open_import_dialog(roster)]


def _meetings(window: QWidget, _tmp_path: Path) -> list[QDialog]:
    page = window.show_page("meetings")
    settle()
    uow = window.context.uow()
    meeting = list_meetings(uow)[0].key
    action = list_actions(uow)[0].id
    return [
        page.open_new_dialog(),
        page.open_new_series(),
        page.open_meeting(meeting),
        page.open_action(action),
    ]


def _resources(window: QWidget, _tmp_path: Path) -> list[QDialog]:
    page = window.show_page("resources")
    settle()
    dialogs: list[QDialog] = [page.new_item()]
    page.show_item(list_items(window.context.uow())[0].id)
    settle()
    for action in ("edit", "lend", "reserve", "upkeep", "plan"):
        dialog = page.act(action)
        assert isinstance(dialog, QDialog), action
        dialogs.append(dialog)
    lent = next(item for item in list_items(window.context.uow()) if item.out)
    page.show_item(lent.id)
    settle()
    loan = page.detail_pane.detail.loans[0].id
    for action in ("return", "extend", "waive"):
        dialog = page.act(f"{action}:{loan}")
        assert isinstance(dialog, QDialog), action
        dialogs.append(dialog)
    return dialogs


def _grants(window: QWidget, tmp_path: Path) -> list[QDialog]:
    from groupdesk.ui.grants.payment_dialogs import PaymentDialog, TrancheDialog
    from groupdesk.ui.grants.report_dialogs import ReportDialog

    page = window.show_page("grants")
    settle()
    grant = list_grants(window.context.uow(), direction="incoming")[0].id
    funders = page.open_funders_dialog()
    dialogs = [page.open_new_dialog(), page.open_edit_dialog(grant), funders]
    funder = list_funders(window.context.uow())[0].id
    dialogs += [funders.open_new_dialog(), page.open_record(funder, "funder")]
    dialogs += [dialogs[1].open_funder_dialog()]
    dialogs += [page.open_for(ReportDialog(window.context, grant_id=grant), page.detail.reports)]
    for dialog in (
        page.open_line_dialog(grant),
        page.open_expense_dialog(grant),
        page.open_money_dialog(PaymentDialog, grant),
        page.open_money_dialog(TrancheDialog, grant),
    ):
        assert dialog is not None
        dialogs.append(dialog)
    page.direction_combo.setCurrentIndex(page.direction_combo.findData("outgoing"))
    settle()
    dialogs.append(page.open_new_dialog())
    page.direction_combo.setCurrentIndex(page.direction_combo.findData("incoming"))
    settle()
    page.open_record(grant)
    settle()
    expenses = page.detail.expenses
    page.detail.show_tab(expenses)
    settle()
    statement = tmp_path / "bank.csv"
    statement.write_text("Date,Description,Amount\r\n2026-01-05,Paint,-12.50\r\n")
    expenses.ask_bank_file = lambda _parent, _title: statement
    expenses.import_button.click()
    settle()
    assert expenses.wizard is not None
    return [*dialogs, expenses.wizard]


def _window_wide(window: QWidget, _tmp_path: Path) -> list[QDialog]:
    from groupdesk.ui.dialogs.welcome import WelcomeDialog
    from groupdesk.ui.help_menu import AboutDialog, DiagnosticsDialog, SelfTestDialog
    from groupdesk.ui.search import open_search
    from groupdesk.ui.shortcuts import ShortcutsDialog
    from groupdesk.ui.sync.setup_dialog import SetupDialog

    for action in ("shortcutsAction", "selfTestAction", "aboutAction", "copyDiagnosticsAction"):
        window.findChild(QAction, action).trigger()
    search = open_search(window, window.context)
    setups = [SetupDialog(joining, window) for joining in (False, True)]
    welcome = WelcomeDialog(window.context.workspace, window)
    for dialog in (*setups, welcome):
        dialog.open()
    settle()
    kinds = (ShortcutsDialog, SelfTestDialog, AboutDialog, DiagnosticsDialog)
    shown = [search, *(window.findChild(kind) for kind in kinds)]
    return [*shown, *setups, welcome]


DIALOGS: dict[str, Callable[[QWidget, Path], list[QDialog]]] = {
    "members": _members,
    "meetings": _meetings,
    "resources": _resources,
    "grants": _grants,
    "window": _window_wide,
}


@pytest.mark.parametrize("area", DIALOGS)
def test_every_control_in_each_dialog_has_a_name_a_buddy_and_a_tab_stop(  # type: ignore[no-untyped-def]
    main_window, tmp_path, area: str
) -> None:
    dialogs = DIALOGS[area](main_window, tmp_path)
    settle()
    found: list[str] = []
    for dialog in dialogs:
        assert dialog.isVisible(), dialog.windowTitle()
        found += walk(dialog)
    for dialog in reversed(dialogs):
        dialog.done(QDialog.DialogCode.Rejected)
    assert not found, "\n".join(found)
