"""The Members page, driven as a person would: the list, search, filters, sorting, the detail
tabs, and the real dialogs for adding, editing, check-ins, import and duplicates."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from support.gui import settle

from groupdesk.services.members.records import add_member, list_members
from groupdesk.ui.members.care_dialogs import CheckInDialog, RoleDialog
from groupdesk.ui.members.duplicates_dialog import DuplicatesDialog
from groupdesk.ui.members.import_wizard import ImportDialog
from groupdesk.ui.members.member_dialog import MemberDialog
from groupdesk.ui.members.table_model import COLUMNS

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, main_window):  # type: ignore[no-untyped-def]
    """The Members page of the real main window, over the demo group, loaded."""
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    members_page = main_window.show_page("members")
    members_page.ask = lambda *_args: True  # answer yes to "are you sure?"
    settle()
    return members_page


def shown_names(page) -> list[str]:  # type: ignore[no-untyped-def]
    model = page.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def select(page, name: str) -> None:  # type: ignore[no-untyped-def]
    page.search_edit.clear()
    row = shown_names(page).index(name)
    choose(page, page.model.row_at(row).id)


def choose(page, member_id: str) -> None:  # type: ignore[no-untyped-def]
    """Choose a member and wait for their details to arrive from the database."""
    page.select_member(member_id)
    settle()


def type_into(qtbot, widget, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type as a person would (QTest types ASCII only: other letters arrive as input text)."""
    widget.setFocus()
    widget.clear()
    ascii_part = text.encode("ascii", "ignore").decode()
    if ascii_part == text:
        qtbot.keyClicks(widget, text)
    else:
        widget.insertPlainText(text) if hasattr(widget, "insertPlainText") else widget.insert(text)


def test_the_list_shows_every_member_sorted_with_the_first_one_open(page, app_context) -> None:  # type: ignore[no-untyped-def]
    members = list_members(app_context.uow())
    assert page.model.rowCount() == len(members) == 60
    assert page.count_label.text() == "60 members"
    assert shown_names(page)[0] == members[0].display_name
    assert page.detail_pane.name_label.text() == members[0].display_name


def test_add_a_member_with_a_bad_email_shown_inline_then_fixed(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.active_dialog
    assert isinstance(dialog, MemberDialog) and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert not dialog.save_button.isEnabled()
    assert dialog.save_button.toolTip() == "Enter the member's full name first."
    type_into(qtbot, dialog.inputs["full_name"], "Zoë Adeyemi")
    assert dialog.save_button.isEnabled()
    type_into(qtbot, dialog.inputs["email"], "zoe@")
    qtbot.keyClick(dialog.inputs["email"], Qt.Key.Key_Tab)  # leaving the field checks it
    assert dialog.error_for("email") == "“\u2068zoe@\u2069” is not an email address"
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert (
        dialog.isVisible()
        and dialog.error_for("email") == "“\u2068zoe@\u2069” is not an email address"
    )
    assert "Zoë Adeyemi" not in shown_names(page)

    type_into(qtbot, dialog.inputs["email"], "zoe@example.org")
    type_into(qtbot, dialog.inputs["phone"], "07700 900777")
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "Zoë Adeyemi" in shown_names(page)
    assert page.current_member_id() == dialog.saved.id
    assert page.detail_pane.profile_values["phone"].text() == "+44 7700 900777"
    assert page.status_label.text() == "Saved \u2068Zoë Adeyemi\u2069."


def test_edit_a_member_through_the_dialog(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    name = shown_names(page)[3]
    select(page, name)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.active_dialog
    assert isinstance(dialog, MemberDialog) and dialog.member is not None
    assert dialog.inputs["full_name"].text() == dialog.member.full_name
    type_into(qtbot, dialog.inputs["pronouns"], "they/them")
    type_into(qtbot, dialog.inputs["joined_on"], "2999-01-01")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    assert dialog.error_for("joined_on") == "1 Jan 2999 is in the future"  # the group's way
    type_into(qtbot, dialog.inputs["joined_on"], "2020-02-03")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle()
    assert dialog.changes() == {"pronouns": "they/them", "joined_on": "2020-02-03"}
    assert page.detail_pane.profile_values["pronouns"].text() == "they/them"
    assert page.detail_pane.profile_values["joined_on"].text() == "3 Feb 2020"


def test_search_as_you_type_ignores_case_accents_and_script(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search_edit.hasFocus()
    qtbot.keyClicks(page.search_edit, "ana petrova")  # finds Ана Петрова too, read in Latin
    assert set(shown_names(page)) == {"Ana Petrova", "Ана Петрова"}
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "zoe")  # finds Zoë
    assert "Zoë Ñúñez" in shown_names(page)
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "lukasz")  # finds Łukasz
    assert "Łukasz Nowak" in shown_names(page)
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "MEHMET")
    assert shown_names(page) and all(n.startswith("Mehmet ") for n in shown_names(page))
    assert page.count_label.text() == f"{len(shown_names(page))} of 60 members shown"
    page.search_edit.clear()
    qtbot.keyClicks(page.search_edit, "ozturk")  # finds Öztürk
    assert shown_names(page) and all("Öztürk" in name for name in shown_names(page))
    page.search_edit.clear()
    assert page.model.rowCount() == 60


