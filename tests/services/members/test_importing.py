"""Importing last year's spreadsheet: every bad row named by line and column, all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from groupdesk.errors import ValidationError
from groupdesk.services.members.importing import RowError, import_members
from groupdesk.services.members.records import list_members
from groupdesk.services.members.skills import skill_directory
from groupdesk.services.workspace import Workspace

Rows = Callable[[Path], dict[str, list[tuple[Any, ...]]]]

BROKEN = (
    "Name,Email,Joined,Phone\n"  # line 1
    "Amara Okafor,amara@example.org,2024-01-15,07700 900001\n"  # line 2
    "Tomás García,ana@,2024-02-01,\n"  # line 3: bad email
    "Wei Chen,wei@example.org,31/02/2024,\n"  # line 4: no such day
    "Fatima Haddad,fatima@example.org,2024-03-01,07700 900003,extra\n"  # line 5: too many
    "Łukasz Żak,,2023-11-30,\n"  # line 6
)


def write(tmp_path: Path, text: str, encoding: str = "utf-8", name: str = "members.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def names(workspace: Workspace) -> list[str]:
    return [row.full_name for row in list_members(workspace.uow())]


def test_a_broken_file_names_each_bad_row_and_imports_nothing(
    members_ws: Workspace, tmp_path: Path, database_rows: Rows
) -> None:
    before = database_rows(members_ws.paths.database)
    report = import_members(members_ws.uow(), path=write(tmp_path, BROKEN))
    assert [str(error) for error in report.errors] == [
        "line 3 (Tomás García), Email: 'ana@' is not an email address",
        "line 4 (Wei Chen), Joined: '31/02/2024' is not a day of the calendar",
        "line 5 (Fatima Haddad): this row has 5 values but the header has 4 columns"
        " (a value with a comma in it needs quotes around it)",
    ]
    assert (report.rows, report.valid_rows, report.imported) == (5, 2, 0)
    assert database_rows(members_ws.paths.database) == before


def test_skipping_bad_rows_imports_the_good_ones(members_ws: Workspace, tmp_path: Path) -> None:
    report = import_members(members_ws.uow(), path=write(tmp_path, BROKEN), skip_bad_rows=True)
    assert (report.imported, report.skipped_lines) == (2, (3, 4, 5))
    assert names(members_ws) == ["Amara Okafor", "Łukasz Żak"]
    [amara] = [m for m in list_members(members_ws.uow()) if m.full_name == "Amara Okafor"]
    assert (amara.email, amara.phone, amara.joined_on) == (
        "amara@example.org",
        "+44 7700 900001",
        date(2024, 1, 15),
    )


def test_a_dry_run_checks_everything_and_writes_nothing(
    members_ws: Workspace, tmp_path: Path, database_rows: Rows
) -> None:
    good = "Full name,E-mail address\nAmara Okafor,amara@example.org\nWei Chen,\n"
    before = database_rows(members_ws.paths.database)
    report = import_members(members_ws.uow(), path=write(tmp_path, good), dry_run=True)
    assert (report.rows, report.errors, report.imported, report.dry_run) == (2, (), 0, True)
    assert database_rows(members_ws.paths.database) == before
    assert import_members(members_ws.uow(), path=write(tmp_path, good)).imported == 2
    assert names(members_ws) == ["Amara Okafor", "Wei Chen"]


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8-sig", "UTF-8 with BOM"), ("utf-8", "UTF-8"), ("cp1252", "Windows-1252")],
)
def test_excel_encodings_are_read(
    members_ws: Workspace, tmp_path: Path, encoding: str, expected: str
) -> None:
    text = "Name;Notes\r\nZoë Ñúñez;Café owner – “the best”\r\nJosé Müller;\r\n"
    report = import_members(members_ws.uow(), path=write(tmp_path, text, encoding))
    assert (report.encoding, report.imported) == (expected, 2)
    assert names(members_ws) == ["José Müller", "Zoë Ñúñez"]


def test_headers_are_matched_by_name_and_unknown_columns_are_ignored(
    members_ws: Workspace, tmp_path: Path
) -> None:
    text = (
        "Shoe size,Member Name,MOBILE,Date joined,May contact,Photos OK,Skills,ID\n"
        "42,Ana Silva,07700 900123,2025-01-02,yes,x,First aid; Bike repair,abc\n"
    )
    report = import_members(members_ws.uow(), path=write(tmp_path, text))
    assert report.ignored_columns == ("Shoe size", "ID")
    assert report.columns["MOBILE"] == "phone"
    [ana] = list_members(members_ws.uow())
    assert (ana.phone, ana.joined_on, ana.consent_contact, ana.consent_photo) == (
        "+44 7700 900123",
        date(2025, 1, 2),
        True,
        True,
    )
    assert [s.name for s in skill_directory(members_ws.uow())] == ["Bike repair", "First aid"]


def test_a_mapping_chosen_by_the_person_wins(members_ws: Workspace, tmp_path: Path) -> None:
    text = "Who,Contact\nAna Silva,ana@example.org\n"
    report = import_members(
        members_ws.uow(),
        path=write(tmp_path, text),
        mapping={"Who": "full_name", "Contact": "email"},
    )
    assert report.imported == 1
    assert list_members(members_ws.uow())[0].email == "ana@example.org"
    with pytest.raises(ValidationError, match=r"'shoe' .* is not a member field"):
        import_members(members_ws.uow(), path=write(tmp_path, text), mapping={"Who": "shoe"})


def test_a_file_without_a_name_column_is_refused_listing_its_headers(
    members_ws: Workspace, tmp_path: Path
) -> None:
    with pytest.raises(ValidationError) as caught:
        import_members(members_ws.uow(), path=write(tmp_path, "Email,Phone\na@b.org,\n"))
    assert caught.value.errors["columns"].startswith("the file has no column for the member's name")
    assert "'Email', 'Phone'" in caught.value.errors["columns"]


def test_two_columns_for_one_field_are_refused(members_ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="the columns 'Email' and 'E-mail' both give"):
        import_members(members_ws.uow(), path=write(tmp_path, "Name,Email,E-mail\nA,,\n"))


def test_an_empty_or_missing_file_is_refused(members_ws: Workspace, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="the file is empty"):
        import_members(members_ws.uow(), path=write(tmp_path, "\n\n"))
    with pytest.raises(ValidationError, match="cannot be read"):
        import_members(members_ws.uow(), path=tmp_path / "nowhere.csv")


def test_line_numbers_count_lines_in_the_file_even_with_cells_over_several_lines(
    members_ws: Workspace, tmp_path: Path
) -> None:
    text = (
        "Name,Notes,Email\n"
        'Ana Silva,"Line one\nline two\nline three",ana@example.org\n'
        "\n"
        "Bad Email,,nope\n"
    )
    report = import_members(members_ws.uow(), path=write(tmp_path, text))
    assert report.errors == (RowError(6, "Email", "'nope' is not an email address", "Bad Email"),)


def test_a_left_member_must_have_left_after_joining(members_ws: Workspace, tmp_path: Path) -> None:
    text = "Name,Status,Joined,Left\nAna,left,2024-05-01,2024-04-01\nBea,active,,2024-01-01\n"
    report = import_members(members_ws.uow(), path=write(tmp_path, text))
    assert [str(e) for e in report.errors] == [
        "line 2 (Ana), Left: the leaving date 2024-04-01 is before the joining date 2024-05-01",
        "line 3 (Bea), Left: only a member who has left has a leaving date; set the status to "
        "left (it is active)",
    ]


def test_a_utf16_file_from_excel_is_known_by_its_byte_order_mark(
    members_ws: Workspace, tmp_path: Path
) -> None:
    """Excel's "Unicode Text": UTF-16 little-endian with a BOM, tab-separated."""
    text = "Name\tE-mail address\r\nZoë Ñúñez\tzoe@example.org\r\n李雷\t\r\n"
    path = tmp_path / "members.txt"
    path.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    report = import_members(members_ws.uow(), path=path)
    assert (report.encoding, report.encoding_guessed, report.errors) == ("UTF-16", False, ())
    assert names(members_ws) == ["Zoë Ñúñez", "李雷"]


