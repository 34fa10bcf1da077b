"""The photo strip of an item's detail: its photos in order, picture files dropped on it or
chosen with "Add photo…", and "Remove photo" for the one chosen.

It writes nothing: it asks the page (`photos_wanted`, `remove_wanted`), which saves off the GUI
thread and shows the picture check's sentence here (`show_problem`) when a file is refused.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QIcon, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from groupdesk.services.resources.detail import PHOTO_SIZE, PhotoShown
from groupdesk.services.wording import isolate, isolated_once
from groupdesk.ui.palette import set_tone


def ask_photo_files(parent: QWidget, title: str) -> list[Path]:
    kinds = QCoreApplication.translate("PhotoStrip", "Pictures (*.jpg *.jpeg *.png)")
    files, _ = QFileDialog.getOpenFileNames(parent, title, "", kinds)
    return [Path(name) for name in files]


class PhotoStrip(QWidget):
    #: Picture files to add to the item shown (chosen or dropped).
    photos_wanted = Signal(list)
    #: The id of the photo to remove.
    remove_wanted = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: Asks for picture files; tests pass their own answer.
        self.ask_files: Callable[[QWidget, str], list[Path]] = ask_photo_files
        self.setAcceptDrops(True)
        self.setAccessibleName(self.tr("Photos"))
        self.setToolTip(self.tr("Drop JPEG or PNG pictures here to add them"))
        self.item_name = ""
        self.photos: list[tuple[PhotoShown, QToolButton]] = []
        self.group = QButtonGroup(self)
        self.group.buttonToggled.connect(lambda _button, _on: self._enable())
        self.row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add p&hoto…"))
        self.add_button.setAccessibleName(self.tr("Add photo"))
        self.add_button.clicked.connect(self._choose_files)
        self.remove_button = QPushButton(self.tr("Remo&ve photo"))
        self.remove_button.setAccessibleName(self.tr("Remove the chosen photo"))
        self.remove_button.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        self.problem_label = QLabel()
        self.problem_label.setObjectName("error-photo")
        set_tone(self.problem_label, "error")
        self.problem_label.setWordWrap(True)
        self.problem_label.setAccessibleName(self.tr("Why the photo was not added"))
        self.problem_label.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self.row)
        layout.addLayout(buttons)
        layout.addWidget(self.problem_label)
        self.show_photos("", ())

    def show_photos(self, item_name: str, photos: Sequence[PhotoShown]) -> None:
        """Show an item's photos ('' and none: no item chosen), the first one chosen."""
        self.item_name = item_name
        while (child := self.row.takeAt(0)) is not None:
            widget = child.widget()
            if widget is not None:
                self.group.removeButton(widget)  # type: ignore[arg-type]
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        self.photos = []
        for number, photo in enumerate(photos, start=1):
            button = QToolButton()
            button.setCheckable(True)
            button.setAccessibleName(
                self.tr("Photo {number} of {item}: {file}").format(
                    number=number, item=item_name, file=photo.filename
                )
            )
            button.setToolTip(photo.problem or photo.filename)
            pixmap = QPixmap(str(photo.thumbnail)) if photo.thumbnail else QPixmap()
            if pixmap.isNull():
                button.setText(self.tr("(photo not here yet)"))
            else:
                button.setIcon(QIcon(pixmap))
                button.setIconSize(pixmap.size().boundedTo(QSize(PHOTO_SIZE, PHOTO_SIZE)))
            self.group.addButton(button)
            self.row.addWidget(button)
            self.photos.append((photo, button))
        self.row.addStretch(1)
        if self.photos:
            self.photos[0][1].setChecked(True)
        self.add_button.setEnabled(bool(item_name))
        self._enable()

    def chosen_photo_id(self) -> str | None:
        return next((photo.photo_id for photo, button in self.photos if button.isChecked()), None)

    def show_problem(self, text: str) -> None:
        """Why a file was refused ('' clears it)."""
        self.problem_label.setText(text)
        self.problem_label.setVisible(bool(text))

    def _enable(self) -> None:
        chosen = self.chosen_photo_id() is not None
        self.remove_button.setEnabled(chosen)
        self.remove_button.setToolTip("" if chosen else self.tr("Choose a photo first"))

    def _choose_files(self) -> None:
        files = self.ask_files(
            self,
            isolated_once(self.tr("Add photos of {item}").format(item=isolate(self.item_name))),
        )
        if files:
            self.photos_wanted.emit(files)

    def _remove(self) -> None:
        photo_id = self.chosen_photo_id()
        if photo_id is not None:
            self.remove_wanted.emit(photo_id)

    # --- dropping files ----------------------------------------------------------------------
    def _files(self, event: QDragEnterEvent | QDragMoveEvent | QDropEvent) -> list[Path]:
        data = event.mimeData()
        if not self.item_name or not data.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in data.urls() if url.isLocalFile()]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        event.acceptProposedAction() if self._files(event) else event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        event.acceptProposedAction() if self._files(event) else event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = self._files(event)
        if not files:
            event.ignore()
            return
        event.acceptProposedAction()
        self.photos_wanted.emit(files)
