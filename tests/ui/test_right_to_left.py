"""Arabic, right to left: the window mirrors, and mixed Arabic and Latin text keeps its order
(a phone number, an email cut short, a dashboard line starting with a Latin name, a day)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QLabel, QStyleOptionViewItem, QTableView
from support.catalogues import build_catalogue
from support.gui import settle

from groupdesk.ui.language import Translations

pytestmark = pytest.mark.gui


def visual(text: str, font: QFont, direction: Qt.LayoutDirection) -> str:
    """`text` as it appears on screen, read left to right (the glyphs in the order Qt places
    them), in a paragraph of `direction` (LayoutDirectionAuto: the text's own, as a QLabel)."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setTextDirection(direction)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(100_000)
    layout.endLayout()
    placed = []
    for run in layout.glyphRuns(-1, -1, QTextLayout.GlyphRunRetrievalFlag.RetrieveAll):
        placed += [
            (at.x(), text[i]) for at, i in zip(run.positions(), run.stringIndexes(), strict=True)
        ]
    return "".join(char for _, char in sorted(placed) if char.isprintable())


@pytest.fixture
def arabic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The Arabic catalogue and Qt's own, as GroupDesk starts with Arabic chosen."""
    build_catalogue("ar", tmp_path)
    monkeypatch.setattr("groupdesk.ui.language.TRANSLATIONS", tmp_path)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)  # the catalogue's
    translations = Translations(app)
    assert translations.use("ar")
    assert app.layoutDirection() == Qt.LayoutDirection.RightToLeft  # qtbase_ar says so
    yield
    translations.use("en")
    app.setLayoutDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    assert app.layoutDirection() == Qt.LayoutDirection.LeftToRight


@pytest.fixture
def arabic_window(qtbot, arabic, app_context):  # type: ignore[no-untyped-def]
    from groupdesk.ui.main_window import MainWindow

    window = MainWindow(app_context)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    settle()
    yield window
    window.close()


def cell(view: QTableView, row: int, column: int) -> QStyleOptionViewItem:
    """What the view paints in a cell: its text, direction, alignment and elision."""
    index = view.model().index(row, column, QModelIndex())
    option = QStyleOptionViewItem()
    option.initFrom(view)
    option.textElideMode = view.textElideMode()  # type: ignore[attr-defined]
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    return option


def members_column(name: str) -> int:
    from groupdesk.ui.members.table_model import COLUMNS

    return COLUMNS.index(name)


def test_the_window_mirrors_with_the_sidebar_on_the_right(arabic_window) -> None:  # type: ignore[no-untyped-def]
    sidebar = arabic_window.sidebar
    assert arabic_window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert sidebar.mapTo(arabic_window, sidebar.rect().topLeft()).x() > arabic_window.width() // 2


def test_phone_numbers_in_order_and_emails_cut_at_their_end_in_an_arabic_list(
    arabic_window,
) -> None:  # type: ignore[no-untyped-def]
    view = arabic_window.show_page("members").table
    settle()
    model = view.model()
    phone, email = members_column("phone"), members_column("email")
    row = next(r for r in range(model.rowCount()) if model.index(r, phone).data())
    option = cell(view, row, phone)
    shown = visual(option.text, option.font, option.direction)  # type: ignore[attr-defined]
    assert shown == option.text and shown.startswith("+44")  # type: ignore[attr-defined]
    # Still on the side of the cell where the Arabic column heading is.
    assert option.displayAlignment & Qt.AlignmentFlag.AlignRight  # type: ignore[attr-defined]

    option = cell(view, row, email)
    text: str = option.text  # type: ignore[attr-defined]
    metrics = QFontMetrics(option.font)
    cut = metrics.elidedText(text, option.textElideMode, metrics.horizontalAdvance(text) // 2)  # type: ignore[attr-defined]
    shown = visual(cut, option.font, option.direction)  # type: ignore[attr-defined]
    assert shown.endswith("…") and shown.startswith(text[:4]), shown


def test_a_dashboard_line_starting_with_a_latin_name_reads_from_the_right(arabic_window) -> None:  # type: ignore[no-untyped-def]
    """The name first, at the right, and its day with the figures before the month."""
    page = arabic_window.show_page("dashboard")
    settle()
    line = next(
        label
        for label in page.findChildren(QLabel)
        if label.isVisible() and "Mehmet Kaya" in label.text() and "2026" in label.text()
    )
    shown = visual(line.text(), line.font(), Qt.LayoutDirection.LayoutDirectionAuto)
    assert shown.rstrip(":").endswith("Mehmet Kaya"), shown
    day = next(word for word in line.text().split(" ") if "2026" in word).strip("\u2068\u2069")
    assert day.replace("\u00a0", "") in shown.replace(" ", ""), (day, shown)
