"""The membership roster PDF, read back as a person would see it: who is on it, in what order,
in every script, on the group's paper, and nothing half-written when it fails."""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from support.meeting_reports import pdf_text, readable

from groupdesk.errors import ValidationError
from groupdesk.reports import document
from groupdesk.reports.roster import write_roster
from groupdesk.services.members.erasure import forget_member
from groupdesk.services.members.merge import merge_members
from groupdesk.services.members.records import add_member, delete_member
from groupdesk.services.members.roles import add_role
from groupdesk.services.settings import create_group, set_logo, update_settings
from groupdesk.services.workspace import Workspace

TODAY = date(2026, 11, 24)
LISTED = [
    "李雷",
    "Zoë Ñúñez",
    "Łukasz Nowak",
    "Ана Петрова",
    "محمد الخطيب",
    "Zoe Adams",
    "Ángel Ruiz",
]
#: How a person expects them in order: accents and case aside, Latin, then Cyrillic, Arabic, Han.
EXPECTED_ORDER = [
    "Ángel Ruiz",
    "Łukasz Nowak",
    "Sam Unreachable",
    "Zoe Adams",
    "Zoë Ñúñez",
    "Ана Петрова",
    "محمد الخطيب",
    "李雷",
]


def _add(workspace: Workspace, name: str, **values: object) -> str:
    return add_member(
        workspace.uow(),
        values={"full_name": name, "joined_on": "2024-03-01", **values},
        today=TODAY,
    ).id


@pytest.fixture
def group(group_workspace: Workspace) -> Workspace:
    for name in LISTED:
        _add(group_workspace, name, consent_roster=True, consent_contact=True, phone="07700 900123")
    _add(group_workspace, "Nadia Private", consent_roster=False, email="nadia@example.org")
    _add(group_workspace, "Lena Left", consent_roster=True, status="left", left_on="2025-01-01")
    _add(
        group_workspace,
        "Sam Unreachable",
        consent_roster=True,
        consent_contact=False,
        phone="07700 900999",
        email="sam@example.org",
    )
    return group_workspace


def test_the_roster_lists_who_agreed_in_the_order_people_expect(
    group: Workspace, tmp_path: Path
) -> None:
    out = tmp_path / "roster.pdf"
    result = write_roster(group.uow(), out, today=TODAY)
    assert (result.listed, result.not_listed, result.pages) == (len(LISTED) + 1, 1, 1)
    text = readable(pdf_text(out))
    positions = [text.find(name) for name in EXPECTED_ORDER]
    assert -1 not in positions, text
    assert positions == sorted(positions)
    assert "Nadia Private" not in text and "nadia@example.org" not in text
    assert "Lena Left" not in text
    assert "Sam Unreachable" in text  # listed, but not to be contacted:
    assert "sam@example.org" not in text and "900999" not in text
    assert "1 other active member is not listed" in text
    assert "+44 7700 900123" in text.replace("\u00a0", " ")
    assert "Test Group" in text and "Page 1 of 1" in text and "made on 24 Nov 2026" in text


