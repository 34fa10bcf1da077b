"""The contact files people really have — Google Contacts (both layouts), Outlook, the usual
spreadsheet headings — imported without mapping a column, with nothing in them dropped."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from groupdesk.services.members.contact_columns import RowGatherer, join_name, plan_columns
from groupdesk.services.members.importing import import_members
from groupdesk.services.members.records import get_member, list_members
from groupdesk.services.workspace import Workspace
from tests.support.member_rows import table_rows


def headers(row: str) -> list[str]:
    """The header row exactly as the contacts app writes it, as a list."""
    return row.split(",")


GOOGLE_OLD = headers(
    "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,Additional Name Yomi,"
    "Family Name Yomi,Name Prefix,Name Suffix,Initials,Nickname,Short Name,Maiden Name,Birthday,"
    "Gender,Location,Billing Information,Directory Server,Mileage,Occupation,Hobby,Sensitivity,"
    "Priority,Subject,Notes,Language,Photo,Group Membership,E-mail 1 - Type,E-mail 1 - Value,"
    "E-mail 2 - Type,E-mail 2 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,"
    "Phone 2 - Value,Address 1 - Type,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
    "Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
    "Address 1 - Extended Address,Organization 1 - Type,Organization 1 - Name,"
    "Organization 1 - Yomi Name,Organization 1 - Title,Organization 1 - Department,"
    "Organization 1 - Symbol,Organization 1 - Location,Organization 1 - Job Description,"
    "Website 1 - Type,Website 1 - Value"
)
GOOGLE_NEW = headers(
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
    "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
    "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,E-mail 1 - Label,"
    "E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,"
    "Phone 2 - Label,Phone 2 - Value,Address 1 - Label,Address 1 - Formatted,Address 1 - Street,"
    "Address 1 - City,Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,"
    "Address 1 - Country,Address 1 - Extended Address,Website 1 - Label,Website 1 - Value"
)
OUTLOOK = headers(
    "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,"
    "E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,Business Phone,"
    "Business Phone 2,Mobile Phone,Car Phone,Other Phone,Primary Phone,Pager,Business Fax,"
    "Home Fax,Other Fax,Company Main Phone,Callback,Radio Phone,Telex,TTY/TDD Phone,IMAddress,"
    "Job Title,Department,Company,Office Location,Manager's Name,Assistant's Name,"
    "Assistant's Phone,Company Yomi,Business Street,Business City,Business State,"
    "Business Postal Code,Business Country/Region,Home Street,Home City,Home State,"
    "Home Postal Code,Home Country/Region,Other Street,Other City,Other State,Other Postal Code,"
    "Other Country/Region,Personal Web Page,Spouse,Schools,Hobby,Languages,Web Page,Birthday,"
    "Anniversary,Notes"
)


def contact_file(tmp_path: Path, headers: list[str], *people: dict[str, str]) -> Path:
    """A CSV file as the contacts app writes it: every column, most of them empty."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(headers)
    for person in people:
        assert set(person) <= set(headers), set(person) - set(headers)
        writer.writerow([person.get(header, "") for header in headers])
    path = tmp_path / "contacts.csv"
    path.write_bytes(out.getvalue().encode("utf-8"))
    return path


def only_member(workspace: Workspace):  # type: ignore[no-untyped-def]
    [row] = list_members(workspace.uow())
    return get_member(workspace.uow(), row.id)


