"""The language-and-region picker: names a volunteer recognises, codes for the settings."""

from __future__ import annotations

import pytest

from groupdesk.ui.widgets.locale_picker import LocalePicker

pytestmark = pytest.mark.gui


@pytest.fixture
def picker(qtbot) -> LocalePicker:  # type: ignore[no-untyped-def]
    widget = LocalePicker()
    qtbot.addWidget(widget)
    return widget


def test_a_code_is_shown_by_name_and_read_back_as_the_code(picker) -> None:  # type: ignore[no-untyped-def]
    picker.setText("en_GB")
    assert picker.currentText() == "English (United Kingdom)"
    assert picker.text() == "en_GB"
    picker.setText("ar_EG")
    assert (
        picker.currentText().startswith("Arabic (Egypt) — ") and "العربية" in picker.currentText()
    )
    assert picker.text() == "ar_EG"


def test_typing_part_of_a_name_offers_it(picker) -> None:  # type: ignore[no-untyped-def]
    completer = picker.completer()
    completer.setCompletionPrefix("kenya")
    offered = [completer.completionModel().index(row, 0).data() for row in range(5)]
    assert any(name and name.startswith("Swahili (Kenya)") for name in offered)


def test_a_typed_code_not_in_the_list_still_works_and_a_known_one_is_named(picker) -> None:  # type: ignore[no-untyped-def]
    picker.setEditText("de_LU")
    assert picker.text() == "de_LU"  # the settings service checks and canonicalises it
    picker.setText("de_LU")
    assert picker.currentText().startswith("German (Luxembourg)") and picker.text() == "de_LU"
