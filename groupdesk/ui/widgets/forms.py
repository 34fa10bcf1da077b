"""Inline validation: a message beside each field, and a Save button that says why it waits;
asking where to save a file (a page's `ask_path`, which tests replace); and wrapped values in a
form kept whole."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from groupdesk.errors import ValidationError
from groupdesk.services.group_values import FALLBACK_DEFAULTS
from groupdesk.ui.messages import said
from groupdesk.ui.palette import set_tone

#: The locale a form without one writes its messages' values in (days, money, numbers).
FALLBACK_LOCALE = FALLBACK_DEFAULTS[0]


class FieldErrors:
    """Error labels under the fields of a QFormLayout, keyed by the service's field names.

    Each message is said in the reader's language (`ui.messages.said`), its values written
    the way of `locale()`: a refusal caught on the GUI thread reads like one an `Op` reworded."""

    def __init__(
        self, form: QFormLayout, locale: Callable[[], str] = lambda: FALLBACK_LOCALE
    ) -> None:
        self._form = form
        self._locale = locale
        self._labels: dict[str, QLabel] = {}

    def add(self, field: str, widget: QWidget, label_text: str) -> QLabel:
        """Add `widget` to the form with a buddy label and an (empty) error label under it."""
        label = QLabel(label_text)
        label.setBuddy(widget)
        widget.setAccessibleName(label_text.replace("&", ""))
        self._form.addRow(label, widget)
        error = QLabel()
        error.setObjectName(f"error-{field}")
        set_tone(error, "error")
        error.setWordWrap(True)
        error.setAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )  # under its field
        error.setAccessibleName(
            QCoreApplication.translate("FieldErrors", "{field} error").format(
                field=label_text.replace("&", "")
            )
        )
        error.hide()
        self._form.addRow("", error)
        self._labels[field] = error
        return error

    def show(self, problem: ValidationError) -> list[str]:
        """Show each message beside its field; returns the messages no field here could show,
        each a sentence of its own: the service's field key ("notes") is English code, not
        words a reader knows, so it is not put before them."""
        self.clear()
        unplaced = []
        for field, message in problem.errors.items():
            label = self._labels.get(field)
            if label is None:
                sentence = said(message, self._locale())
                unplaced.append(sentence[:1].upper() + sentence[1:])
                continue
            label.setText(said(message, self._locale()))
            label.show()
        return unplaced

    def clear(self) -> None:
        for label in self._labels.values():
            label.clear()
            label.hide()

    def message(self, field: str) -> str:
        label = self._labels.get(field)
        return label.text() if label is not None and not label.isHidden() else ""


def labelled(text: str, widget: QWidget, row: QHBoxLayout) -> None:
    """`widget` after its label (its buddy, so Alt+letter reaches it) in a row of filters,
    named for screen readers by the label's words."""
    label = QLabel(text)
    label.setBuddy(widget)
    widget.setAccessibleName(text.replace("&", "").rstrip(":"))
    row.addWidget(label)
    row.addWidget(widget)


def explain_disabled(button: QAbstractButton, reason: str | None) -> None:
    """Enable `button`, or disable it with its tooltip saying why."""
    button.setEnabled(reason is None)
    button.setToolTip(reason or "")


def set_text_lines(edit: QPlainTextEdit, lines: int) -> None:
    """Make a text box `lines` lines of its own font tall (not a pixel height, which holds
    about one line at the largest text size)."""
    edit.ensurePolished()  # the text size comes from the style sheet
    margins = edit.contentsMargins()
    edit.setFixedHeight(
        lines * edit.fontMetrics().lineSpacing()
        + 2 * int(edit.document().documentMargin())
        + margins.top()
        + margins.bottom()
        + 2 * edit.frameWidth()
    )


def ask_save_path(parent: QWidget, title: str, suggested: str, kinds: str) -> str:
    """The file the user chose to save to, or "" when they cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, kinds)
    return path


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    """Whether the user answered Yes (pages keep it as an attribute tests can answer)."""
    return QMessageBox.question(parent, title, text) == QMessageBox.StandardButton.Yes


class WholeLines(QObject):
    """Gives the wrapped values of a read-only form all their lines.

    QFormLayout keeps the row heights it measured at a width; a value that wraps to more lines
    later (a longer value, a larger text size) was cut after its first line. When a value is
    laid out or drawn in less height than its lines need, the form measures again.

    Each label is measured once per size, text and font: measuring a selectable label lays out
    its text again, which asks for another paint, so measuring on every paint kept the page
    repainting its values for as long as it was shown (540 times a second, idle)."""

    def __init__(self, form: QFormLayout, values: list[QLabel], parent: QObject) -> None:
        super().__init__(parent)
        self.form = form
        self._measured: dict[QLabel, tuple[int, int, str, str]] = {}
        for label in values:
            label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Paint) and isinstance(watched, QLabel):
            shape = (watched.width(), watched.height(), watched.text(), watched.font().key())
            if self._measured.get(watched) != shape:
                self._measured[watched] = shape
                if watched.heightForWidth(watched.width()) > watched.height():
                    QTimer.singleShot(0, self, self.form.invalidate)
        return False


class LinedUpForms(QObject):
    """The forms of one page, each in its own box, with their fields in one column: each form
    sizes its captions alone, so box under box the fields started at different places. Measured
    again when the page is shown or its text size changes."""

    def __init__(self, page: QWidget) -> None:
        super().__init__(page)
        self.page = page
        page.installEventFilter(self)
        self.line_up()

    def captions(self) -> list[QLabel]:
        """Each form's captions (a button standing in the caption column keeps its width)."""
        return [
            caption
            for form in self.page.findChildren(QFormLayout)
            for row in range(form.rowCount())
            if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
            and isinstance(caption := item.widget(), QLabel)
        ]

    def line_up(self) -> None:
        captions = self.captions()
        for caption in captions:
            caption.setMinimumWidth(0)
        widest = max((caption.sizeHint().width() for caption in captions), default=0)
        for caption in captions:
            caption.setMinimumWidth(widest)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.FontChange):
            self.line_up()
        return False
