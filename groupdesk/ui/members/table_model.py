"""The Members table: every member in memory, filtered and sorted inside the model.

Search and filters run over text folded once when the rows arrive (`MemberRow.search_text`), so
a keystroke is a substring scan (10,000 members: a few ms); sorting sorts the model's own list by
keys made once, never through a QSortFilterProxyModel (DESIGN.md "Performance notes").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from groupdesk.services.collation import match_key, memo_fold, search_words
from groupdesk.services.members.records import MemberRow
from groupdesk.ui.words import list_separator

Index = QModelIndex | QPersistentModelIndex
#: (header, what it shows): the columns, in order.
COLUMNS = ("name", "status", "email", "phone", "roles", "skills", "joined", "last_seen")


class MembersTableModel(QAbstractTableModel):
    def __init__(self, format_date: Callable[[date], str] = date.isoformat) -> None:
        super().__init__()
        self._format_date = format_date
        self._rows: list[MemberRow] = []
        self._haystacks: list[str] = []
        self._roles: list[frozenset[str]] = []
        self._skills: list[frozenset[str]] = []
        #: Positions of every row in name order (by the stored `sort_key`), made once per load.
        self._by_name: list[int] = []
        #: Each sorted column's key per row, made on its first sort after a load.
        self._column_keys: dict[str, list[Any]] = {}
        #: Positions in `_rows` of the rows shown, in the order shown.
        self._visible: list[int] = []
        #: Positions of every row, in the chosen sort order.
        self._order: list[int] = []
        #: Which rows the filters allow (None: no filter set).
        self._allowed: list[bool] | None = None
        self._words: list[str] = []
        #: The searches typed since the rows, filters or order last changed, each narrowing the
        #: one before, with the rows each showed (first: no words, every allowed row), so that
        #: deleting a letter goes back to rows already found instead of scanning them all.
        self._trail: list[tuple[list[str], list[int]]] = []
        self._filters: dict[str, str | None] = {}
        #: Member ids by need ("checkin", "mentor"), for the care filter.
        self._needs: Mapping[str, frozenset[str]] = {}
        self._sort_column = 0
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._headers = {
            "name": self.tr("Name"),
            "status": self.tr("Status"),
            "email": self.tr("Email"),
            "phone": self.tr("Phone"),
            "roles": self.tr("Roles"),
            "skills": self.tr("Skills"),
            "joined": self.tr("Joined"),
            "last_seen": self.tr("Last seen"),
        }
        self._statuses = {
            "active": self.tr("active"),
            "inactive": self.tr("inactive"),
            "left": self.tr("left"),
        }
        #: Between a member's roles or skills: the screens' own separator (Arabic "، ").
        self._comma = list_separator()

    # --- feeding -----------------------------------------------------------------------------
    def set_rows(
        self, rows: Sequence[MemberRow], needs: Mapping[str, frozenset[str]] | None = None
    ) -> None:
        """Take a fresh list from the service (its order is the name order), with who needs a
        check-in or a mentor (`services.members.checkins.care_needs`)."""
        self.beginResetModel()
        self._rows = list(rows)
        self._needs = needs or {}
        fold = memo_fold()
        self._haystacks = [row.search_text(fold) for row in self._rows]
        # Most members hold one of a few combinations: one set per combination, shared.
        sets: dict[tuple[str, ...], frozenset[str]] = {}
        self._roles = [_folded_set(row.roles, fold, sets) for row in self._rows]
        self._skills = [_folded_set(row.skills, fold, sets) for row in self._rows]
        keys = [row.sort_key for row in self._rows]
        self._by_name = sorted(range(len(keys)), key=keys.__getitem__)
        self._column_keys = {}
        self._order = self._sorted_order()
        self._allowed = self._filter_mask()
        self._visible = self._search_afresh()
        self.endResetModel()

    def set_search(self, text: str) -> None:
        """Show the rows matching every word typed; one substring scan per word."""
        words = search_words(text)
        if words == self._words:
            return
        self._words = words
        # Typing one more letter only narrows: every old word is inside some new word. Back
        # along the trail to the last search that the new one narrows, and on from its rows.
        trail = self._trail
        while len(trail) > 1 and not _narrows(words, trail[-1][0]):
            trail.pop()
        found_words, found = trail[-1]
        if found_words != words:
            found = self._search(found)
            trail.append((words, found))
        self.beginResetModel()
        self._visible = found
        self.endResetModel()

    def set_filter(self, name: str, value: str | None) -> None:
        """Filter on "status", "role", "skill", "consent" or "care" (None: any)."""
        folded = match_key(value) if value and name in ("role", "skill") else value
        if self._filters.get(name) == folded:
            return
        self._filters[name] = folded
        self.beginResetModel()
        self._allowed = self._filter_mask()
        self._visible = self._search_afresh()
        self.endResetModel()

    def _base(self) -> list[int]:
        """Every row the filters allow, in the sorted order."""
        if self._allowed is None:
            return list(self._order)
        allowed = self._allowed
        return [i for i in self._order if allowed[i]]

    def _search_afresh(self) -> list[int]:
        """The rows shown for the words typed, scanning every row the filters allow; the trail
        starts again from them."""
        allowed = self._base()
        found = self._search(allowed)
        self._trail = [([], allowed)]
        if self._words:
            self._trail.append((self._words, found))
        return found

    def _search(self, rows: list[int]) -> list[int]:
        haystacks = self._haystacks
        for word in self._words:
            rows = [i for i in rows if word in haystacks[i]]
        return rows

    def _filter_mask(self) -> list[bool] | None:
        """Which rows the filters (status, role, skill, consent, care) allow; None when there
        are none."""
        status, role = self._filters.get("status"), self._filters.get("role")
        skill, consent = self._filters.get("skill"), self._filters.get("consent")
        care = self._filters.get("care")
        if not (status or role or skill or consent or care):
            return None
        needing = self._needs.get(care, frozenset()) if care else frozenset()
        return [
            (not care or row.id in needing)
            and (not status or row.status == status)
            and (not role or role in self._roles[i])
            and (not skill or skill in self._skills[i])
            and (not consent or bool(getattr(row, f"consent_{consent}")))
            for i, row in enumerate(self._rows)
        ]

    # --- reading -----------------------------------------------------------------------------
    def row_at(self, row: int) -> MemberRow:
        return self._rows[self._visible[row]]

    def row_of(self, member_id: str) -> int | None:
        for position, i in enumerate(self._visible):
            if self._rows[i].id == member_id:
                return position
        return None

    def total(self) -> int:
        return len(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[COLUMNS[section]]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[self._visible[index.row()]]
        column = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "name" and row.preferred_name:
            return row.full_name
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _text(self, row: MemberRow, column: str) -> str:
        if column == "name":
            return row.display_name
        if column == "status":
            return self._statuses.get(row.status, row.status)
        if column in ("roles", "skills"):
            return self._comma.join(getattr(row, column))
        if column == "joined":
            return self._format_date(row.joined_on) if row.joined_on else ""
        if column == "last_seen":
            return self._format_date(row.last_seen) if row.last_seen else ""
        return str(getattr(row, column) or "")

    # --- sorting -----------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        self.layoutAboutToBeChanged.emit()
        self._order = self._sorted_order()
        self._visible = self._search_afresh()
        self.layoutChanged.emit()

    def _sorted_order(self) -> list[int]:
        """Every row in the chosen order; empty values last whichever way, ties by name."""
        column = COLUMNS[self._sort_column]
        descending = self._sort_order == Qt.SortOrder.DescendingOrder
        if column == "name":
            return self._by_name[::-1] if descending else list(self._by_name)
        values = self._column_keys.get(column)
        if values is None:
            key = _SORT_KEYS[column]
            values = self._column_keys[column] = [key(row) for row in self._rows]
        filled = [i for i in self._by_name if values[i] is not None]
        empty = [i for i in self._by_name if values[i] is None]
        filled.sort(key=values.__getitem__, reverse=descending)
        return filled + empty


def _narrows(words: list[str], than: list[str]) -> bool:
    """Whether searching `words` finds only rows that searching `than` finds."""
    return all(any(old in new for new in words) for old in than)


def _folded_set(
    names: tuple[str, ...], fold: Callable[[str], str], sets: dict[tuple[str, ...], frozenset[str]]
) -> frozenset[str]:
    """The folded names, as the set already made for the same names if there is one."""
    found = sets.get(names)
    if found is None:
        found = sets[names] = frozenset(map(fold, names))
    return found


def _none_if_empty(text: str | None) -> str | None:
    return match_key(text) if text else None


_SORT_KEYS: dict[str, Callable[[MemberRow], Any]] = {
    "status": lambda r: ("active", "inactive", "left").index(r.status),
    "email": lambda r: _none_if_empty(r.email),
    "phone": lambda r: r.phone or None,
    "roles": lambda r: _none_if_empty(", ".join(r.roles)),
    "skills": lambda r: _none_if_empty(", ".join(r.skills)),
    # Days as ints: 100,000 ints sort in about half the time of as many dates.
    "joined": lambda r: r.joined_on and r.joined_on.toordinal(),
    "last_seen": lambda r: r.last_seen and r.last_seen.toordinal(),
}
