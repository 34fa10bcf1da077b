"""Table models of the Sync page: the laptops seen, and the conflicts to review."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.sync.conflicts import ConflictData
from groupdesk.services.sync.status import DeviceSeen
from groupdesk.services.wording import isolate
from groupdesk.ui.formats import moment_text
from groupdesk.ui.messages import said

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


def _value(value: Any) -> str:
    if value is None or value == "":
        return QCoreApplication.translate("SyncTables", "(empty)")
    if value is True:
        return QCoreApplication.translate("SyncTables", "yes")
    if value is False:
        return QCoreApplication.translate("SyncTables", "no")
    return str(value)


class _ListModel(QAbstractTableModel, Generic[Row]):
    headers: tuple[str, ...] = ()
    #: Each column's text of a row, in the group's locale (for times).
    cells: tuple[Callable[[Any, str], str], ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.locale = "en_GB"

    def set_rows(self, rows: Sequence[Row], locale: str) -> None:
        self.beginResetModel()
        self.rows, self.locale = list(rows), locale
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        return self.cells[index.column()](self.rows[index.row()], self.locale)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("SyncTables", self.headers[section])
        return None


class DevicesModel(_ListModel[DeviceSeen]):
    headers = (
        QT_TRANSLATE_NOOP("SyncTables", "Laptop"),
        QT_TRANSLATE_NOOP("SyncTables", "Last synced"),
        QT_TRANSLATE_NOOP("SyncTables", "Last read here"),
        QT_TRANSLATE_NOOP("SyncTables", "App"),
    )
    cells = (
        lambda d, _locale: d.name or d.device_id,
        lambda d, locale: moment_text(d.last_sync_at, locale),
        lambda d, locale: moment_text(d.last_read_at, locale),
        lambda d, _locale: d.app_version,
    )


def _in_effect(conflict: ConflictData, locale: str) -> str:
    """What this laptop shows now, named by the laptop it came from (often not this one)."""
    what = (
        QCoreApplication.translate("ConflictsModel", "deleted")
        if conflict.kind == "deleted"
        else isolate(_value(conflict.mine))
    )
    return f"{what} — {isolate(conflict.mine_device)}, {moment_text(conflict.mine_at, locale)}"


def _kept_aside(conflict: ConflictData, locale: str) -> str:
    if conflict.kind == "deleted":
        what = "; ".join(
            f"{f.replace('_', ' ')}: {isolate(_value(v))}" for f, v in conflict.theirs.items()
        )
    else:
        what = isolate(_value(conflict.theirs))
    return f"{what} — {isolate(conflict.theirs_device)}, {moment_text(conflict.theirs_at, locale)}"


class ConflictsModel(_ListModel[ConflictData]):
    headers = (
        QT_TRANSLATE_NOOP("SyncTables", "Record"),
        QT_TRANSLATE_NOOP("SyncTables", "Field"),
        QT_TRANSLATE_NOOP("SyncTables", "In effect"),
        QT_TRANSLATE_NOOP("SyncTables", "Kept aside"),
    )
    cells = (
        lambda c, _locale: c.record,
        lambda c, _locale: c.field.replace("_", " "),
        _in_effect,
        _kept_aside,
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The whole conflict in a sentence as the tooltip (which laptop did what)."""
        if role == Qt.ItemDataRole.ToolTipRole and index.isValid():
            return said(self.rows[index.row()].summary(), self.locale)
        return super().data(index, role)
