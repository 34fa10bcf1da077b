"""Keyboard paths: on every page and in every dialog, each Alt+letter leads to one place.

Two visible labels or buttons with the same underlined letter make Alt+letter ambiguous: Qt then
only moves the focus between them and never presses the button, so a keyboard user cannot get
there in one keystroke (it was Alt+D for both "Show deleted" and "Delete" on the Members page).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea, QWidget
from support.catalogues import build_catalogue
from support.keyboard import MNEMONIC, mnemonic_clashes

from groupdesk.services.members.records import get_member, list_members
from groupdesk.services.workspace import Workspace
from groupdesk.ui.language import Translations
from groupdesk.ui.pages import PAGE_KEYS

pytestmark = pytest.mark.gui

#: Each language GroupDesk ships: its translator places every & afresh, and may clash.
LANGUAGES = ("en", "es", "ar")


@pytest.fixture(scope="module")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped catalogues, compiled once for this module's tests."""
    folder = tmp_path_factory.mktemp("catalogues")
    for language in LANGUAGES[1:]:
        build_catalogue(language, folder)
    return folder


@pytest.fixture(params=LANGUAGES)
def language(request, catalogues: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The screens in each shipped language in turn (Arabic right to left, as it starts)."""
    monkeypatch.setattr("groupdesk.ui.language.TRANSLATIONS", catalogues)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations = Translations(app)
    app.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # the catalogue's
    assert translations.use(request.param)
    yield request.param
    translations.use("en")
    app.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)


def test_every_alt_letter_on_every_page_leads_to_one_place(language, main_window) -> None:  # type: ignore[no-untyped-def]
    clashes = {}
    for key in PAGE_KEYS:
        main_window.show_page(key)
        if found := mnemonic_clashes(main_window):
            clashes[key] = found
    assert clashes == {}


def test_every_alt_letter_in_the_member_dialogs_leads_to_one_place(
    language, qtbot, app_context
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.ui.members.care_dialogs import (
        CheckInDialog,
        MentorshipDialog,
        RoleDialog,
        SkillDialog,
    )
    from groupdesk.ui.members.member_dialog import MemberDialog

    member = get_member(app_context.uow(), list_members(app_context.uow())[0].id)
    dialogs = [MemberDialog(app_context), MemberDialog(app_context, member=member)]
    dialogs += [
        kind(app_context, member=member)
        for kind in (CheckInDialog, RoleDialog, SkillDialog, MentorshipDialog)
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert mnemonic_clashes(dialog) == {}, dialog.windowTitle()


def test_every_alt_letter_in_each_tab_of_the_meeting_editor_leads_to_one_place(
    language, qtbot, app_context
) -> None:  # type: ignore[no-untyped-def]
    from datetime import datetime, time, timedelta

    from groupdesk.services.meetings.records import add_meeting
    from groupdesk.ui.meetings.editor import MeetingDialog

    day = app_context.uow().today() + timedelta(days=3)
    meeting = add_meeting(
        app_context.uow(),
        title="Committee",
        starts_at=datetime.combine(day, time(19)),
        ends_at=datetime.combine(day, time(21)),
        zone="Europe/London",
    ).key
    dialog = MeetingDialog(app_context, meeting=meeting)
    qtbot.addWidget(dialog)
    dialog.show()
    tabs = dialog.tabs
    tab_letters = [
        MNEMONIC.search(tabs.tabText(i)).group(1).casefold() for i in range(tabs.count())
    ]  # type: ignore[union-attr]
    assert len(set(tab_letters)) == len(tab_letters)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        assert mnemonic_clashes(dialog) == {}, tabs.tabText(index)
        widgets = [*dialog.findChildren(QAbstractButton), *dialog.findChildren(QLabel)]
        shown = [w.text() for w in widgets if w.isVisibleTo(dialog)]
        letters = {m.group(1).casefold() for m in map(MNEMONIC.search, shown) if m}
        assert not letters & set(tab_letters), tabs.tabText(index)


def test_every_alt_letter_in_the_first_start_and_sync_dialogs_leads_to_one_place(
    language, qtbot, workspace: Workspace
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.ui.dialogs.welcome import WelcomeDialog
    from groupdesk.ui.sync.setup_dialog import SetupDialog

    welcome = WelcomeDialog(workspace)
    qtbot.addWidget(welcome)
    welcome.show()
    assert mnemonic_clashes(welcome) == {}
    welcome.create_button.click()  # the four questions
    assert mnemonic_clashes(welcome) == {}
    for joining in (False, True):
        setup = SetupDialog(joining)
        qtbot.addWidget(setup)
        setup.show()
        assert mnemonic_clashes(setup) == {}


def tab_stops(window: QWidget) -> list[QWidget]:
    """The widgets Tab visits in `window`, in order (those with a focus proxy hand it on)."""
    stops, widget = [], window.nextInFocusChain()
    while widget is not window:
        if (
            widget.isVisibleTo(window)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.focusProxy() is None
        ):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops


@pytest.mark.parametrize("key", ["dashboard", "members", "settings"])
def test_tab_never_stops_on_a_bare_scroll_area(main_window, key: str) -> None:  # type: ignore[no-untyped-def]
    main_window.show_page(key)
    assert not [w for w in tab_stops(main_window) if type(w) is QScrollArea]


def test_tab_in_the_member_dialog_goes_from_the_full_name_through_every_field(
    qtbot, app_context
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.ui.members.member_dialog import MemberDialog

    dialog = MemberDialog(app_context)
    qtbot.addWidget(dialog)
    dialog.show()
    stops = tab_stops(dialog)
    assert stops[0] is dialog.inputs["full_name"]
    fields = [w for w in stops if w in dialog.inputs.values()]
    assert fields == list(dialog.inputs.values())  # in the order they are shown


def test_every_alt_letter_in_the_resources_page_and_dialogs_leads_to_one_place(
    language, qtbot, main_window, app_context
) -> None:  # type: ignore[no-untyped-def]
    from support.gui import settle

    from groupdesk.services.resources.detail import item_detail
    from groupdesk.services.resources.loans import lend
    from groupdesk.services.resources.records import add_item
    from groupdesk.services.resources.reservations import reserve
    from groupdesk.ui.resources.item_dialog import ItemDialog, PartDialog
    from groupdesk.ui.resources.loan_dialogs import ExtendDialog, LendDialog, ReturnDialog
    from groupdesk.ui.resources.reserve_dialog import ReserveDialog
    from groupdesk.ui.resources.row_dialogs import MoveDialog, WaiveDialog
    from groupdesk.ui.resources.upkeep_dialogs import PlanDialog, UpkeepDialog

    member = list_members(app_context.uow())[0].id
    item = add_item(app_context.uow(), values={"name": "Zebra tent", "quantity": 3})
    loan = lend(app_context.uow(), item_id=item.id, borrower_id=member)
    start = app_context.uow().today()
    booking = reserve(
        app_context.uow(), item_id=item.id, member_id=member, starts_on=start, ends_on=start
    )
    page = main_window.show_page("resources")
    page.show_item(item.id)
    settle()
    tabs = page.detail_pane.tabs
    for index in range(tabs.count()):  # the detail's tabs, each with its own buttons
        tabs.setCurrentIndex(index)
        assert mnemonic_clashes(main_window) == {}, tabs.tabText(index)
    page.tabs.setCurrentWidget(page.week)
    assert mnemonic_clashes(main_window) == {}
    detail = item_detail(app_context.uow(), item_id=item.id)
    for dialog in (
        LendDialog(app_context, item=detail.item),
        LendDialog(app_context, item=detail.item, reservation=booking),
        ReserveDialog(app_context, item=detail.item),
        ReturnDialog(app_context, loan=loan),
        ExtendDialog(app_context, loan=loan),
        ItemDialog(app_context),
        ItemDialog(app_context, item=detail.item),
        PartDialog(app_context, kit=detail.item, parts=()),
        UpkeepDialog(app_context, item=detail.item),
        PlanDialog(app_context, item=detail.item),
        WaiveDialog(app_context, loan=loan),
        MoveDialog(app_context, booking=booking),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert mnemonic_clashes(dialog) == {}, dialog.windowTitle()


def test_every_alt_letter_in_the_grant_dialogs_leads_to_one_place(
    language, qtbot, app_context, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.grants.records import list_grants
    from groupdesk.ui.grants.expense_dialog import ExpenseDialog
    from groupdesk.ui.grants.funders_dialog import FunderDialog, FundersDialog
    from groupdesk.ui.grants.grant_dialog import GrantDialog
    from groupdesk.ui.grants.import_wizard import ImportWizard
    from groupdesk.ui.grants.line_dialog import BudgetLineDialog
    from groupdesk.ui.grants.micro_grant_dialog import MicroGrantDialog
    from groupdesk.ui.grants.payment_dialogs import PaymentDialog, TrancheDialog
    from groupdesk.ui.grants.report_dialogs import OutcomeDialog, ReportDialog

    grant = list_grants(app_context.workspace.uow())[0].id
    bank_file = tmp_path / "bank.csv"
    bank_file.write_text("Date,Description,Amount\n2026-05-03,Saw,-25.00\n")
    dialogs: list[QWidget] = [
        GrantDialog(app_context),
        GrantDialog(app_context, grant_id=grant),
        ExpenseDialog(app_context, grant_id=grant, currency="GBP"),
        BudgetLineDialog(app_context, grant_id=grant, currency="GBP"),
        PaymentDialog(app_context, grant_id=grant, currency="GBP"),
        TrancheDialog(app_context, grant_id=grant, currency="GBP"),
        ReportDialog(app_context, grant_id=grant),
        OutcomeDialog(app_context, grant_id=grant),
        FunderDialog(app_context),
        FundersDialog(app_context),
        MicroGrantDialog(app_context),
        ImportWizard(app_context, grant_id=grant, path=bank_file),
    ]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert mnemonic_clashes(dialog) == {}, dialog.windowTitle()


def test_every_alt_letter_in_each_tab_of_a_grant_leads_to_one_place(language, main_window) -> None:  # type: ignore[no-untyped-def]
    from support.gui import settle

    page = main_window.show_page("grants")
    settle()
    tabs = page.detail
    tab_letters = [
        MNEMONIC.search(tabs.tabText(i)).group(1).casefold() for i in range(tabs.count())
    ]  # type: ignore[union-attr]
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        settle()
        assert mnemonic_clashes(main_window) == {}, tabs.tabText(index)
        page_tab = tabs.widget(index)
        widgets = [*page_tab.findChildren(QAbstractButton), *page_tab.findChildren(QLabel)]
        shown = [w.text() for w in widgets if w.isVisibleTo(main_window)]
        letters = {m.group(1).casefold() for m in map(MNEMONIC.search, shown) if m}
        assert not letters & set(tab_letters), tabs.tabText(index)
