"""The sync recovery sheet, printed: the join code large, what it is, and how to use it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from groupdesk.reports.recovery_sheet import save_recovery_sheet
from groupdesk.services.sync.keys import RecoverySheet

SHEET = RecoverySheet(
    group_name="جيران النهر",
    group_id="0190e2a4-0000-7000-8000-00000000000a",
    join_code="GD1-ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-6789",
    folder="/media/USB STICK/GroupDesk sync",
    made_on=date(2026, 11, 24),
)


def test_the_pdf_holds_the_code_what_it_is_and_how_to_join(tmp_path: Path) -> None:
    out = tmp_path / "sheet.pdf"
    save_recovery_sheet(SHEET, out, paper_size="Letter")
    [page] = PdfReader(out).pages
    text = " ".join(page.extract_text().split())
    assert SHEET.join_code in page.extract_text().replace("\n", "")  # over two lines
    for part in (
        "keep it like a house key",
        "cannot be opened again",
        "To add a laptop",
        SHEET.folder,
        SHEET.group_id,
        "2026-11-24",
    ):
        assert part in text
    assert [round(float(v)) for v in page.mediabox[2:]] == [612, 792]


def test_any_other_name_gets_the_plain_text_sheet(tmp_path: Path) -> None:
    out = tmp_path / "sheet.txt"
    save_recovery_sheet(SHEET, out)
    text = out.read_text(encoding="utf-8")
    assert text == SHEET.text()
    assert SHEET.join_code in text and SHEET.group_name in text
    assert all(len(line) <= 78 for line in text.splitlines()[2:])