def test_the_old_google_layout_brings_email_phone_and_address(
    members_ws: Workspace, tmp_path: Path
) -> None:
    path = contact_file(
        tmp_path,
        GOOGLE_OLD,
        {
            "Name": "Amara Okafor",
            "Given Name": "Amara",
            "Family Name": "Okafor",
            "Group Membership": "* myContacts",
            "E-mail 1 - Type": "* Home",
            "E-mail 1 - Value": "amara@example.org ::: amara.okafor@work.example",
            "E-mail 2 - Type": "Other",
            "E-mail 2 - Value": "amara.o@example.net",
            "Phone 1 - Type": "Mobile",
            "Phone 1 - Value": "07700 900001",
            "Address 1 - Type": "Home",
            "Address 1 - Formatted": "12 River Street\nLeeds LS1 4AB",
            "Address 1 - Street": "12 River Street",
            "Address 1 - City": "Leeds",
            "Address 1 - Postal Code": "LS1 4AB",
        },
    )
    report = import_members(members_ws.uow(), path=path)
    assert (report.errors, report.imported) == ((), 1)
    assert report.ignored_columns == (
        "Group Membership",
        "E-mail 1 - Type",
        "E-mail 2 - Type",
        "Phone 1 - Type",
        "Address 1 - Type",
    )
    amara = only_member(members_ws)
    assert (amara.full_name, amara.email, amara.phone, amara.address) == (
        "Amara Okafor",
        "amara@example.org",
        "+44 7700 900001",
        "12 River Street\nLeeds LS1 4AB",
    )
    assert amara.notes == (
        "Other email: amara.okafor@work.example\nOther email: amara.o@example.net"
    )


def test_the_new_google_layout_joins_the_name_and_the_address_parts(
    members_ws: Workspace, tmp_path: Path
) -> None:
    path = contact_file(
        tmp_path,
        GOOGLE_NEW,
        {
            "First Name": "Ana",
            "Middle Name": "María",
            "Last Name": "Silva",
            "Nickname": "Nana",
            "Notes": "Met at the spring fair",
            "Labels": "* myContacts",
            "E-mail 1 - Value": "ana@example.org",
            "Phone 1 - Value": "07700 900123 ::: 020 7946 0001",
            "Address 1 - Street": "3 Mill Lane",
            "Address 1 - City": "York",
            "Address 1 - Postal Code": "YO1 7HH",
            "Address 1 - Country": "United Kingdom",
        },
    )
    report = import_members(members_ws.uow(), path=path)
    assert (report.errors, report.imported) == ((), 1)
    ana = only_member(members_ws)
    assert (ana.full_name, ana.preferred_name, ana.email, ana.phone) == (
        "Ana María Silva",
        "Nana",
        "ana@example.org",
        "+44 7700 900123",
    )
    assert ana.address == "3 Mill Lane, York, YO1 7HH, United Kingdom"
    assert ana.notes == "Met at the spring fair\nOther phone: 020 7946 0001"


def test_outlook_takes_the_mobile_first_and_the_home_address(
    members_ws: Workspace, tmp_path: Path
) -> None:
    path = contact_file(
        tmp_path,
        OUTLOOK,
        {
            "First Name": "Wei",
            "Last Name": "Chen",
            "E-mail Address": "wei@example.org",
            "E-mail 2 Address": "wei.chen@work.example",
            "Home Phone": "020 7946 0002",
            "Mobile Phone": "07700 900002",
            "Business Street": "1 Office Park",
            "Home Street": "4 Elm Road",
            "Home City": "Bristol",
            "Home Postal Code": "BS1 4DJ",
            "Languages": "English, Mandarin",
        },
    )
    report = import_members(members_ws.uow(), path=path)
    assert (report.errors, report.imported) == ((), 1)
    wei = only_member(members_ws)
    assert (wei.full_name, wei.email, wei.phone, wei.address, wei.languages) == (
        "Wei Chen",
        "wei@example.org",
        "+44 7700 900002",
        "4 Elm Road, Bristol, BS1 4DJ",
        "English, Mandarin",
    )
    assert wei.notes == "Other email: wei.chen@work.example\nOther phone: 020 7946 0002"