def test_filters_narrow_the_list(page, app_context) -> None:  # type: ignore[no-untyped-def]
    page.status_combo.setCurrentIndex(page.status_combo.findData("left"))
    left = {m.display_name for m in list_members(app_context.uow(), status="left")}
    assert set(shown_names(page)) == left
    page.status_combo.setCurrentIndex(0)
    page.role_combo.setCurrentIndex(page.role_combo.findData("treasurer"))
    treasurers = {m.display_name for m in list_members(app_context.uow(), role="treasurer")}
    assert set(shown_names(page)) == treasurers and treasurers
    page.role_combo.setCurrentIndex(0)
    page.skill_combo.setCurrentIndex(page.skill_combo.findData("First aid"))
    assert set(shown_names(page)) == {
        m.display_name for m in list_members(app_context.uow(), skill="First aid")
    }
    page.skill_combo.setCurrentIndex(0)
    page.consent_combo.setCurrentIndex(page.consent_combo.findData("photo"))
    assert set(shown_names(page)) == {
        m.display_name for m in list_members(app_context.uow(), consent="photo")
    }


def test_clicking_a_header_sorts_by_that_column(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    header = page.table.horizontalHeader()
    joined = COLUMNS.index("joined")
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=header.rect().topLeft() + _section_centre(header, joined),
    )
    dates = [page.model.row_at(r).joined_on for r in range(page.model.rowCount())]
    known = [d for d in dates if d is not None]
    assert known == sorted(known) and dates[: len(known)] == known
    page.table.sortByColumn(joined, Qt.SortOrder.DescendingOrder)
    dates = [page.model.row_at(r).joined_on for r in range(page.model.rowCount())]
    assert [d for d in dates if d] == sorted(known, reverse=True)
    page.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    keys = [page.model.row_at(r).sort_key for r in range(page.model.rowCount())]
    assert keys == sorted(keys)


def _section_centre(header, section: int):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QPoint

    return QPoint(
        header.sectionViewportPosition(section) + header.sectionSize(section) // 2,
        header.height() // 2,
    )


