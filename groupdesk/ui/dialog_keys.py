"""Keys every dialog shares, without each dialog doing it itself: Ctrl+S saves (presses the
dialog's default or accepting button), Esc — or the window's close button — asks first when
something was typed, so a slip of the finger never loses a filled-in form, and Tab goes from a
list to the next field rather than from cell to cell.

One application-wide event filter does it: it notes which dialogs a person has typed in (keys
that write or delete text, boxes ticked), and stands between Esc (or the window's own close
button) and the dialog. Message boxes, progress and file dialogs are left alone, and so are
dialogs that only show or find things (`NO_ASK`). A dialog closed by the program, or by its
Cancel button, closes as asked.
"""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QWidget,
)

from groupdesk.services.wording import isolate, isolated_once

#: Dialogs that are questions or progress, not forms.
_NOT_FORMS = (QMessageBox, QProgressDialog, QFileDialog, QInputDialog)
#: The property marking a dialog a person has typed in.
_TOUCHED = "groupdeskTouched"
#: Dialogs that show records rather than take them opt out: `dialog.setProperty(NO_ASK, True)`.
NO_ASK = "groupdeskNeverAsk"


class DialogKeys(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QAbstractItemView):
            if isinstance(watched.window(), QDialog):
                # Tab leaves a list in a dialog for the next field, as in a form; the arrow
                # keys move within it (Tab from cell to cell kept a keyboard user in it).
                watched.setTabKeyNavigation(False)
            return False
        if kind == QEvent.Type.Show and isinstance(watched, QDialog):
            for box in watched.findChildren(QDialogButtonBox):
                _tab_as_laid_out(box)
            return False
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.MouseButtonRelease, QEvent.Type.Close):
            return False
        if not isinstance(watched, QWidget):
            return False
        dialog = _form_of(watched)
        if dialog is None:
            return False
        if kind == QEvent.Type.Close:
            # Only the window's own close button: a dialog the program closes closes.
            return watched is dialog and event.spontaneous() and not _may_close(dialog)
        if kind == QEvent.Type.MouseButtonRelease:
            if isinstance(watched, QAbstractButton) and watched.isCheckable():
                dialog.setProperty(_TOUCHED, True)  # a box ticked, a choice made
            return False
        assert isinstance(event, QKeyEvent)
        if event.matches(QKeySequence.StandardKey.Save):
            _press_save(dialog)
            return True
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if isinstance(watched, QComboBox) and watched.view().isVisible():
                return False  # Esc closes an open list first
            if not _may_close(dialog):
                return True
            dialog.setProperty(_TOUCHED, False)
            return False
        if event.text() or event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            dialog.setProperty(_TOUCHED, True)
        return False


def _tab_as_laid_out(box: QDialogButtonBox) -> None:
    """Tab through a button box's buttons in the order they stand: the box lays them out in
    the platform's order ("Save", then "Cancel"), but Tab would follow the order they were
    made in (Cancel first, then a Save added to it), jumping back."""
    layout = box.layout()
    if layout is None:
        return
    items = [layout.itemAt(index) for index in range(layout.count())]
    widgets = [item.widget() for item in items if item is not None]
    buttons = [widget for widget in widgets if isinstance(widget, QAbstractButton)]
    for before, after in pairwise(buttons):
        QWidget.setTabOrder(before, after)


def _form_of(widget: QWidget) -> QDialog | None:
    window = widget.window()
    if not isinstance(window, QDialog) or isinstance(window, _NOT_FORMS):
        return None
    if window.property(NO_ASK):
        return None
    return window


def _may_close(dialog: QDialog) -> bool:
    """Whether the dialog may close now: nothing typed, or the person said to discard it."""
    if not dialog.property(_TOUCHED) or dialog.result() == QDialog.DialogCode.Accepted:
        return True
    box = QMessageBox(dialog)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QApplication.translate("DialogKeys", "Close without saving?"))
    box.setText(
        isolated_once(
            QApplication.translate(
                "DialogKeys", "What you typed in “{title}” has not been saved."
            ).format(title=isolate(dialog.windowTitle()))
        )
    )
    discard = box.addButton(
        QApplication.translate("DialogKeys", "Close without saving"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    keep = box.addButton(
        QApplication.translate("DialogKeys", "Keep editing"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)
    box.exec()
    if box.clickedButton() is discard:
        dialog.setProperty(_TOUCHED, False)
        return True
    return False


def _press_save(dialog: QDialog) -> None:
    """Ctrl+S: the dialog's accepting button (its button box's), else its default button —
    never a Cancel or Close — if it is shown and enabled."""
    usable = [b for b in dialog.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]
    roles: dict[QAbstractButton, QDialogButtonBox.ButtonRole] = {}
    for box in dialog.findChildren(QDialogButtonBox):
        roles |= {button: box.buttonRole(button) for button in box.buttons()}
    accepting = [b for b in usable if roles.get(b) == QDialogButtonBox.ButtonRole.AcceptRole]
    defaults = [
        b
        for b in usable
        if b.isDefault() and roles.get(b) != QDialogButtonBox.ButtonRole.RejectRole
    ]
    for chosen in (accepting or defaults)[:1]:
        chosen.click()


def install_dialog_keys(app: QApplication) -> DialogKeys:
    """Install the filter once for the whole application (kept as the app's child)."""
    existing = app.findChild(DialogKeys)
    if existing is not None:
        return existing
    keys = DialogKeys(app)
    app.installEventFilter(keys)
    return keys
