"""The members CSV format, shared by import and export: the columns and their headers
(reading and writing CSV files themselves is `services/csv_files.py`, shared with other imports).

Headers are matched by name, forgiving case, accents, spaces and punctuation, with the common
names people give them ("E-mail address", "Mobile", "Date joined"). Export writes the first
header of each column, so an exported file imports as it is.
"""

from __future__ import annotations

from groupdesk.models.members import CONSENT_KINDS
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.csv_files import header_key

#: (field, headers): the first header is the one export writes, and the import's choice for
#: the field (marked for translation there).
COLUMNS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("full_name", (QT_TRANSLATE_NOOP("ColumnsStep", "Full name"), "Name", "Member", "Member name")),
    (
        "preferred_name",
        (
            QT_TRANSLATE_NOOP("ColumnsStep", "Preferred name"),
            "Known as",
            "Nickname",
            "First name to use",
        ),
    ),
    ("pronouns", (QT_TRANSLATE_NOOP("ColumnsStep", "Pronouns"),)),
    (
        "email",
        (
            QT_TRANSLATE_NOOP("ColumnsStep", "Email"),
            "E-mail",
            "Email address",
            "E-mail address",
            "Mail",
        ),
    ),
    (
        "phone",
        (
            QT_TRANSLATE_NOOP("ColumnsStep", "Phone"),
            "Phone number",
            "Telephone",
            "Tel",
            "Mobile",
            "Mobile number",
            "Cell",
        ),
    ),
    ("address", (QT_TRANSLATE_NOOP("ColumnsStep", "Address"), "Postal address", "Home address")),
    ("languages", (QT_TRANSLATE_NOOP("ColumnsStep", "Languages"), "Language", "Languages spoken")),
    (
        "accessibility_needs",
        (QT_TRANSLATE_NOOP("ColumnsStep", "Accessibility needs"), "Access needs", "Accessibility"),
    ),
    ("status", (QT_TRANSLATE_NOOP("ColumnsStep", "Status"), "Membership status")),
    (
        "joined_on",
        (
            QT_TRANSLATE_NOOP("ColumnsStep", "Joined"),
            "Joined on",
            "Date joined",
            "Join date",
            "Member since",
        ),
    ),
    ("left_on", (QT_TRANSLATE_NOOP("ColumnsStep", "Left"), "Left on", "Date left", "Leaving date")),
    ("notes", (QT_TRANSLATE_NOOP("ColumnsStep", "Notes"), "Note", "Comments")),
    (
        "consent_contact",
        (
            QT_TRANSLATE_NOOP("ColumnsStep", "May contact"),
            "Contact consent",
            "Consent to contact",
            "Contact ok",
        ),
    ),
    ("consent_contact_on", (QT_TRANSLATE_NOOP("ColumnsStep", "Contact consent date"),)),
    ("consent_contact_how", (QT_TRANSLATE_NOOP("ColumnsStep", "Contact consent how"),)),
    (
        "consent_photo",
        (
            QT_TRANSLATE_NOOP("ColumnsStep", "Photo consent"),
            "Photos ok",
            "Consent to photos",
            "May photograph",
        ),
    ),
    ("consent_photo_on", (QT_TRANSLATE_NOOP("ColumnsStep", "Photo consent date"),)),
    ("consent_photo_how", (QT_TRANSLATE_NOOP("ColumnsStep", "Photo consent how"),)),
    (
        "consent_roster",
        (
            QT_TRANSLATE_NOOP("ColumnsStep", "In roster"),
            "Roster consent",
            "Listed in roster",
            "Roster ok",
        ),
    ),
    ("consent_roster_on", (QT_TRANSLATE_NOOP("ColumnsStep", "Roster consent date"),)),
    ("consent_roster_how", (QT_TRANSLATE_NOOP("ColumnsStep", "Roster consent how"),)),
    ("skills", (QT_TRANSLATE_NOOP("ColumnsStep", "Skills"), "Can help with")),
    ("interests", (QT_TRANSLATE_NOOP("ColumnsStep", "Interests"), "Wants to learn")),
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
