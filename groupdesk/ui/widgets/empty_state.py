"""What an empty list says, inside the list where its rows would be (issue 19: "never a blank
table"): what the list is for and the first thing to do, as a button, or, when a search or a
filter hides every row, how to see them again.

It follows the list's model: shown whenever the model has no rows, once the page says its first
read has arrived (`loaded`), so an empty list never flashes "nothing yet" while it loads.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

#: What the list should say now, and whether to offer its first action.
Explain = Callable[[], tuple[str, bool]]


class EmptyState(QWidget):
    def __init__(
        self,
        view: QAbstractItemView,
        explain: Explain,
        action_text: str = "",
        on_action: Callable[[], object] | None = None,
    ) -> None:
        super().__init__(view.viewport())
        self.setObjectName("emptyState")
        self._view = view
        self._explain = explain
        self._armed = False
        self.label = QLabel()
        self.label.setObjectName("emptyStateText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.button = QPushButton(action_text)
        self.button.setObjectName("emptyStateAction")
        self.button.setAccessibleName(action_text.replace("&", "").rstrip("…."))
        if on_action is not None:
            self.button.clicked.connect(lambda _checked=False: on_action())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.addStretch(1)
        # About sixty characters a line, however wide the list: a sentence, not a banner.
        self.label.setMaximumWidth(self.label.fontMetrics().averageCharWidth() * 60)
        # Centred by stretches, not by alignment: an aligned label was given its own narrow
        # preferred width but only the height of its lines at the full sixty characters, so
        # the sentence showed two cut lines of its five.
        line = QHBoxLayout()
        line.addStretch(1)
        line.addWidget(self.label, 100)
        line.addStretch(1)
        layout.addLayout(line)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        self.hide()
        view.viewport().installEventFilter(self)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved):
            signal.connect(self.update_state)

    def loaded(self) -> None:
        """The list's read has arrived: from now on, an empty list says why."""
        self._armed = True
        self.update_state()

    def update_state(self) -> None:
        """Show what the list says when it has no rows (after its first read); else hide."""
        if not self._armed or self._view.model().rowCount():
            self.hide()
            return
        text, offer = self._explain()
        self.label.setText(text)
        self.setAccessibleName(text)
        self.button.setVisible(offer and bool(self.button.text()))
        self.setGeometry(self._view.viewport().rect())
        self.show()
        self.raise_()

    def text(self) -> str:
        return self.label.text()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.setGeometry(watched.rect())
        return super().eventFilter(watched, event)
