"""One message bar for the whole window (issue 19 item 2): "Deleted Ana Petrova. Undo".

Pages offer what they did through `context.offer_undo` (a `services.undo.Undo`), so no area
builds a bar of its own; the bar keeps the last few, shows the latest, and undoes them newest
first from its button, from Edit → Undo or with Ctrl+Z. The undo runs off the GUI thread as an
ordinary write (`ui.ops.Op`), whose announcement refreshes the pages that show what it put back.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtGui import QAccessible, QAccessibleEvent, QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QToolButton,
    QWidget,
)

from groupdesk.errors import GroupDeskError
from groupdesk.ui.context import AppContext
from groupdesk.ui.ops import Op, OpJob, show_error
from groupdesk.ui.shortcuts import edit_menu

if TYPE_CHECKING:
    from groupdesk.services.undo import Undo, Undoable

T = TypeVar("T")

#: How many actions back Ctrl+Z reaches.
KEPT = 20


class UndoBar(QFrame):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("undoBar")
        self.setAccessibleName(self.tr("Undo message"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.offered: list[Undo] = []
        self.message = QLabel()
        self.message.setObjectName("undoMessage")
        self.message.setWordWrap(True)
        # No Alt+letter: the bar comes and goes over every page, whose letters it would take;
        # Ctrl+Z and Tab reach it.
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo)
        keep = self.undo_button.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # the page below does not jump when it goes
        self.undo_button.setSizePolicy(keep)
        self.close_button = QToolButton()
        self.close_button.setObjectName("undoBarClose")
        self.close_button.setText("×")
        self.close_button.setAccessibleName(self.tr("Close the message"))
        self.close_button.setToolTip(self.tr("Close the message (Edit → Undo still works)"))
        self.close_button.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(self.close_button)
        self.action = QAction(self.tr("&Undo"), self)
        self.action.setObjectName("undoAction")
        self.action.setShortcut(QKeySequence.StandardKey.Undo)
        self.action.triggered.connect(self.undo)
        self.action.setEnabled(False)
        context.undo_offered.connect(self.offer)
        self.hide()

    def offer(self, undo: Undo) -> None:
        """Show what was just done, with Undo."""
        self.offered = [*self.offered, undo][-KEPT:]
        self._say(undo.sentence, offer_undo=True)

    def _say(self, text: str, *, offer_undo: bool) -> None:
        """Show `text`; the button undoes the latest action when `offer_undo` (after an undo,
        or a refusal, the text is about that, so only Edit → Undo reaches further back)."""
        latest = self.offered[-1] if self.offered else None
        self.message.setText(text)
        self.undo_button.setVisible(offer_undo and latest is not None)
        self.undo_button.setEnabled(True)
        self.undo_button.setAccessibleDescription(latest.sentence if latest else "")
        self.action.setEnabled(latest is not None)
        what = self.tr("Undo: {what}").format(what=latest.sentence) if latest else self.tr("Undo")
        self.action.setText(what.replace("&", "&&"))
        self.show()
        # Said aloud by a screen reader, wherever the focus is.
        QAccessible.updateAccessibility(QAccessibleEvent(self.message, QAccessible.Event.Alert))

    def undo(self) -> Op[int] | None:
        """Undo the latest action offered (Ctrl+Z); nothing changes if it no longer can."""
        if not self.offered:
            return None
        from groupdesk.services.undo import undo_changes  # the ORM: after the window is up

        undo = self.offered.pop()
        self.undo_button.setEnabled(False)
        self.action.setEnabled(False)
        return (
            Op(self, lambda job: undo_changes(job.uow(), undo=undo))
            .with_progress(self.tr("Undoing…"))
            .on_success(
                lambda _count: self._say(
                    self.tr("Undone: {what}").format(what=undo.sentence), offer_undo=False
                )
            )
            .on_failure(self._refused)
            .run(self.context)
        )

    def _refused(self, error: BaseException) -> None:
        if isinstance(error, GroupDeskError):
            self._say(str(error), offer_undo=False)
        else:
            self._say("", offer_undo=False)
            show_error(self, error)


def install_undo(window: QMainWindow, context: AppContext) -> UndoBar:
    """The window's undo bar, and Edit → Undo (Ctrl+Z) beside it in the menu bar."""
    bar = UndoBar(context, window)
    edit_menu(window).addAction(bar.action)
    return bar


def undoable_work(sentence: str, change: Callable[[OpJob], T]) -> Callable[[OpJob], Undoable[T]]:
    """An Op's work made undoable: its result comes with the `Undo` that `sentence` names, for
    the success callback to give to `context.offer_undo`."""
    from groupdesk.services.undo import undoable  # here, on the GUI thread: not in the work

    return lambda job: undoable(job.uow(), sentence, lambda: change(job))
