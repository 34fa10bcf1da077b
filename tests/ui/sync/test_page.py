"""The Sync page: set up, Sync now off the GUI thread, the result in words, conflicts decided."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select
from support.gui import answer_message_boxes, close_message_boxes, settle

from groupdesk.models import Member
from groupdesk.models.sync_local import PendingAttachment
from groupdesk.services.sync.conflicts import list_conflicts
from groupdesk.services.sync.engine import run_sync
from groupdesk.services.sync.setup import group_join_code, join_folder

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


def _set_up(qtbot, page, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Set up a sync folder from the page, closing the join code's box once it has shown (a
    box left open after the closer stopped stays modal for good: the suite once hung)."""
    closer = close_message_boxes()
    page.set_up(joining=False, folder=folder, name="Ana's laptop")
    qtbot.waitUntil(lambda: page.sync_button.isVisible() and bool(closer.closed), timeout=20_000)
    settle()
    closer.stop()


def _ana_and_sam(qtbot, page, folder: Path, make_workspace):  # type: ignore[no-untyped-def]
    """This page's laptop (Ana's) sets up `folder`, and Sam's laptop joins it."""
    _set_up(qtbot, page, folder)
    ana = page.context.workspace
    sam = make_workspace("sam")
    join_folder(sam, folder=folder, code=group_join_code(ana), name="Sam's laptop")
    return ana, sam


def test_a_laptop_that_does_not_sync_offers_set_up_and_join(page) -> None:  # type: ignore[no-untyped-def]
    assert "does not sync yet" in page.where.text()
    assert page.setup_button.isVisible() and page.join_button.isVisible()
    assert not page.sync_button.isVisible()
    for button in (page.setup_button, page.join_button, page.keep_mine, page.take_theirs):
        assert button.accessibleName()


