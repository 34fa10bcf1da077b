"""Where the group's sync folder is, this laptop's name, and (to join) the join code or the
group passphrase: asked by the Sync page and by the first-start welcome."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from groupdesk.services.sync.config import default_device_name
from groupdesk.ui.widgets.forms import FieldErrors, explain_disabled


class SetupDialog(QDialog):
    """Ask where the sync folder is, and (to join) the join code or the group passphrase."""

    def __init__(self, joining: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.joining = joining
        self.setWindowTitle(
            self.tr("Join a group's sync folder") if joining else self.tr("Set up a sync folder")
        )
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Pick the folder the group shares: on a USB stick, or in a cloud drive folder "
                "(Dropbox, OneDrive, Google Drive, Nextcloud). Everything in it is encrypted."
            )
            if not joining
            else self.tr(
                "Pick the group's sync folder and type the join code from the recovery sheet "
                "(or the group passphrase, if one was set)."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.errors = FieldErrors(form)
        folder_row = QWidget()
        row = QHBoxLayout(folder_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.folder = QLineEdit()
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Browse for the sync folder"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        self.errors.add("folder", folder_row, self.tr("Sync &folder"))
        # The label leads into the folder field itself (Alt+F), not the row that holds it.
        caption = form.labelForField(folder_row)
        if isinstance(caption, QLabel):
            caption.setBuddy(self.folder)
        self.folder.setAccessibleName(self.tr("Sync folder"))
        self.name = QLineEdit(default_device_name())
        self.errors.add("name", self.name, self.tr("This laptop's &name"))
        self.code = QLineEdit()
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.code.setPlaceholderText(self.tr("groups of four letters and digits: ABCD-EF23-…"))
        if joining:
            self.errors.add("code", self.code, self.tr("Join &code"))
            self.errors.add("passphrase", self.passphrase, self.tr("or group &passphrase"))
        else:
            self.errors.add("passphrase", self.passphrase, self.tr("Group &passphrase (optional)"))
            self.passphrase.setPlaceholderText(self.tr("lets a laptop join without the join code"))
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Join") if joining else self.tr("Set up"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Room for a real cloud-drive path ("C:\Users\…\Dropbox\Riverside sync") and the hints.
        self.setMinimumWidth(600)
        self.folder.textChanged.connect(self._update)
        self._update()

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the sync folder"))
        if chosen:
            self.folder.setText(chosen)

    def _update(self) -> None:
        explain_disabled(
            self.ok, None if self.folder.text().strip() else self.tr("Choose the sync folder first")
        )