def test_spreadsheet_headings_need_no_mapping(members_ws: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "members.csv"
    path.write_text(
        "First name,Surname,E-mail address,Mobile,Street,Town,Postcode\n"
        "Kemi,Bello,kemi@example.org,07700 900003,8 Park Row,Leeds,LS1 5HD\n",
        encoding="utf-8",
    )
    report = import_members(members_ws.uow(), path=path)
    assert (report.errors, report.imported, report.ignored_columns) == ((), 1, ())
    kemi = only_member(members_ws)
    assert (kemi.full_name, kemi.email, kemi.phone, kemi.address) == (
        "Kemi Bello",
        "kemi@example.org",
        "+44 7700 900003",
        "8 Park Row, Leeds, LS1 5HD",
    )


@pytest.mark.parametrize(
    ("given", "family", "full"),
    [
        ("雷", "李", "李雷"),
        ("太郎", "山田", "山田太郎"),
        ("민수", "김", "김민수"),
        ("Lei", "Li", "Lei Li"),
        ("Zoë", "Ñúñez", "Zoë Ñúñez"),
        ("", "Okafor", "Okafor"),
    ],
)
def test_names_are_joined_in_the_order_their_culture_writes_them(
    given: str, family: str, full: str
) -> None:
    assert join_name(given, "", family) == full


def test_a_cjk_name_from_google_is_family_name_first(members_ws: Workspace, tmp_path: Path) -> None:
    path = contact_file(tmp_path, GOOGLE_NEW, {"First Name": "雷", "Last Name": "李"})
    assert import_members(members_ws.uow(), path=path).imported == 1
    assert only_member(members_ws).full_name == "李雷"


def test_columns_the_person_maps_to_the_name_are_joined(
    members_ws: Workspace, tmp_path: Path
) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Vorname,Nachname,Kontakt\nJonas,Weber,jonas@example.org\n", encoding="utf-8")
    report = import_members(
        members_ws.uow(),
        path=path,
        mapping={"Vorname": "full_name", "Nachname": "full_name", "Kontakt": "email"},
    )
    assert (report.errors, report.imported) == ((), 1)
    jonas = only_member(members_ws)
    assert (jonas.full_name, jonas.email) == ("Jonas Weber", "jonas@example.org")


value = st.text(
    alphabet=st.characters(blacklist_categories=["Cs", "Cc"], blacklist_characters=":"),
    min_size=1,
    max_size=20,
).filter(lambda text: text.strip() != "")


@settings(max_examples=200, deadline=None)
@given(st.lists(value, min_size=1, max_size=4), st.sampled_from(["email", "phone"]))
def test_nothing_in_a_cell_of_several_values_is_lost(values: list[str], kind: str) -> None:
    """Google's " ::: " between values: the first goes to the field, each other to the notes."""
    headers = ["Name", f"{'E-mail' if kind == 'email' else 'Phone'} 1 - Value"]
    columns, _ignored = plan_columns(headers, {})
    raw, _header_of = RowGatherer(columns)(["Ana", " ::: ".join(values)])
    assert raw[kind] == values[0].strip()
    notes = raw.get("notes", "")
    assert notes.splitlines() == [f"Other {kind}: {v.strip()}" for v in values[1:]]


GOOGLE_CELLS = {
    "First Name": ["Ana", "", "雷"],
    "Last Name": ["Petrova", "", "李"],
    "E-mail 1 - Value": ["", "ana@example.org", "a@example.org ::: b@example.org"],
    "E-mail 2 - Value": ["", "ana@example.org", "c@example.org"],
    "Phone 1 - Value": ["", "+44 7700 900301"],
    "Address 1 - Formatted": ["", "1 High St, Leeds"],
    "Address 1 - Street": ["", "2 Low Rd"],
    "Address 1 - City": ["", "York"],
    "Notes": ["", "Bakes"],
}


@settings(max_examples=100, deadline=None)
@given(table_rows(GOOGLE_CELLS, max_size=8))
def test_a_file_gathered_a_column_at_a_time_gives_each_row_what_it_gives_alone(
    people: list[dict[str, str]],
) -> None:
    """A file's rows are gathered a column at a time, each distinct cell once; each row's
    values and headers are still exactly those of gathering that row alone."""
    columns, _ignored = plan_columns(GOOGLE_NEW, {})
    gather = RowGatherer(columns)
    rows = [[person.get(header, "") for header in GOOGLE_NEW] for person in people]
    texts, headers_of = gather.columns([list(cells) for cells in zip(*rows, strict=True)])
    for at, row in enumerate(rows):
        alone_texts, alone_headers = gather(row)
        assert {field: column[at] for field, column in texts.items()} == alone_texts
        assert {field: column[at] for field, column in headers_of.items()} == alone_headers
