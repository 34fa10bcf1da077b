"""The member dialog on a real screen: it fits (Save always in reach), its two columns read
top-down, and a screen reader can tell the three consents' date and 'how' fields apart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QBoxLayout
from support.gui import settle

from groupdesk.models.members import CONSENT_KINDS
from groupdesk.ui.members.member_dialog import MemberDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def dialog(member_dialog: MemberDialog) -> MemberDialog:
    return member_dialog


def test_each_consent_field_names_its_consent_for_a_screen_reader(dialog) -> None:  # type: ignore[no-untyped-def]
    names = [
        dialog.inputs[f"consent_{kind}_{part}"].accessibleName()
        for kind in CONSENT_KINDS
        for part in ("on", "how")
    ]
    assert len(set(names)) == len(names) == 2 * len(CONSENT_KINDS)
    assert "May appear in photos: given or withdrawn on" in names
    assert all(not name.startswith(" ") for name in names)


def test_the_dialog_fits_the_screen_with_messages_showing_and_save_in_reach(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    screen = QApplication.primaryScreen().availableGeometry()  # offscreen: 800×800
    for field, text in (("email", "zoe@example"), ("joined_on", "31-02-2024"), ("phone", "x")):
        dialog.inputs[field].setText(text)
        dialog.check_field(field)
    assert dialog.error_for("email") and dialog.error_for("joined_on")
    assert dialog.width() <= screen.width() and dialog.height() <= screen.height()
    save = dialog.save_button
    corner = save.mapTo(dialog, QPoint(save.width(), save.height()))
    assert dialog.rect().contains(corner)
    assert not dialog.fields_area.horizontalScrollBar().isVisible()  # never sideways


def test_the_two_columns_start_side_by_side_at_the_top(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    # Two columns on a wide screen (the offscreen screen is 800 px, where they stack).
    dialog.fields_area.widget().layout().setDirection(QBoxLayout.Direction.LeftToRight)
    dialog.resize(1000, 700)
    qtbot.wait(1)  # let the layout settle
    left, right = dialog.inputs["full_name"], dialog.inputs["consent_contact"]
    assert right.mapTo(dialog, QPoint()).x() > left.mapTo(dialog, QPoint()).x() + left.width()
    top = left.mapTo(dialog, QPoint()).y() - right.mapTo(dialog, QPoint()).y()
    assert abs(top) < left.fontMetrics().height()  # the shorter column does not float down


def test_save_refused_below_the_fold_scrolls_to_the_field_and_its_message(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    dialog.resize(dialog.width(), 360)  # a small laptop screen: the dates are out of sight
    qtbot.wait(1)
    dialog.inputs["full_name"].setText("Wei Chen")
    dialog.inputs["status"].setCurrentIndex(dialog.inputs["status"].findData("left"))
    dialog.inputs["joined_on"].setText("2024-05-01")
    dialog.inputs["left_on"].setText("2024-04-01")
    dialog.fields_area.verticalScrollBar().setValue(0)
    left = dialog.inputs["left_on"]
    assert left.visibleRegion().isEmpty()
    dialog.save()
    settle()  # the service refuses it, on the database thread
    assert "before the joining date" in dialog.error_for("left_on")
    assert not left.visibleRegion().isEmpty()


def test_text_boxes_show_three_lines_of_their_own_text(dialog) -> None:  # type: ignore[no-untyped-def]
    for field in ("address", "notes"):
        box = dialog.inputs[field]
        assert box.height() >= 3 * box.fontMetrics().lineSpacing()


def test_the_window_keeps_painting_while_a_sync_holds_the_database_and_the_save_lands_after(
    qtbot, app_context, dialog
) -> None:  # type: ignore[no-untyped-def]
    """A sync holds SQLite's write lock (BEGIN IMMEDIATE) on its own connection; Save must not
    freeze the window meanwhile, and the member is saved as soon as the lock is let go."""
    import sqlite3

    from PySide6.QtCore import QEvent, QObject, QTimer

    from groupdesk.services.members.records import list_members

    class PaintCounter(QObject):
        painted = 0

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted += 1
            return False

    counter = PaintCounter()
    dialog.problem_label.installEventFilter(counter)
    dialog.problem_label.setText(" ")
    dialog.problem_label.show()
    ticker = QTimer()
    ticker.timeout.connect(dialog.problem_label.repaint)
    dialog.inputs["full_name"].setText("Ngozi Lindqvist")

    sync = sqlite3.connect(app_context.workspace.paths.database, isolation_level=None)
    sync.execute("BEGIN IMMEDIATE")
    try:
        assert dialog.save()
        ticker.start(10)
        qtbot.waitUntil(lambda: counter.painted >= 20, timeout=5_000)  # the GUI thread is free
        assert dialog.isVisible() and dialog.saving is not None  # the save waits for the lock
        assert "Ngozi Lindqvist" not in {m.full_name for m in list_members(app_context.uow())}
    finally:
        sync.execute("COMMIT")
        sync.close()
        ticker.stop()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10_000)
    assert dialog.saved is not None and dialog.saved.full_name == "Ngozi Lindqvist"
    assert "Ngozi Lindqvist" in {m.full_name for m in list_members(app_context.uow())}


def test_saving_a_member_deleted_on_another_laptop_says_so_instead_of_doing_nothing(
    qtbot, app_context
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.members.records import delete_member, get_member, list_members

    member = get_member(app_context.uow(), list_members(app_context.uow())[0].id)
    dialog = MemberDialog(app_context, member=member)
    qtbot.addWidget(dialog)
    dialog.show()
    delete_member(app_context.uow(), member_id=member.id)  # meanwhile, arrived by sync
    dialog.inputs["pronouns"].setText("they/them")
    assert dialog.save()
    settle()
    assert dialog.isVisible() and dialog.saved is None
    assert dialog.problem_label.isVisible()
    assert "deleted" in dialog.problem_label.text()
    assert dialog.save_button.isEnabled()  # nothing is stuck: Cancel or try again


def test_typing_the_name_of_someone_already_here_shows_a_hint_not_a_refusal(
    qtbot, dialog, app_context
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.members.records import list_members

    here = list_members(app_context.workspace.uow())[0].full_name
    name = dialog.inputs["full_name"]
    qtbot.keyClicks(name, here.upper())
    settle()
    hint = dialog.namesake_hint
    assert hint.isVisible()
    assert hint.text() == (
        f"There is already a member called \u2068{here}\u2069: you can still add this one."
    )
    assert dialog.save_button.isEnabled()
    qtbot.keyClicks(name, "x")
    settle()
    assert not hint.isVisible()
