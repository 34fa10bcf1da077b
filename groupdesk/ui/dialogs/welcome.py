"""First start: try the demo, or create our group by answering four questions."""

from __future__ import annotations

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
from groupdesk.services.workspace import Workspace
from groupdesk.ui.pages.settings import COMMON_CURRENCIES
from groupdesk.ui.widgets.forms import FieldErrors


class WelcomeDialog(QDialog):
    """Accepted with `choice` "demo" (the caller opens the demo) or "created" (group made)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.choice = ""
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.create_button)
        for widget in (title, text):
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
        self.currency_combo = QComboBox()
        self.currency_combo.setEditable(True)
        self.currency_combo.addItems(COMMON_CURRENCIES)
        self.errors.add("currency", self.currency_combo, self.tr("Which &currency do you use?"))
        self.locale_edit = QLineEdit("en_GB")
        self.errors.add("locale", self.locale_edit, self.tr("&Language and region"))
        self.paper_combo = QComboBox()
        self.paper_combo.addItems(settings.PAPER_SIZES)
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

    def _choose_demo(self) -> None:
        self.choice = "demo"
        self.accept()

    def create_group(self) -> bool:
        try:
            settings.create_group(
                self.workspace.uow(),
                name=self.name_edit.text(),
                currency=self.currency_combo.currentText(),
                locale=self.locale_edit.text(),
                paper_size=self.paper_combo.currentText(),
            )
        except ValidationError as problem:
            self.errors.show(problem)
            return False
        self.choice = "created"
        self.accept()
        return True
