"""The Sync page: set up (new sync folder / join one), Sync now off the GUI thread, the result in
words, warnings, the laptops seen, and the conflicts to review (keep mine / take theirs)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from groupdesk.errors import GroupDeskError, ValidationError
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.output_files import check_output_path
from groupdesk.services.sync import conflicts as conflict_service
from groupdesk.services.sync.engine import run_sync
from groupdesk.services.sync.joining import JoinNeedsConsentError
from groupdesk.services.sync.keys import RecoverySheet
from groupdesk.services.sync.report import SyncReport
from groupdesk.services.sync.setup import MoveResult
from groupdesk.services.sync.status import SyncStatus, sync_status
from groupdesk.services.sync.store_location import StoreAccess
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.context import ALL, AppContext
from groupdesk.ui.formats import moment_text
from groupdesk.ui.messages import reworded, said
from groupdesk.ui.ops import Op, OpJob, QueryOp, show_error
from groupdesk.ui.pages.base import Page
from groupdesk.ui.palette import set_tone
from groupdesk.ui.sync.setup_dialog import SetupDialog
from groupdesk.ui.sync.table_models import ConflictsModel, DevicesModel
from groupdesk.ui.widgets.flow import FlowLayout
from groupdesk.ui.widgets.forms import explain_disabled


class SyncPage(Page):
    key, title = "sync", "Sync"
    guide = QT_TRANSLATE_NOOP(
        "Guide",
        "Sync shares the group's records with its other laptops through a shared folder (a USB "
        "stick or a cloud folder), with no server. Set up a new sync folder once on one laptop,"
        " join it from the others, then press Sync now (F5) whenever you like.",
    )
    areas = frozenset({"sync"})

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.status: SyncStatus | None = None
        #: F5 asked for a sync while the status was still being read.
        self._sync_after_read = False
        self._layout = layout = QVBoxLayout(self)
        heading = QLabel(self.page_title())
        heading.setObjectName("pageHeading")
        layout.addWidget(heading)
        layout.addWidget(self.loading_label)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setAccessibleName(self.tr("Sync folder"))
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)

        buttons = FlowLayout()  # wraps rather than widening the window (Very large, Spanish)
        self.setup_button = QPushButton(self.tr("Set up a &new sync folder or store…"))
        self.join_button = QPushButton(self.tr("&Join a group's sync folder or store…"))
        self.sync_button = QPushButton(self.tr("&Sync now"))
        self.sync_button.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.code_button = QPushButton(self.tr("Join code and recovery sheet…"))
        self.move_button = QPushButton(self.tr("Mo&ve to another place…"))
        self.move_button.setToolTip(
            self.tr("Move the group to another folder or object store, or follow it there")
        )
        for button in (
            self.setup_button,
            self.join_button,
            self.sync_button,
            self.code_button,
            self.move_button,
        ):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
            button.hide()  # shown once the status says which apply
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.setup_button.clicked.connect(lambda: self._ask_setup(joining=False))
        self.join_button.clicked.connect(lambda: self._ask_setup(joining=True))
        self.sync_button.clicked.connect(lambda: self.sync_now())
        self.code_button.clicked.connect(self._show_code)
        self.move_button.clicked.connect(lambda: self._ask_setup(joining=False, moving=True))

        self.result = QLabel()
        self.result.setObjectName("syncResult")
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Last sync result"))
        layout.addWidget(self.result)
        self.warnings = QLabel()
        self.warnings.setObjectName("syncWarnings")
        self.warnings.setWordWrap(True)
        set_tone(self.warnings, "warning")
        self.warnings.setAccessibleName(self.tr("Sync warnings"))
        layout.addWidget(self.warnings)

        self.conflicts_box = conflicts_box = QGroupBox(self.tr("Conflicts to review"))
        box = QVBoxLayout(conflicts_box)
        hint = QLabel(
            self.tr(
                "Two laptops changed the same field without seeing each other's change, or "
                "one deleted a record while another changed it. Each value is named by the "
                "laptop it came from; nothing was thrown away."
            )
        )
        hint.setWordWrap(True)
        box.addWidget(hint)
        self.conflicts_model = ConflictsModel(self)
        self.conflicts = self._table(self.conflicts_model, self.tr("Conflicts to review"))
        box.addWidget(self.conflicts)
        decide = QHBoxLayout()
        self.keep_mine = QPushButton(self.tr("&Keep the value in effect"))
        self.take_theirs = QPushButton(self.tr("&Take the value kept aside"))
        for button in (self.keep_mine, self.take_theirs):
            button.setAccessibleName(button.text().replace("&", ""))
            decide.addWidget(button)
        decide.addStretch(1)
        box.addLayout(decide)
        self.keep_mine.clicked.connect(lambda: self.resolve_selected("mine"))
        self.take_theirs.clicked.connect(lambda: self.resolve_selected("theirs"))
        self.conflicts.selectionModel().selectionChanged.connect(self._update_buttons)
        layout.addWidget(conflicts_box, 2)

        self.devices_box = devices_box = QGroupBox(self.tr("Laptops seen where the group syncs"))
        devices_layout = QVBoxLayout(devices_box)
        self.devices_model = DevicesModel(self)
        self.devices = self._table(self.devices_model, self.tr("Laptops seen"))
        devices_layout.addWidget(self.devices)
        layout.addWidget(devices_box, 1)
        # Takes the room of the two lists while they are hidden (a laptop that does not sync).
        layout.addStretch(0)
        self.last_report: SyncReport | None = None
        # Where the group moved, said above the last sync's result until the next sync.
        self.moved_note = ""

    def _table(self, model: object, name: str) -> QTableView:
        view = QTableView()
        view.setModel(model)  # type: ignore[arg-type]
        view.setAccessibleName(name)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().hide()
        view.setWordWrap(True)
        return view

    # Showing ----------------------------------------------------------------------

    def refresh(self) -> None:
        def read(job: OpJob) -> tuple[SyncStatus, list[conflict_service.ConflictData]]:
            return sync_status(job.workspace), conflict_service.list_conflicts(job.uow())

        self.load(read, lambda answer: self._show(*answer))

    def _show(self, status: SyncStatus, conflicts: list[conflict_service.ConflictData]) -> None:
        self.status = status
        if self._sync_after_read:
            self._sync_after_read = False
            if status.set_up:
                QTimer.singleShot(0, self.sync_when_ready)
        if status.set_up:
            self.where.setText(
                isolated_once(
                    self.tr("This laptop, “{name}”, syncs through {folder}").format(
                        name=isolate(status.device_name), folder=status.folder
                    )
                )
            )
        else:
            self.where.setText(
                self.tr(
                    "This laptop does not sync yet. Set up a new sync folder (or object store) "
                    "for the group, or join the one another laptop set up."
                )
                + "\n\n"
                + self.tr(
                    "Syncing shares the group's records between its laptops through a place "
                    "they can all reach: a USB stick, a cloud-drive folder such as Dropbox or "
                    "OneDrive, or an object store the group rents or runs (S3-compatible). "
                    "Everything in it is encrypted; GroupDesk needs no account and no server of "
                    "its own. Each laptop keeps working offline; when two laptops change the same "
                    "field, both values are kept and shown here for review."
                )
            )
        for button in (self.setup_button, self.join_button):
            button.setVisible(not status.set_up)
        for button in (self.sync_button, self.code_button, self.move_button):
            button.setVisible(status.set_up)
        report = status.last_report or {}
        locale = self.context.locale
        last = (
            self.tr("Last sync ({when}): {summary}").format(
                when=moment_text(str(report.get("finished_at", "")), locale),
                summary=" ".join(
                    said(sentence, locale) for sentence in SyncReport.from_json(report).sentences()
                ),
            )
            if report
            else ""
        )
        self.result.setText("\n".join(line for line in (self.moved_note, last) if line))
        self._show_warnings(report)
        self.conflicts_model.set_rows(conflicts, self.context.locale)
        self.devices_model.set_rows(status.devices, self.context.locale)
        # Empty lists of conflicts and laptops before any sync only look broken: show them once
        # this laptop syncs (or if conflicts are still waiting from an earlier sync folder).
        self.conflicts_box.setVisible(status.set_up or bool(conflicts))
        self.devices_box.setVisible(status.set_up)
        self.conflicts_box.setTitle(
            self.tr("Conflicts to review ({n})").format(n=len(conflicts))
            if conflicts
            else self.tr("Conflicts to review: none")
        )
        self._layout.setStretch(
            self._layout.count() - 1, 0 if self.conflicts_box.isVisibleTo(self) else 1
        )
        self.conflicts.resizeRowsToContents()
        self._update_buttons()

    def _show_warnings(self, report: dict[str, object]) -> None:
        locale, stored = self.context.locale, SyncReport.from_json(report)
        lines = [said(w, locale) for w in stored.warnings]
        for problem in stored.problems:
            lines.append(
                self.tr("Could not read {name}: {reason}").format(
                    name=problem.name, reason=said(problem.reason, locale)
                )
            )
        if self.status and self.status.pending_attachments:
            waiting = QT_TRANSLATE_NOOP(  # as the sync's report says it
                "SyncReport", "%n attached file(s) not arrived yet.", "", 0
            ).format(n=self.status.pending_attachments)
            lines.append(said(waiting, locale))
        self.warnings.setText("\n".join(f"⚠ {line}" for line in lines))
        self.warnings.setVisible(bool(lines))

    def _update_buttons(self, *_: object) -> None:
        rows = self.conflicts.selectionModel().selectedRows()
        reason = None if rows else self.tr("Choose a conflict in the list first")
        deleted = bool(rows) and self.conflicts_model.rows[rows[0].row()].kind == "deleted"
        self.keep_mine.setText(
            self.tr("&Keep it deleted") if deleted else self.tr("&Keep the value in effect")
        )
        self.take_theirs.setText(
            self.tr("&Restore it") if deleted else self.tr("&Take the value kept aside")
        )
        for button in (self.keep_mine, self.take_theirs):
            button.setAccessibleName(button.text().replace("&", ""))
            explain_disabled(button, reason)

    # Acting -----------------------------------------------------------------------

    def sync_when_ready(self) -> None:
        """F5 from any page: sync now if this laptop syncs (once its status is read, if it is
        on its way); a laptop that does not sync yet sees this page say how to set it up."""
        if self.loading or self.status is None:
            self._sync_after_read = True
        elif self.status.set_up and self.sync_button.isEnabled():
            self.sync_now()

    def sync_now(
        self, *, allow_mass_delete: bool = False, clock_is_right: bool = False
    ) -> Op[SyncReport]:
        def work(job: OpJob) -> SyncReport:
            return run_sync(
                job.workspace,
                allow_mass_delete=allow_mass_delete,
                clock_is_right=clock_is_right,
                progress=job.progress,
                cancelled=job.cancelled,
            )

        self.sync_button.setEnabled(False)
        self.moved_note = ""
        return (
            Op(self, work)
            .with_progress(self.tr("Syncing…"), cancellable=True)
            .changes(ALL)  # what arrived may touch any page
            .on_success(self._synced)
            .on_failure(self._sync_failed)
            .run(self.context)
        )

    def _synced(self, report: SyncReport) -> None:
        self.sync_button.setEnabled(True)
        self.last_report = report
        self.refresh()  # the other pages hear of it from the Op; this one started it
        if report.stopped and self._confirm_mass_delete(report.stopped):
            self.sync_now(allow_mass_delete=True)
        elif report.clock_refused and self._confirm_clock_is_right(report):
            self.sync_now(clock_is_right=True)

    def _confirm_clock_is_right(self, report: SyncReport) -> bool:
        """The other laptops say this computer's clock is wrong: fix it, or send anyway."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("This computer's clock looks wrong"))
        box.setText(
            "\n\n".join(
                said(w, self.context.locale) for w in report.warnings if "did not send" in w
            )
        )
        send = box.addButton(
            self.tr("The clock is right: send anyway"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("I will fix the clock"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is send

    def _confirm_merge_own_records(self, message: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("This laptop has records of its own"))
        box.setText(message)
        merge = box.addButton(
            self.tr("Join and add its records"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Do not join"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is merge

    def _confirm_mass_delete(self, message: str) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Many records would be deleted"))
        box.setText(said(message, self.context.locale))
        allow = box.addButton(self.tr("Allow the deletions"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is allow

    def _sync_failed(self, error: BaseException) -> None:
        self.sync_button.setEnabled(True)
        show_error(self, error)

    def resolve_selected(self, keep: str) -> None:
        """`keep` "mine" keeps the conflict's record as it is now (the value in effect, or
        deleted), "theirs" takes the other side (the value kept aside, or restored)."""
        rows = self.conflicts.selectionModel().selectedRows()
        if not rows:
            return
        conflict = self.conflicts_model.rows[rows[0].row()]
        choice = conflict.choices[0 if keep == "mine" else 1]

        def decided(_result: object) -> None:
            self.refresh()

        Op(
            self,
            lambda job: conflict_service.resolve_conflict(
                job.uow(),
                conflict_id=conflict.id,
                keep=choice,  # type: ignore[arg-type]
            ),
        ).on_success(decided).run(self.context)

    def _ask_setup(self, *, joining: bool, moving: bool = False) -> None:
        self.setup_dialog = SetupDialog(joining, self, moving=moving)
        self.setup_dialog.accepted.connect(self._take_setup)
        self.setup_dialog.open()

    def _take_setup(self) -> None:
        """Set up (or move) with what the dialog holds; a field's problem reopens it, said
        beside the field."""
        dialog = self.setup_dialog
        try:
            place = dialog.place()
            folder = place if isinstance(place, Path) else None
            store = None if isinstance(place, Path) else place
            if dialog.moving:
                self.move_group(folder=folder, store=store, dialog=dialog)
                return
            self.set_up(
                joining=dialog.joining,
                folder=folder,
                store=store,
                code=dialog.code.text().strip() or None,
                passphrase=dialog.passphrase.text() or None,
                name=dialog.name.text().strip() or None,
                dialog=dialog,
            )
        except GroupDeskError as error:
            self._reopen(dialog, error)

    def _reopen(self, dialog: SetupDialog, error: GroupDeskError) -> None:
        """The dialog again, with a field's problem beside it, any other under the fields, in
        the reader's language (a join code's typo is caught here, not in an `Op`)."""
        error = reworded(error, self.context.locale)
        if isinstance(error, ValidationError):
            dialog.show_errors(error)
        else:
            dialog.show_problem(str(error))
        dialog.open()

    def move_group(
        self,
        *,
        folder: Path | None = None,
        store: StoreAccess | None = None,
        dialog: SetupDialog | None = None,
    ) -> Op[MoveResult]:
        """Move the group to `folder` or `store` (or follow it there), off the GUI thread: the
        old place is read whole and everything sent to the new one."""
        from groupdesk.services.sync.setup import move_to

        def done(result: MoveResult) -> None:
            self.moved_note = (
                self.tr(
                    "Moved the group to {where}. The other laptops follow it there at their "
                    "next sync."
                ).format(where=result.where)
                if result.moved
                else self.tr("The group had moved to {where}: this laptop syncs there now.").format(
                    where=result.where
                )
            )
            self.refresh()

        def failed(error: BaseException) -> None:
            if dialog is not None and isinstance(error, GroupDeskError):
                self._reopen(dialog, error)
            else:
                show_error(self, error)

        return (
            Op(self, lambda job: move_to(job.workspace, folder=folder, access=store))
            .with_progress(self.tr("Moving the group…"))
            .changes(ALL)  # what the old place held may touch any page
            .on_success(done)
            .on_failure(failed)
            .run(self.context)
        )

    def set_up(
        self,
        *,
        joining: bool,
        folder: Path | None = None,
        store: StoreAccess | None = None,
        code: str | None = None,
        passphrase: str | None = None,
        name: str | None = None,
        merge_own_records: bool = False,
        dialog: SetupDialog | None = None,
    ) -> Op[object]:
        """Check what can be checked at once (join code typos), then do the work off the GUI
        thread: making the place or reading the whole group can take a while, and a store is
        reached over the network. A laptop with records of its own is asked first whether to
        add them to the group's. A problem the `dialog` can show (a field, or the store
        refusing) reopens it with the problem said there."""
        from groupdesk.services.sync import crypto
        from groupdesk.services.sync.setup import init_folder, init_store, join_folder, join_store

        if joining and code:
            crypto.key_from_join_code(code)
        elif not joining and passphrase:
            crypto.check_passphrase(passphrase)

        def work(job: OpJob) -> object:
            how: dict[str, Any] = {"passphrase": passphrase, "name": name}
            if joining:
                joined: dict[str, Any] = {
                    **how,
                    "code": code,
                    "progress": job.progress,
                    "merge_own_records": merge_own_records,
                }
                if store is not None:
                    return join_store(
                        job.workspace, location=store.location, secret=store.secret, **joined
                    )
                assert folder is not None
                return join_folder(job.workspace, folder=folder, **joined)
            if store is not None:
                return init_store(
                    job.workspace, location=store.location, secret=store.secret, **how
                )
            assert folder is not None
            return init_folder(job.workspace, folder=folder, **how)

        def done(result: object) -> None:
            self.refresh()
            if not joining:
                self._show_code()

        def failed(error: BaseException) -> None:
            if isinstance(error, JoinNeedsConsentError):
                if self._confirm_merge_own_records(str(error)):
                    self.set_up(
                        joining=True,
                        folder=folder,
                        store=store,
                        code=code,
                        passphrase=passphrase,
                        name=name,
                        merge_own_records=True,
                        dialog=dialog,
                    )
                return
            if dialog is not None and isinstance(error, GroupDeskError):
                self._reopen(dialog, error)
            else:
                show_error(self, error)

        return (
            Op(self, work)
            .with_progress(self.tr("Joining…") if joining else self.tr("Setting up…"))
            .changes(ALL)  # joining brings a whole group
            .on_success(done)
            .on_failure(failed)
            .run(self.context)
        )

    def _show_code(self) -> None:
        from groupdesk.services.sync.setup import recovery_sheet

        QueryOp(self, lambda job: recovery_sheet(job.workspace), key="sheet").on_success(
            self._offer_sheet
        ).run(self.context)

    def _offer_sheet(self, sheet: RecoverySheet) -> None:
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Join code"))
        box.setText(
            self.tr(
                "Type this join code on each other laptop of the group:\n\n{code}\n\n"
                "Keep a printed copy somewhere safe, away from the laptops. If every copy is "
                "lost, the sync folder cannot be opened again (each laptop keeps its own records)."
            ).format(code=sheet.join_code)
        )
        save = box.addButton(self.tr("Save recovery sheet…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is save:
            target, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save the recovery sheet"),
                "groupdesk-recovery-sheet.pdf",
                self.tr("PDF to print (*.pdf);;Plain text (*.txt)"),
            )
            if target:
                self.save_recovery_sheet(sheet, Path(target))

    def save_recovery_sheet(self, sheet: RecoverySheet, path: Path) -> None:
        """Save the sheet (a PDF, or text for a .txt name); a problem is shown, not raised."""
        from groupdesk.reports.recovery_sheet import save_recovery_sheet

        try:
            check_output_path(path, data_paths=self.context.workspace.paths, force=True)
            group = self.context.group
            save_recovery_sheet(sheet, path, paper_size=group.paper_size if group else "A4")
        except GroupDeskError as error:
            show_error(self, error)
            return
        self.result.setText(self.tr("Recovery sheet saved to {path}.").format(path=path))
