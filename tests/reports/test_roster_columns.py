"""How the roster shares the page's width among its columns, and how a cell that needs more
than one line is made and drawn: the fewest entries wrapped, never a word broken."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth

from groupdesk.reports.document import CELL_PADDING, cell, paragraph_styles
from groupdesk.reports.roster import _column_widths, write_roster
from groupdesk.reports.text import BODY_FONT, register_fonts
from groupdesk.services.members.records import add_member
from groupdesk.services.workspace import Workspace

#: An A4 page's text width, and the cells' size.
WIDTH, SIZE = 461.39, 9
TODAY = date(2026, 11, 24)


@pytest.fixture(autouse=True, scope="module")
def _fonts() -> None:
    register_fonts()


def _needs(text: str) -> float:
    return stringWidth(text, BODY_FONT, SIZE) + CELL_PADDING + 2


def _row(name: str, roles: str = "", email: str = "") -> tuple[str, ...]:
    return (name, roles, "+44\u00a07700\u00a0900123", email, "3\u00a0Aug\u00a02026")


def test_a_role_is_never_broken_inside_a_word_however_long_the_emails() -> None:
    """Found in the 100,000-member roster: the emails took 40 % of the page and the roles
    column was left narrower than "coordinator", printed as "coordinat or"."""
    texts = [
        _row("Ana Pereira", "coordinator", f"member.{n}@neighbourhood-association.example.org")
        for n in range(20)
    ]
    widths = _column_widths(texts, WIDTH, SIZE)
    assert widths[1] >= _needs("coordinator")
    assert sum(widths) == pytest.approx(WIDTH)


def test_when_every_entry_fits_none_wraps_and_what_is_left_widens_names_and_roles() -> None:
    texts = [_row("Ana Pereira", "treasurer", "ana@example.org"), _row("Bo Li")]
    name, roles, phone, email, joined = _column_widths(texts, WIDTH, SIZE)
    assert email == pytest.approx(_needs("ana@example.org"))
    assert phone == pytest.approx(_needs(texts[0][2]))
    assert name > _needs("Ana Pereira") and roles > _needs("treasurer")
    assert name + roles + phone + email + joined == pytest.approx(WIDTH)


def test_when_not_everything_fits_the_columns_leave_the_fewest_entries_wrapped() -> None:
    """Many long names and a few long emails: the names get their room, the few emails
    wrap (the old shares wrapped every name to give the emails their longest)."""
    long_name = "Maximiliana Featherstonehaugh"
    long_email = "a.very.long.address.indeed@neighbourhood-association.example.org"
    texts = [_row(long_name, "", "ana@example.org") for _ in range(50)]
    texts += [_row("Bo Li", "", long_email) for _ in range(3)]
    name, _roles, _phone, email, _joined = _column_widths(texts, WIDTH, SIZE)
    assert name >= _needs(long_name)
    assert email < _needs(long_email)


words = st.text(st.characters(codec="latin-1", categories=["L"]), min_size=1, max_size=14)
entries = st.lists(words, max_size=4).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(entries, entries, words, entries), max_size=25))
def test_the_columns_fill_the_page_and_no_word_is_narrower_than_its_column(
    rows: list[tuple[str, str, str, str]],
) -> None:
    texts = [_row(name, roles, email) for name, roles, email, _more in rows]
    widths = _column_widths(texts, WIDTH, SIZE)
    assert sum(widths) == pytest.approx(WIDTH)
    longest = [
        max([_needs(word) for row in texts for word in row[column].split()] + [_needs(head)])
        for column, head in ((0, "Name"), (1, "Roles"), (3, "Email"))
    ]
    if longest[0] + longest[1] + _needs("Email") <= widths[0] + widths[1] + widths[3]:
        assert widths[0] >= longest[0] - 1e-6
        assert widths[1] >= longest[1] - 1e-6


def test_a_long_plain_text_becomes_lines_that_each_fit_and_read_as_the_text() -> None:
    style = paragraph_styles()["cell"]
    made = cell("Ana  Maria da Silva Pereira dos Santos", style, 80)
    assert isinstance(made, str)
    lines = made.split("\n")
    assert len(lines) > 1
    assert " ".join(lines) == "Ana Maria da Silva Pereira dos Santos"
    assert all(
        stringWidth(line, style.fontName, style.fontSize) <= 80 - CELL_PADDING for line in lines
    )


def test_a_word_wider_than_its_column_or_right_to_left_text_stays_a_paragraph() -> None:
    style = paragraph_styles()["cell"]
    assert not isinstance(cell("averyveryverylongaddress@example.org", style, 60), str)
    assert not isinstance(cell("محمد الخطيب محمد الخطيب", style, 40), str)
    assert not isinstance(cell("李雷 and friends of the group", style, 40), str)


def test_a_name_on_several_lines_is_drawn_in_its_column_and_its_row_makes_room(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    long_name = "Maximiliana Bartholomew Featherstonehaugh-Fitzwilliam Cholmondeley"
    for name in (long_name, "Zoe Adams"):
        add_member(
            group_workspace.uow(),
            values={"full_name": name, "consent_roster": True, "joined_on": "2024-03-01"},
            today=TODAY,
        )
    out = tmp_path / "roster.pdf"
    write_roster(group_workspace.uow(), out, today=TODAY)
    pieces: list[tuple[str, float, float]] = []

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            pieces.append((text.strip(), cm[4] + tm[4], cm[5] + tm[5]))

    PdfReader(out).pages[0].extract_text(visitor_text=visit)
    name_x = next(x for text, x, _y in pieces if text == "Name")
    lines = [(text, x, y) for text, x, y in pieces if text.split()[0] in long_name.split()]
    assert " ".join(text for text, _x, _y in lines) == long_name
    assert len(lines) > 1, "the long name was not wrapped"
    assert [round(y) for _t, _x, y in lines] == sorted({round(y) for _t, _x, y in lines})[::-1]
    assert all(abs(x - name_x) < 1 for _t, x, _y in lines)
    zoe_y = next(y for text, _x, y in pieces if text.startswith("Zoe Adams"))
    assert zoe_y < min(y for _t, _x, y in lines)
