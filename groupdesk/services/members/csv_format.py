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
from dataclasses import dataclass

from groupdesk.errors import ValidationError
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
#: What may follow a leading + or - in a value a spreadsheet takes as it is: digits, spaces and
#: the punctuation of phone numbers and amounts.
_PLAIN_NUMBER = re.compile(r"[0-9 ().\-/]*[0-9][0-9 ().\-/]*")
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


@dataclass(frozen=True)
class Decoded:
    text: str
    #: The encoding's name as people know it ("UTF-8", "Mac Roman").
    encoding: str
    #: True when the bytes could be read in other encodings too and this one was chosen as
    #: the likeliest: the person should look at a sample of the names.
    guessed: bool = False
    #: The other encodings the file may be in (names as in ENCODINGS), likeliest first.
    alternatives: tuple[str, ...] = ()


#: Encodings a person may choose when the guess was wrong: name → Python codec.
ENCODINGS: dict[str, str] = {
    "UTF-8": "utf-8-sig",
    "UTF-16": "utf-16",
    "Windows-1252": "cp1252",
    "Mac Roman": "mac_roman",
    "ISO-8859-15": "iso8859_15",
    "Windows-1250": "cp1250",
}
#: The single-byte encodings a file that is not UTF-8 is most likely in: Excel's "CSV" on
#: Windows, and on a Mac.
_LIKELY = ("Windows-1252", "Mac Roman")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode(data: bytes, *, encoding: str | None = None) -> Decoded:
    """The text of a CSV file and the encoding it was in: the `encoding` named, else a UTF-8
    or UTF-16 file known by its byte-order mark (Excel's "Unicode Text" is UTF-16), else UTF-8
    if the bytes are valid UTF-8, else a guess between Windows-1252 and Mac Roman by which
    reads as words (accented letters inside words, not punctuation or capitals)."""
    if encoding is not None:
        if encoding not in ENCODINGS:
            raise ValidationError.single(
                "encoding", f"{encoding!r} is not one of {', '.join(ENCODINGS)}"
            )
        text = data.decode(ENCODINGS[encoding], errors="replace")
        return Decoded(text.removeprefix("\ufeff"), encoding)
    if data.startswith(_UTF8_BOM):
        return Decoded(data[len(_UTF8_BOM) :].decode("utf-8", errors="replace"), "UTF-8 with BOM")
    if data.startswith(_UTF16_BOMS):
        return Decoded(data.decode("utf-16", errors="replace").removeprefix("\ufeff"), "UTF-16")
    try:
        return Decoded(data.decode("utf-8"), "UTF-8")
    except UnicodeDecodeError:
        pass
    texts = {name: data.decode(ENCODINGS[name], errors="replace") for name in _LIKELY}
    ranked = sorted(_LIKELY, key=lambda name: _oddness(texts[name], mac=name == "Mac Roman"))
    return Decoded(texts[ranked[0]], ranked[0], True, (*ranked[1:], "ISO-8859-15", "Windows-1250"))


def _oddness(text: str, *, mac: bool) -> int:
    """How unlike written words the non-ASCII characters of `text` look: a capital after a
    small letter ("CafŽ"), punctuation between letters ("„œ–ez"), a lone accented letter. Old
    Mac files end lines with a carriage return alone, which counts for Mac Roman."""
    odd = 0
    padded = f" {text} "
    for at, char in enumerate(padded):
        if char.isascii():
            continue
        before, after = padded[at - 1], padded[at + 1]
        if char == "\ufffd":
            odd += 3
        elif char.isalpha():
            odd += 2 * (char.isupper() and before.islower())
            odd += not before.isalpha() and not after.isalpha()
        elif before.isalpha() and after.isalpha() and char not in "’‘·":
            odd += 2
    lone_cr = "\r" in text and "\n" not in text
    return odd - 3 * (lone_cr and mac)


def skip_sep_line(text: str) -> tuple[str | None, bool]:
    """Excel's `sep=;` first line: the separator it names, and whether the file has one."""
    first = text.split("\n", 1)[0].strip().strip('"')
    if first.lower().startswith("sep=") and len(first) == 5:
        return first[4], True
    return None, False


def sniff_dialect(text: str) -> type[csv.Dialect]:
    """Excel's CSV dialect, with the separator its `sep=` line names, else that of the header
    line: comma, semicolon (Excel in many European locales) or tab, whichever it holds most of
    (outside quotes)."""
    named, _has_line = skip_sep_line(text)
    first_line = text.split("\n", 1)[0]
    unquoted = re.sub(r'"[^"]*"', "", first_line)
    delimiter = named or max(",;\t", key=lambda d: (unquoted.count(d), d == ","))

    class Dialect(csv.excel):
        pass

    Dialect.delimiter = delimiter
    return Dialect


def runs_as_formula(cell: str) -> bool:
    """Whether a spreadsheet would evaluate the cell: it starts (after any tabs, carriage
    returns and spaces) with = or @, or with + or - followed by more than a number. A phone
    number ("+44 7700 900301") or a negative amount is a plain value: it has no letters,
    references or functions for a spreadsheet to run."""
    if not cell.startswith(_FORMULA_START):
        return False
    rest = cell.lstrip("\t\r ")
    if rest.startswith(("=", "@")):
        return True
    return rest.startswith(("+", "-")) and not _PLAIN_NUMBER.fullmatch(rest[1:])


def neutralise(cell: str) -> str:
    """A cell a spreadsheet will show as text, never run as a formula (OWASP's advice: a leading
    apostrophe), left as it is when a spreadsheet would not run it."""
    return f"'{cell}" if runs_as_formula(cell) else cell


def unneutralise(cell: str) -> str:
    """Undo `neutralise`, so an exported file imports as it was (files written before phone
    numbers were left plain too: "'+44 7700 900301")."""
    return cell[1:] if cell.startswith("'") and cell[1:2] in _FORMULA_START and cell[1:] else cell


def write_rows(rows: list[list[str]]) -> bytes:
    """CSV bytes in UTF-8 with a BOM (so Excel reads accents and scripts), CRLF line ends."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows([[neutralise(cell) for cell in row] for row in rows])
    return _UTF8_BOM + buffer.getvalue().encode("utf-8")
