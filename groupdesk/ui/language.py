"""The language of the app's screens: Qt Linguist catalogues (groupdesk/resources/translations,
built by scripts/translations) and Qt's own for its standard buttons, chosen per laptop and
person in the GUI settings (never the group's database, which every laptop shares)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

#: The QSettings key; absent (or "") follows the system's language.
LANGUAGE_KEY = "ui/language"
TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"
#: The language the code is written in: it needs no catalogue.
SOURCE_LANGUAGE = "en"
#: The application's property naming the language its screens are in now.
SCREENS_LANGUAGE = "groupdeskLanguage"


def screens_language() -> str:
    """The language the screens are in (English until a catalogue is installed)."""
    app = QCoreApplication.instance()
    return str(app.property(SCREENS_LANGUAGE) or SOURCE_LANGUAGE) if app else SOURCE_LANGUAGE


def languages() -> list[str]:
    """The languages the app can show, English first: one per Qt Linguist source."""
    found = sorted(path.stem.removeprefix("groupdesk_") for path in TRANSLATIONS.glob("*.ts"))
    return [SOURCE_LANGUAGE, *found]


def chosen_language(settings: QSettings) -> str:
    """The language chosen in Settings, or the system's (e.g. "es" on a Spanish laptop)."""
    chosen = str(settings.value(LANGUAGE_KEY, "") or "")
    return chosen or QLocale.system().name().split("_")[0]


class Translations:
    """The catalogues installed on the application; `use` swaps them for another language."""

    def __init__(self, app: QCoreApplication) -> None:
        self.app = app
        self.installed: list[QTranslator] = []
        self.language = SOURCE_LANGUAGE

    def use(self, language: str) -> bool:
        """Install `language`'s catalogues; False (the screens stay in English) when the app
        has none for it, or it was never built."""
        for translator in self.installed:
            self.app.removeTranslator(translator)
        self.installed = []
        self.language = SOURCE_LANGUAGE
        ours = language == SOURCE_LANGUAGE
        if not ours:
            qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            ours = self._install(f"groupdesk_{language}", str(TRANSLATIONS))
            if ours:
                self._install(f"qtbase_{language}", qt_folder)
                self.language = language
        self.app.setProperty(SCREENS_LANGUAGE, self.language)  # for days' words (ui/formats.py)
        return ours

    def _install(self, name: str, folder: str) -> bool:
        translator = QTranslator(self.app)  # parented: Qt keeps only a pointer to it
        if not translator.load(name, folder):
            return False
        self.app.installTranslator(translator)
        self.installed.append(translator)
        return True


class LanguageChoice(QWidget):
    """Settings' "Show the app in": stored for this laptop, used from the next start
    (every window would otherwise have to rebuild its text)."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.combo = QComboBox()
        self.combo.setObjectName("languageCombo")
        self.combo.setAccessibleName(self.tr("Language of the app"))
        self.combo.addItem(self.tr("As the system ({language})").format(language=_name(None)), "")
        for code in languages():
            self.combo.addItem(_name(code), code)
        self.label = QLabel(self.tr("Sho&w the app in"))
        self.label.setBuddy(self.combo)
        self.hint = QLabel(self.tr("A new language shows from the next start of GroupDesk."))
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.combo)
        layout.addWidget(self.hint)
        stored = str(settings.value(LANGUAGE_KEY, "") or "")
        self.combo.setCurrentIndex(max(0, self.combo.findData(stored)))
        self.combo.activated.connect(self._chosen)

    def _chosen(self, index: int) -> None:
        self.settings.setValue(LANGUAGE_KEY, str(self.combo.itemData(index)))


#: Names Qt's locale data gives with a country ("español de España"): this app's Spanish is
#: written for Spain and Latin America alike.
NAMES = {"en": "English", "es": "Español", "ar": "العربية"}


def _name(code: str | None) -> str:
    """A language in its own words ("Español", "العربية"), so a person finds theirs whatever
    language the screens are in now."""
    locale = QLocale.system() if code is None else QLocale(code)
    language = code or locale.name().split("_")[0]
    name = NAMES.get(language) or locale.nativeLanguageName() or language
    return name[:1].upper() + name[1:]
