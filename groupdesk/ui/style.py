"""The app's look: large, clear text and buttons for tired eyes on old laptops.

The text size is a choice of each laptop (Settings → Text size, or Ctrl+plus / Ctrl+minus
anywhere): every size in the style sheet grows with it, so headings stay headings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from groupdesk.ui.palette import LIGHT, Colours, colours

TEXT_SIZE_KEY = "view/text_size"
#: The ring round the sidebar's chosen page while the sidebar has keyboard focus, in pixels.
RING = 2
#: A number field's arrows for the white-on-black look (a style sheet draws none of its own).
ARROWS = (Path(__file__).resolve().parents[1] / "resources" / "arrows").as_posix()
NORMAL_TEXT = 11
#: The sizes offered (points); Ctrl+plus and Ctrl+minus step through them.
TEXT_SIZES = (11, 13, 15, 18, 22)


def style_sheet(points: float = NORMAL_TEXT, look: Colours = LIGHT) -> str:
    """The app's style sheet at a text size, in a look (light, dark, high contrast)."""
    scale = points / NORMAL_TEXT

    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    c = look
    # The sidebar's chosen page shows keyboard focus once, as a ring round it, instead of the
    # style's dotted rectangle inside the selection; on the light look's white, amber is faint.
    ring = c.focus if c.window else "palette(window-text)"
    return (
        f"""
QWidget {{ font-size: {pt(11)}; }}
QLabel#pageHeading {{ font-size: {pt(18)}; font-weight: 600; padding: 4px 0 8px 0; }}
QListWidget#sidebar {{ font-size: {pt(12)}; padding-top: 6px; outline: 0; }}
QListWidget#sidebar::item {{ padding: 9px 12px; border: {RING}px solid transparent; }}
QListWidget#sidebar::item:selected {{ background: {c.accent}; color: {c.on_accent}; }}
QListWidget#sidebar::item:selected:focus {{ border-color: {ring}; }}
QPushButton {{ padding: 6px 14px; }}
QPushButton#primary {{ background: {c.accent}; color: {c.on_accent}; font-weight: 600;
    border-radius: 4px; }}
QPushButton#primary:disabled {{ background: {c.accent_disabled}; color: {c.on_accent_disabled};
    border: 1px solid {c.on_accent_disabled}; }}
QPushButton#primary:focus {{ border: 2px solid {c.focus}; }}
QPushButton#link {{ border: none; padding: 2px 0; color: {c.link}; text-decoration: underline; }}
QPushButton#link:focus {{ border: 2px solid {c.focus}; }}
QFrame#card {{ background: {c.card}; border: 1px solid {c.card_border}; border-radius: 6px; }}
QLabel#cardTitle {{ color: {c.card_title}; font-weight: 600; }}
QLabel#cardFigure {{ font-size: {pt(20)}; font-weight: 600; }}
QLabel#clashBanner {{ background: {c.clash}; color: {c.clash_text}; border: 1px solid {c.error};
    border-radius: 4px; padding: 6px; }}
*[tone="error"] {{ color: {c.error}; }}
*[tone="warning"] {{ color: {c.warning}; }}
*[tone="strong-warning"] {{ color: {c.warning}; font-weight: 600; }}
"""
        + (_disabled_looks(c) if c.window else "")
        + (_field_borders(c) if c.field_border else "")
    )


def _disabled_looks(c: Colours) -> str:
    """A disabled button in the dark looks: its text on the window's own colour (the style puts
    grey on a grey face: 2.6:1 in dark, 5.7:1 in high contrast) inside a dashed edge, the way
    high-contrast system themes show what cannot be used, so it reads yet is plainly off."""
    return f"""
QPushButton:disabled, QPushButton#primary:disabled {{ background: {c.window};
    color: {c.disabled_text}; border: 1px dashed {c.disabled_text}; border-radius: 4px; }}
"""


def _field_borders(c: Colours) -> str:
    """Fields and tick boxes outlined, and a number field's arrows drawn: on black, the style
    draws their edges and arrows black too. The report preview too, or its empty page has no
    edge."""
    return f"""
QScrollArea#reportPreview {{ border: 1px solid {c.field_border}; }}
QLineEdit, QAbstractSpinBox, QComboBox, QPlainTextEdit, QTextEdit {{
    border: 1px solid {c.field_border}; padding: 2px; }}
QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {c.focus}; }}
QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled, QPlainTextEdit:disabled,
QTextEdit:disabled {{ border: 1px dashed {c.disabled_text}; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: 14px; height: 14px;
    border: 2px solid {c.field_border}; background: {c.base}; }}
QRadioButton::indicator {{ border-radius: 9px; }}
QCheckBox::indicator:checked, QRadioButton::indicator:checked {{ background: {c.highlight}; }}
QCheckBox:focus, QRadioButton:focus {{ border: 1px solid {c.focus}; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: 16px;
    background: {c.button}; border: 1px solid {c.field_border}; }}
QAbstractSpinBox::up-arrow {{ image: url({ARROWS}/up-white.svg); width: 10px; height: 6px; }}
QAbstractSpinBox::down-arrow {{ image: url({ARROWS}/down-white.svg); width: 10px; height: 6px; }}
"""


STYLE_SHEET = style_sheet()


def text_size(settings: QSettings) -> int:
    """This laptop's text size, in points (one of TEXT_SIZES)."""
    try:
        chosen = int(str(settings.value(TEXT_SIZE_KEY, NORMAL_TEXT)))
    except (TypeError, ValueError):
        return NORMAL_TEXT
    return min(TEXT_SIZES, key=lambda size: abs(size - chosen))


def set_text_size(settings: QSettings, points: int) -> int:
    """Remember `points` (the nearest offered size) for this laptop and use it now."""
    chosen = min(TEXT_SIZES, key=lambda size: abs(size - points))
    settings.setValue(TEXT_SIZE_KEY, chosen)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        app.setStyleSheet(style_sheet(chosen, colours()))
    return chosen


def step_text_size(settings: QSettings, steps: int) -> int:
    """One size larger (+1) or smaller (-1), within TEXT_SIZES."""
    index = TEXT_SIZES.index(text_size(settings)) + steps
    return set_text_size(settings, TEXT_SIZES[max(0, min(len(TEXT_SIZES) - 1, index))])
