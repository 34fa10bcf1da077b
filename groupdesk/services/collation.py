"""Sort keys and search keys for names in any script.

`sort_key` orders names the way a person expects across accents and scripts (Zoë beside Zoe,
Łukasz among the L's); `search_key` folds case and accents so typing `zoe` finds Zoë and
`lukasz` finds Łukasz. Both are pure functions of the text, so every laptop computes the same.
"""

from __future__ import annotations

import unicodedata

# Letters that Unicode does not decompose into a base letter plus an accent.
_EXTRA_FOLDS = str.maketrans(
    {
        "ł": "l",
        "Ł": "l",
        "ø": "o",
        "Ø": "o",
        "đ": "d",
        "Đ": "d",
        "ß": "ss",
        "æ": "ae",
        "Æ": "ae",
        "œ": "oe",
        "Œ": "oe",
        "ı": "i",
        "ħ": "h",
        "þ": "th",
        "ð": "d",
    }
)


def search_key(text: str) -> str:
    """Case- and accent-folded text, for matching what a person types."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLDS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def sort_key(text: str) -> str:
    """A key whose plain string order is a sensible order of names.

    Primary: the folded letters; ties broken by the exact text, so `Zoe` and `Zoë` sit together
    in a stable order. Latin, Cyrillic, Arabic and Han names fall into their script blocks.
    """
    return f"{search_key(text).strip()}\x00{text}"
