"""The small read-only tables of a record's detail pane (a member's roles, an item's loans) and
its History tab, shared by every area's detail so they read and size alike."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractItemView, QTableWidget, QTableWidgetItem

from groupdesk.services.history import HistoryEvent
from groupdesk.services.wording import field_label, isolate, value_text
from groupdesk.ui.messages import said
from groupdesk.ui.words import HISTORY, listed, word


def record_table(headers: Sequence[str], name: str) -> QTableWidget:
    """A read-only table of whole rows, its cells wrapping."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    table.setWordWrap(True)
    return table


def fill_table(table: QTableWidget, rows: Sequence[Sequence[str]], room: int) -> None:
    """Show `rows` (each cell's text in its tooltip too), sized to `room` pixels: the width of
    the pane, since a table on a tab not shown yet may still have a stale size."""
    table.setRowCount(len(rows))
    for row, cells in enumerate(rows):
        for column, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            table.setItem(row, column, item)
    fit_columns(table, room)
    table.resizeRowsToContents()


def fit_columns(table: QTableWidget, room: int) -> None:
    """Every column but the last as wide as it needs, together at most 60% of `room` (narrowed
    alike, their text wraps); the last (a note, what changed) takes the rest and wraps, so it
    is never pushed out of sight."""
    unit = table.fontMetrics().averageCharWidth()
    room -= 2 * table.frameWidth() + 6 * unit
    widths = []
    for column in range(table.columnCount() - 1):
        table.resizeColumnToContents(column)
        widths.append(min(table.columnWidth(column), 18 * unit))
    scale = min(1.0, 0.6 * room / max(sum(widths), 1))
    header = table.horizontalHeader()
    widths = [
        max(int(width * scale), header.sectionSizeFromContents(column).width())
        for column, width in enumerate(widths)
    ]
    for column, width in enumerate(widths):
        table.setColumnWidth(column, width)
    table.setColumnWidth(len(widths), max(room - sum(widths), 12 * unit))


def history_headers() -> list[str]:
    return [
        QCoreApplication.translate("History", "When (UTC)"),
        QCoreApplication.translate("History", "Laptop"),
        QCoreApplication.translate("History", "What"),
        QCoreApplication.translate("History", "Changed"),
    ]


def history_rows(
    events: Sequence[HistoryEvent],
    moment: Callable[[datetime], str],
    day: Callable[[date], str],
    locale: str,
) -> list[tuple[str, str, str, str]]:
    """The History tab's rows: when, on which laptop ("this laptop" and "another laptop (…id)"
    in the reader's words), what happened to which record, and what changed."""

    # The order of the words is the language's: "added member" is "miembro: alta" in Spanish.
    what = QCoreApplication.translate("History", "{action} {record}")
    how = QCoreApplication.translate("History", "{what} ({relation})")
    return [
        (
            moment(event.at),
            said(event.device_name, locale),
            _what(event, what, how),
            what_changed(event, day),
        )
        for event in events
    ]


def _what(event: HistoryEvent, what: str, how: str) -> str:
    said = what.format(action=word(HISTORY, event.action), record=word(HISTORY, event.record))
    return how.format(what=said, relation=word(HISTORY, event.relation)) if event.relation else said


def what_changed(event: HistoryEvent, day: Callable[[date], str]) -> str:
    """'How: call, Note: Exams stress' for a record added; 'Phone → +44 1' for a change; a day
    the group's way ('Joined → 1 Mar 2024')."""
    # Each value isolated: an Arabic name keeps the sentence around it in order.
    if event.action == "added":
        return listed(
            f"{field_label(field)}: {isolate(value_text(value, day))}"
            for field, value in event.fields
        )
    return listed(
        f"{field_label(field)} → {isolate(value_text(value, day))}" if value else field_label(field)
        for field, value in event.fields
    )
