"""Every colour the app draws itself, by what it means, in three looks: light, dark and high
contrast.

Colours are named for their meaning (`error`, `card`, `loan`), never for their hue, so a page
asks for "the error colour" and reads well in whichever look is in effect; the look is
application-wide, as Qt's own palette is, so `colours()` answers for the one `use()` set last
(`ui/theme.py` chooses it). Nothing may rely on colour alone: what a colour marks is also said
in words or with a sign (⚠).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget


@dataclass(frozen=True)
class Colours:
    """One look: the palette's roles (empty in the light look, which keeps the system's own)
    and the colours the app's style sheet and tables add."""

    name: str
    # Qt's palette roles; "" keeps the platform's.
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    disabled_text: str
    placeholder: str
    bright_text: str
    light: str
    mid: str
    dark: str
    # The app's own.
    accent: str  # primary buttons, the chosen page in the sidebar, budget bars
    on_accent: str
    accent_disabled: str
    on_accent_disabled: str
    focus: str  # the ring round a focused button
    link: str
    error: str  # a problem beside a field, over budget, a refused line
    warning: str
    quiet: str  # lines that matter less (already imported)
    card: str
    card_border: str
    card_title: str
    heading_row: str  # a table's group rows (the grants pipeline's stages)
    track: str  # behind a budget bar
    reservation: str  # the week view's cells
    loan: str
    overdue: str
    clash: str
    clash_text: str
    #: A line round every field and tick box, where the style's own would not show ("": none).
    field_border: str = ""


LIGHT = Colours(
    name="light",
    window="",
    window_text="",
    base="",
    alternate_base="",
    text="",
    button="",
    button_text="",
    highlight="",
    highlighted_text="",
    disabled_text="",
    placeholder="",
    bright_text="",
    light="",
    mid="",
    dark="",
    accent="#1f6f5c",
    on_accent="#ffffff",
    accent_disabled="#9bb8b0",
    on_accent_disabled="#ffffff",
    focus="#f2b134",
    link="#1f6f5c",
    error="#b00020",
    warning="#8a4b00",
    quiet="#666666",
    card="#f7faf9",
    card_border="#cfdcd8",
    card_title="#35524a",
    heading_row="#e8f0ee",
    track="#dde7e4",
    reservation="#e3ecf9",
    loan="#dcefe8",
    overdue="#fbe3c8",
    clash="#f6d0d0",
    clash_text="#5c0011",
)

DARK = Colours(
    name="dark",
    window="#1e1f22",
    window_text="#e8e8e8",
    base="#26282b",
    alternate_base="#2d3034",
    text="#e8e8e8",
    button="#34373b",
    button_text="#e8e8e8",
    highlight="#2d7d69",
    highlighted_text="#ffffff",
    disabled_text="#8a8f94",
    placeholder="#9aa0a6",
    bright_text="#ffffff",
    light="#4a4e53",
    mid="#2c2e32",
    dark="#141517",
    accent="#23725f",
    on_accent="#ffffff",
    accent_disabled="#3a4d48",
    on_accent_disabled="#9aa5a2",
    focus="#f2b134",
    link="#7cc9b4",
    error="#ff8a80",
    warning="#ffb74d",
    quiet="#a8adb3",
    card="#26292d",
    card_border="#3e4449",
    card_title="#9fd3c4",
    heading_row="#2b3a36",
    track="#3a3f44",
    reservation="#23344d",
    loan="#1f3b31",
    overdue="#4d3519",
    clash="#52232a",
    clash_text="#ffd6d6",
)

#: For low vision: white on black, yellow for what is chosen, every pair at least 7:1.
HIGH_CONTRAST = Colours(
    name="high_contrast",
    window="#000000",
    window_text="#ffffff",
    base="#000000",
    alternate_base="#1a1a1a",
    text="#ffffff",
    button="#262626",
    button_text="#ffffff",
    highlight="#ffff00",
    highlighted_text="#000000",
    disabled_text="#b0b0b0",
    placeholder="#d0d0d0",
    bright_text="#ffffff",
    light="#ffffff",
    mid="#c0c0c0",
    dark="#ffffff",
    accent="#ffff00",
    on_accent="#000000",
    accent_disabled="#000000",
    on_accent_disabled="#b0b0b0",
    focus="#00ffff",
    link="#00ffff",
    error="#ff8080",
    warning="#ffd700",
    quiet="#ffffff",
    card="#000000",
    card_border="#ffffff",
    card_title="#ffffff",
    heading_row="#262626",
    track="#404040",
    reservation="#002b57",
    loan="#003d1f",
    overdue="#4d2600",
    clash="#5c0000",
    clash_text="#ffffff",
    field_border="#ffffff",
)

LOOKS = {look.name: look for look in (LIGHT, DARK, HIGH_CONTRAST)}

_ROLES = {
    "window": QPalette.ColorRole.Window,
    "window_text": QPalette.ColorRole.WindowText,
    "base": QPalette.ColorRole.Base,
    "alternate_base": QPalette.ColorRole.AlternateBase,
    "text": QPalette.ColorRole.Text,
    "button": QPalette.ColorRole.Button,
    "button_text": QPalette.ColorRole.ButtonText,
    "highlight": QPalette.ColorRole.Highlight,
    "highlighted_text": QPalette.ColorRole.HighlightedText,
    "placeholder": QPalette.ColorRole.PlaceholderText,
    "bright_text": QPalette.ColorRole.BrightText,
    "light": QPalette.ColorRole.Light,
    "mid": QPalette.ColorRole.Mid,
    "dark": QPalette.ColorRole.Dark,
    "link": QPalette.ColorRole.Link,
}

_in_effect = LIGHT


def colours() -> Colours:
    """The look in effect, for a table's colours (asked at each paint, so they follow a change)."""
    return _in_effect


def use(look: Colours) -> None:
    """Make `look` the one `colours()` answers (the application's palette is set by the theme)."""
    global _in_effect
    _in_effect = look


def qpalette(look: Colours) -> QPalette:
    """Qt's palette for `look`; an empty one (the platform's own) for the light look."""
    palette = QPalette()
    if not look.window:
        return palette
    for field, role in _ROLES.items():
        palette.setColor(role, QColor(getattr(look, field)))
    palette.setColor(QPalette.ColorRole.ToolTipBase, QColor(look.alternate_base))
    palette.setColor(QPalette.ColorRole.ToolTipText, QColor(look.text))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(look.disabled_text))
    return palette


def set_tone(widget: QWidget, tone: str) -> None:
    """Colour `widget`'s text by meaning ("error", "warning", "" for none) through the style
    sheet's `[tone=...]` rules, so it follows a change of look."""
    widget.setProperty("tone", tone)
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)


def relative_luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of an sRGB colour."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def contrast_ratio(first: QColor, second: QColor) -> float:
    """WCAG 2's contrast ratio, 1 to 21: 4.5 is enough for normal text, 7 for low vision."""
    lighter, darker = sorted(map(relative_luminance, (first, second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
