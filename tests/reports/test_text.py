"""Text for the PDFs: each run of characters in a font that has them, Arabic shaped, markup safe."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader

from groupdesk.reports.document import Letterhead, para, paragraph_styles, write_pdf
from groupdesk.reports.text import font_runs, markup, visual


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
