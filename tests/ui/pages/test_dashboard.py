"""The dashboard: the group at a glance, refreshed when what it shows changes."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from support.gui import settle

from groupdesk.services.dashboard import dashboard_summary
from groupdesk.services.demo import DEMO_GROUP_NAME
from groupdesk.services.settings import update_settings

pytestmark = pytest.mark.gui


def spoken(button) -> str:  # type: ignore[no-untyped-def]
    """A line's button as a screen reader says it (a person's name is kept on one line with
    no-break spaces)."""
    return str(button.accessibleName()).replace("\u00a0", " ")


def test_the_cards_show_the_groups_figures(main_window, app_context) -> None:  # type: ignore[no-untyped-def]
    page = main_window.show_page("dashboard")
    summary = dashboard_summary(app_context.uow(), today=date.today())
    assert page.heading.text() == DEMO_GROUP_NAME
    assert page.members_card.figure.text() == f"{summary.active_members} active"
    assert page.members_card.detail.text() == (
        f"{summary.inactive_members} inactive, {summary.left_members} have left"
    )
    assert page.new_card.figure.text() == str(summary.joined_last_90_days)
    assert page.backup_card.figure.text() == "No backup yet"
    assert page.members_card.accessibleDescription().startswith(page.members_card.figure.text())


def test_a_change_while_hidden_is_shown_when_the_page_is_next_shown(
    main_window, app_context
) -> None:  # type: ignore[no-untyped-def]
    dashboard = main_window.show_page("dashboard")
    main_window.show_page("settings")
    update_settings(app_context.uow(), name="Riverside Tenants")
    app_context.announce({"settings"})
    settle()
    assert dashboard.heading.text() == DEMO_GROUP_NAME  # hidden: not reloaded yet
    main_window.show_page("dashboard")
    settle()
    assert dashboard.heading.text() == "Riverside Tenants"


def test_a_change_while_shown_is_shown_at_once(main_window, app_context) -> None:  # type: ignore[no-untyped-def]
    dashboard = main_window.show_page("dashboard")
    update_settings(app_context.uow(), name="Riverside Tenants")
    app_context.announce({"settings"})
    assert dashboard.loading and dashboard.loading_label.isVisible()  # quietly, never frozen
    settle()
    assert not dashboard.loading_label.isVisible()
    assert dashboard.heading.text() == "Riverside Tenants"


def test_a_change_in_an_area_it_does_not_show_is_ignored(main_window, app_context) -> None:  # type: ignore[no-untyped-def]
    dashboard = main_window.show_page("dashboard")
    update_settings(app_context.uow(), name="Riverside Tenants")
    app_context.announce({"meetings-not-on-the-dashboard"})
    assert not dashboard.loading
    settle()
    assert dashboard.heading.text() == DEMO_GROUP_NAME


def test_log_a_check_in_is_one_click_from_the_dashboard_and_the_list_updates(
    qtbot, main_window, app_context
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    page = main_window.show_page("dashboard")
    from groupdesk.services.members.checkins import checkins_due

    first = checkins_due(app_context.uow(), today=date.today())[0]
    button = page.lists["checkins"].buttons[0]
    assert first.member_name in spoken(button)

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    dialog = page.open_dialog
    assert dialog is not None and dialog.isVisible()
    assert first.member_name in dialog.windowTitle()
    dialog.note_edit.setPlainText("Called: doing fine, back next month")
    # Saved and closed, the dialog deletes itself (WA_DeleteOnClose), perhaps before a poll of
    # isVisible() could see it hidden: wait for it to finish instead.
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    settle()
    after = checkins_due(app_context.uow(), today=date.today())
    assert first.member_id not in {item.member_id for item in after}
    assert all(first.member_name not in spoken(b) for b in page.lists["checkins"].buttons)


def test_a_new_member_without_a_mentor_is_listed_with_find_a_mentor(
    main_window, app_context
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.members.records import add_member

    add_member(app_context.uow(), values={"full_name": "Łukasz Nowak", "joined_on": date.today()})
    app_context.announce({"members"})
    page = main_window.show_page("dashboard")
    settle()
    labels = [spoken(b) for b in page.lists["mentors"].buttons]
    assert any("Łukasz Nowak" in label and label.startswith("Find a mentor") for label in labels)


def test_back_up_now_is_on_the_dashboard_and_the_card_then_says_when(
    qtbot, main_window, app_context
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.backup_whereabouts import list_backups

    page = main_window.show_page("dashboard")
    assert page.backup_card.figure.text() == "No backup yet"
    assert page.backup_button.isVisible() and page.backup_button.accessibleName()
    with qtbot.waitSignal(app_context.data_changed, timeout=20_000):
        page.backup_button.click()
    settle()
    assert len(list_backups(app_context.workspace.paths)) == 1
    assert page.backup_card.figure.text() == "Only on this laptop"  # no second place yet
    assert page.backup_card.detail.text().startswith("Last backup: ")
    assert "UTC" not in page.backup_card.detail.text()  # this computer's time, like elsewhere
    assert page.backup_button.isEnabled()


def test_the_check_in_list_gets_the_room_its_lines_need(main_window) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    main_window.resize(1024, 640)  # an old laptop
    page = main_window.show_page("dashboard")
    assert page.lists["checkins"].width() > page.lists["mentors"].width()
    sentences = [
        label
        for label in page.lists["checkins"].findChildren(QLabel)
        if label.text().startswith("\u200e")
    ]
    assert sentences  # each "name: follow-up overdue since 8 Jun" stays on one line
    assert all(label.height() < 2 * label.fontMetrics().height() for label in sentences)


@pytest.mark.parametrize(
    ("locale", "active", "detail"),
    [
        ("en_GB", "79,836 active", "12,063 inactive, 8,101 have left"),
        ("de_DE", "79.836 active", "12.063 inactive, 8.101 have left"),
    ],
)
def test_a_big_groups_figures_are_grouped_the_groups_way(
    main_window, app_context, locale: str, active: str, detail: str
) -> None:  # type: ignore[no-untyped-def]
    """At 100,000 members the card said "79836 active"."""
    page = main_window.show_page("dashboard")
    app_context.group = replace(app_context.group, locale=locale)
    summary = dashboard_summary(app_context.uow(), today=date.today())
    page.show_figures(
        replace(
            summary,
            active_members=79_836,
            inactive_members=12_063,
            left_members=8_101,
            joined_last_90_days=3_613,
        )
    )
    assert page.members_card.figure.text() == active
    assert page.members_card.detail.text() == detail
    assert page.new_card.figure.text() == ("3,613" if locale == "en_GB" else "3.613")


def test_dashboard_days_are_in_the_groups_date_format_with_the_year(
    main_window, app_context
) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QLabel

    from groupdesk.services.wording import day_text

    page = main_window.show_page("dashboard")
    settle()
    sentences = [label.text() for label in page.lists["checkins"].findChildren(QLabel)]
    overdue = [text for text in sentences if "overdue since" in text]
    assert overdue
    day = overdue[0].split("overdue since ", 1)[1].strip("\u2068\u2069 ").replace("\u00a0", " ")
    assert day_text(parse_day(day), app_context.locale) == day  # '18 Jun 2026', not '18 Jun'


def parse_day(text: str) -> date:
    from datetime import datetime

    return datetime.strptime(text, "%d %b %Y").date()


def test_the_dashboard_never_makes_the_window_taller_than_a_small_screen(main_window) -> None:  # type: ignore[no-untyped-def]
    page = main_window.show_page("dashboard")
    assert page.minimumSizeHint().height() < 500  # the cards scroll instead


def test_a_next_meeting_line_opens_that_meeting_on_the_meetings_page(
    qtbot, main_window, app_context
) -> None:  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from PySide6.QtCore import Qt

    from groupdesk.services.meetings.records import add_meeting

    now = app_context.workspace.now()  # under way: the first of the next meetings
    meeting = add_meeting(
        app_context.uow(),
        title="Dashboard test meeting",
        starts_at=now - timedelta(hours=3),
        ends_at=now + timedelta(hours=1),
        zone="UTC",
    )
    app_context.announce({"meetings"})
    page = main_window.show_page("dashboard")
    settle()
    [button] = [
        b
        for b in page.lists["next-meetings"].buttons
        if "Dashboard test meeting" in b.accessibleName()
    ]
    assert "expected" in button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    settle()
    assert main_window.current_key() == "meetings"
    dialog = main_window.page("meetings").active_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.meeting_key == meeting.key


def test_and_n_more_opens_the_members_page_showing_exactly_who_needs_a_check_in(
    qtbot, main_window, app_context
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.members.checkins import checkins_due, record_checkin
    from groupdesk.services.members.records import list_members

    today = date.today()
    # How many need a check-in depends on the day the demo is made: a follow-up due today for
    # more than a list shows, whatever the day.
    for member in list_members(app_context.uow(), status="active")[:12]:
        record_checkin(
            app_context.uow(), member_id=member.id, by_id=None, on=today, how="call",
            follow_up_on=today,
        )  # fmt: skip
    app_context.announce({"members"})
    dashboard = main_window.show_page("dashboard")
    settle()
    due = {item.member_id for item in checkins_due(app_context.uow(), today=today)}
    care = dashboard.lists["checkins"]
    assert len(due) > care.MAX_SHOWN
    more = care.more_button
    assert more is not None
    assert more.text() == f"…and {len(due) - care.MAX_SHOWN} more on the Members page."
    qtbot.mouseClick(more, Qt.MouseButton.LeftButton)
    settle()
    assert main_window.current_key() == "members"
    members = main_window.show_page("members")
    shown = {members.model.row_at(row).id for row in range(members.model.rowCount())}
    assert shown == due and members.care_combo.currentText() == "needs a check-in"


def test_a_list_given_its_first_lines_and_its_length_says_how_many_more(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The page words only the lines a list shows (a big group's care list has tens of
    thousands) and passes the list's length for the '…and N more' line."""
    from PySide6.QtWidgets import QLabel

    from groupdesk.ui.pages.dashboard import AttentionList

    shown = AttentionList("Who needs a check-in", "Nobody.", lambda n: f"…and {n} more.")
    qtbot.addWidget(shown)
    lines = [(f"Member {n}", "Log a check-in", lambda _checked: None) for n in range(8)]
    shown.set_items(lines, total=53_000)
    assert len(shown.buttons) == 8
    assert "…and 52992 more." in [label.text() for label in shown.findChildren(QLabel)]