def test_each_detail_tab_opens_with_the_members_records(page, app_context) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.members.roles import role_holders

    holder = role_holders(app_context.uow(), role="coordinator")[0]
    choose(page, holder.member_id)
    pane = page.detail_pane
    titles = [pane.tabText(i) for i in range(pane.count())]
    assert titles == [
        "Profile",
        "Roles",
        "Skills",
        "Mentoring",
        "Check-ins",
        "Meetings",  # the meetings area's tabs (Area.member_tabs)
        "Actions",
        "Grants",  # the grants area's
        "Borrowed",  # the resources area's
        "History",
    ]
    for index in range(pane.count()):
        pane.setCurrentIndex(index)
        assert pane.currentWidget().isVisible() and pane.currentWidget().isEnabled()
    assert "coordinator" in [
        pane.roles_table.item(r, 0).text() for r in range(pane.roles_table.rowCount())
    ]
    assert pane.history_table.rowCount() >= 1
    assert pane.history_table.item(pane.history_table.rowCount() - 1, 2).text() == "added member"


def test_history_says_fields_in_words_and_when_in_the_groups_date_format(page, app_context) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.members.records import edit_member, list_members
    from groupdesk.services.wording import day_text

    member = list_members(app_context.uow())[0]
    edit_member(app_context.uow(), member_id=member.id, changes={"joined_on": "2024-01-15"})
    choose(page, member.id)
    history = page.detail_pane.history_table
    when, what = history.item(0, 0).text(), history.item(0, 3).text()
    assert what == "Joined → \u206815 Jan 2024\u2069"  # the day the group's way, as elsewhere
    today = day_text(app_context.workspace.today(), app_context.locale)
    assert when.startswith(f"{today} ") and when[-5:-2].endswith(":")


