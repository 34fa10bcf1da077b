"""What text records may hold: control characters are refused wherever they are typed."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from groupdesk.services.text_rules import refused_character, typed_text


def test_every_control_character_is_refused_and_nothing_else() -> None:
    """The refused set is exactly Unicode's category Cc, for every code point."""
    refused = {
        code
        for code in range(sys.maxunicode + 1)
        if refused_character(chr(code), several_lines=False) is not None
    }
    assert refused == {
        code for code in range(sys.maxunicode + 1) if unicodedata.category(chr(code)) == "Cc"
    }


@pytest.mark.parametrize("char", ["\t", "\n", "\r"])
def test_a_field_of_several_lines_takes_tab_and_new_lines_only(char: str) -> None:
    assert refused_character(f"one{char}two", several_lines=True) is None
    assert refused_character(f"one{char}two", several_lines=False) == char
    assert refused_character("one\x0btwo\x85", several_lines=True) == "\x0b"


def test_the_first_refused_character_is_named() -> None:
    with pytest.raises(ValueError, match=r"control character \(NUL\)"):
        typed_text("Ana\x00\x1b[2J", several_lines=False)
    assert typed_text("Ana \u202eSilva", several_lines=False) == "Ana Silva"