def test_the_figures_show_while_a_slow_list_is_still_being_read(  # type: ignore[no-untyped-def]
    main_window, app_context, qtbot, monkeypatch
) -> None:
    """At 100,000 members the lists take seconds to read; the figures must not wait for them."""
    import threading

    from groupdesk.services.members import dashboard as members_dashboard
    from groupdesk.services.members.records import add_member

    page = main_window.show_page("dashboard")
    settle()
    before = int(page.members_card.figure.text().split()[0])
    release = threading.Event()
    read_checkins = members_dashboard.checkins_card

    def slow(uow, *, today):  # type: ignore[no-untyped-def]
        release.wait(30)
        return read_checkins(uow, today=today)

    monkeypatch.setattr(members_dashboard, "checkins_card", slow)
    add_member(app_context.uow(), values={"full_name": "Nadia Haddad", "status": "active"})
    try:
        page.refresh()
        qtbot.waitUntil(
            lambda: page.members_card.figure.text() == f"{before + 1} active", timeout=10_000
        )
        assert page.loading  # the lists are still being read
    finally:
        release.set()
    settle()
    assert not page.loading


def test_how_many_more_lines_a_list_has_is_said_in_arabic_s_plural_forms(
    qtbot, arabic, app_context
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.registry import DashboardCard
    from groupdesk.services.dashboard import DashboardItem, DashboardList
    from groupdesk.services.members.dashboard import MORE_ON_MEMBERS
    from groupdesk.ui.pages.dashboard import AttentionList, DashboardPage

    page = DashboardPage(app_context)
    qtbot.addWidget(page)
    card = DashboardCard("groupdesk.services.members.dashboard:checkins_card", 10)
    line = DashboardItem("{name}", (("name", "Ana"),), "Open", page="members")
    said = {}
    for more in (1, 2, 3, 11, 100):
        shown = DashboardList(
            "checkins", "Check-ins", "Nobody.", (line,) * 8, MORE_ON_MEMBERS, more_page="members"
        )
        page.show_list(card, replace(shown, total=AttentionList.MAX_SHOWN + more))
        button = page.lists["checkins"].more_button
        assert button is not None
        said[more] = button.text()
    assert said == {
        1: "…وسطر آخر في صفحة الأعضاء.",
        2: "…وسطران آخران في صفحة الأعضاء.",
        3: "…و3 أسطر أخرى في صفحة الأعضاء.",
        11: "…و11 سطرًا آخر في صفحة الأعضاء.",
        100: "…و100 سطر آخر في صفحة الأعضاء.",
    }
