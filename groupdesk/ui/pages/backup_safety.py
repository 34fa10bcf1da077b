"""Settings › Keeping backups safe: where the newest backup is, a second place for copies (a USB
stick, a cloud folder), and encrypting backups with a passphrase.

A backup in the data folder is lost with the laptop, so this box says plainly whether the newest
one is only here; and a backup holds members' personal details, so it says plainly whether
backups are encrypted.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from groupdesk.errors import ValidationError
from groupdesk.services import backup_safety
from groupdesk.services.backup_whereabouts import Whereabouts, whereabouts
from groupdesk.ui.context import ALL, AppContext
from groupdesk.ui.formats import moment_text
from groupdesk.ui.ops import Op, OpJob, show_error
from groupdesk.ui.widgets.forms import FieldErrors

T = TypeVar("T")


class BackupSafetyBox(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Keeping backups safe"))
        self.context = context
        form = QFormLayout(self)
        self.errors = FieldErrors(form)
        self.where_label = QLabel()
        self.where_label.setObjectName("backupWhereabouts")
        self.where_label.setWordWrap(True)
        self.where_label.setAccessibleName(self.tr("Where the latest backup is"))
        form.addRow(self.where_label)

        self.place_edit = QLineEdit()
        self.place_edit.setReadOnly(True)
        self.place_edit.setPlaceholderText(self.tr("Not set: backups stay on this laptop only"))
        self.errors.add("second_place", self.place_edit, self.tr("Second pl&ace"))
        # One under the other: side by side they were squeezed and cut at a large text size.
        place_buttons = QVBoxLayout()
        place_buttons.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.choose_place_button = QPushButton(self.tr("C&hoose a USB stick or folder…"))
        self.choose_place_button.clicked.connect(self._choose_place)
        self.clear_place_button = QPushButton(self.tr("Stop copyin&g there"))
        self.clear_place_button.clicked.connect(lambda: self.set_second_place(None))
        place_buttons.addWidget(self.choose_place_button)
        place_buttons.addWidget(self.clear_place_button)
        form.addRow("", place_buttons)

        self.sealed_label = QLabel()
        self.sealed_label.setObjectName("backupEncryption")
        self.sealed_label.setWordWrap(True)
        self.sealed_label.setAccessibleName(self.tr("Whether backups are encrypted"))
        form.addRow(self.sealed_label)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add("passphrase", self.passphrase_edit, self.tr("Back&up passphrase"))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.errors.add("repeat", self.repeat_edit, self.tr("Type &it again"))
        seal_buttons = QHBoxLayout()
        self.encrypt_button = QPushButton(self.tr("&Encrypt backups"))
        self.encrypt_button.clicked.connect(self._encrypt)
        self.stop_encrypting_button = QPushButton(self.tr("Stop encr&ypting"))
        self.stop_encrypting_button.clicked.connect(lambda: self.set_passphrase(None))
        seal_buttons.addWidget(self.encrypt_button)
        seal_buttons.addWidget(self.stop_encrypting_button)
        seal_buttons.addStretch(1)
        form.addRow("", seal_buttons)
        self.last_op: Op[object] | None = None
        context.data_changed.connect(self._on_data_changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def _on_data_changed(self, areas: frozenset[str], source: object) -> None:
        """A backup made, settings changed or data restored elsewhere: say where things are now."""
        if source is not self and areas & {"backup", ALL} and self.isVisible():
            self.refresh()

    # --- reading ---------------------------------------------------------------------------
    def refresh(self) -> None:
        def read(job: OpJob) -> Whereabouts:
            return whereabouts(job.workspace.paths)

        self._run(Op(self, read).on_success(self._show))

    def _show(self, where: Whereabouts) -> None:
        place = where.second_place
        self.place_edit.setText(str(place) if place is not None else "")
        self.clear_place_button.setEnabled(place is not None)
        self.stop_encrypting_button.setEnabled(where.encrypted)
        self.encrypt_button.setText(
            self.tr("&Encrypt with a new passphrase")
            if where.encrypted
            else self.tr("&Encrypt backups")
        )
        self.where_label.setText(self.where_text(where))
        self.sealed_label.setText(
            self.tr(
                "Backups are encrypted with the backup passphrase. Keep it somewhere safe: a "
                "backup cannot be restored without it."
            )
            if where.encrypted
            else self.tr(
                "Backups are not encrypted: anyone who gets a backup file can read the members' "
                "details. Set a passphrase to encrypt them."
            )
        )

    def where_text(self, where: Whereabouts) -> str:
        """The newest backup's place in words: the same facts as the dashboard's backup card."""
        if where.latest is None:
            return self.tr("No backup yet.")
        when = moment_text(where.latest.when, self.context.locale)
        if where.copied:
            return self.tr("The latest backup ({when}) is on this laptop and in {place}.").format(
                when=when, place=where.second_place
            )
        if where.second_place is not None:
            return self.tr(
                "The latest backup ({when}) is only on this laptop: {place} has no copy of it "
                "(is the stick plugged in?)."
            ).format(when=when, place=where.second_place)
        return self.tr(
            "The latest backup ({when}) is only on this laptop: if the laptop breaks or is "
            "lost, so is the backup. Choose a USB stick or a cloud folder below."
        ).format(when=when)

    # --- the second place ----------------------------------------------------------------------
    def _choose_place(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choose the second place for backups")
        )
        if folder:
            self.set_second_place(Path(folder))

    def set_second_place(self, folder: Path | None) -> Op[Path | None]:
        self.errors.clear()

        def store(job: OpJob) -> Path | None:
            return backup_safety.set_second_place(job.uow(), folder=folder)

        return self._run(Op(self, store).changes("backup").on_success(lambda _p: self._changed()))

    # --- encryption -----------------------------------------------------------------------------
    def _encrypt(self) -> None:
        passphrase, repeat = self.passphrase_edit.text(), self.repeat_edit.text()
        if passphrase != repeat:
            self.errors.show(
                ValidationError.single("repeat", self.tr("the two passphrases are not the same"))
            )
            return
        self.set_passphrase(passphrase)

    def set_passphrase(self, passphrase: str | None) -> Op[bool]:
        """Encrypt backups from now on with `passphrase` (None: stop); scrypt takes a moment,
        so it runs off the GUI thread."""
        self.errors.clear()

        def store(job: OpJob) -> bool:
            return backup_safety.set_backup_passphrase(job.uow(), passphrase=passphrase)

        def stored(_sealed: bool) -> None:
            self.passphrase_edit.clear()
            self.repeat_edit.clear()
            self._changed()

        return self._run(Op(self, store).changes("backup").on_success(stored))

    # --- shared -------------------------------------------------------------------------------
    def _changed(self) -> None:
        self.refresh()  # the others hear of it from the Op ("backup"); this box started it

    def _run(self, op: Op[T]) -> Op[T]:
        self.last_op = op.on_failure(self._refused).run(self.context)  # type: ignore[assignment]
        return op

    def _refused(self, problem: BaseException) -> None:
        if isinstance(problem, ValidationError):
            self.errors.show(problem)
        else:
            show_error(self, problem)
