"""First start: try the demo, or create our group by answering four questions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from groupdesk.errors import ValidationError
from groupdesk.services import settings
from groupdesk.services.settings import has_group
from groupdesk.services.sync.store_location import StoreAccess
from groupdesk.services.workspace import Workspace
from groupdesk.ui.context import AppContext
from groupdesk.ui.ops import Op, OpJob, show_error
from groupdesk.ui.pages.settings import COMMON_CURRENCIES
from groupdesk.ui.sync.setup_dialog import SetupDialog
from groupdesk.ui.widgets.forms import FieldErrors
from groupdesk.ui.widgets.locale_picker import LocalePicker


class WelcomeDialog(QDialog):
    """Accepted with `choice` "demo" (the caller opens the demo), "created" (group made) or
    "joined" (the group's records came from its sync folder: a new or replaced laptop)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.choice = ""
        self.context: AppContext | None = None
        self.setWindowTitle(self.tr("Welcome to GroupDesk"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self._start_page())
        self.stack.addWidget(self._create_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self.resize(560, 380)

    def _start_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("Welcome to GroupDesk"))
        title.setObjectName("pageHeading")
        text = QLabel(
            self.tr(
                "Keep your group's members, meetings, shared resources and grants on this "
                "laptop. It works without internet, and your records stay with you."
            )
        )
        text.setWordWrap(True)
        self.demo_button = QPushButton(self.tr("&Try the demo"))
        self.demo_button.setToolTip(
            self.tr("Opens a made-up group to explore; your data is separate.")
        )
        self.create_button = QPushButton(self.tr("&Create our group"))
        self.create_button.setObjectName("primary")
        self.demo_button.clicked.connect(self._choose_demo)
        self.create_button.clicked.connect(self._show_questions)
        self.join_button = QPushButton(self.tr("&Join our group's sync folder"))
        self.join_button.setToolTip(
            self.tr("Another laptop of the group already uses GroupDesk: get everything from it.")
        )
        self.join_button.clicked.connect(self.ask_to_join)
        self.join_status = QLabel()
        self.join_status.setWordWrap(True)
        self.join_status.setAccessibleName(self.tr("Joining result"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.create_button)
        for widget in (title, text, self.join_status):
            layout.addWidget(widget)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _create_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.errors = FieldErrors(form)
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Riverside Neighbours"))
        self.errors.add("name", self.name_edit, self.tr("What is your group &called?"))
        # Offered from the computer's own language and region; most people only confirm them.
        locale, currency, paper = settings.defaults_for_locale(computer_locale())
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(COMMON_CURRENCIES)
        self.currency_combo.setCurrentText(currency)
        self.errors.add("currency", self.currency_combo, self.tr("Which c&urrency do you use?"))
        self.locale_edit = LocalePicker()
        self.locale_edit.setText(locale)
        self.locale_edit.setToolTip(
            self.tr("How dates, numbers and money are written. Type to search, or type a code.")
        )
        self.errors.add("locale", self.locale_edit, self.tr("&Language and region"))
        self.paper_combo = QComboBox()
        self.paper_combo.addItems(settings.PAPER_SIZES)
        self.paper_combo.setCurrentText(paper)
        self.errors.add("paper_size", self.paper_combo, self.tr("&Paper you print on"))
        self.create_group_button = QPushButton(self.tr("Create the &group"))
        self.create_group_button.setObjectName("primary")
        self.create_group_button.clicked.connect(self.create_group)
        back = QPushButton(self.tr("&Back"))
        back.clicked.connect(self._show_start)
        row = QHBoxLayout()
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.create_group_button)
        form.addRow(row)
        return page

    def _show_start(self) -> None:
        self.stack.setCurrentIndex(0)

    def _show_questions(self) -> None:
        self.stack.setCurrentIndex(1)
        # Enter in any answer creates the group (set here: the button must be in the dialog).
        self.create_group_button.setDefault(True)
        self.name_edit.setFocus()

    def ask_to_join(self) -> None:
        dialog = SetupDialog(True, self)
        while dialog.exec():
            try:
                place = dialog.place()
            except ValidationError as problem:
                dialog.show_errors(problem)
                continue
            self.join(
                folder=place if isinstance(place, Path) else None,
                store=None if isinstance(place, Path) else place,
                code=dialog.code.text().strip() or None,
                passphrase=dialog.passphrase.text() or None,
                name=dialog.name.text().strip() or None,
            )
            return

    def join(
        self,
        *,
        folder: Path | None = None,
        store: StoreAccess | None = None,
        code: str | None = None,
        passphrase: str | None = None,
        name: str | None = None,
    ) -> Op[bool]:
        """Read the group from its sync folder (or object store) off the GUI thread; accepted
        once it has arrived."""
        from groupdesk.services.sync.setup import join_folder, join_store

        self.join_status.setText(self.tr("Joining…"))

        def work(job: OpJob) -> bool:
            how: dict[str, Any] = {
                "code": code,
                "passphrase": passphrase,
                "name": name,
                "progress": job.progress,
            }
            if store is not None:
                join_store(job.workspace, location=store.location, secret=store.secret, **how)
            else:
                assert folder is not None
                join_folder(job.workspace, folder=folder, **how)
            return has_group(job.uow())

        def joined(group_arrived: bool) -> None:
            if not group_arrived:
                self.join_status.setText(
                    self.tr(
                        "Joined, but the sync folder holds no group yet: sync the other "
                        "laptop first, then try again."
                    )
                )
                return
            self.choice = "joined"
            self.accept()

        def failed(error: BaseException) -> None:
            self.join_status.setText(self.tr("Could not join: {error}").format(error=error))

        return (
            Op(self, work)
            .with_progress(self.tr("Joining…"))
            .on_success(joined)
            .on_failure(failed)
            .run(self._background())
        )

    def _background(self) -> AppContext:
        """The context the dialog's background work runs through (made when first needed: the
        welcome comes before the main window and its context)."""
        if self.context is None:
            settings = QSettings(
                str(self.workspace.paths.root / "gui-settings.ini"), QSettings.Format.IniFormat
            )
            self.context = AppContext(self.workspace, settings, self)
        return self.context

    def _choose_demo(self) -> None:
        self.choice = "demo"
        self.accept()

    def create_group(self) -> Op[None]:
        """Create the group off the GUI thread; a bad answer is shown beside its field."""
        answers = {
            "name": self.name_edit.text(),
            "currency": self.currency_combo.currentText(),
            "locale": self.locale_edit.text(),
            "paper_size": self.paper_combo.currentText(),
        }

        def work(job: OpJob) -> None:
            settings.create_group(job.uow(), **answers)

        def created(_nothing: None) -> None:
            self.choice = "created"
            self.accept()

        def failed(error: BaseException) -> None:
            if isinstance(error, ValidationError):
                self.errors.show(error)
            else:
                show_error(self, error)

        return Op(self, work).on_success(created).on_failure(failed).run(self._background())


def computer_locale() -> str:
    """The computer's language and region as a code ('fr_CA'; 'C' when it has none)."""
    return QLocale.system().name()
