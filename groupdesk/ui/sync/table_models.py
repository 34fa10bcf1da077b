"""Table models of the Sync page: the laptops seen, and the conflicts to review."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from groupdesk.services.sync.conflicts import ConflictData
from groupdesk.services.sync.status import DeviceSeen
from groupdesk.ui.dates import local_time

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


def _value(value: Any) -> str:
    if value is None or value == "":
        return "(empty)"
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value)


class _ListModel(QAbstractTableModel, Generic[Row]):
    headers: tuple[str, ...] = ()
    cells: tuple[Callable[[Any], str], ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
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
        return self.cells[index.column()](self.rows[index.row()])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.headers[section])
        return None


class DevicesModel(_ListModel[DeviceSeen]):
    headers = ("Laptop", "Last synced", "Last read here", "App")
    cells = (
        lambda d: d.name or d.device_id,
        lambda d: local_time(d.last_sync_at),
        lambda d: local_time(d.last_read_at),
        lambda d: d.app_version,
    )


class ConflictsModel(_ListModel[ConflictData]):
    headers = ("Record", "Field", "Mine (in effect)", "Theirs")
    cells = (
        lambda c: c.record,
        lambda c: c.field.replace("_", " "),
        lambda c: f"{_value(c.mine)} — {c.mine_device}, {local_time(c.mine_at)}",
        lambda c: f"{_value(c.theirs)} — {c.theirs_device}, {local_time(c.theirs_at)}",
    )
