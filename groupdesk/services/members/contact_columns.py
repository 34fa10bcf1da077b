"""The columns of the contact files people really have, and one member's values from a row.

Google Contacts (the older layout: "Name, Given Name, Additional Name, Family Name, … E-mail 1 -
Value, Phone 1 - Value, Address 1 - Street …"; the newer: "First Name, Middle Name, Last Name, …
E-mail 1 - Value …"), Outlook ("First Name, Middle Name, Last Name, … E-mail Address, E-mail 2
Address, … Mobile Phone, Home Phone, … Home Street, Home City …") and the usual spreadsheet
headings ("First name", "Surname", "Postcode") are read without anyone mapping a column:

- a name split over columns is joined in the order its culture writes it: given names first,
  family name first (and no spaces) when the parts are written in Chinese, Japanese or Korean;
- several columns (or Google's " ::: " inside one cell) for the email or phone: the first value
  goes to the field, the others to the notes, so nothing in the file is lost;
- an address in parts (street, city, postcode, …) is joined into one line.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from groupdesk.errors import ValidationError
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.csv_files import header_key
from groupdesk.services.members.csv_format import COLUMNS, field_for_header

#: The parts of a name, in the order a Western name is written.
NAME_PARTS = ("given_name", "middle_name", "family_name")
#: The parts of an address, in the order they are joined.
ADDRESS_PARTS = ("street", "street_2", "po_box", "city", "region", "postcode", "country")
PART_HEADERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("given_name", ("First name", "Given name", "Forename", "Forenames", "Christian name")),
    ("middle_name", ("Middle name", "Middle names", "Additional name", "Second name")),
    ("family_name", ("Last name", "Surname", "Family name")),
    ("street", ("Street", "Street address", "Address line 1", "Home street", "Address 1 Street")),
    (
        "street_2",
        ("Address line 2", "Home street 2", "Home street 3", "Address 1 Extended address"),
    ),
    ("po_box", ("PO box", "Home PO box", "Address 1 PO box")),
    ("city", ("City", "Town", "Town/City", "Home city", "Address 1 City")),
    (
        "region",
        ("County", "State", "Region", "Province", "Home state", "Address 1 Region"),
    ),
    (
        "postcode",
        (
            "Postcode",
            "Post code",
            "Postal code",
            "ZIP",
            "ZIP code",
            "Home postal code",
            "Address 1 Postal code",
        ),
    ),
    ("country", ("Country", "Home country/region", "Home country", "Address 1 Country")),
)
#: Fields (and parts) several columns may give: joined, or the first value kept and the rest
#: written to the notes.
JOINED = frozenset({"full_name", "notes", *NAME_PARTS, *ADDRESS_PARTS})
FIRST_KEPT = ("email", "phone", "address")
#: Outlook's phone columns, the one most likely to reach the person first.
_OUTLOOK_PHONES = (
    "mobilephone",
    "homephone",
    "primaryphone",
    "homephone2",
    "otherphone",
    "businessphone",
    "businessphone2",
    "carphone",
)
_NUMBERED = re.compile(r"(email|phone)(\d+)value")
_OUTLOOK_EMAIL = re.compile(r"email(\d)address")
_GOOGLE_ADDRESS = re.compile(r"address1formatted")
_BY_PART = {header_key(h): part for part, headers in PART_HEADERS for h in headers}
_CJK = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u9fff\uac00-\ud7af]")
#: Google's separator between several values in one cell.
MULTI_VALUE = " ::: "

FIELD_LABELS: dict[str, str] = {field: headers[0] for field, headers in COLUMNS}
PART_LABELS: dict[str, str] = {
    "given_name": QT_TRANSLATE_NOOP("ColumnsStep", "First name (joined into the full name)"),
    "middle_name": QT_TRANSLATE_NOOP("ColumnsStep", "Middle name (joined into the full name)"),
    "family_name": QT_TRANSLATE_NOOP("ColumnsStep", "Last name (joined into the full name)"),
    "street": QT_TRANSLATE_NOOP("ColumnsStep", "Street (joined into the address)"),
    "street_2": QT_TRANSLATE_NOOP("ColumnsStep", "Second address line (joined into the address)"),
    "po_box": QT_TRANSLATE_NOOP("ColumnsStep", "PO box (joined into the address)"),
    "city": QT_TRANSLATE_NOOP("ColumnsStep", "Town or city (joined into the address)"),
    "region": QT_TRANSLATE_NOOP("ColumnsStep", "County, state or region (joined into the address)"),
    "postcode": QT_TRANSLATE_NOOP("ColumnsStep", "Postcode (joined into the address)"),
    "country": QT_TRANSLATE_NOOP("ColumnsStep", "Country (joined into the address)"),
}
TARGETS = frozenset(FIELD_LABELS) | frozenset(PART_LABELS)


@dataclass(frozen=True)
class Column:
    """How one column of the file is read."""

    index: int
    header: str
    target: str
    #: Order among columns giving the same field (None: the field's one plain column).
    rank: int | None


def recognise(header: str) -> tuple[str, int | None] | bool | None:
    """(target, rank) for a header; None for a column export writes for reading only; False
    for a header that names nothing we know."""
    key = header_key(header)
    if numbered := _NUMBERED.fullmatch(key):
        return numbered.group(1), int(numbered.group(2))
    if outlook := _OUTLOOK_EMAIL.fullmatch(key):
        return "email", int(outlook.group(1))
    if key in _OUTLOOK_PHONES:
        return "phone", _OUTLOOK_PHONES.index(key) + 1
    if _GOOGLE_ADDRESS.fullmatch(key):
        return "address", 1
    if key in _BY_PART:
        return _BY_PART[key], None
    field = field_for_header(header)
    return (field, None) if isinstance(field, str) else field


def plan_columns(
    headers: Sequence[str], mapping: Mapping[str, str | None]
) -> tuple[list[Column], list[str]]:
    """The columns to read and the headers left out. A `mapping` (header → target, or None to
    leave the column out) wins over recognition; several columns the person maps to the full
    name (or the notes, or a part) are joined in the file's order."""
    columns: list[Column] = []
    ignored: list[str] = []
    for index, header in enumerate(headers):
        if header in mapping:
            target = mapping[header]
            if target is not None and target not in TARGETS:
                raise ValidationError.single(
                    "mapping", f"{target!r} (for the column {header!r}) is not a member field"
                )
            if target is None:
                ignored.append(header)
            else:
                joinable = target in JOINED or target in FIRST_KEPT
                columns.append(Column(index, header, target, index if joinable else None))
            continue
        found = recognise(header)
        if not isinstance(found, tuple):
            ignored.append(header)
            continue
        columns.append(Column(index, header, *found))
    plain: dict[str, str] = {}
    for column in columns:
        if column.rank is not None or column.target in NAME_PARTS + ADDRESS_PARTS:
            continue
        if column.target in plain:
            raise ValidationError.single(
                "columns",
                f"the columns {plain[column.target]!r} and {column.header!r} both give the "
                f"{label(column.target).lower()}; say which to ignore",
            )
        plain[column.target] = column.header
    targets = {column.target for column in columns}
    if "full_name" not in targets and not targets & {"given_name", "family_name"}:
        raise ValidationError.single(
            "columns",
            "the file has no column for the member's name (a header like 'Full name', 'Name' "
            f"or 'First name' and 'Last name'); its headers are: {', '.join(map(repr, headers))}",
        )
    columns.sort(key=lambda c: (c.target, c.rank is not None, c.rank or 0, c.index))
    return columns, ignored


