"""The dialogs of each area, opened as their pages' buttons open them over the demo group: for
the tests that walk every dialog (accessibility, right-to-left geometry)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QWidget

from groupdesk.services.grants.funders import list_funders
from groupdesk.services.grants.records import list_grants
from groupdesk.services.meetings.actions import list_actions
from groupdesk.services.meetings.records import list_meetings
from groupdesk.services.members.records import list_members
from groupdesk.services.resources.records import list_items
from support.gui import settle


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
