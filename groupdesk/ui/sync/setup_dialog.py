"""Where the group syncs (a folder, or an S3-compatible object store with its key), this laptop's
name, and (to join) the join code or the group passphrase: asked by the Sync page and by the
first-start welcome."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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

from groupdesk.errors import ValidationError
from groupdesk.services.sync.config import default_device_name
from groupdesk.services.sync.store_location import SCHEME, StoreAccess, store_access
from groupdesk.ui.palette import set_tone
from groupdesk.ui.widgets.forms import FieldErrors, explain_disabled

#: The place kinds, as listed in the dialog.
FOLDER, STORE = 0, 1


class SetupDialog(QDialog):
    """Ask where the group syncs, and (to join) the join code or the group passphrase."""

    def __init__(
        self, joining: bool, parent: QWidget | None = None, *, moving: bool = False
    ) -> None:
        super().__init__(parent)
        self.joining = joining
        # Asked where to move the group (`setup.move_to`): only the place is asked.
        self.moving = moving
        self.setWindowTitle(
            self.tr("Join a group's sync folder or store")
            if joining
            else self.tr("Set up a sync folder or store")
        )
        self._outer = layout = QVBoxLayout(self)
        self.intro = QLabel(
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
        if moving:
            self.setWindowTitle(self.tr("Move the group to another place"))
            self.intro.setText(
                self.tr(
                    "Everything goes to the new folder or object store, with a snapshot for "
                    "laptops joining later; the other laptops follow at their next sync. A "
                    "laptop told that the group moved chooses the same place here to follow it."
                )
            )
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.form = form = QFormLayout()
        self.errors = FieldErrors(form)
        # A list, not radio buttons: Tab reaches it, and the arrows choose.
        self.kind = QComboBox()
        self.kind.addItems(
            [
                self.tr("A folder (USB stick or cloud drive)"),
                self.tr("An object store (S3-compatible)"),
            ]
        )
        kind_label = QLabel(self.tr("&Sync through"))
        kind_label.setBuddy(self.kind)
        self.kind.setAccessibleName(self.tr("Sync through"))
        form.addRow(kind_label, self.kind)
        self.folder = QLineEdit()
        self._folder_row = self._with_browse(
            ("folder", self.folder, self.tr("Sync &folder")),
            (self.tr("&Browse…"), self.tr("Browse for the sync folder"), self._browse),
        )
        self._store_fields = self._add_store_fields()
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
        layout.addWidget(self.store_hint)
        layout.addLayout(form)
        # Said under the fields: a fault of the store itself (it cannot be reached, it refused).
        self.problem = QLabel()
        self.problem.setObjectName("setupProblem")
        set_tone(self.problem, "error")
        self.problem.setWordWrap(True)
        self.problem.setAccessibleName(self.tr("Set-up problem"))
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Join") if joining else self.tr("Set up"))
        if moving:
            self.ok.setText(self.tr("Move"))
            for field in (self.name, self.passphrase):  # moving is never joining: no code
                form.setRowVisible(field, False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        # Room for a real cloud-drive path ("C:\Users\…\Dropbox\Riverside sync") and the hints.
        self.setMinimumWidth(600)
        for edit in (self.folder, self.endpoint, self.bucket):
            edit.textChanged.connect(self._update)
        self.kind.currentIndexChanged.connect(self._show_kind)
        self._show_kind()

    def _with_browse(
        self, field: tuple[str, QLineEdit, str], browse: tuple[str, str, Callable[[], None]]
    ) -> QWidget:
        """The `(key, edit, label)` field with a `(text, accessible name, slot)` Browse button
        beside it, its label leading into the edit itself (Alt+letter), not the row."""
        key, edit, label = field
        row_widget = QWidget()
        row = QHBoxLayout(row_widget)
        row.setContentsMargins(0, 0, 0, 0)
        button = QPushButton(browse[0])
        button.setAccessibleName(browse[1])
        button.clicked.connect(browse[2])
        row.addWidget(edit, 1)
        row.addWidget(button)
        self.errors.add(key, row_widget, label)
        caption = self.form.labelForField(row_widget)
        if isinstance(caption, QLabel):
            caption.setBuddy(edit)
        edit.setAccessibleName(label.replace("&", ""))
        return row_widget

    def _add_store_fields(self) -> list[QWidget]:
        """The store's address, bucket, prefix, region, key id, secret, CA bundle and the
        insecure-http choice (shown when "An object store" is chosen)."""
        self.endpoint = QLineEdit()
        self.endpoint.setPlaceholderText("https://s3.example.org")
        self.bucket = QLineEdit()
        self.prefix = QLineEdit()
        self.prefix.setPlaceholderText(self.tr("lets several groups share one bucket"))
        self.region = QLineEdit()
        self.region.setPlaceholderText("us-east-1")
        self.key_id = QLineEdit()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(self.tr("kept in this computer's password store"))
        for field, edit, label in (
            ("endpoint", self.endpoint, self.tr("Store's &endpoint")),
            ("bucket", self.bucket, self.tr("B&ucket")),
            ("prefix", self.prefix, self.tr("P&refix (optional)")),
            ("region", self.region, self.tr("Re&gion (optional)")),
            ("key_id", self.key_id, self.tr("Access &key id")),
            ("secret", self.secret, self.tr("Secre&t")),
        ):
            self.errors.add(field, edit, label)
        self.ca_bundle = QLineEdit()
        self.ca_bundle.setPlaceholderText(self.tr("only for a store with its own certificate"))
        ca_row = self._with_browse(
            ("ca_bundle", self.ca_bundle, self.tr("C&A bundle (optional)")),
            (self.tr("Bro&wse…"), self.tr("Browse for the CA bundle"), self._browse_ca),
        )
        self.insecure = QCheckBox(self.tr("Allow plain &http"))
        self.insecure.setAccessibleName(self.tr("Allow plain http"))
        self.insecure_warning = QLabel(
            self.tr(
                "⚠ Insecure: over plain http the key id and the names of the files cross the "
                "network readable by anyone on it (the records stay encrypted). Only for a store "
                "on a network you trust."
            )
        )
        self.insecure_warning.setObjectName("insecureWarning")
        set_tone(self.insecure_warning, "warning")
        self.insecure_warning.setWordWrap(True)
        self.insecure_warning.setAccessibleName(self.tr("Insecure http warning"))
        self.insecure.toggled.connect(self._show_insecure_warning)
        self.form.addRow("", self.insecure)
        self.form.addRow("", self.insecure_warning)
        self.store_hint = QLabel(
            self.tr(
                "Give the store's address and the access key the group was given for it. The "
                "store holds only encrypted files; the secret stays in this computer's password "
                "store."
            )
        )
        self.store_hint.setWordWrap(True)
        return [
            self.endpoint,
            self.bucket,
            self.prefix,
            self.region,
            self.key_id,
            self.secret,
            ca_row,
            self.insecure,
        ]

    def _show_kind(self) -> None:
        store = self.store_chosen()
        self.errors.clear()
        self.show_problem("")
        self.form.setRowVisible(self._folder_row, not store)
        for widget in self._store_fields:
            self.form.setRowVisible(widget, store)
        self._show_insecure_warning()
        self.store_hint.setVisible(store and not self.moving)
        self.intro.setVisible(not store or self.moving)
        self._update()
        self._fit()

    def store_chosen(self) -> bool:
        return self.kind.currentIndex() == STORE

    def _show_insecure_warning(self) -> None:
        shown = self.store_chosen() and self.insecure.isChecked()
        self.form.setRowVisible(self.insecure_warning, shown)
        self._fit()

    def _fit(self) -> None:
        """Grow to the height the wrapped lines need (a window's layout gives a wrapped label
        only one line's height of its own accord, cutting off a message)."""
        self._outer.activate()
        self.resize(
            self.width(), max(self.minimumSizeHint().height(), self.heightForWidth(self.width()))
        )

    def _browse(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the sync folder"))
        if chosen:
            self.folder.setText(chosen)

    def _browse_ca(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the store's CA bundle"), "", self.tr("Certificates (*.pem *.crt)")
        )
        if chosen:
            self.ca_bundle.setText(chosen)

    def _update(self) -> None:
        if self.store_chosen():
            filled = self.endpoint.text().strip() and self.bucket.text().strip()
            reason = None if filled else self.tr("Give the store's endpoint and bucket first")
        else:
            reason = None if self.folder.text().strip() else self.tr("Choose the sync folder first")
        explain_disabled(self.ok, reason)

    def place(self) -> Path | StoreAccess:
        """The folder, or the store and its secret; ValidationError naming the fields."""
        if not self.store_chosen():
            return Path(self.folder.text().strip())
        bucket, prefix = self.bucket.text().strip(), self.prefix.text().strip().strip("/")
        return store_access(
            f"{SCHEME}{bucket}/{prefix}" if prefix else f"{SCHEME}{bucket}",
            endpoint=self.endpoint.text(),
            key_id=self.key_id.text(),
            secret=self.secret.text(),
            region=self.region.text(),
            ca_bundle=self.ca_bundle.text().strip() or None,
            insecure=self.insecure.isChecked(),
        )

    def show_errors(self, problem: ValidationError) -> None:
        """Each message beside its field; one no field here shows goes under the fields."""
        self.show_problem("\n".join(self.errors.show(problem)))

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
        self._fit()