def test_only_live_active_members_are_listed_or_counted_with_the_roles_held_that_day(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    def added(name: str, **values: object) -> str:
        return _add(group_workspace, name, **{"consent_roster": True, **values})

    treasurer = added("Tess Treasurer")
    add_role(group_workspace.uow(), member_id=treasurer, role="treasurer", started_on=TODAY)
    add_role(
        group_workspace.uow(),
        member_id=treasurer,
        role="secretary",
        started_on=date(2024, 1, 1),
        ended_on=date(2025, 1, 1),
    )
    delete_member(group_workspace.uow(), member_id=added("Dee Deleted"))
    forget_member(group_workspace.uow(), member_id=added("Fay Forgotten"), today=TODAY)
    keep = added("Mo Merged")
    merge_members(group_workspace.uow(), keep_id=keep, other_id=added("Mo Merged Twice"))
    added("Una Unlisted", consent_roster=False)
    added("Ida Inactive", status="inactive")
    out = tmp_path / "roster.pdf"
    result = write_roster(group_workspace.uow(), out, today=TODAY)
    assert (result.listed, result.not_listed) == (2, 1)
    text = readable(pdf_text(out))
    assert "Tess Treasurer" in text and "treasurer" in text and "secretary" not in text
    assert "Mo Merged" in text and "Mo Merged Twice" not in text
    for gone in ("Dee Deleted", "Fay Forgotten", "Una Unlisted", "Ida Inactive"):
        assert gone not in text


def test_every_script_is_printed_in_an_embedded_font(group: Workspace, tmp_path: Path) -> None:
    out = tmp_path / "roster.pdf"
    write_roster(group.uow(), out, today=TODAY)
    fonts = set()
    for page in PdfReader(out).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert font["/Subtype"] == "/TrueType"
            assert "/FontFile2" in font["/FontDescriptor"]  # embedded, not left to the reader
            fonts.add(str(font["/BaseFont"]).split("+")[-1])
    assert {"NotoSans-Regular", "NotoSansArabic-Regular", "DroidSansFallback"} <= fonts


def test_the_roster_is_on_the_groups_paper_and_runs_to_as_many_pages_as_it_needs(
    group: Workspace, tmp_path: Path
) -> None:
    for number in range(150):
        _add(group, f"Member {number:03d}", consent_roster=True)
    update_settings(group.uow(), paper_size="Letter")
    out = tmp_path / "roster.pdf"
    result = write_roster(group.uow(), out, today=TODAY)
    pages = PdfReader(out).pages
    assert result.pages == len(pages) > 3
    assert [round(float(v)) for v in pages[0].mediabox[2:]] == [612, 792]  # US Letter
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1].extract_text()
    # The header row heads every page, once (not again inside a page every 100 rows).
    assert [page.extract_text().count("Joined") for page in pages] == [1] * len(pages)


def test_the_groups_logo_is_printed_at_the_top(group: Workspace, tmp_path: Path, logo_png) -> None:  # type: ignore[no-untyped-def]
    set_logo(group.uow(), image=logo_png)
    out = tmp_path / "roster.pdf"
    write_roster(group.uow(), out, today=TODAY)
    assert PdfReader(out).pages[0].images  # the logo, drawn on the page


def test_a_roster_that_fails_leaves_the_last_good_file_and_no_litter(
    group: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "reports" / "roster.pdf"
    write_roster(group.uow(), out, today=TODAY)
    good = out.read_bytes()

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the printer caught fire")

    monkeypatch.setattr(document._PageCounter, "canvas_maker", broken)
    with pytest.raises(RuntimeError):
        write_roster(group.uow(), out, today=TODAY)
    assert out.read_bytes() == good
    assert [p.name for p in out.parent.iterdir()] == ["roster.pdf"]


def test_a_path_that_cannot_be_written_is_named(group: Workspace, tmp_path: Path) -> None:
    (tmp_path / "a-file").write_text("not a folder")
    with pytest.raises(ValidationError, match="cannot be written") as raised:
        write_roster(group.uow(), tmp_path / "a-file" / "roster.pdf", today=TODAY)
    assert "file" in raised.value.errors
    with pytest.raises(ValidationError, match=r"should end in \.pdf"):
        write_roster(group.uow(), tmp_path / "roster.txt", today=TODAY)


#: A name in each script a group's members are likely to write (issue 9: these printed blank).
EVERY_SCRIPT = [
    "דוד כהן",
    "राज कुमार",
    "김민수",
    "Γιώργος Παπαδόπουλος",
    "สมชาย ใจดี",
    "রাজু দাস",
    "கமலா ராஜா",
    "አበበ ቢቂላ",
    "ნინო ბერიძე",
    "Արամ Պետրոսյան",
    "ਹਰਮਨ ਕੌਰ",
    "ગીતા પટેલ",
    "రాము",
    "ರಾಜು",
    "രാജു",
    "සුමනා",
    "សុខា",
    "ສີດາ",
    "သူဇာ",
]
#: pdftoppm's resolution: pixels per point.
SCALE = 2


def _baselines(path: Path) -> dict[str, tuple[float, float]]:
    """Where each piece of text on the first page starts: text → (x, y) in points."""
    found: dict[str, tuple[float, float]] = {}

    def visit(text: str, cm: list[float], tm: list[float], *_: object) -> None:
        if text.strip():
            found.setdefault(text.strip(), (cm[4] + tm[4], cm[5] + tm[5]))

    PdfReader(path).pages[0].extract_text(visitor_text=visit)
    return found


def _ink(image: Image.Image, box: tuple[float, float, float, float], height: float) -> int:
    """Dark pixels inside `box` (left, bottom, right, top in PDF points) of a rendered page."""
    left, bottom, right, top = box
    crop = image.convert("L").crop(
        (
            int(left * SCALE),
            int((height - top) * SCALE),
            int(right * SCALE),
            int((height - bottom) * SCALE),
        )
    )
    return sum(crop.histogram()[:128])


def test_a_name_in_every_script_prints_reads_back_and_is_not_blank(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm (poppler-utils, which scripts/setup installs) renders the page")
    for number, name in enumerate(EVERY_SCRIPT):
        _add(
            group_workspace,
            name,
            consent_roster=True,
            consent_contact=True,
            phone=f"07700 9001{number:02d}",
        )
    out = tmp_path / "roster.pdf"
    result = write_roster(group_workspace.uow(), out, today=TODAY)
    assert result.warnings == ()
    text = "".join(unicodedata.normalize("NFKC", pdf_text(out)).split())
    for name in EVERY_SCRIPT:
        assert "".join(name.split()) in text, name

    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(72 * SCALE),
            "-png",
            "-f",
            "1",
            "-l",
            "1",
            str(out),
            str(tmp_path / "page"),
        ],
        check=True,
    )
    page = Image.open(tmp_path / "page-1.png")
    height = float(PdfReader(out).pages[0].mediabox[3])
    at = _baselines(out)
    name_left, roles_left = at["Name"][0], at["Roles"][0]
    for number, name in enumerate(EVERY_SCRIPT):
        # the name's row is the row of its phone number (drawn with the cells after it)
        _, baseline = next(at[text] for text in at if f"9001{number:02d}" in text)
        cell = (name_left, baseline - 2, roles_left - 4, baseline + 7)
        assert _ink(page, cell, height) > 40, f"{name} printed blank"


