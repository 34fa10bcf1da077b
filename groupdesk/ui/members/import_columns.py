"""The import wizard's column step: each column of the file beside what it is read as.

The guesses (Google, Outlook and spreadsheet headings recognised by the service) are filled in;
the person can change any of them, leave a column out, or choose "Full name" for several
columns to join them into the name — what `members import --map` does on the command line.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from groupdesk.services.members.contact_columns import FIELD_LABELS, PART_LABELS
from groupdesk.services.members.importing import FileColumns


class ColumnsStep(QWidget):
    """One row per column: its header (the label), a choice of what it is, an example value."""

    #: The person changed what a column is read as.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices: dict[str, QComboBox] = {}
        self.hint = QLabel(
            self.tr(
                "What each column holds. Choose “Full name” for several columns to join them "
                "into the name (first name, then last name, as they stand in the file)."
            )
        )
        self.hint.setWordWrap(True)
        self._grid_host = QWidget()
        self._grid = QGridLayout(self._grid_host)
        self._grid.setColumnStretch(2, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the choices, not the frame
        scroll.setWidget(self._grid_host)
        scroll.setAccessibleName(self.tr("Columns of the file"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(scroll, 1)

    def show_columns(self, columns: FileColumns, chosen: dict[str, str | None]) -> None:
        """Fill the rows: what the person chose, else the service's guess."""
        if tuple(self.choices) != columns.headers:
            self._build(columns)
        for header, combo in self.choices.items():
            target = chosen[header] if header in chosen else columns.guesses.get(header)
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(target)))
            combo.blockSignals(False)

    def mapping(self) -> dict[str, str | None]:
        """Header → what it is read as (None: left out), for every column."""
        return {header: combo.currentData() for header, combo in self.choices.items()}

    def _tab_stop_before(self) -> QWidget | None:
        """The last control Tab reaches before these choices (the step's tab)."""
        widget = self.previousInFocusChain()
        while widget is not None and widget is not self.window():
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return widget
            widget = widget.previousInFocusChain()
        return None

    def _build(self, columns: FileColumns) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.choices = {}
        for title, column in ((self.tr("Column in the file"), 0), (self.tr("Read as"), 1)):
            self._grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        self._grid.addWidget(QLabel(f"<b>{self.tr('First value')}</b>"), 0, 2)
        previous = self._tab_stop_before()
        for row, header in enumerate(columns.headers, start=1):
            combo = QComboBox()
            combo.addItem(self.tr("(leave out)"), None)
            for target, text in FIELD_LABELS.items():
                combo.addItem(
                    self.tr("Full name (joined when several columns give it)")
                    if target == "full_name"
                    else self.tr(text),
                    target,
                )
            for target, text in PART_LABELS.items():
                combo.addItem(self.tr(text), target)
            combo.setAccessibleName(self.tr("Read the column {header} as").format(header=header))
            combo.currentIndexChanged.connect(self.changed)
            label = QLabel(header.replace("&", "&&") or self.tr("(no header)"))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(combo)
            example = QLabel(columns.examples.get(header, ""))
            example.setAccessibleName(self.tr("First value of {header}").format(header=header))
            self._grid.addWidget(label, row, 0)
            self._grid.addWidget(combo, row, 1)
            self._grid.addWidget(example, row, 2)
            if previous is not None:  # made after the dialog's buttons: Tab comes here first
                QWidget.setTabOrder(previous, combo)
            previous = combo
            self.choices[header] = combo
        self._grid.setRowStretch(len(columns.headers) + 1, 1)
