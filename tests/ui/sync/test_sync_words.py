"""The sync area's own sentences (warnings, a stopped sync, set-up refusals) on screen in the
reader's language, while the CLI and the stored report keep the English."""

from __future__ import annotations

import io
import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select
from support.gui import answer_message_boxes, close_message_boxes, progress_lines, settle

from groupdesk.models import Member
from groupdesk.models.sync_state import LocalState
from groupdesk.services.members.records import delete_member
from groupdesk.services.settings import create_group
from groupdesk.services.sync.config import LAST_REPORT_KEY, sync_config
from groupdesk.services.sync.conflicts import ConflictData
from groupdesk.services.sync.engine import run_sync
from groupdesk.services.sync.format import FOLDER_FILE, SyncFileError, read_prefix
from groupdesk.services.sync.joining import NOT_FINISHED
from groupdesk.services.sync.report import FileProblem, FileRead, SyncReport
from groupdesk.services.sync.setup import group_join_code, init_folder, join_folder
from groupdesk.ui.sync.page import SyncPage
from groupdesk.ui.sync.setup_dialog import STORE
from groupdesk.ui.sync.table_models import ConflictsModel

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot, app_context) -> SyncPage:  # type: ignore[no-untyped-def]
    widget = SyncPage(app_context)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    settle()
    return widget


def _plain(text: str) -> str:
    return text.replace("\u2068", "").replace("\u2069", "")


def _store(page: SyncPage, report: SyncReport) -> None:
    """`report` kept as the last sync's, as the engine keeps it, and the page read again."""
    with page.context.uow() as uow:
        uow.session.merge(
            LocalState(key=LAST_REPORT_KEY, value=json.dumps(report.to_json(kept=True)))
        )
        uow.commit()
    page.refresh()
    settle()


def test_a_clock_warning_is_asked_and_shown_in_spanish(
    qtbot, spanish, page, tmp_path, make_workspace
) -> None:  # type: ignore[no-untyped-def]
    """Two laptops see this computer 400 days ahead: the question before sending and the
    warning left on the page read Spanish, the other laptops' names kept as typed."""
    timer = close_message_boxes()  # the join code is shown once set up
    folder = tmp_path / "stick"
    page.set_up(joining=False, folder=folder, name="Ana's laptop")
    # Until the join code's box has come and gone: shown after the page's buttons, it once
    # stayed open, modal, for good (the whole suite hung at 95 %).
    qtbot.waitUntil(lambda: page.sync_button.isVisible() and bool(timer.closed), timeout=20_000)
    timer.stop()
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
    # The join code's box may still be closing: not that one.
    clicker = answer_message_boxes(QMessageBox.ButtonRole.RejectRole, containing="400")
    asked = clicker.closed
    with qtbot.waitSignal(page.context.data_changed, timeout=20_000):
        page.sync_now()
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    clicker.stop()
    qtbot.waitUntil(page.warnings.isVisible, timeout=20_000)  # the page read it again
    said = (
        "Este equipo no envió sus cambios: su reloj va 400.0 días por delante de los relojes "
        "de Lee's laptop y Sam's laptop."
    )
    assert _plain(asked[0]).startswith(said)
    assert _plain(page.warnings.text()).startswith(f"⚠ {said}")
    assert "did not send" in page.last_report.warnings[0]  # the report itself stays English


def test_stored_warnings_and_a_stopped_sync_read_spanish_with_plurals(spanish, page) -> None:  # type: ignore[no-untyped-def]
    _store(
        page,
        SyncReport(
            files_read=(FileRead("a.gdsync", "sam", "Sam", 1),),
            new_changes=3,
            attachments_fetched=1,
            warnings=(NOT_FINISHED,),
        ),
    )
    assert _plain(page.result.text()).endswith(
        "Lectura: 1 archivo de Sam, con 3 cambios. Se recibió 1 archivo adjunto."
    )
    assert page.warnings.text().startswith("⚠ La unión al grupo no ha terminado")