def label(target: str) -> str:
    """The words for a field or part, as a volunteer reads them."""
    return FIELD_LABELS.get(target) or PART_LABELS[target]


class RowGatherer:
    """The rows' member values as text, a field at a time, and the header each came from, with
    the parts joined and second emails, phones and addresses written to the notes.

    Made once per file. A field that one plain column gives (most of them, in most files) is
    its column's cells; the rules below run once per distinct cell (or cells) of the other
    columns, so an import of 100,000 rows runs them for the values the file holds, not for
    every row."""

    def __init__(self, columns: Sequence[Column]) -> None:
        per_target = Counter(column.target for column in columns)
        plain = [
            column
            for column in columns
            if per_target[column.target] == 1
            and column.target not in FIRST_KEPT
            and column.target not in NAME_PARTS
            and column.target not in ADDRESS_PARTS
        ]
        self._plain = tuple((column.target, column.index) for column in plain)
        others: dict[str, list[Column]] = {}
        for column in columns:
            if column not in plain:
                others.setdefault(column.target, []).append(column)
        self._others = {target: tuple(group) for target, group in others.items()}
        self._headers: dict[str, str] = {}
        for column in columns:
            self._headers.setdefault(column.target, column.header)
        targets = set(per_target)
        #: Every field the rows are given, each row the same ones ("" where it has none).
        self.fields = tuple(
            dict.fromkeys(
                [
                    *(
                        column.target
                        for column in columns
                        if column.target not in NAME_PARTS and column.target not in ADDRESS_PARTS
                    ),
                    "full_name",
                    *(["address"] if targets & set(ADDRESS_PARTS) else []),
                    *(["notes"] if targets & set(FIRST_KEPT) else []),
                ]
            )
        )

    def __call__(self, cells: Sequence[str]) -> tuple[dict[str, str], dict[str, str]]:
        """One row's values (field → text) and the header each came from; `cells` trimmed."""
        texts, headers = self.columns([[cell] for cell in cells])
        return (
            {field: column[0] for field, column in texts.items()},
            {field: column[0] for field, column in headers.items()},
        )

    def columns(
        self, cells: Sequence[Sequence[str]]
    ) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """Field → each row's text, and field → the header each row's text came from, from
        the file's columns (`cells[i]`: column i's cell of each row, trimmed)."""
        count = len(cells[0]) if cells else 0
        texts = {field: [""] * count for field in self.fields}
        headers = {target: [header] * count for target, header in self._headers.items()}
        for target, index in self._plain:
            texts[target] = list(cells[index])
        parts: dict[str, list[tuple[str, ...]]] = {}
        extras: list[list[str]] = []
        for target, group in self._others.items():
            if len(group) == 1 and target in FIRST_KEPT:
                column = cells[group[0].index]
                if MULTI_VALUE.strip() not in "\n".join(column):  # one value in each cell
                    texts[target] = list(map(str.strip, column))
                    continue
            keys = list(zip(*(cells[column.index] for column in group), strict=True))
            memo = {key: _values(target, group, key) for key in set(keys)}
            if target in NAME_PARTS or target in ADDRESS_PARTS:
                parts[target] = [values for values, _header in map(memo.__getitem__, keys)]
            elif target in FIRST_KEPT:
                kept = {
                    key: (
                        values[0] if values else "",
                        header,
                        "\n".join(f"Other {target}: {text}" for text in values[1:]),
                    )
                    for key, (values, header) in memo.items()
                }
                # (first value, its header, the others for the notes) of each row
                picked = list(zip(*map(kept.__getitem__, keys), strict=True)) or [(), (), ()]
                texts[target], headers[target], more = (list(column) for column in picked)
                extras.append(more)
            else:
                joint = "\n" if target == "notes" else " "
                joined = {key: joint.join(values) for key, (values, _header) in memo.items()}
                texts[target] = list(map(joined.__getitem__, keys))
        self._join_names(texts, headers, parts)
        self._join_address(texts, headers, parts)
        notes = texts.get("notes", [])
        for at in sorted({at for column in extras for at, more in enumerate(column) if more}):
            notes[at] = "\n".join(filter(None, [notes[at], *(column[at] for column in extras)]))
        return texts, headers

    def _join_names(
        self,
        texts: dict[str, list[str]],
        headers: dict[str, list[str]],
        parts: dict[str, list[tuple[str, ...]]],
    ) -> None:
        """A row without a full name has one made of its name's parts."""
        count = len(texts["full_name"])
        given = [
            [" ".join(values) for values in parts[part]] if part in parts else [""] * count
            for part in NAME_PARTS
        ]
        texts["full_name"] = [
            name or join_name(*part_texts)
            for name, *part_texts in zip(texts["full_name"], *given, strict=True)
        ]
        if "full_name" not in headers:
            header = next((self._headers[p] for p in NAME_PARTS if p in self._headers), "")
            headers["full_name"] = [header] * count

    def _join_address(
        self,
        texts: dict[str, list[str]],
        headers: dict[str, list[str]],
        parts: dict[str, list[tuple[str, ...]]],
    ) -> None:
        """A row without an address has one made of its address's parts, if it has any."""
        held = [parts[p] for p in ADDRESS_PARTS if p in parts]
        if not held:
            return
        header = next(self._headers[p] for p in ADDRESS_PARTS if p in self._headers)
        address, from_header = texts["address"], headers.get("address")
        for at, row_parts in enumerate(zip(*held, strict=True)):
            if not address[at] and any(row_parts):
                address[at] = ", ".join(text for values in row_parts for text in values)
                if from_header is None:
                    from_header = headers["address"] = [header] * len(address)
                from_header[at] = header


def _values(
    target: str, group: Sequence[Column], cells: Sequence[str]
) -> tuple[tuple[str, ...], str]:
    """The values a row's cells of the columns `group` (all giving `target`) hold, in order,
    and the header of the column the first came from (the first column's when none)."""
    found: list[tuple[str, str]] = []
    for column, cell in zip(group, cells, strict=True):
        text = cell.strip()
        if target in FIRST_KEPT and MULTI_VALUE.strip() in text:
            found += [(column.header, v.strip()) for v in text.split(":::") if v.strip()]
        elif text:
            found.append((column.header, text))
    return tuple(text for _header, text in found), found[0][0] if found else group[0].header


def join_name(given_name: str = "", middle_name: str = "", family_name: str = "") -> str:
    """A full name from its parts, in the order the name's culture writes it: Chinese,
    Japanese and Korean names family name first and without spaces ("李" + "雷" → "李雷"),
    others given names first ("Ana" "María" "Silva")."""
    if family_name and _CJK.search(family_name + given_name):
        return "".join((family_name, given_name, middle_name))
    return " ".join(part for part in (given_name, middle_name, family_name) if part)
