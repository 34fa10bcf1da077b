"""Light, dark or high contrast: the system's choice followed as it changes, or the person's
own, stored per laptop (Settings → Colours) like the language and the text size.

Qt tells the system's light or dark mode (`QStyleHints.colorScheme`) and, from Qt 6.10, a
request for high contrast (`QAccessibilityHints.contrastPreference`); where it cannot tell
(older Qt, or a desktop that does not say), the choice in Settings is the way there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QWidget

from groupdesk.ui import palette
from groupdesk.ui.palette import DARK, HIGH_CONTRAST, LIGHT, LOOKS, Colours
from groupdesk.ui.style import style_sheet, text_size

#: The QSettings key; absent (or "system") follows the system.
THEME_KEY = "view/theme"
SYSTEM = "system"
THEMES = (SYSTEM, LIGHT.name, DARK.name, HIGH_CONTRAST.name)
#: Draws every part of a widget from the palette (the Windows styles keep some parts light).
PALETTE_STYLE = "Fusion"


def chosen_theme(settings: QSettings) -> str:
    chosen = str(settings.value(THEME_KEY, SYSTEM) or SYSTEM)
    return chosen if chosen in THEMES else SYSTEM


def system_look(app: QApplication) -> Colours:
    """The look the system asks for: high contrast before dark, else light."""
    hints = app.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
    if (
        accessibility is not None
        and accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast
    ):
        return HIGH_CONTRAST
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


class Theme(QObject):
    """The look on the application, kept in step with Settings and (when it is followed) with
    the system's mode as it changes."""

    def __init__(self, app: QApplication, settings: QSettings) -> None:
        super().__init__(app)
        self.app, self.settings = app, settings
        #: Reads the system's wish (a test stands in for a system that changes its mode).
        self.system = system_look
        self.own_style = app.style().name()
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self._system_changed)
        accessibility = getattr(hints, "accessibility", None)
        if accessibility is not None:
            accessibility().contrastPreferenceChanged.connect(self._system_changed)

    def apply(self) -> Colours:
        """Put the chosen look on every window now; returns it."""
        chosen = chosen_theme(self.settings)
        look = self.system(self.app) if chosen == SYSTEM else LOOKS[chosen]
        if look is palette.colours() and look is LIGHT and self.app.palette().resolveMask() == 0:
            return look  # the platform's own look is on already: leave its style sheet alone
        wanted_style = self.own_style if look is LIGHT else PALETTE_STYLE
        if self.app.style().name().casefold() != wanted_style.casefold():
            self.app.setStyle(wanted_style)
        palette.use(look)
        self.app.setPalette(palette.qpalette(look))
        self.app.setStyleSheet(style_sheet(text_size(self.settings), look))
        return look

    def _system_changed(self, *_: object) -> None:
        if chosen_theme(self.settings) == SYSTEM:
            self.apply()


def install_theme(settings: QSettings) -> Theme:
    """The application's one Theme (made on first use), reading `settings`, applied now."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    theme = app.findChild(Theme)
    if theme is None:
        theme = Theme(app, settings)
    theme.settings = settings
    theme.apply()
    return theme


class ThemeChoice(QComboBox):
    """Settings' "Colours": as the system, light, dark or high contrast, used at once."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("themeCombo")
        self.setAccessibleName(self.tr("Colours"))
        names = {
            SYSTEM: self.tr("As the system"),
            LIGHT.name: self.tr("Light"),
            DARK.name: self.tr("Dark"),
            HIGH_CONTRAST.name: self.tr("High contrast (white on black)"),
        }
        for key in THEMES:
            self.addItem(names[key], key)
        self.setCurrentIndex(max(0, self.findData(chosen_theme(settings))))
        # No Alt+letter: Settings already gives every letter of "Colours" to another field.
        self.label = QLabel(self.tr("Colours"))
        self.label.setBuddy(self)
        self.activated.connect(self._chosen)

    def _chosen(self, index: int) -> None:
        self.settings.setValue(THEME_KEY, str(self.itemData(index)))
        install_theme(self.settings)
