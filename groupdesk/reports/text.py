"""Text for ReportLab: every character in a font that has it, Arabic shaped and in visual order.

ReportLab has no font fallback and does not shape Arabic as people read it (DESIGN.md, platform
notes), so a name like "Zoë", "Łukasz", "Ана", "محمد" or "李雷" is split into runs, each set in
the first of the shipped fonts (`groupdesk/resources/fonts`) whose character map has it; Arabic
is first joined into its letter forms (`arabic-reshaper`) and put in visual order
(`python-bidi`). The fonts are embedded in every PDF, so a report prints the same everywhere.
"""

from __future__ import annotations

import functools
import unicodedata
from pathlib import Path
from typing import Literal
from xml.sax.saxutils import escape

FONT_DIR = Path(__file__).resolve().parent.parent / "resources" / "fonts"
#: Font families in the order a character is looked for: name → (regular file, bold file).
FAMILIES = {
    "GDSans": ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
    "GDArabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    "GDCJK": ("DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"),
}
BODY_FONT = "GDSans"
BOLD_FONT = "GDSans-Bold"


@functools.cache
def register_fonts() -> dict[str, frozenset[int]]:
    """Register the shipped fonts with ReportLab (once); returns each family's code points."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    covered: dict[str, frozenset[int]] = {}
    for family, (regular, bold) in FAMILIES.items():
        face = TTFont(family, str(FONT_DIR / regular))
        pdfmetrics.registerFont(face)
        pdfmetrics.registerFont(TTFont(f"{family}-Bold", str(FONT_DIR / bold)))
        faces: tuple[tuple[Literal[0, 1], Literal[0, 1], str], ...] = (
            (0, 0, family),
            (1, 0, f"{family}-Bold"),
            (0, 1, family),
            (1, 1, f"{family}-Bold"),
        )
        for is_bold, is_italic, name in faces:
            addMapping(family, is_bold, is_italic, name)
        covered[family] = frozenset(face.face.charToGlyph)
    return covered


def visual(text: str) -> str:
    """`text` as it is drawn left to right: Arabic letters joined and right-to-left runs
    reversed; text with no Arabic is returned as it is."""
    if not any("\u0600" <= c <= "\u06ff" or "\u0750" <= c <= "\u077f" for c in text):
        return text
    import arabic_reshaper
    from bidi.algorithm import get_display

    return str(get_display(arabic_reshaper.reshape(text)))


def font_runs(text: str) -> list[tuple[str, str]]:
    """(family, run) pieces of `text` (already in visual order): each character in the first
    family that has it; spaces, digits and punctuation stay in the run they are in."""
    covered = register_fonts()
    runs: list[tuple[str, str]] = []
    for char in text:
        current = runs[-1][0] if runs else None
        neutral = unicodedata.category(char)[0] in "ZPN"
        if current is not None and neutral and ord(char) in covered[current]:
            family = current
        else:
            family = next((f for f, points in covered.items() if ord(char) in points), BODY_FONT)
        if runs and runs[-1][0] == family:
            runs[-1] = (family, runs[-1][1] + char)
        else:
            runs.append((family, char))
    return runs


def markup(text: str) -> str:
    """Paragraph markup of `text`: escaped, shaped, each run in a font that has it."""
    return "".join(
        escape(run) if family == BODY_FONT else f'<font name="{family}">{escape(run)}</font>'
        for family, run in font_runs(visual(text))
    )
