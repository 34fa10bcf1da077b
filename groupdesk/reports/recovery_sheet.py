"""The sync recovery sheet as a page to print and keep somewhere safe: the join code large and
easy to type again, what it is and what losing it means, and how a laptop joins with it."""

from __future__ import annotations

from pathlib import Path

from groupdesk.reports.document import Letterhead, para, paragraph_styles, table, write_pdf
from groupdesk.reports.text import BOLD_FONT
from groupdesk.services.output_files import write_output
from groupdesk.services.sync.keys import RecoverySheet

TITLE = "Sync recovery sheet"
#: Groups of the join code per printed line: short enough to read and type back without loss.
GROUPS_PER_LINE = 5


def code_lines(code: str) -> list[str]:
    """The join code in lines of a few groups, each line but the last ending in its dash."""
    groups = code.split("-")
    return [
        "-".join(groups[i : i + GROUPS_PER_LINE])
        + ("-" if i + GROUPS_PER_LINE < len(groups) else "")
        for i in range(0, len(groups), GROUPS_PER_LINE)
    ]


def save_recovery_sheet(sheet: RecoverySheet, path: Path, *, paper_size: str = "A4") -> None:
    """Save the sheet to `path`: a PDF to print if it ends in .pdf, else plain text."""
    if path.suffix.lower() == ".pdf":
        _write_pdf(sheet, path, paper_size)
        return
    write_output(path, sheet.text().encode("utf-8"), field="file")


def _write_pdf(sheet: RecoverySheet, path: Path, paper_size: str) -> None:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Spacer

    styles = paragraph_styles()
    code = ParagraphStyle("code", styles["body"], fontName=BOLD_FONT, fontSize=20, leading=28)
    facts = table(
        [
            [para(label, styles["head"]), para(value, styles["cell"])]
            for label, value in sheet.facts()
        ],
        [30 * mm, None],
        ("LEFTPADDING", (0, 0), (0, -1), 0),  # in line with the text above
    )
    story = [
        para(TITLE, styles["title"]),
        Spacer(1, 4 * mm),
        para(RecoverySheet.WARNING, styles["body"]),
        Spacer(1, 8 * mm),
        para("Join code", styles["head"]),
        *(para(line, code) for line in code_lines(sheet.join_code)),
        Spacer(1, 8 * mm),
        facts,
        Spacer(1, 8 * mm),
        para(RecoverySheet.HOW_TO_JOIN, styles["body"]),
    ]
    letterhead = Letterhead(
        group_name=sheet.group_name,
        title=TITLE,
        printed_on=f"made {sheet.made_on.isoformat()}",
        paper_size=paper_size,
    )
    write_pdf(path, letterhead, story)
