"""Text for the PDFs: each run of characters in a font that has them, Arabic shaped, markup safe."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader

from groupdesk.reports.document import Letterhead, para, paragraph_styles, write_pdf
from groupdesk.reports.text import font_runs, markup, remembering_runs, unprintable, visual


def test_each_script_gets_a_font_that_has_it() -> None:
    runs = font_runs(visual("Zoë Ñúñez, Ана 李雷 محمد"))
    assert [family for family, _ in runs] == ["GDSans", "GDCJK", "GDArabic"]
    assert "".join(text for _, text in runs).startswith("Zoë Ñúñez, Ана ")


def test_text_without_arabic_is_left_as_it_is_and_arabic_is_joined() -> None:
    assert visual("Łukasz Nowak") == "Łukasz Nowak"
    shaped = visual("محمد")
    assert shaped != "محمد" and all("\ufe70" <= c <= "\ufeff" for c in shaped)  # joined forms


def test_markup_characters_in_a_name_print_as_themselves(tmp_path: Path) -> None:
    name = 'Tom & Jerry <Lewis> "the <b>" O\'Brien'
    assert "<b>" not in markup(name)
    out = tmp_path / "names.pdf"
    write_pdf(
        out, Letterhead("Group & Co", "Names", "today"), [para(name, paragraph_styles()["body"])]
    )
    text = PdfReader(out).pages[0].extract_text()
    assert name in text and "Group & Co" in text


#: A name in each script a group's members are likely to write, and the font it prints in.
NAMES_BY_FAMILY = {
    "דוד כהן": "GDHebrew",
    "राज कुमार": "GDDevanagari",
    "রাজু দাস": "GDBengali",
    "கமலா ராஜா": "GDTamil",
    "สมชาย ใจดี": "GDThai",
    "አበበ ቢቂላ": "GDEthiopic",
    "ნინო ბერიძე": "GDGeorgian",
    "Արամ Պետրոսյան": "GDArmenian",
    "김민수": "GDHangul",
    "ਹਰਮਨ ਕੌਰ": "GDGurmukhi",
    "ગીતા પટેલ": "GDGujarati",
    "రాము": "GDTelugu",
    "ರಾಜು": "GDKannada",
    "രാജു": "GDMalayalam",
    "සුමනා": "GDSinhala",
    "សុខា": "GDKhmer",
    "ສີດາ": "GDLao",
    "သူဇာ": "GDMyanmar",
    "Γιώργος Παπαδόπουλος": "GDSans",
}


def _pdf_text(tmp_path: Path, *texts: str, group: str = "Group") -> str:
    out = tmp_path / "texts.pdf"
    body = paragraph_styles()["body"]
    write_pdf(out, Letterhead(group, "Names", "today"), [para(text, body) for text in texts])
    return unicodedata.normalize("NFKC", PdfReader(out).pages[0].extract_text())


def test_names_in_every_script_are_set_in_a_font_of_their_script() -> None:
    for name, family in NAMES_BY_FAMILY.items():
        assert {f for f, _ in font_runs(visual(name))} == {family}, name


def test_a_korean_name_is_in_the_hangul_font_and_a_chinese_name_is_not() -> None:
    assert font_runs("김李") == [("GDHangul", "김"), ("GDCJK", "李")]


def test_punctuation_opening_a_word_goes_with_the_letters_after_it() -> None:
    assert font_runs("(राज)") == [("GDDevanagari", "(राज)")]


def _text_maps(path: Path) -> str:
    """The ToUnicode maps of the fonts on the first page: which letters each glyph stands for."""
    fonts = PdfReader(path).pages[0]["/Resources"]["/Font"].values()
    return "\n".join(font.get_object()["/ToUnicode"].get_data().decode() for font in fonts)


def test_devanagari_is_shaped_vowel_sign_before_its_consonant_and_conjuncts_joined(
    tmp_path: Path,
) -> None:
    text = _pdf_text(tmp_path, "किशोर", "क्षमा")
    kishor = text.splitlines()[0]
    # ि is written after क but drawn before it (and so read back before it)
    assert kishor == "िकशोर"
    # क्ष is one glyph standing for its three letters, not क, a visible halant and ष
    assert "<0915094D0937>" in _text_maps(tmp_path / "texts.pdf")


#: Names whose letters HarfBuzz draws as glyphs of their own (conjuncts, ligatures, stacked
#: marks): the PDF maps each such glyph back to its letters.
CLUSTERED = ["क्षमा श्रीवास्तव", "রবীন্দ্রনাথ ঠাকুর", "முத்து", "สมศักดิ์ ใจดี"]


def test_names_with_conjuncts_and_ligatures_read_back_whole(tmp_path: Path) -> None:
    lines = _pdf_text(tmp_path, *CLUSTERED).splitlines()
    for name, line in zip(CLUSTERED, lines, strict=False):
        assert "".join(line.split()) == "".join(name.split())


def test_a_vowel_sign_drawn_before_its_conjunct_reads_back_with_every_letter(
    tmp_path: Path,
) -> None:
    """Learnt one letter shorter first: त्र is one glyph, ि another."""
    line = _pdf_text(tmp_path, "त्रिपाठी").splitlines()[0]
    assert line == "ित्रपाठी"  # every letter, the vowel sign where it is drawn


def test_right_to_left_words_in_a_shaped_paragraph_still_read_right_to_left(
    tmp_path: Path,
) -> None:
    """HarfBuzz lays out right-to-left words itself: they must not be reversed twice."""
    text = _pdf_text(tmp_path, "علي राज", "כהן राज")
    assert "علي" in text and "כהן" in text
    assert "يلع" not in text and "ןהכ" not in text


def test_a_word_mixing_scripts_prints_every_letter(tmp_path: Path) -> None:
    text = _pdf_text(tmp_path, "Maria-राज")
    assert "Maria-राज" in text and "\uffff" not in text


def test_a_character_no_font_has_prints_as_a_replacement(tmp_path: Path) -> None:
    assert unprintable("Sam 🌻 Lee\u200d") == "🌻"  # a joiner takes no ink: nothing lost
    assert unprintable("Zoë דוד राज 김 李") == ""
    assert "Sam � Lee" in _pdf_text(tmp_path, "Sam 🌻 Lee")


def test_a_group_name_in_another_script_heads_the_page_in_bold(tmp_path: Path) -> None:
    text = _pdf_text(tmp_path, "body", group="جمعية राज")
    assert "राज" in text
    out = tmp_path / "texts.pdf"
    fonts = {
        str(font.get_object()["/BaseFont"]).split("+")[-1]
        for font in PdfReader(out).pages[0]["/Resources"]["/Font"].values()
    }
    assert {"NotoSansArabic-Bold", "NotoSansDevanagari-Regular"} <= fonts


def test_a_report_splits_each_text_into_runs_once_and_forgets_them_after() -> None:
    @remembering_runs
    def report() -> tuple[object, object]:
        return font_runs("Zoë محمد"), font_runs("Zoë محمد")

    first, again = report()
    assert first is again
    assert first == font_runs("Zoë محمد")
    assert font_runs("Zoë محمد") is not font_runs("Zoë محمد")  # outside a report: nothing kept


def test_reportlab_uses_its_c_accelerator() -> None:
    """`reportlab[accel]` is a dependency: without `_rl_accel` every string width and number
    in a PDF is worked out in Python (the roster took 2.7 times a bare table)."""
    from reportlab.lib import rl_accel

    assert rl_accel.fp_str.__module__ == "_rl_accel"
    assert rl_accel.instanceStringWidthTTF.__module__ == "_rl_accel"
