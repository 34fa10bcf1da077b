"""The members CSV format, shared by import and export: columns, headers, encodings, and the
defence against spreadsheet formula injection.

Headers are matched by name, forgiving case, accents, spaces and punctuation, with the common
names people give them ("E-mail address", "Mobile", "Date joined"). Export writes the first
header of each column, so an exported file imports as it is.
"""

from __future__ import annotations

import csv
import io
import re

from groupdesk.models.members import CONSENT_KINDS
from groupdesk.services.collation import search_key

#: (field, headers): the first header is the one export writes.
COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("full_name", ("Full name", "Name", "Member", "Member name")),
    ("preferred_name", ("Preferred name", "Known as", "Nickname", "First name to use")),
    ("pronouns", ("Pronouns",)),
    ("email", ("Email", "E-mail", "Email address", "E-mail address", "Mail")),
    ("phone", ("Phone", "Phone number", "Telephone", "Tel", "Mobile", "Mobile number", "Cell")),
    ("address", ("Address", "Postal address", "Home address")),
    ("languages", ("Languages", "Language", "Languages spoken")),
    ("accessibility_needs", ("Accessibility needs", "Access needs", "Accessibility")),
    ("status", ("Status", "Membership status")),
    ("joined_on", ("Joined", "Joined on", "Date joined", "Join date", "Member since")),
    ("left_on", ("Left", "Left on", "Date left", "Leaving date")),
    ("notes", ("Notes", "Note", "Comments")),
    ("consent_contact", ("May contact", "Contact consent", "Consent to contact", "Contact ok")),
    ("consent_contact_on", ("Contact consent date",)),
    ("consent_contact_how", ("Contact consent how",)),
    ("consent_photo", ("Photo consent", "Photos ok", "Consent to photos", "May photograph")),
    ("consent_photo_on", ("Photo consent date",)),
    ("consent_photo_how", ("Photo consent how",)),
    ("consent_roster", ("In roster", "Roster consent", "Listed in roster", "Roster ok")),
    ("consent_roster_on", ("Roster consent date",)),
    ("consent_roster_how", ("Roster consent how",)),
    ("skills", ("Skills", "Can help with")),
    ("interests", ("Interests", "Wants to learn")),
)
#: Written by export for people to read; ignored on import (an import always adds members).
EXPORT_ONLY: tuple[tuple[str, str], ...] = (
    ("id", "ID"),
    ("roles", "Current roles"),
    ("last_seen", "Last seen"),
)
#: Several skills in one cell are separated by this (or a comma).
LIST_SEPARATOR = "; "
assert {f"consent_{k}" for k in CONSENT_KINDS} <= {field for field, _ in COLUMNS}

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_UTF8_BOM = b"\xef\xbb\xbf"


def header_key(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", search_key(header))


#: Header key -> field; None for a column that export writes and import leaves alone.
_BY_HEADER: dict[str, str | None] = {
    header_key(h): field for field, headers in COLUMNS for h in headers
}
_BY_HEADER.update({header_key(h): None for _f, h in EXPORT_ONLY})
_BY_HEADER.update({header_key(field): field for field, _h in COLUMNS})


def field_for_header(header: str) -> str | bool | None:
    """The field a header names; None for a column export writes for reading only; False when
    the header names nothing we know."""
    return _BY_HEADER.get(header_key(header), False)


def decode(data: bytes) -> tuple[str, str]:
    """The text of a CSV file and the encoding it was in: UTF-8 (with or without a BOM), else
    Windows-1252, which Excel writes for "CSV" on Western-European Windows."""
    if data.startswith(_UTF8_BOM):
        return data[len(_UTF8_BOM) :].decode("utf-8"), "UTF-8 with BOM"
    try:
        return data.decode("utf-8"), "UTF-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "Windows-1252"


def sniff_dialect(text: str) -> type[csv.Dialect]:
    """Excel's CSV dialect, with the separator of the header line: comma, semicolon (Excel in
    many European locales) or tab, whichever it holds most of (outside quotes)."""
    first_line = text.split("\n", 1)[0]
    unquoted = re.sub(r'"[^"]*"', "", first_line)
    delimiter = max(",;\t", key=lambda d: (unquoted.count(d), d == ","))

    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    return Dialect


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will show as text, never run as a formula (OWASP's advice: a leading
    apostrophe before =, +, -, @, tab or carriage return)."""
    return f"'{cell}" if cell.startswith(_FORMULA_START) else cell


def unneutralise(cell: str) -> str:
    """Undo `neutralise`, so an exported file imports as it was."""
    return cell[1:] if cell.startswith("'") and cell[1:2] in _FORMULA_START and cell[1:] else cell


def write_rows(rows: list[list[str]]) -> bytes:
    """CSV bytes in UTF-8 with a BOM (so Excel reads accents and scripts), CRLF line ends."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows([[neutralise(cell) for cell in row] for row in rows])
    return _UTF8_BOM + buffer.getvalue().encode("utf-8")
