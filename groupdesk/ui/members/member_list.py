"""The Members page's list: the table of members, and the search and filters above it that
narrow the table's model as they change.

Both size themselves in characters of their own font, so larger text (Settings, Ctrl+plus on
an old laptop) gets wider columns, and filters laid out on two rows rather than cut.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionComboBox,
    QTableView,
    QWidget,
)

from groupdesk.services.members.records import MemberRow
from groupdesk.ui.members.table_model import COLUMNS, MembersTableModel


def _whole_width(combo: QComboBox) -> int:
    """How wide `combo` must be to show its current choice whole."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    metrics = combo.fontMetrics()
    text = QSize(metrics.horizontalAdvance(combo.currentText()), metrics.height())
    return (
        combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo).width()
    )


class MembersTable(QTableView):
    """The members, one a row, sorted by a click on a column's header."""

    def __init__(self, model: MembersTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self.setAccessibleName(self.tr("Members"))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.size_columns()
        header.setStretchLastSection(True)

    def size_columns(self) -> None:
        """Widths in characters of the table's own font, so larger text gets wider columns."""
        self.ensurePolished()
        unit = self.fontMetrics().averageCharWidth()
        header = self.horizontalHeader()
        for column, chars in zip(COLUMNS, (22, 8, 24, 17, 14, 19, 12, 12), strict=True):
            header.resizeSection(COLUMNS.index(column), chars * unit)


class MemberFilters(QWidget):
    """The search box and the status, role, skill, consent and need filters, on one row or,
    when the filters would be cut, the search above them."""

    narrowed = Signal()  # the search or a filter changed which members the model shows

    def __init__(self, model: MembersTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Search names, email, roles, skills… (Ctrl+F)"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setAccessibleName(self.tr("Search members"))
        self.search_edit.textChanged.connect(self._search_changed)
        self.status_combo = self._filter_combo(
            "status",
            self.tr("Status"),
            [
                (self.tr("Any status"), None),
                (self.tr("active"), "active"),
                (self.tr("inactive"), "inactive"),
                (self.tr("left"), "left"),
            ],
        )
        self.role_combo = self._filter_combo("role", self.tr("Role"), [(self.tr("Any role"), None)])
        self.skill_combo = self._filter_combo(
            "skill", self.tr("Skill"), [(self.tr("Any skill"), None)]
        )
        self.consent_combo = self._filter_combo(
            "consent",
            self.tr("Consent"),
            [
                (self.tr("Any consent"), None),
                (self.tr("may be contacted"), "contact"),
                (self.tr("photos allowed"), "photo"),
                (self.tr("in printed roster"), "roster"),
            ],
        )
        self.care_combo = self._filter_combo(
            "care",
            self.tr("Need"),
            [
                (self.tr("Any need"), None),
                (self.tr("needs a check-in"), "checkin"),
                (self.tr("new without a mentor"), "mentor"),
            ],
        )
        self.deleted_check = QCheckBox(self.tr("Sho&w deleted"))
        self.deleted_check.setAccessibleName(self.tr("Show deleted and forgotten records"))
        self.combos = (
            self.status_combo,
            self.role_combo,
            self.skill_combo,
            self.consent_combo,
            self.care_combo,
        )
        self.filters = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.filters.setContentsMargins(0, 0, 0, 0)  # as wide as the page's own rows
        search_row = QHBoxLayout()
        search_label = QLabel(self.tr("&Find"))
        search_label.setBuddy(self.search_edit)
        search_row.addWidget(search_label)
        search_row.addWidget(self.search_edit, 1)
        choices_row = QHBoxLayout()
        for combo in self.combos:
            choices_row.addWidget(combo, 1)
        choices_row.addWidget(self.deleted_check)
        self.filters.addLayout(search_row, 1)
        self.filters.addLayout(choices_row, 2)

    def arrange(self) -> None:
        """The search and the filters on one row if the page is wide enough to show every
        filter whole, else the search above the filters; each filter as wide as its choice
        needs while the page has room for that."""
        room = self.width()
        wholes = [_whole_width(combo) for combo in self.combos]
        choices = (
            sum(wholes)
            + self.deleted_check.sizeHint().width()
            + self.filters.spacing() * (len(self.combos) + 1)
        )
        search = (
            self.fontMetrics().horizontalAdvance(self.tr("Find"))
            + self.search_edit.fontMetrics().averageCharWidth() * 20  # a useful search box
            + self.filters.spacing() * 2
        )
        for combo, whole in zip(self.combos, wholes, strict=True):
            combo.setMinimumWidth(whole if choices <= room else 0)
        self.filters.setDirection(
            QBoxLayout.Direction.LeftToRight
            if choices + search <= room
            else QBoxLayout.Direction.TopToBottom
        )

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.arrange()

    def refill(self, rows: list[MemberRow]) -> None:
        """The role and skill filters offer the roles and skills the list holds now."""
        self._refill(
            self.role_combo, sorted({r for row in rows for r in row.roles}, key=str.casefold)
        )
        self._refill(
            self.skill_combo, sorted({s for row in rows for s in row.skills}, key=str.casefold)
        )

    def _refill(self, combo: QComboBox, values: list[str]) -> None:
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for value in values:
            combo.addItem(value, value)
        index = combo.findData(chosen) if chosen else 0
        combo.setCurrentIndex(max(0, index))
        combo.blockSignals(False)
        if chosen and index < 0:
            self.model.set_filter("role" if combo is self.role_combo else "skill", None)

    def _filter_combo(
        self, name: str, label: str, choices: list[tuple[str, str | None]]
    ) -> QComboBox:
        combo = QComboBox()
        # Shrinks with the window (long role names are cut, the list shows them whole), so the
        # filters fit an old laptop's screen at a large text size.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(5)
        combo.setAccessibleName(self.tr("Filter by {what}").format(what=label.lower()))
        combo.setToolTip(combo.accessibleName())
        for text, value in choices:
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(
            lambda _i, combo=combo, name=name: self._filter_changed(name, combo)
        )
        return combo

    def _search_changed(self, text: str) -> None:
        self.model.set_search(text)
        self.narrowed.emit()

    def _filter_changed(self, name: str, combo: QComboBox) -> None:
        self.model.set_filter(name, combo.currentData())
        self.narrowed.emit()
        self.arrange()  # the choice shown may need more room