def test_setting_up_then_syncing_shows_the_result_in_words(
    qtbot, page, tmp_path, make_workspace
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "stick"
    _set_up(qtbot, page, folder)
    sam = make_workspace("sam")
    join_folder(
        sam, folder=folder, code=group_join_code(page.context.workspace), name="Sam's laptop"
    )
    with sam.uow() as uow:
        member = uow.session.scalars(select(Member)).first()
        member.phone = "+44 7700 900999"
        uow.commit()
    run_sync(sam, backup=False)
    with qtbot.waitSignal(page.context.data_changed, timeout=20_000):
        page.sync_now()
    settle()
    assert "Read 1 file from \u2068Sam's laptop\u2069: " in page.result.text()
    assert page.devices_model.rowCount() == 1
    assert page.devices_model.data(page.devices_model.index(0, 0)) == "Sam's laptop"


def test_the_last_sync_is_told_in_the_reader_s_language(qtbot, spanish, page) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.models.sync_state import LocalState
    from groupdesk.services.sync.config import LAST_REPORT_KEY
    from groupdesk.services.sync.report import FileRead, SyncReport

    read = tuple(FileRead(f"{n}.gdsync", n, n, 1) for n in ("Sam", "Ana"))
    report = SyncReport(
        files_read=read, new_changes=1, conflicts_opened=2, written="out", exported_changes=1
    )
    with page.context.uow() as uow:
        uow.session.merge(LocalState(key=LAST_REPORT_KEY, value=json.dumps(report.to_json())))
        uow.commit()
    page.refresh()
    settle()
    shown = page.result.text().replace("\u2068", "").replace("\u2069", "")
    assert shown.endswith(
        "Lectura: 2 archivos de Ana y Sam, con 1 cambio y 2 conflictos por revisar. "
        "Enviado: 1 cambio."
    )


def test_a_conflict_is_listed_and_keep_mine_decides_it(
    qtbot, page, tmp_path, make_workspace
) -> None:  # type: ignore[no-untyped-def]
    ana, sam = _ana_and_sam(qtbot, page, tmp_path / "stick", make_workspace)
    with ana.uow() as uow:
        member_id = uow.session.scalars(select(Member.id).order_by(Member.id)).first()
    for laptop, phone in ((sam, "+44 1"), (ana, "+44 2")):
        with laptop.uow() as uow:
            uow.session.get(Member, member_id).phone = phone
            uow.commit()
    run_sync(sam, backup=False)
    with qtbot.waitSignal(page.context.data_changed, timeout=20_000):
        page.sync_now()
    settle()
    assert "1 conflict to review" in page.result.text()
    assert page.conflicts_model.rowCount() == 1
    assert not page.keep_mine.isEnabled() and page.keep_mine.toolTip()
    page.conflicts.selectRow(0)
    assert page.keep_mine.isEnabled()
    with qtbot.waitSignal(page.context.data_changed):
        page.keep_mine.click()
    settle()
    assert page.conflicts_model.rowCount() == 0
    assert list_conflicts(ana.uow()) == []


def test_a_laptop_that_does_not_sync_shows_no_empty_lists_but_says_what_syncing_is(
    qtbot, page, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    assert not page.conflicts_box.isVisible() and not page.devices_box.isVisible()
    assert "USB stick" in page.where.text() and "encrypted" in page.where.text()
    _set_up(qtbot, page, tmp_path / "stick")
    assert page.conflicts_box.isVisible() and page.devices_box.isVisible()
    assert page.conflicts_box.title() == "Conflicts to review: none"


def test_the_recovery_sheet_is_saved_as_a_pdf_to_print(qtbot, page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    from groupdesk.services.sync.setup import recovery_sheet

    _set_up(qtbot, page, tmp_path / "stick")
    out = tmp_path / "sheet.pdf"
    page.save_recovery_sheet(recovery_sheet(page.context.workspace), out)
    assert page.result.text() == f"Recovery sheet saved to {out}."
    text = PdfReader(out).pages[0].extract_text().replace("\n", "")
    assert group_join_code(page.context.workspace) in text


def test_conflicts_name_each_laptop_and_a_deleted_record_can_be_restored(
    qtbot, page, tmp_path, make_workspace
) -> None:  # type: ignore[no-untyped-def]
    """The value in effect here came from Sam's laptop: the list says so, by name (it said
    "Mine (in effect)"); Ana's delete against Sam's edit is listed, with Restore."""
    from datetime import datetime

    ana, sam = _ana_and_sam(qtbot, page, tmp_path / "stick", make_workspace)
    with ana.uow() as uow:
        first, second = uow.session.scalars(select(Member.id).order_by(Member.id)).all()[:2]
        uow.session.get(Member, first).phone = "+44 1"
        uow.session.get(Member, second).deleted_at = datetime(2026, 5, 1)
        uow.commit()
    with sam.uow() as uow:  # later, not having seen Ana's edits
        uow.session.get(Member, first).phone = "+44 2"
        uow.session.get(Member, second).notes = "Moved to Leeds"
        uow.commit()
    run_sync(sam, backup=False)
    with qtbot.waitSignal(page.context.data_changed, timeout=20_000):
        page.sync_now()
    settle()
    model = page.conflicts_model
    assert model.headerData(2, Qt.Orientation.Horizontal) == "In effect"
    rows = {model.rows[r].kind: r for r in range(model.rowCount())}
    value, deleted = rows["value"], rows["deleted"]
    assert model.data(model.index(value, 2)).startswith(
        "\u2068+44 2\u2069 — \u2068Sam's laptop\u2069"
    )
    assert model.data(model.index(value, 3)).startswith(
        "\u2068+44 1\u2069 — \u2068Ana's laptop\u2069"
    )
    assert model.data(model.index(deleted, 2)).startswith("deleted — \u2068Ana's laptop\u2069")
    assert model.data(model.index(deleted, 3)).startswith(
        "notes: \u2068Moved to Leeds\u2069 — \u2068Sam's laptop\u2069"
    )
    assert "\u2068Ana's laptop\u2069 deleted" in model.data(
        model.index(deleted, 0), Qt.ItemDataRole.ToolTipRole
    )
    page.conflicts.selectRow(deleted)
    assert page.take_theirs.text() == "&Restore it" and page.take_theirs.accessibleName()
    with qtbot.waitSignal(page.context.data_changed):
        page.take_theirs.click()
    settle()
    with ana.uow() as uow:
        restored = uow.session.get(Member, second)
        assert restored.deleted_at is None and restored.notes == "Moved to Leeds"
    assert [c.kind for c in list_conflicts(ana.uow())] == ["value"]
    page.conflicts.selectRow(0)
    assert page.keep_mine.text() == "&Keep the value in effect"


def test_a_laptop_whose_clock_the_others_say_is_wrong_asks_before_sending(
    qtbot, page, tmp_path, make_workspace
) -> None:  # type: ignore[no-untyped-def]
    """Sam's and Lee's laptops both see this computer 400 days ahead of them: the page says
    so and sends only once the user confirms the clock is right."""
    from PySide6.QtWidgets import QMessageBox

    folder = tmp_path / "stick"
    _set_up(qtbot, page, folder)
    ana = page.context.workspace

    def behind() -> int:
        return ana.now_millis() - 400 * 86_400_000

    for name in ("Sam's laptop", "Lee's laptop"):
        other = make_workspace(name.split("'")[0], now_millis=behind)
        join_folder(other, folder=folder, code=group_join_code(ana), name=name)
        run_sync(other, backup=False)
    with ana.uow() as uow:
        uow.session.get(Member, uow.session.scalars(select(Member.id)).first()).phone = "+44 9"
        uow.commit()
    clicker = answer_message_boxes(QMessageBox.ButtonRole.AcceptRole)
    asked = clicker.closed
    with qtbot.waitSignal(page.context.data_changed, timeout=20_000):
        page.sync_now()
    qtbot.waitUntil(lambda: page.last_report.written is not None, timeout=20_000)
    clicker.stop()
    [question] = asked
    shown = question.replace("\u2068", "").replace("\u2069", "")  # names in isolates
    assert "400.0 days ahead of the clocks of Lee's laptop and Sam's laptop" in shown
    assert not page.last_report.clock_refused


def test_the_recovery_sheet_is_never_saved_over_the_database(qtbot, page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication, QMessageBox

    from groupdesk.services.sync.setup import recovery_sheet

    _set_up(qtbot, page, tmp_path / "stick")
    database = page.context.workspace.paths.database
    before = database.read_bytes()[:100]
    boxes: list[str] = []

    def note_and_close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                boxes.append(widget.text())
                widget.done(0)

    page.save_recovery_sheet(recovery_sheet(page.context.workspace), database)
    note_and_close()
    assert any("own files in its data folder" in text for text in boxes)
    assert database.read_bytes()[:100] == before
    assert "saved" not in page.result.text()


@pytest.mark.parametrize(("waiting", "said"), [(1, "1 attached file"), (3, "3 attached files")])
def test_files_still_to_arrive_are_counted_in_english_plurals(
    page, waiting: int, said: str
) -> None:  # type: ignore[no-untyped-def]
    """It read "3 attached file(s) have not arrived yet." (the count was not a plural); now as
    the sync's report says it."""
    with page.context.workspace.uow() as uow:
        for number in range(waiting):
            uow.session.add(
                PendingAttachment(sha256=f"{number:064x}", first_seen=datetime(2026, 12, 1))
            )
        uow.commit()
    page.refresh()
    settle()
    assert f"⚠ {said} not arrived yet." in page.warnings.text()