def test_log_a_check_in_and_add_a_role_from_the_detail_pane(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    select(page, shown_names(page)[1])
    pane = page.detail_pane
    before = pane.checkins_table.rowCount()
    qtbot.mouseClick(pane.checkin_button, Qt.MouseButton.LeftButton)
    dialog = page.active_dialog
    assert isinstance(dialog, CheckInDialog)
    dialog.how_combo.setCurrentIndex(dialog.how_combo.findData("visit"))
    type_into(qtbot, dialog.note_edit, "Brought soup; all well.")
    type_into(qtbot, dialog.follow_up_edit, "someday")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.errors.message("follow_up_on").startswith("“\u2068someday\u2069” is not a date")
    dialog.follow_up_edit.clear()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle()
    assert pane.checkins_table.rowCount() == before + 1
    assert pane.checkins_table.item(0, 4).text() == "Brought soup; all well."

    qtbot.mouseClick(pane.role_button, Qt.MouseButton.LeftButton)
    role_dialog = page.active_dialog
    assert isinstance(role_dialog, RoleDialog)
    role_dialog.role_combo.setCurrentText("Safeguarding lead")
    qtbot.mouseClick(role_dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not role_dialog.isVisible())
    settle()
    assert "Safeguarding lead" in [
        pane.roles_table.item(r, 0).text() for r in range(pane.roles_table.rowCount())
    ]


def test_the_import_wizard_shows_every_bad_row_before_writing(qtbot, page, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "last-year.csv"
    broken.write_text(
        "Name,Email,Joined\n"
        "Nadia Haddad,nadia@example.org,2024-01-15\n"
        "Tomás Ruiz,ana@,2024-02-01\n"
        "Wei Lin,wei@example.org,2024-02-30\n"
        "Kemi Bello,kemi@example.org,2024-03-01,extra\n",
        encoding="utf-8",
    )
    dialog = page.open_import_dialog(broken)
    assert isinstance(dialog, ImportDialog)
    qtbot.waitUntil(lambda: dialog.report is not None)
    problems = [
        tuple(dialog.problems.item(r, c).text() for c in range(4))
        for r in range(dialog.problems.rowCount())
    ]
    assert problems == [
        ("3", "Tomás Ruiz", "Email", "“\u2068ana@\u2069” is not an email address"),
        ("4", "Wei Lin", "Joined", "“\u20682024-02-30\u2069” is not a day of the calendar"),
        (
            "5",
            "Kemi Bello",
            "(whole row)",
            "this row has 4 values but the header has 3 columns"
            " (a value with a comma in it needs quotes around it)",
        ),
    ]
    assert not dialog.import_button.isEnabled()
    assert "fix them in the file, or skip them" in dialog.import_button.toolTip()
    assert page.model.total() == 60  # nothing written yet
    dialog.skip_check.setChecked(True)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    settle()
    assert page.model.total() == 61 and "Nadia Haddad" in shown_names(page)
    assert page.status_label.text() == "Imported 1 member."


def test_duplicates_are_merged_and_separated_again(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    dialog = page.open_duplicates_dialog()
    assert isinstance(dialog, DuplicatesDialog)
    qtbot.waitUntil(lambda: dialog.pairs is not None)
    pair = next(
        p for p in dialog.pairs if p.first.full_name.isascii() != p.second.full_name.isascii()
    )
    row = dialog.pairs.index(pair)
    dialog.table.selectRow(row)
    keep, other = pair.first, pair.second
    assert dialog.merge_selected(keep_first=True)
    qtbot.waitUntil(lambda: dialog.pairs is not None and pair not in dialog.pairs)
    dialog.close()
    qtbot.waitUntil(lambda: page.model.total() == 59)
    choose(page, keep.id)
    pane = page.detail_pane
    unmerge = [
        b
        for b in pane.findChildren(type(pane.edit_button))
        if b.accessibleName() == f"Separate {other.full_name} again"
    ]
    assert len(unmerge) == 1
    qtbot.mouseClick(unmerge[0], Qt.MouseButton.LeftButton)
    settle()
    assert page.model.total() == 60
    assert page.status_label.text() == "Separated the merged records again."


def test_delete_then_restore_and_forget(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    name = shown_names(page)[5]
    select(page, name)
    member_id = page.current_member_id()
    qtbot.mouseClick(page.detail_pane.delete_button, Qt.MouseButton.LeftButton)
    settle()
    assert name not in shown_names(page) and page.model.total() == 59
    page.deleted_check.setChecked(True)
    settle()
    choose(page, member_id)
    assert page.detail_pane.restore_button.isVisible()
    qtbot.mouseClick(page.detail_pane.restore_button, Qt.MouseButton.LeftButton)
    settle()
    page.deleted_check.setChecked(False)
    settle()
    assert name in shown_names(page)
    choose(page, member_id)
    qtbot.mouseClick(page.detail_pane.forget_button, Qt.MouseButton.LeftButton)
    settle()
    assert name not in shown_names(page) or shown_names(page).count(name) < 2
    assert member_id not in {page.model.row_at(r).id for r in range(page.model.rowCount())}
    page.deleted_check.setChecked(True)
    settle()
    choose(page, member_id)
    assert page.detail_pane.name_label.text() == "Forgotten member"


def test_deleting_an_arabic_name_keeps_the_sentence_in_order(qtbot, page, app_context) -> None:  # type: ignore[no-untyped-def]
    """The name sits in an isolate, so the full stop stays at the end of the English line."""
    sara = add_member(app_context.uow(), values={"full_name": "سارة أحمد"})
    page.refresh()
    settle()
    choose(page, sara.id)
    qtbot.mouseClick(page.detail_pane.delete_button, Qt.MouseButton.LeftButton)
    settle()
    assert page.status_label.text() == "Deleted \u2068سارة أحمد\u2069."
    assert "سارة أحمد" not in shown_names(page)


def test_on_an_old_laptop_the_profile_buttons_fit_the_detail_pane(qtbot, main_window, page) -> None:  # type: ignore[no-untyped-def]
    main_window.resize(1024, 640)
    qtbot.wait(1)  # let the layout settle
    pane = page.detail_pane.profile_scroll
    assert not pane.horizontalScrollBar().isVisible()
    for button in (page.detail_pane.edit_button, page.detail_pane.forget_button):
        right_edge = button.mapTo(pane.viewport(), button.rect().topRight()).x()
        assert right_edge <= pane.viewport().width(), button.text()


def test_the_member_columns_are_wide_enough_for_their_words_at_the_tables_text_size(page) -> None:  # type: ignore[no-untyped-def]
    header = page.table.horizontalHeader()
    status = header.sectionSize(COLUMNS.index("status"))
    assert page.table.fontMetrics().horizontalAdvance("inactive") < status


def test_a_group_of_one_says_1_member_not_1_members(qtbot, group_workspace) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from groupdesk.services.members.records import add_member
    from groupdesk.ui.context import AppContext
    from groupdesk.ui.members.page import MembersPage

    add_member(group_workspace.uow(), values={"full_name": "Łukasz Nowak"})
    settings = QSettings(str(group_workspace.paths.root / "gui.ini"), QSettings.Format.IniFormat)
    members_page = MembersPage(AppContext(group_workspace, settings))
    qtbot.addWidget(members_page)
    members_page.show()
    settle()
    assert members_page.count_label.text() == "1 member"


def test_a_file_with_no_good_row_says_to_fix_it_and_offers_no_skipping(
    qtbot, page, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    broken = tmp_path / "all-bad.csv"
    broken.write_text("Name,Email\nTomás Ruiz,ana@\nWei Lin,wei@\n", encoding="utf-8")
    dialog = page.open_import_dialog(broken)
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert "No row can be imported" in dialog.summary.text()
    assert not dialog.skip_check.isVisible()
    assert not dialog.import_button.isEnabled()
    dialog.reject()


def test_a_save_reads_the_list_once(qtbot, page, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The dialog's announcement reloads the list; the page does not reload it again itself."""
    from groupdesk.services.members import records

    reads: list[object] = []
    real = records.list_members

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        reads.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(records, "list_members", counted)
    dialog = page.open_add_dialog()
    dialog.inputs["full_name"].setText("Ngozi Lindqvist")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settle()
    assert len(reads) == 1
    assert page.current_member_id() == dialog.saved.id


def test_forget_and_merge_refresh_every_page_that_shows_their_data(
    qtbot, main_window, page, app_context
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.dashboard import dashboard_summary
    from groupdesk.services.resources.availability import member_loan_history
    from groupdesk.services.resources.reservations import member_reservations

    dashboard = main_window.page("dashboard")  # shown first, now hidden behind Members
    for key in ("sync", "settings", "members"):
        main_window.show_page(key)
        settle()
    sync_page, settings_page = main_window.page("sync"), main_window.page("settings")

    def active() -> int:
        return dashboard_summary(
            app_context.uow(), today=app_context.workspace.today()
        ).active_members

    before = active()
    active_row = next(
        page.model.row_at(r)
        for r in range(page.model.rowCount())
        if page.model.row_at(r).status == "active"
    )
    lent_or_booked = bool(
        member_loan_history(app_context.uow(), member_id=active_row.id)
        or member_reservations(app_context.uow(), member_id=active_row.id)
    )
    choose(page, active_row.id)
    with qtbot.waitSignal(app_context.data_changed) as announced:
        page.act("forget")
    # The member's rows, and what the change log and conflicts held of them (blanked too), and
    # the notes of their loans and bookings when they have some.
    areas = {"members", "sync"} | ({"resources"} if lent_or_booked else set())
    assert announced.args == [frozenset(areas), page]
    settle()
    assert active() == before - 1 and active_row.id not in {
        page.model.row_at(r).id for r in range(page.model.rowCount())
    }
    main_window.show_page("dashboard")  # it was hidden: it reloads as it is shown
    settle()
    assert dashboard.members_card.figure.text() == f"{before - 1} active"
    assert sync_page.stale  # hidden: reloads when next shown
    assert not settings_page.stale  # none of its data: not reloaded

    main_window.show_page("members")
    dialog = page.open_duplicates_dialog()
    qtbot.waitUntil(lambda: dialog.pairs is not None)
    dialog.table.selectRow(0)
    dialog.merge_selected(keep_first=True)
    qtbot.waitUntil(lambda: page.model.total() == 58)  # the list reloaded without being asked
    dialog.close()
    main_window.show_page("dashboard")
    settle()
    assert dashboard.members_card.figure.text() == f"{active()} active"


def test_an_empty_group_says_how_to_add_or_import_the_first_members(qtbot, group_workspace) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import QSettings

    from groupdesk.ui.context import AppContext
    from groupdesk.ui.members.page import MembersPage

    settings = QSettings(str(group_workspace.paths.root / "gui.ini"), QSettings.Format.IniFormat)
    members_page = MembersPage(AppContext(group_workspace, settings))
    qtbot.addWidget(members_page)
    members_page.show()
    settle()
    assert members_page.empty_hint.isVisible()
    assert "Add member" in members_page.empty_hint.text()
    assert "Import" in members_page.empty_hint.text()


def test_a_search_that_finds_nobody_says_so_and_how_to_see_everyone(qtbot, page) -> None:  # type: ignore[no-untyped-def]
    assert not page.empty_hint.isVisible()
    page.search_edit.setText("xyzzy-nobody")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert page.empty_hint.isVisible() and "Clear the search" in page.empty_hint.text()
    page.search_edit.clear()
    qtbot.waitUntil(lambda: not page.empty_hint.isVisible())


def test_the_need_filter_shows_exactly_who_the_dashboard_says_needs_a_check_in_or_mentor(
    qtbot, page, app_context
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.members.checkins import checkins_due
    from groupdesk.services.members.engagement import new_without_mentor

    uow = app_context.workspace.uow()
    today = uow.today()
    due = {item.member_id for item in checkins_due(uow, today=today)}
    unmentored = {item.member_id for item in new_without_mentor(uow, today=today)}
    assert due and unmentored  # the demo group has both
    total = page.model.total()

    page.show_needing("checkin")
    shown = {page.model.row_at(row).id for row in range(page.model.rowCount())}
    assert shown == due and page.care_combo.currentText() == "needs a check-in"
    assert page.count_label.text() == f"{len(due)} of {total} members shown"

    page.show_needing("mentor")
    shown = {page.model.row_at(row).id for row in range(page.model.rowCount())}
    assert shown == unmentored
    page.care_combo.setCurrentIndex(0)
    assert page.model.rowCount() == total


def test_the_export_is_never_written_over_an_attachment(page) -> None:  # type: ignore[no-untyped-def]
    """A save dialog pointed into the data folder's attachments is refused with a sentence."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    attachments = page.context.workspace.paths.attachments
    attachments.mkdir(exist_ok=True)
    target = attachments / "members.csv"
    page.export_to(target)
    settle()
    shown = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]
    assert any("own files in its data folder" in box.text() for box in shown)
    for box in shown:
        box.done(0)
    assert not target.exists()


def test_a_count_in_the_thousands_is_written_the_groups_way(  # type: ignore[no-untyped-def]
    qtbot, main_window, demo_workspace
) -> None:
    """A network's members read "1,060 members" (British English, the demo's), not "1060"."""
    from groupdesk.models import Member
    from groupdesk.services.collation import sort_key
    from groupdesk.services.sync.capture import bulk_insert

    names = [f"Member {n:04}" for n in range(1_000)]
    with demo_workspace.uow() as uow:
        rows = [{"full_name": name, "sort_key": sort_key(name)} for name in names]
        bulk_insert(uow.session, Member, rows)
        uow.commit()
    members = main_window.show_page("members")
    members.refresh()
    settle()
    total = members.model.total()
    assert total > 1_000
    assert members.count_label.text() == f"{total:,} members"
    qtbot.keyClicks(members.search_edit, "Member 09")
    shown = members.model.rowCount()
    assert 100 <= shown < total
    assert members.count_label.text() == f"{shown} of {total:,} members shown"