def test_a_character_no_font_has_is_printed_as_a_replacement_and_the_member_named(
    group: Workspace, tmp_path: Path
) -> None:
    _add(group, "Sunny 🌻 Day", consent_roster=True)
    out = tmp_path / "roster.pdf"
    result = write_roster(group.uow(), out, today=TODAY)
    assert result.warnings == (
        "Sunny 🌻 Day: 🌻 (U+1F33B) cannot be printed (no font has it) and shows as \ufffd.",
    )
    text = pdf_text(out)
    assert "Sunny \ufffd Day" in text  # in the list, a visible mark where the flower was
    assert "Sunny \ufffd Day: \ufffd (U+1F33B) cannot be printed" in text  # and said at the top


def test_without_a_date_the_roster_is_dated_by_the_workspaces_clock(
    make_workspace: Callable[..., Workspace], tmp_path: Path
) -> None:
    """'reports roster FILE' and the Members page give no date: it comes from the clock."""
    noon = datetime(2026, 11, 24, 12, tzinfo=UTC)
    workspace = make_workspace("dated", now_millis=lambda: int(noon.timestamp() * 1000))
    create_group(workspace.uow(), name="Dated Group", currency="GBP")
    _add(workspace, "Ana Lima", consent_roster=True)
    out = tmp_path / "roster.pdf"
    write_roster(workspace.uow(), out)
    assert "made on 24 Nov 2026" in pdf_text(out)


def test_an_empty_roster_says_why_it_is_empty_and_what_to_do(
    group_workspace: Workspace, tmp_path: Path
) -> None:
    empty = tmp_path / "empty.pdf"
    write_roster(group_workspace.uow(), empty, today=TODAY)
    text = " ".join(pdf_text(empty).split())
    assert "Nobody to list yet: the group has no active members" in text

    _add(group_workspace, "Nadia Private", consent_roster=False)
    unlisted = tmp_path / "unlisted.pdf"
    result = write_roster(group_workspace.uow(), unlisted, today=TODAY)
    assert result.listed == 0
    text = " ".join(pdf_text(unlisted).split())
    assert "the group's one active member has not agreed to appear" in text
    assert "Nadia" not in text