def test_a_sync_s_progress_and_its_stop_before_mass_deletion_read_spanish(
    qtbot, spanish, page, tmp_path, make_workspace, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Another laptop deleted 40 of the 60 members: the progress box said what the sync was
    doing, and the question before applying it names the members as "miembros"."""
    shown = progress_lines(monkeypatch)
    ana = page.context.workspace
    folder = tmp_path / "stick"
    init_folder(ana, folder=folder, name="Ana's laptop")
    run_sync(ana, backup=False)
    sam = make_workspace("sam")
    join_folder(sam, folder=folder, code=group_join_code(ana), name="Sam's laptop")
    with sam.uow() as uow:
        members = uow.session.scalars(select(Member.id).where(Member.deleted_at.is_(None)))
        doomed = list(members)[:40]
    for member_id in doomed:
        delete_member(sam.uow(), member_id=member_id)
    run_sync(sam, backup=False)
    page.refresh()
    qtbot.waitUntil(page.sync_button.isVisible, timeout=20_000)
    clicker = answer_message_boxes(QMessageBox.ButtonRole.RejectRole)
    asked = clicker.closed
    with qtbot.waitSignal(page.context.data_changed, timeout=30_000):
        page.sync_now()
    qtbot.waitUntil(lambda: bool(asked), timeout=20_000)
    clicker.stop()
    lines = [_plain(line) for line in shown]
    assert lines[0] == "Revisando la carpeta de sincronización…"
    reading = [line for line in lines if line.startswith("Leyendo ")]
    assert reading and reading[0].endswith(".gdc…"), lines  # its change file
    assert not [line for line in lines if "Reading" in line or "Looking" in line]
    assert "borraría 40 de 60 miembros de este equipo" in _plain(asked[0])
    assert "40 of the 60 members" in page.last_report.stopped  # the CLI's English


def test_counts_take_arabic_s_plural_forms(arabic, page) -> None:  # type: ignore[no-untyped-def]
    read = tuple(FileRead(f"{n}.gdsync", n, n, 1) for n in ("Sam", "Ana"))
    _store(page, SyncReport(files_read=read, new_changes=11, conflicts_opened=1))
    shown = _plain(page.result.text())
    assert "قُرئ ملفان من" in shown  # two: its own form, no figure
    assert "11 تغييرًا" in shown and "تعارض واحد" in shown


def test_the_english_reads_each_count_right() -> None:
    report = SyncReport(files_read=(FileRead("a.gdsync", "sam", "Sam", 1),), new_changes=1)
    assert report.summary() == "Read 1 file from Sam: 1 change."
    two = SyncReport(files_read=(FileRead("a", "s", "Sam", 1),) * 2, new_changes=2)
    assert two.summary().startswith("Read 2 files from Sam: 2 changes.")


def _join_with(qtbot, page: SyncPage, folder: Path, code: str) -> None:  # type: ignore[no-untyped-def]
    page.join_button.click()
    dialog = page.setup_dialog
    qtbot.waitExposed(dialog)
    dialog.folder.setText(str(folder))
    qtbot.keyClicks(dialog.code, code)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)


def test_the_join_dialog_refuses_a_mistyped_code_in_spanish(qtbot, spanish, page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    _join_with(qtbot, page, tmp_path, "ABCD-EF23")
    dialog = page.setup_dialog
    qtbot.waitUntil(dialog.isVisible)  # opened again, the problem beside the code
    assert _plain(dialog.errors.message("code")) == (
        "un código para unirse tiene 56 letras y cifras; este tiene 8"
    )


def test_a_passphrase_too_easy_to_guess_is_refused_with_its_reason_in_spanish(
    qtbot, spanish, page, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    """zxcvbn's reason was shown in its own English ("repeats like "aaa" are easy…")."""
    page.setup_button.click()
    dialog = page.setup_dialog
    qtbot.waitExposed(dialog)
    dialog.folder.setText(str(tmp_path / "stick"))
    qtbot.keyClicks(dialog.passphrase, "aaaaaaaaaaaaaa")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.isVisible)  # opened again, the problem beside the passphrase
    assert _plain(dialog.errors.message("passphrase")) == (
        "esta contraseña es demasiado fácil de adivinar (unos 10^2 intentos: las repeticiones "
        "como «aaa» son fáciles de adivinar); use cuatro palabras o más que no tengan relación "
        "entre sí"
    )


def test_a_sync_folder_that_is_not_there_is_said_in_spanish(qtbot, spanish, page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    gone = tmp_path / "unplugged"
    _join_with(qtbot, page, gone, "")
    dialog = page.setup_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.problem.isVisible(), timeout=20_000)
    assert _plain(dialog.problem.text()).startswith(
        f"No se encuentra la carpeta de sincronización {gone}. Si está en una memoria USB"
    )


