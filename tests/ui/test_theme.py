"""Light, dark and high-contrast looks: chosen in Settings for this laptop, or the system's
followed, and readable in each (text against its background measured as WCAG does)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStyle,
    QStyleOptionSpinBox,
    QWidget,
)
from support.gui import settle, when_the_welcome_opens

import groupdesk.ui
from groupdesk.app import ensure_group, gui_settings_file
from groupdesk.config import DataPaths
from groupdesk.ui import palette
from groupdesk.ui.members.table_model import COLUMNS
from groupdesk.ui.palette import DARK, HIGH_CONTRAST, LIGHT, Colours, contrast_ratio
from groupdesk.ui.style import RING
from groupdesk.ui.theme import THEME_KEY, Theme, ThemeChoice, install_theme, system_look

pytestmark = pytest.mark.gui

#: What the app writes on what: (text, background), as names of a look's colours.
PAIRS = (
    ("window_text", "window"),
    ("text", "base"),
    ("text", "alternate_base"),
    ("button_text", "button"),
    ("highlighted_text", "highlight"),
    ("link", "base"),
    ("error", "base"),
    ("error", "window"),
    ("warning", "window"),
    ("quiet", "base"),
    ("on_accent", "accent"),
    ("card_title", "card"),
    ("text", "card"),
    ("text", "heading_row"),
    ("text", "reservation"),
    ("text", "loan"),
    ("text", "overdue"),
    ("text", "clash"),
    ("clash_text", "clash"),
)


@pytest.fixture(autouse=True)
def app_look(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    """The look is application-wide: each test leaves the one it found."""
    sheet, style = qapp.styleSheet(), qapp.style().name()
    yield
    theme = qapp.findChild(Theme)
    if theme is not None:
        theme.settings.remove(THEME_KEY)
        theme.system = system_look
    palette.use(LIGHT)
    qapp.setStyle(style)
    qapp.setPalette(QPalette())
    qapp.setStyleSheet(sheet)


def choose(main_window, name: str):  # type: ignore[no-untyped-def]
    """Choose `name` in Settings → Colours, as a person does (the combo's activated)."""
    page = main_window.show_page("settings")
    settle()
    combo = page.theme_combo
    index = combo.findData(name)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)
    QApplication.processEvents()
    return page


def the(role: QPalette.ColorRole, widget) -> QColor:  # type: ignore[no-untyped-def]
    return widget.palette().color(role)


def test_dark_in_settings_turns_the_window_dark_and_the_status_still_has_its_word(
    main_window, app_context
) -> None:  # type: ignore[no-untyped-def]
    assert the(QPalette.ColorRole.Window, main_window).lightness() > 180  # light to begin
    choose(main_window, "dark")
    assert app_context.settings.value(THEME_KEY) == "dark"  # this laptop's, remembered
    assert the(QPalette.ColorRole.Window, main_window).lightness() < 60
    assert the(QPalette.ColorRole.WindowText, main_window).lightness() > 200
    members = main_window.show_page("members")
    settle()
    table = members.table
    assert the(QPalette.ColorRole.Base, table).lightness() < 60
    assert the(QPalette.ColorRole.Text, table).lightness() > 200
    status = COLUMNS.index("status")
    words = {table.model().index(row, status).data() for row in range(table.model().rowCount())}
    assert words and all(word and word.strip() for word in words)  # a word, not a colour
    assert f"background: {DARK.accent}" in QApplication.instance().styleSheet()
    settings = main_window.show_page("settings")
    settings.name_edit.setText("")
    settings.save()  # a problem beside its field is in the dark look's error colour
    settle()
    error = settings.findChild(QLabel, "error-name")
    assert error.isVisible() and error.text()
    assert the(QPalette.ColorRole.WindowText, error) == QColor(DARK.error)


