"""Setting a group up in an object store, and joining it, through the Sync page's set-up dialog,
against a real SeaweedFS server (tests/support/seaweed.py); problems said beside their field."""

from __future__ import annotations

from base64 import b64encode

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from support.gui import close_message_boxes, settle
from support.keyboard import mnemonic_clashes
from support.seaweed import Seaweed

from groupdesk.services.members.records import list_members
from groupdesk.services.sync.config import sync_config
from groupdesk.services.sync.setup import group_join_code
from groupdesk.ui.context import AppContext
from groupdesk.ui.sync.page import SyncPage
from groupdesk.ui.sync.setup_dialog import STORE, SetupDialog

pytestmark = pytest.mark.gui


def _page(qtbot, context: AppContext) -> SyncPage:  # type: ignore[no-untyped-def]
    page = SyncPage(context)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    settle()
    return page


def _open_dialog(qtbot, page: SyncPage, *, joining: bool) -> SetupDialog:  # type: ignore[no-untyped-def]
    (page.join_button if joining else page.setup_button).click()
    dialog = page.setup_dialog
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Sync through
    assert QApplication.focusWidget() is dialog.kind
    qtbot.keyClick(dialog.kind, Qt.Key.Key_Down)  # An object store
    assert dialog.store_chosen()
    assert dialog.endpoint.isVisible()
    assert not dialog.folder.isVisible()
    return dialog


def _type_store(qtbot, dialog: SetupDialog, seaweed: Seaweed, prefix: str) -> None:  # type: ignore[no-untyped-def]
    for edit, text in (
        (dialog.endpoint, seaweed.endpoint),
        (dialog.bucket, seaweed.bucket),
        (dialog.prefix, prefix),
        (dialog.key_id, seaweed.key_id),
        (dialog.secret, seaweed.secret),
    ):
        edit.clear()
        qtbot.keyClicks(edit, text)


def test_a_group_is_set_up_in_a_store_and_joined_through_the_dialog(
    qtbot, app_context, make_workspace, memory_keyring, seaweed: Seaweed
) -> None:  # type: ignore[no-untyped-def]
    ana_page = _page(qtbot, app_context)
    dialog = _open_dialog(qtbot, ana_page, joining=False)
    assert dialog.secret.echoMode() == dialog.secret.EchoMode.Password
    prefix = seaweed.new_prefix()
    _type_store(qtbot, dialog, seaweed, prefix)
    timer = close_message_boxes()  # the join code is shown once set up
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ana_page.sync_button.isVisible() and bool(timer.closed), timeout=30_000)
    settle()
    timer.stop()
    url = f"s3://{seaweed.bucket}/{prefix}"
    assert url in ana_page.where.text()
    ana = app_context.workspace
    assert sync_config(ana).store.endpoint == seaweed.endpoint  # type: ignore[union-attr]
    assert b64encode(seaweed.secret.encode()).decode() in memory_keyring.passwords.values()
    for kept in ana.paths.root.glob("groupdesk.sqlite*"):  # with the -wal beside it
        assert seaweed.secret.encode() not in kept.read_bytes()

    sam = make_workspace("sam")
    sam_context = AppContext(
        sam, QSettings(str(sam.paths.root / "gui.ini"), QSettings.Format.IniFormat)
    )
    sam_page = _page(qtbot, sam_context)
    dialog = _open_dialog(qtbot, sam_page, joining=True)
    _type_store(qtbot, dialog, seaweed, prefix)
    qtbot.keyClicks(dialog.code, group_join_code(app_context.workspace))
    dialog.name.setText("Sam's laptop")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(sam_page.sync_button.isVisible, timeout=30_000)
    settle()
    assert url in sam_page.where.text()
    assert len(list_members(sam.uow())) == len(list_members(app_context.workspace.uow())) > 0
    sam_context.wait_for_background_work()


