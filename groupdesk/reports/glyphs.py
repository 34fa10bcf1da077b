"""Fonts whose shaped glyphs read back as the letters they stand for.

HarfBuzz draws a conjunct such as क्ष, a Tamil vowel ligature or a Thai stacked mark as a glyph
the font's character map does not have, and ReportLab maps such a glyph to a private-use code
point in the PDF's ToUnicode map: the page looks right, but a name copied or searched in a PDF
viewer loses those letters. A `ReadableFont` learns, for each word it is about to shape, which
letters each such glyph stands for, and writes them into the map instead.
"""

from __future__ import annotations

import logging
import unicodedata
from typing import Any

from reportlab.pdfbase.ttfonts import TTFont

log = logging.getLogger(__name__)

#: The OpenType features ReportLab shapes with (reportlab.pdfbase.ttfonts.shapeFragWord).
FEATURES = {"kern": True, "liga": True, "dlig": True}
#: Where ReportLab numbers the glyphs the character map does not have.
PRIVATE_USE = range(0xE000, 0xF900)


class ReadableFont(TTFont):
    """A TrueType font that remembers the letters behind its shaped glyphs."""

    def __init__(self, name: str, filename: str) -> None:
        super().__init__(name, filename)
        #: glyph id → the letters it was shaped from, for glyphs the character map lacks.
        self.letters: dict[int, str] = {}

    def learn(self, word: str) -> None:
        """Shape `word` as ReportLab will and remember what its unmapped glyphs stand for: in
        each cluster, the letters that neither a mapped glyph nor an already learnt one stands
        for. A cluster with several new glyphs (ि before a conjunct, त्रि) is learnt one letter
        shorter first (त्र), so that each glyph gets its own letters."""
        for letters, glyphs in self._clusters(word):
            unmapped = [glyph for glyph in glyphs if self._mapped(glyph) is None]
            if len(letters) > 1 and sum(glyph not in self.letters for glyph in unmapped) > 1:
                self.learn(letters[:-1])
            left = list(unicodedata.normalize("NFKD", letters))  # ำ is drawn as ํ and า
            for glyph in glyphs:
                for letter in self._mapped(glyph) or self.letters.get(glyph, ""):
                    if letter in left:
                        left.remove(letter)
            for index, glyph in enumerate(g for g in unmapped if g not in self.letters):
                self.letters[glyph] = "".join(left) if index == 0 else ""

    def _clusters(self, word: str) -> list[tuple[str, list[int]]]:
        """(letters, glyph ids) of each cluster of `word` shaped as ReportLab shapes it."""
        import uharfbuzz

        buffer = uharfbuzz.Buffer()
        buffer.cluster_level = uharfbuzz.BufferClusterLevel.MONOTONE_CHARACTERS
        buffer.add_str(word)
        buffer.guess_segment_properties()
        uharfbuzz.shape(self.hbFont(), buffer, FEATURES)
        clusters: dict[int, list[int]] = {}
        for info in buffer.glyph_infos:
            clusters.setdefault(info.cluster, []).append(info.codepoint)
        starts = sorted(clusters)
        ends = [*starts[1:], len(word)]
        return [(word[s:e], clusters[s]) for s, e in zip(starts, ends, strict=True)]

    def _mapped(self, glyph: int) -> str | None:
        """The character the font's own map gives `glyph`, if any."""
        mapping: dict[int, list[int]] = self.face.glyphToChar  # type: ignore[attr-defined]
        points = [p for p in mapping.get(glyph, ()) if p not in PRIVATE_USE]
        return chr(points[0]) if points else None

    def addObjects(self, doc: Any) -> None:
        """Write the font into `doc`, its ToUnicode maps giving learnt glyphs their letters.
        Only text a viewer copies depends on this: should ReportLab's insides change, the PDF
        is still written (with ReportLab's own maps) and the change logged."""
        subsets = [list(subset) for subset in self.state[doc].subsets]
        names = [self.getSubsetInternalName(n, doc)[1:] for n in range(len(subsets))]
        super().addObjects(doc)
        private = {point for subset in subsets for point in subset if point in PRIVATE_USE}
        if not private:
            return
        try:
            fonts = doc.idToObject["BasicFonts"].dict
            maps = [doc.idToObject[fonts[name].ToUnicode.name] for name in names]
        except (KeyError, AttributeError):
            log.warning("ReportLab's font objects changed: shaped glyphs copy as private use")
            return
        for cmap, subset in zip(maps, subsets, strict=True):
            for code, point in enumerate(subset):
                letters = self.letters.get(self.face.charToGlyph.get(point, -1))
                if point in private and letters is not None:
                    cmap.content = cmap.content.replace(
                        f"<{code:02X}> <{point:04X}>", f"<{code:02X}> <{_utf16(letters)}>"
                    )


def _utf16(text: str) -> str:
    """`text` as a ToUnicode destination: UTF-16BE in hex (nothing: a zero-width space)."""
    return (text or "\u200b").encode("utf-16-be").hex().upper()