def test_the_first_start_welcome_wears_the_look_chosen_on_this_laptop(
    qtbot, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    paths = DataPaths(tmp_path / "GroupDesk")
    paths.root.mkdir()
    chosen = QSettings(str(gui_settings_file(paths)), QSettings.Format.IniFormat)
    chosen.setValue(THEME_KEY, "dark")
    chosen.sync()
    seen: dict[str, QColor] = {}

    def look(dialog) -> None:  # type: ignore[no-untyped-def]
        seen["window"] = the(QPalette.ColorRole.Window, dialog)
        seen["text"] = the(QPalette.ColorRole.WindowText, dialog)
        seen["field"] = the(QPalette.ColorRole.Base, dialog.name_edit)
        dialog.reject()

    when_the_welcome_opens(look)
    assert ensure_group(paths) is None
    assert seen["window"].lightness() < 60 and seen["field"].lightness() < 60
    assert seen["text"].lightness() > 200


@pytest.fixture
def choice(qtbot, tmp_path: Path) -> ThemeChoice:  # type: ignore[no-untyped-def]
    """Settings' Colours choice on its own, over a laptop's settings file, shown."""
    settings = QSettings(str(tmp_path / "gui-settings.ini"), QSettings.Format.IniFormat)
    install_theme(settings)
    combo = ThemeChoice(settings)
    qtbot.addWidget(combo)
    combo.show()
    return combo


def pick(combo: ThemeChoice, name: str) -> None:
    index = combo.findData(name)
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_high_contrast_gives_text_seven_to_one_against_its_background(choice) -> None:  # type: ignore[no-untyped-def]
    pick(choice, "high_contrast")
    for role_text, role_back in (
        (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
        (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
        (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
        (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    ):
        ratio = contrast_ratio(the(role_text, choice), the(role_back, choice))
        assert ratio >= 7, (role_text, role_back, ratio)
    look = palette.colours()
    assert look is HIGH_CONTRAST
    for text, back in PAIRS:
        ratio = contrast_ratio(QColor(getattr(look, text)), QColor(getattr(look, back)))
        assert ratio >= 7, (text, back, ratio)


def test_a_number_fields_arrows_show_in_high_contrast(qtbot, choice) -> None:  # type: ignore[no-untyped-def]
    """The Settings page's "Flag members not seen for": its arrows were black on black."""
    pick(choice, "high_contrast")
    spin = QSpinBox()
    qtbot.addWidget(spin)
    spin.resize(200, 30)
    spin.show()
    qtbot.waitExposed(spin)
    picture = spin.grab().toImage()
    option = QStyleOptionSpinBox()
    spin.initStyleOption(option)
    for arrow in (QStyle.SubControl.SC_SpinBoxUp, QStyle.SubControl.SC_SpinBoxDown):
        button = (
            spin.style()
            .subControlRect(QStyle.ComplexControl.CC_SpinBox, option, arrow, spin)
            .adjusted(3, 2, -3, -2)
        )  # inside the button's white edge
        bright = [
            (x, y)
            for x in range(button.left(), button.right())
            for y in range(button.top(), button.bottom())
            if picture.pixelColor(x, y).lightness() > 200
        ]
        assert len(bright) > 4, arrow


@pytest.mark.parametrize("look", [DARK, HIGH_CONTRAST])
def test_every_pair_in_the_dark_looks_is_readable(look: Colours) -> None:
    needed = 7 if look is HIGH_CONTRAST else 4.5
    for text, back in PAIRS:
        ratio = contrast_ratio(QColor(getattr(look, text)), QColor(getattr(look, back)))
        assert ratio >= needed, (look.name, text, back, round(ratio, 2))


def test_the_light_look_keeps_its_error_and_warning_words_readable() -> None:
    white = QColor("#ffffff")
    for name in ("error", "warning", "quiet", "link", "card_title"):
        assert contrast_ratio(QColor(getattr(LIGHT, name)), white) >= 4.5, name


def test_as_the_system_follows_a_change_of_mode_and_light_gives_the_system_look_back(
    choice, qapp
) -> None:  # type: ignore[no-untyped-def]
    changed = qapp.styleHints().colorSchemeChanged
    theme = qapp.findChild(Theme)
    theme.system = lambda _app: DARK  # the system turns dark…
    pick(choice, "light")
    changed.emit(Qt.ColorScheme.Dark)
    assert the(QPalette.ColorRole.Window, choice).lightness() > 180  # …Light was chosen
    pick(choice, "system")
    assert the(QPalette.ColorRole.Window, choice).lightness() < 60
    theme.system = lambda _app: LIGHT  # …and light again
    changed.emit(Qt.ColorScheme.Light)
    assert the(QPalette.ColorRole.Window, choice).lightness() > 180
    assert palette.colours() is LIGHT
    assert qapp.palette().resolveMask() == 0  # the platform's own palette, untouched


def test_no_colour_is_written_into_the_screens_outside_the_palette() -> None:
    """A colour named in a page or dialog would stay as it is in the dark and high-contrast
    looks (dark red on near-black); it belongs in ui/palette.py, by its meaning."""
    ui = Path(groupdesk.ui.__file__).parent
    colour = re.compile(r"#[0-9a-fA-F]{6}\b|QColor\(\"|GlobalColor\.(?!transparent)\w+")
    found = [
        f"{path.relative_to(ui)}:{number}: {line.strip()}"
        for path in sorted(ui.rglob("*.py"))
        if path.name != "palette.py"
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if colour.search(line)
    ]
    assert not found, "\n".join(found)


def faces(widget) -> tuple[QColor, QColor]:  # type: ignore[no-untyped-def]
    """A button's face (its commonest colour) and its text (the colour that stands out most)."""
    picture = widget.grab().toImage()
    seen = Counter(
        picture.pixelColor(x, y).name()
        for x in range(picture.width())
        for y in range(picture.height())
    )
    face = QColor(seen.most_common(1)[0][0])
    text = max((QColor(name) for name in seen), key=lambda colour: contrast_ratio(colour, face))
    return face, text


@pytest.mark.parametrize(("name", "needed"), [("dark", 4.5), ("high_contrast", 7)])
def test_a_disabled_button_reads_well_yet_is_plainly_off(
    qtbot, choice, name: str, needed: float
) -> None:  # type: ignore[no-untyped-def]
    """Its text was grey on a grey face: 2.6:1 in dark, 5.7:1 in high contrast (whose every
    pair is 7:1 or better); now on the window's colour, dimmer than a usable button's, inside a
    dashed edge."""
    pick(choice, name)
    row = QWidget()
    qtbot.addWidget(row)
    line = QHBoxLayout(row)
    usable, off = QPushButton("Add photo…"), QPushButton("Remove photo")
    off.setEnabled(False)
    line.addWidget(usable)
    line.addWidget(off)
    row.show()
    qtbot.waitExposed(row)
    face, text = faces(off)
    assert contrast_ratio(text, face) >= needed, (name, round(contrast_ratio(text, face), 2))
    assert text.lightness() < faces(usable)[1].lightness()  # dimmer than a button in use
    edge = off.grab().toImage()
    top = [edge.pixelColor(x, 0).name() for x in range(4, edge.width() - 4)]
    changes = sum(1 for left, right in pairwise(top) if left != right)
    assert changes > 10  # a dashed line, not a solid one


def test_the_chosen_page_in_the_sidebar_shows_keyboard_focus_once(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    """High contrast drew a dotted rectangle inside the yellow selection: a second frame."""
    choose(main_window, "high_contrast")
    main_window.activateWindow()
    qtbot.waitUntil(main_window.isActiveWindow)
    sidebar = main_window.sidebar
    sidebar.setFocus()
    qtbot.waitUntil(sidebar.hasFocus)
    QApplication.processEvents()
    item = sidebar.visualItemRect(sidebar.currentItem())
    picture = sidebar.viewport().grab().toImage()
    middle = item.center().y()
    line = [picture.pixelColor(x, middle) for x in range(item.left(), item.right())]
    text_starts = next(x for x, colour in enumerate(line) if colour.lightness() < 128)
    inside = {colour.name() for colour in line[RING:text_starts]}
    assert inside == {HIGH_CONTRAST.accent}, inside  # no second frame within the selection
    ring = [colour.name() for colour in line[:RING]]
    assert ring == [HIGH_CONTRAST.focus] * RING  # focus shown once, round the chosen page
    main_window.show_page("settings").name_edit.setFocus()
    qtbot.waitUntil(lambda: not sidebar.hasFocus())
    picture = sidebar.viewport().grab().toImage()
    assert picture.pixelColor(item.left(), middle).name() == HIGH_CONTRAST.accent


def test_the_report_preview_has_an_edge_in_high_contrast(qtbot, choice, app_context) -> None:  # type: ignore[no-untyped-def]
    """On black, the Reports page's preview had no edge at all: 'No report made yet.' floated
    on the page with nothing saying where its pages would show."""
    from groupdesk.ui.reports.preview import PdfPreview

    pick(choice, "high_contrast")
    preview = PdfPreview(app_context)
    qtbot.addWidget(preview)
    preview.resize(400, 300)
    preview.show()
    qtbot.waitExposed(preview)
    area = preview.scroll_area
    picture = area.grab().toImage()
    middle = area.height() // 2
    edge = picture.pixelColor(0, middle)
    assert edge == QColor(HIGH_CONTRAST.field_border), edge.name()
