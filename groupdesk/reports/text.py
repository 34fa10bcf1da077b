"""Text for ReportLab: every character in a font that has it, shaped, right-to-left in visual order.

ReportLab has no font fallback (DESIGN.md, platform notes), so a name like "Zoë", "Ана",
"محمد", "דוד", "राज", "김민수" or "李雷" is split into runs, each set in the first of the shipped
fonts (`groupdesk/resources/fonts`) whose character map has it. Arabic is joined into its letter
forms (`arabic-reshaper`) and right-to-left text put in visual order (`python-bidi`) first;
runs in scripts whose letters combine (Devanagari conjuncts, vowel signs written before their
consonant, Thai stacked marks) are shaped by HarfBuzz inside ReportLab. A character no font has
prints as REPLACEMENT, never as a blank. The fonts are embedded in every PDF, so a report prints
the same everywhere.
"""

from __future__ import annotations

import functools
import itertools
import re
import unicodedata
from collections.abc import Callable
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ParamSpec, TypeVar
from xml.sax.saxutils import escape

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
#: Printed, in the body font, for a character none of the fonts has.
REPLACEMENT = "\ufffd"
#: Hangul: jamo, compatibility jamo, extended jamo and syllables.
HANGUL = ((0x1100, 0x11FF), (0x3130, 0x318F), (0xA960, 0xA97F), (0xAC00, 0xD7FF))


@dataclass(frozen=True)
class Family:
    """A font family ReportLab sets runs of text in."""

    name: str
    regular: str
    #: None: bold text in this script prints in the regular face (one file less to ship).
    bold: str | None = None
    #: Letters that combine with their neighbours: HarfBuzz shapes the runs (needs uharfbuzz).
    shaped: bool = False
    #: Used only for these code point ranges, when set (the Hangul font also has Chinese
    #: characters, which should look like the rest of a Chinese name).
    only: tuple[tuple[int, int], ...] = ()

    @property
    def bold_name(self) -> str:
        return f"{self.name}-Bold" if self.bold else self.name