def test_excels_sep_line_names_the_separator(members_ws: Workspace, tmp_path: Path) -> None:
    text = "sep=;\r\nName;Notes;Email\r\nAna Silva;Café, bakery;ana@example.org\r\nBea;;bea@\r\n"
    report = import_members(members_ws.uow(), path=write(tmp_path, text))
    assert [str(e) for e in report.errors] == [
        "line 4 (Bea), Email: 'bea@' is not an email address"
    ]
    assert report.columns == {"Name": "full_name", "Notes": "notes", "Email": "email"}


def test_a_mac_roman_file_is_read_as_mac_roman_and_the_guess_is_said(
    members_ws: Workspace, tmp_path: Path
) -> None:
    text = "Name,Notes\nZoë Ñúñez,Café owner\nJosé Müller,\n"
    report = import_members(members_ws.uow(), path=write(tmp_path, text, "mac_roman"), dry_run=True)
    assert (report.encoding, report.encoding_guessed) == ("Mac Roman", True)
    assert report.other_encodings[0] == "Windows-1252"
    assert report.sample_names == ("Zoë Ñúñez", "José Müller")
    chosen = import_members(
        members_ws.uow(), path=write(tmp_path, text, "mac_roman"), encoding="Windows-1252"
    )
    assert (chosen.encoding, chosen.encoding_guessed) == ("Windows-1252", False)
    assert names(members_ws) == ["JosŽ MŸller", "Zo‘ „œ–ez"]


def test_a_windows_file_with_punctuation_is_still_read_as_windows_1252(
    members_ws: Workspace, tmp_path: Path
) -> None:
    text = "Name,Notes\nRenée Côté,Café owner – “the best”\nO’Brien Ñúñez,\n"
    report = import_members(members_ws.uow(), path=write(tmp_path, text, "cp1252"))
    assert (report.encoding, report.encoding_guessed) == ("Windows-1252", True)
    assert report.other_encodings[0] == "Mac Roman"
    assert names(members_ws) == ["O’Brien Ñúñez", "Renée Côté"]