def test_a_bad_endpoint_is_said_beside_its_field_and_plain_http_needs_the_insecure_tick(
    qtbot, app_context
) -> None:  # type: ignore[no-untyped-def]
    page = _page(qtbot, app_context)
    dialog = _open_dialog(qtbot, page, joining=False)
    assert not dialog.ok.isEnabled() and dialog.ok.toolTip()
    for edit, text in (
        (dialog.endpoint, "s3.example.org"),
        (dialog.bucket, "Riverside Group"),
        (dialog.key_id, "GD-KEY"),
    ):
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.isVisible)  # opened again, with the problems beside the fields
    assert "https://s3.example.org" in dialog.errors.message("endpoint")
    assert "not a bucket name" in dialog.errors.message("bucket")
    assert "secret" in dialog.errors.message("secret")
    assert not dialog.errors.message("key_id")

    dialog.endpoint.setText("http://s3.example.org")
    dialog.bucket.setText("riverside")
    dialog.secret.setText("not-shown")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.isVisible)
    assert "insecure" in dialog.errors.message("endpoint")
    assert not dialog.insecure_warning.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(dialog.insecure.isChecked)
    assert dialog.insecure_warning.isVisible()
    assert "readable" in dialog.insecure_warning.text()
    assert sync_config(app_context.workspace) is None  # nothing was set up


def test_a_store_that_cannot_be_reached_is_said_in_the_dialog_not_a_crash(
    qtbot, app_context
) -> None:  # type: ignore[no-untyped-def]
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    page = _page(qtbot, app_context)
    dialog = _open_dialog(qtbot, page, joining=False)
    for edit, text in (
        (dialog.endpoint, f"http://127.0.0.1:{closed}"),
        (dialog.bucket, "riverside"),
        (dialog.key_id, "GD-KEY"),
        (dialog.secret, "the-secret-0123"),
    ):
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=60_000)
    assert dialog.isVisible()
    assert "cannot be reached" in dialog.problem.text()
    assert "the-secret-0123" not in dialog.problem.text()
    assert sync_config(app_context.workspace) is None


def test_every_alt_letter_of_the_store_fields_leads_to_one_place(qtbot) -> None:  # type: ignore[no-untyped-def]
    for joining in (False, True):
        dialog = SetupDialog(joining)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.kind.setCurrentIndex(STORE)
        assert mnemonic_clashes(dialog) == {}
        assert all(edit.accessibleName() for edit in (dialog.endpoint, dialog.secret))


def test_a_group_moves_from_its_folder_to_a_store_through_the_dialog_and_syncs_there(
    qtbot, app_context, tmp_path, seaweed: Seaweed
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.sync.setup import init_folder

    ana = app_context.workspace
    init_folder(ana, folder=tmp_path / "stick", name="Ana's laptop")
    page = _page(qtbot, app_context)
    assert page.move_button.isVisible()
    page.move_button.click()
    dialog = page.setup_dialog
    qtbot.waitExposed(dialog)
    assert dialog.moving and not dialog.name.isVisible() and dialog.ok.text() == "Move"
    dialog.kind.setCurrentIndex(STORE)
    prefix = seaweed.new_prefix()
    _type_store(qtbot, dialog, seaweed, prefix)
    with qtbot.waitSignal(app_context.data_changed, timeout=60_000):
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    settle()
    url = f"s3://{seaweed.bucket}/{prefix}"
    assert f"Moved the group to {url}" in page.result.text()
    assert url in page.where.text()
    assert sync_config(ana).store.url() == url  # type: ignore[union-attr]

    with qtbot.waitSignal(app_context.data_changed, timeout=60_000):
        page.sync_button.click()  # Sync now, through the store
    settle()
    assert page.result.text().startswith("Last sync")
    assert not page.warnings.isVisible()


def test_a_new_laptop_joins_a_group_in_a_store_from_the_first_start_welcome(
    qtbot, workspace, make_workspace, seaweed: Seaweed
) -> None:  # type: ignore[no-untyped-def]
    from groupdesk.services.settings import create_group, has_group
    from groupdesk.services.sync.setup import init_store
    from groupdesk.services.sync.store_location import store_access
    from groupdesk.ui.dialogs.welcome import WelcomeDialog

    first = make_workspace("first-laptop")
    create_group(first.uow(), name="Riverside", currency="EUR")
    access = store_access(
        f"s3://{seaweed.bucket}/{seaweed.new_prefix()}",
        endpoint=seaweed.endpoint,
        key_id=seaweed.key_id,
        secret=seaweed.secret,
    )
    made = init_store(first, location=access.location, secret=access.secret)
    welcome = WelcomeDialog(workspace)
    qtbot.addWidget(welcome)
    with qtbot.waitSignal(welcome.accepted, timeout=30_000):
        welcome.join(store=access, code=made.join_code, name="New laptop")
    assert welcome.choice == "joined" and has_group(workspace.uow())
    welcome.context.wait_for_background_work()