#: In the order a character is looked for.
FAMILIES = (
    Family("GDSans", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),  # Latin, Greek, Cyrillic
    Family("GDArabic", "NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    Family("GDHebrew", "NotoSansHebrew-Regular.ttf"),
    Family("GDDevanagari", "NotoSansDevanagari-Regular.ttf", shaped=True),
    Family("GDBengali", "NotoSansBengali-Regular.ttf", shaped=True),
    Family("GDTamil", "NotoSansTamil-Regular.ttf", shaped=True),
    Family("GDThai", "NotoSansThai-Regular.ttf", shaped=True),
    Family("GDGurmukhi", "NotoSansGurmukhi-Regular.ttf", shaped=True),
    Family("GDGujarati", "NotoSansGujarati-Regular.ttf", shaped=True),
    Family("GDTelugu", "NotoSansTelugu-Regular.ttf", shaped=True),
    Family("GDKannada", "NotoSansKannada-Regular.ttf", shaped=True),
    Family("GDMalayalam", "NotoSansMalayalam-Regular.ttf", shaped=True),
    Family("GDSinhala", "NotoSansSinhala-Regular.ttf", shaped=True),
    Family("GDKhmer", "NotoSansKhmer-Regular.ttf", shaped=True),
    Family("GDLao", "NotoSansLao-Regular.ttf", shaped=True),
    Family("GDMyanmar", "NotoSansMyanmar-Regular.ttf", shaped=True),
    Family("GDEthiopic", "NotoSansEthiopic-Regular.ttf"),
    Family("GDGeorgian", "NotoSansGeorgian-Regular.ttf"),
    Family("GDArmenian", "NotoSansArmenian-Regular.ttf"),
    Family("GDHangul", "NanumSquareR.ttf", only=HANGUL),
    Family("GDCJK", "DroidSansFallbackFull.ttf"),  # Chinese, Japanese kana and kanji
)
BODY_FONT = "GDSans"
BOLD_FONT = "GDSans-Bold"
SHAPED = frozenset(family.name for family in FAMILIES if family.shaped)
BOLD_NAMES = {family.name: family.bold_name for family in FAMILIES}
#: Families of right-to-left scripts, whose runs `visual` has already put in drawing order.
RIGHT_TO_LEFT = frozenset({"GDArabic", "GDHebrew"})
#: Spaces ReportLab breaks words at (not the no-break ones).
_BREAKING_SPACE = re.compile(r"[^\S\u00a0\u2007\u202f]")
#: The family of a character no font has (printed as REPLACEMENT in the body font).
MISSING = ""


@functools.cache
def register_fonts() -> dict[str, frozenset[int]]:
    """Register the shipped fonts with ReportLab (once); returns each family's code points."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    from groupdesk.reports.glyphs import ReadableFont

    covered: dict[str, frozenset[int]] = {}
    for family in FAMILIES:
        face = ReadableFont(family.name, str(FONT_DIR / family.regular))
        pdfmetrics.registerFont(face)
        if family.bold:
            pdfmetrics.registerFont(ReadableFont(family.bold_name, str(FONT_DIR / family.bold)))
        addMapping(family.name, 0, 0, family.name)
        addMapping(family.name, 0, 1, family.name)
        addMapping(family.name, 1, 0, family.bold_name)
        addMapping(family.name, 1, 1, family.bold_name)
        points = frozenset(face.face.charToGlyph)
        if family.only:
            points = frozenset(p for p in points if any(lo <= p <= hi for lo, hi in family.only))
        covered[family.name] = points
    return covered


@functools.lru_cache(maxsize=4096)
def _family_of(char: str) -> str:
    point = ord(char)
    return next((f for f, points in register_fonts().items() if point in points), MISSING)


#: Direction marks, embeddings and isolates: they only steer the order of the letters around
#: them, which `visual` settles, and Noto Sans draws them as a box. Babel starts an amount in
#: Arabic locales with one ("\u200f1,234.50 UK£"), which printed as a box before every amount.
_DIRECTION_CONTROLS = dict.fromkeys(
    [0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)]
)


def unmarked(text: str) -> str:
    """`text` without direction marks, embeddings and isolates (they take no ink)."""
    return text.translate(_DIRECTION_CONTROLS)


def visual(text: str) -> str:
    """`text` as it is drawn left to right: Arabic letters joined and right-to-left runs
    (Arabic, Hebrew) reversed, direction marks gone; text with no right-to-left letter is
    returned as it is."""
    if text.isascii():  # no right-to-left letter, no direction mark: most cells of a list
        return text
    return _recalled(_visual, text)


def _visual(text: str) -> str:
    text = unmarked(text)
    if all(unicodedata.bidirectional(c) not in ("R", "AL") for c in text):
        return text
    import arabic_reshaper
    from bidi.algorithm import get_display

    return str(get_display(arabic_reshaper.reshape(text)))


Params = ParamSpec("Params")
Result = TypeVar("Result")
Made = TypeVar("Made")
#: Within one report (`remembering_runs`): (how, text) → what it made of the text.
_REMEMBERED: ContextVar[dict[tuple[Callable[[str], Any], str], Any] | None] = ContextVar(
    "remembered_runs", default=None
)


def remembering_runs(write: Callable[Params, Result]) -> Callable[Params, Result]:
    """Decorates a report writer: within one call, `font_runs` splits each distinct text once
    and `visual` orders it once (a cell's text is split and ordered again when it becomes a
    paragraph, and roles and days repeat thousands of times in a roster). The memory ends with
    the report, so it never outlives a change of fonts."""

    @functools.wraps(write)
    def writing(*args: Params.args, **kwargs: Params.kwargs) -> Result:
        token = _REMEMBERED.set({})
        try:
            return write(*args, **kwargs)
        finally:
            _REMEMBERED.reset(token)

    return writing


def _recalled(make: Callable[[str], Made], text: str) -> Made:
    """`make(text)`, worked out once within a report (`remembering_runs`)."""
    remembered = _REMEMBERED.get()
    if remembered is None:
        return make(text)
    made: Made | None = remembered.get((make, text))
    if made is None:
        made = remembered[make, text] = make(text)
    return made


def font_runs(text: str) -> list[tuple[str, str]]:
    """(family, run) pieces of `text` (already in visual order): each character in the first
    family that has it (MISSING when none has). Spaces, digits, punctuation and combining marks
    stay in the run they are in, or join the run after them, so that a shaped word such as
    "(राज)" is one run in one font. Callers must not change the list (it may be remembered)."""
    return _recalled(_split_runs, text)


def _split_runs(text: str) -> list[tuple[str, str]]:
    covered = register_fonts()
    runs: list[tuple[str, str]] = []
    for index, char in enumerate(text):
        family = _family_of(char)
        if _neutral(char):
            before = runs[-1][0] if runs else MISSING
            if not (before and ord(char) in covered[before]):
                after = next((_family_of(c) for c in text[index + 1 :] if not _neutral(c)), "")
                if after and ord(char) in covered[after]:
                    family = after
            else:
                family = before
        if runs and runs[-1][0] == family:
            runs[-1] = (family, runs[-1][1] + char)
        else:
            runs.append((family, char))
    return runs


def _neutral(char: str) -> bool:
    return unicodedata.category(char)[0] in "ZPNM"


def unprintable(text: str) -> str:
    """The characters of `text` that no shipped font has (printed as REPLACEMENT), each once."""
    if text.isascii() and text.isprintable():  # the body font has every one
        return ""
    found = dict.fromkeys(c for c in text if _family_of(c) == MISSING and _visible(c))
    return "".join(found)


def _visible(char: str) -> bool:
    """Format characters (joiners, direction marks) take no ink: nothing is lost without them."""
    return unicodedata.category(char) != "Cf"


def wants_shaping(runs: list[tuple[str, str]]) -> bool:
    """Whether a paragraph of `runs` is to be shaped: when a script needs it, and no word mixes
    fonts. ReportLab shapes each word in the font of its first run, which would print the rest
    of a word like "Maria-राज" as empty boxes; such a paragraph prints unshaped, still whole."""
    if not any(family in SHAPED for family, _ in runs):
        return False
    return not any(
        not _BREAKING_SPACE.match(before[-1]) and not _BREAKING_SPACE.match(after[0])
        for (_, before), (_, after) in itertools.pairwise(runs)
    )


def markup_of(runs: list[tuple[str, str]], *, bold: bool = False) -> str:
    """Paragraph markup of `runs` for a paragraph in the body font (or its bold): escaped, each
    run in its font, missing characters replaced."""
    pieces = []
    for family, run in runs:
        if family == MISSING:
            pieces.append("".join(REPLACEMENT for c in run if _visible(c)))
        elif family == BODY_FONT:
            pieces.append(escape(run))
        else:
            pieces.append(f'<font name="{_face(family, bold)}">{escape(run)}</font>')
    return "".join(pieces)


def _face(family: str, bold: bool) -> str:
    return BOLD_NAMES[family] if bold else family


def paragraph_markup(text: str, *, bold: bool = False) -> tuple[str, bool]:
    """Paragraph markup of `text` (each run in a font that has it), and whether the paragraph
    is to be shaped. HarfBuzz lays right-to-left words out itself, so in a shaped paragraph
    they go back to reading order; and each font learns the words it will shape, so that the
    glyphs it makes read back as their letters (`glyphs.ReadableFont`)."""
    from reportlab.pdfbase.pdfmetrics import getFont

    from groupdesk.reports.glyphs import ReadableFont

    runs = font_runs(visual(text))
    shaped = wants_shaping(runs) and getFont(BODY_FONT).shapable  # False without uharfbuzz
    if shaped:
        runs = [(f, _reading_order(t) if f in RIGHT_TO_LEFT else t) for f, t in runs]
        for family, run in runs:
            font = getFont(_face(family, bold)) if family != MISSING else None
            if isinstance(font, ReadableFont):
                for word in run.split():
                    font.learn(word)
    return markup_of(runs, bold=bold), shaped


def _reading_order(run: str) -> str:
    return re.sub(r"\S+", lambda word: word[0][::-1], run)


def markup(text: str) -> str:
    """Paragraph markup of `text`: escaped, in visual order, each run in a font that has it."""
    return paragraph_markup(text)[0]
