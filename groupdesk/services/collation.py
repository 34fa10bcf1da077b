"""Sort keys and search keys for names in any script.

`sort_key` orders names the way a person expects across accents and scripts (Zoë beside Zoe,
Łukasz among the L's); `search_key` folds case and accents so typing `zoe` finds Zoë and
`lukasz` finds Łukasz; `match_key` adds a Latin transliteration (anyascii) so `ana` also finds
Ана and `li` finds 李雷. All are pure functions of the text, so every laptop computes the same.

Why not ICU: PyICU has no wheels on PyPI for Windows or macOS, so it would need a compiler and ICU
itself on Amara's laptop. These keys give the order a person expects for names within a script
(accents and case set aside first, then used to break ties) and keep scripts in Unicode's block
order (Latin, Greek, Cyrillic, Hebrew, Arabic, …, Han), as ICU's root collation also does.
docs/members.md ("Sorting names") says where they differ from ICU.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable

#: Separates the parts of a folded text that a typed word must not run across.
SEPARATOR = "\x1f"
_NOT_DIGIT = re.compile(r"\D")
#: A search that is a phone number, or part of one: digits, spaces and + - . ( ).
_PHONE_SEARCH = re.compile(r"[\s+\-.()]*\d[\d\s+\-.()]*")

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
    if text.isascii():  # nothing to decompose or fold but case: most names, every email
        return text.casefold()
    decomposed = unicodedata.normalize("NFKD", text.translate(_EXTRA_FOLDS))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


def match_key(text: str, folded: str | None = None) -> str:
    """`search_key`, followed by a Latin transliteration when the text holds other scripts;
    `folded`, when given, is the text's `search_key` already made (a member's stored sort key
    holds their name's: the Members table's load then folds 30,000 names fewer)."""
    if text.isascii():  # most names and every email: one call, not three (the table's load)
        return text.casefold()
    if folded is None:
        folded = search_key(text)
    if folded.isascii():
        return folded
    from anyascii import anyascii

    latin = search_key(anyascii(text))
    return folded if latin == folded else f"{folded}{SEPARATOR}{latin}"


def memo_fold() -> Callable[[str], str]:
    """`match_key` remembering its answers, for one pass over many records (a load of the
    Members table, a read of the search index): a group's roles, places and payees recur by the
    thousand, and the memo is dropped with the pass, so it is never stale."""
    return _Folded().__getitem__


class _Folded(dict[str, str]):
    """Texts to their `match_key`, each folded on first asking (a dict lookup after that)."""

    def __missing__(self, text: str) -> str:
        self[text] = key = match_key(text)
        return key


def sort_key(text: str) -> str:
    """A key whose plain string order is a sensible order of names.

    Primary: the folded letters; ties broken by the exact text, so `Zoe` and `Zoë` sit together
    in a stable order. Latin, Cyrillic, Arabic and Han names fall into their script blocks.
    """
    spaced = " ".join(text.split())
    return f"{search_key(spaced)}\x00{spaced}"


def search_words(search: str) -> list[str]:
    """The words a search looks for. A search of digits and phone punctuation ("7700 900",
    "+44 7700", "07700900301") is one word of its digits, leading zeros and a "(0)" dropped:
    phones are kept in international form (+44 7700 900301), so the national trunk 0 or an
    international 00 is not in them, and a shorter needle only ever finds more."""
    folded = match_key(search)
    if _PHONE_SEARCH.fullmatch(folded):
        digits = digits_of(folded.replace("(0)", ""))
        return [digits.lstrip("0") or digits]
    return folded.replace(SEPARATOR, " ").split()


def digits_of(text: str) -> str:
    """The digits of `text` alone (a phone number as a search finds it)."""
    return _NOT_DIGIT.sub("", text)
