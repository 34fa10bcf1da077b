"""Choose the group's language and region by name ("French (France) — français (France)"), not
by a code like fr_FR that a volunteer has no reason to know. A typed code still works."""

from __future__ import annotations

import functools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from groupdesk.services.wording import isolate

#: Offered by name; any other locale can still be typed as a code (de_AT, ar_MA, …).
COMMON_LOCALES = (
    "en_GB", "en_US", "en_IE", "en_CA", "en_AU", "en_NZ", "en_IN", "en_ZA", "en_NG", "en_KE",
    "cy_GB", "ga_IE", "fr_FR", "fr_BE", "fr_CA", "fr_CH", "de_DE", "de_AT", "de_CH", "nl_NL",
    "nl_BE", "es_ES", "es_MX", "es_AR", "es_CO", "pt_PT", "pt_BR", "it_IT", "pl_PL", "ro_RO",
    "sv_SE", "nb_NO", "da_DK", "fi_FI", "el_GR", "tr_TR", "uk_UA", "ru_RU", "ar_EG", "ar_MA",
    "ar_SA", "fa_IR", "ur_PK", "hi_IN", "bn_BD", "sw_KE", "yo_NG", "am_ET", "zh_CN", "zh_TW",
    "ja_JP", "ko_KR", "vi_VN", "th_TH", "id_ID", "tl_PH",
)  # fmt: skip


@functools.cache
def locale_name(code: str) -> str:
    """'Arabic (Egypt) — العربية (مصر)': in English, then in its own words when they differ."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(code)
    except (ValueError, UnknownLocaleError):
        return code
    english, own = locale.get_display_name("en") or code, locale.get_display_name() or ""
    # The own name isolated: an Arabic or Persian name keeps its brackets in place.
    return english if own in ("", english) else f"{english} — {isolate(own)}"


@functools.cache
def canonical(code: str) -> str:
    """The spelling the group settings store ('en-gb' → 'en_GB', 'zh_CN' → 'zh_Hans_CN')."""
    from babel import Locale, UnknownLocaleError

    try:
        return str(Locale.parse(code.strip().replace("-", "_")))
    except (ValueError, UnknownLocaleError):
        return code.strip()


class LocalePicker(QComboBox):
    """`text()` is the locale code to store; `setText(code)` shows it by name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # As wide as the form gives it, not as wide as the longest name in the list.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        named = sorted(((locale_name(c), canonical(c)) for c in COMMON_LOCALES), key=lambda n: n[0])
        for name, code in named:
            self.addItem(name, code)
        completer = self.completer()
        assert completer is not None  # an editable combo box always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "french", "kenya", "عربي"
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def text(self) -> str:
        shown = self.currentText().strip()
        index = self.findText(shown, Qt.MatchFlag.MatchExactly)
        return str(self.itemData(index)) if index >= 0 else shown

    def setText(self, code: str) -> None:
        index = self.findData(canonical(code))
        if index < 0 and code.strip():
            self.addItem(locale_name(canonical(code)), canonical(code))
            index = self.count() - 1
        if index >= 0:
            self.setCurrentIndex(index)
        else:
            self.setEditText(code)
