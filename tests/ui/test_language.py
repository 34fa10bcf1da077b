"""The app's language: the Qt Linguist sources follow the code, and Settings chooses the
language the next start loads."""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from support.catalogues import ROOT, TOOLS, build_catalogue

from groupdesk.ui.language import LANGUAGE_KEY, TRANSLATIONS, Translations, chosen_language

pytestmark = pytest.mark.gui


def messages(ts: Path) -> set[tuple[str, str]]:
    """Each (context, English text) the .ts still holds for the code (not vanished ones)."""
    found = set()
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            kind = message.find("translation")
            if kind is None or kind.get("type") not in ("vanished", "obsolete"):
                found.add((name, message.findtext("source", "")))
    return found


@pytest.mark.parametrize("ts", sorted(TRANSLATIONS.glob("*.ts")), ids=lambda path: path.stem)
def test_each_translation_source_holds_every_string_of_the_code(ts: Path, tmp_path: Path) -> None:
    """scripts/translations update was run after the last change to a tr() string."""
    fresh = tmp_path / ts.name
    shutil.copy(ts, fresh)
    subprocess.run(
        [TOOLS / "pyside6-lupdate", "-silent", "-extensions", "py", "groupdesk", "-ts", fresh],
        cwd=ROOT,
        check=True,
    )
    # Strings the code no longer has do no harm: the next update marks them vanished.
    new = messages(fresh) - messages(ts)
    assert not new, f"run scripts/translations update, then translate: {sorted(new)[:5]}"


def test_the_language_chosen_in_settings_is_stored_for_this_laptop(qtbot, main_window) -> None:  # type: ignore[no-untyped-def]
    page = main_window.show_page("settings")
    combo = page.language_choice.combo
    assert combo.currentIndex() == 0  # as the system, until chosen
    spanish = combo.findData("es")
    assert combo.itemText(spanish) == "Español"
    combo.setCurrentIndex(spanish)
    combo.activated.emit(spanish)
    settings = main_window.context.settings
    assert settings.value(LANGUAGE_KEY) == "es"
    assert chosen_language(settings) == "es"


def test_spanish_catalogues_translate_the_sidebar_and_qt_buttons(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    build_catalogue("es", tmp_path)
    monkeypatch.setattr("groupdesk.ui.language.TRANSLATIONS", tmp_path)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translations = Translations(app)
    try:
        assert translations.use("es")
        assert QCoreApplication.translate("Sidebar", "Members") == "Miembros"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"
    finally:
        translations.use("en")
    assert QCoreApplication.translate("Sidebar", "Members") == "Members"
    assert not translations.use("xx")  # no catalogue: English stays


def test_no_setting_follows_the_system_language(tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "gui.ini"), QSettings.Format.IniFormat)
    from PySide6.QtCore import QLocale

    assert chosen_language(settings) == QLocale.system().name().split("_")[0]


def test_a_translation_fills_in_only_the_values_its_english_names() -> None:
    """A `{name}` the English lacks ('{dia}' for '{day}') would stop the sentence from being
    written at all (a KeyError where the reader expects a refusal), so each translation may
    use only the placeholders of its source, and may leave some out."""

    def names(text: str) -> set[str]:
        return set(re.findall(r"\{(\w*)(?:![rs])?(?::[^}]*)?\}", text))

    wrong = []
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        for message in ET.parse(ts).getroot().iter("message"):
            source, translation = message.findtext("source", ""), message.find("translation")
            if translation is None or translation.get("type") in ("vanished", "obsolete"):
                continue
            forms = [translation.text or ""] + [
                f.text or "" for f in translation.iter("numerusform")
            ]
            wrong += [(ts.name, source, form) for form in forms if not names(form) <= names(source)]
    assert not wrong, wrong[:5]