def test_joining_with_records_of_its_own_is_asked_in_spanish(
    qtbot, spanish, page, make_workspace, tmp_path
) -> None:  # type: ignore[no-untyped-def]
    ana = make_workspace("ana")
    create_group(ana.uow(), name="Riverside", currency="EUR")
    folder = tmp_path / "shared"
    init_folder(ana, folder=folder, name="Ana's laptop")
    clicker = answer_message_boxes(QMessageBox.ButtonRole.RejectRole)
    asked = clicker.closed
    page.set_up(joining=True, folder=folder, code=group_join_code(ana), name="Hall laptop")
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    clicker.stop()
    settle()
    assert _plain(asked[0]).startswith("Este equipo ya tiene registros propios (")
    assert " miembros" in asked[0] and "y su propio grupo, “" in asked[0]
    assert sync_config(page.context.workspace) is None


def test_a_conflict_s_sentence_reads_spanish(spanish) -> None:  # type: ignore[no-untyped-def]
    at = datetime(2026, 11, 3, 10, 0)
    conflict = ConflictData(
        id=1,
        table="members",
        row_id="m1",
        record="Ana Petrova",
        field="phone",
        mine="+44 1",
        mine_device="Sam's laptop",
        mine_at=at,
        theirs="+44 2",
        theirs_device="Lee's laptop",
        theirs_at=at,
    )
    model = ConflictsModel()
    model.set_rows([conflict], "es_ES")
    tip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    assert _plain(tip) == (
        "Ana Petrova, phone: el valor vigente es “+44 1”, de Sam's laptop; “+44 2”, de "
        "Lee's laptop, queda apartado."
    )
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    assert headers == ["Registro", "Campo", "Vigente", "Apartado"]
    model.set_rows([replace(conflict, mine=None)], "es_ES")
    assert model.data(model.index(0, 2)).startswith("\u2068(vacío)\u2069 — ")
    assert conflict.summary() == (  # the CLI's English
        "Ana Petrova, phone: '+44 1' from Sam's laptop is in effect; '+44 2' from Lee's laptop "
        "is kept aside."
    )


def test_a_store_that_cannot_be_reached_is_said_in_spanish(qtbot, spanish, page) -> None:  # type: ignore[no-untyped-def]
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    page.setup_button.click()
    dialog = page.setup_dialog
    qtbot.waitExposed(dialog)
    dialog.kind.setCurrentIndex(STORE)
    for edit, text in (
        (dialog.endpoint, f"http://127.0.0.1:{closed}"),
        (dialog.bucket, "riverside"),
        (dialog.key_id, "GD-KEY"),
        (dialog.secret, "the-secret-0123"),
    ):
        qtbot.keyClicks(edit, text)
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problem.isVisible(), timeout=60_000)
    assert _plain(dialog.problem.text()).startswith(
        f"No se puede llegar al almacén de objetos s3://riverside de http://127.0.0.1:{closed} ("
    )


def test_a_store_s_fields_are_refused_in_spanish_beside_each(qtbot, spanish, page) -> None:  # type: ignore[no-untyped-def]
    page.setup_button.click()
    dialog = page.setup_dialog
    qtbot.waitExposed(dialog)
    dialog.kind.setCurrentIndex(STORE)
    qtbot.keyClicks(dialog.endpoint, "s3.example.org")
    qtbot.keyClicks(dialog.bucket, "Riverside Group")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.isVisible)  # opened again, each problem beside its field
    assert dialog.errors.message("endpoint") == (
        "indique la dirección del almacén, como https://s3.example.org"
    )
    assert _plain(dialog.errors.message("bucket")).startswith(
        "“Riverside Group” no es un nombre de bucket"
    )
    assert dialog.errors.message("secret") == "indique el secreto que acompaña al id. de la clave"


def test_a_file_that_could_not_be_read_says_why_in_spanish(spanish, page) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SyncFileError) as refused:
        read_prefix("a.gdsync", io.BytesIO(b"not a sync file at all"))
    _store(page, SyncReport(problems=(FileProblem("a.gdsync", refused.value.reason),)))
    assert _plain(page.warnings.text()) == (
        "⚠ No se pudo leer a.gdsync: no es un archivo de sincronización de GroupDesk"
    )
    assert str(refused.value) == "a.gdsync: this is not a GroupDesk sync file"  # the CLI's


def test_a_damaged_sync_folder_is_said_in_spanish(qtbot, spanish, page, tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / FOLDER_FILE).write_text("{not json", encoding="utf-8")
    _join_with(qtbot, page, folder, "")
    dialog = page.setup_dialog
    qtbot.waitUntil(lambda: dialog.isVisible() and dialog.problem.isVisible(), timeout=20_000)
    assert _plain(dialog.problem.text()).startswith(
        f"{FOLDER_FILE} de {folder} está dañado o no es de GroupDesk ("
    )
