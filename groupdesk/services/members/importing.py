"""Importing members from a CSV file (last year's spreadsheet), all or nothing.

Every row is checked with the same rules as the Add member form. The report names each bad row
by its line in the file, whose row it is, and its column ("line 14 (Ana Petrova), Email: 'ana@'
is not an email address"). If
any row is bad, nothing is imported — unless the person chooses to skip the bad rows. A dry run
checks and reports without writing. Columns are matched by header (member_csv.COLUMNS), or by
a mapping the person gives.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from groupdesk.errors import ValidationError
from groupdesk.ids import pair_id
from groupdesk.models.members import Member, MemberSkill
from groupdesk.services import settings
from groupdesk.services.members.csv_format import (
    COLUMNS,
    decode,
    field_for_header,
    sniff_dialect,
    unneutralise,
)
from groupdesk.services.members.fields import clean_member_values, phone_region
from groupdesk.services.members.skills import skill_key
from groupdesk.services.sync.capture import bulk_insert
from groupdesk.services.uow import UnitOfWork

_LIST_SPLIT = re.compile(r"\s*[;,]\s*")
_FIELDS = {f for f, _h in COLUMNS}


@dataclass(frozen=True)
class RowError:
    line: int
    #: The column's header as in the file; None for a problem with the whole row.
    column: str | None
    message: str
    #: The row's name cell, so the person can find the row ("" if it has none).
    who: str = ""

    def __str__(self) -> str:
        where = f"line {self.line} ({self.who})" if self.who else f"line {self.line}"
        return (
            f"{where}, {self.column}: {self.message}" if self.column else f"{where}: {self.message}"
        )


@dataclass(frozen=True)
class ImportReport:
    encoding: str
    #: header → field, for the columns that were read.
    columns: dict[str, str]
    #: Headers not imported (unknown, or written by export for reading only).
    ignored_columns: tuple[str, ...]
    #: Rows with data (blank lines are not counted).
    rows: int
    errors: tuple[RowError, ...]
    imported: int
    dry_run: bool
    skipped_lines: tuple[int, ...] = field(default=())

    @property
    def bad_lines(self) -> tuple[int, ...]:
        return tuple(sorted({e.line for e in self.errors}))

    @property
    def valid_rows(self) -> int:
        return self.rows - len(self.bad_lines)

    def as_dict(self) -> dict[str, object]:
        return {
            "encoding": self.encoding,
            "columns": self.columns,
            "ignored_columns": list(self.ignored_columns),
            "rows": self.rows,
            "valid_rows": self.valid_rows,
            "imported": self.imported,
            "dry_run": self.dry_run,
            "errors": [
                {"line": e.line, "who": e.who, "column": e.column, "message": e.message}
                for e in self.errors
            ],
        }


@dataclass
class _Parsed:
    encoding: str
    columns: dict[str, str]
    ignored: list[str]
    rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    #: (line, member values, [(skill, kind)]) of each good row.
    good: list[tuple[int, dict[str, object], list[tuple[str, str]]]] = field(default_factory=list)


def import_members(
    uow: UnitOfWork,
    *,
    path: Path | None = None,
    data: bytes | None = None,
    dry_run: bool = False,
    skip_bad_rows: bool = False,
    mapping: Mapping[str, str | None] | None = None,
    today: date | None = None,
) -> ImportReport:
    """Import members from `path` (or the bytes `data`); see the module docstring.

    `mapping` overrides header matching: header → member field, or None to ignore a column.
    Problems with the file as a whole (no name column, not a CSV) raise ValidationError."""
    if data is None:
        if path is None:
            raise ValidationError.single("file", "choose a file to import")
        try:
            data = path.read_bytes()
        except OSError as problem:
            raise ValidationError.single(
                "file", f"{path} cannot be read ({problem.strerror})"
            ) from None
    group = settings.get_settings(uow)
    with uow:
        today = today or uow.today()
    parsed = parse_members_csv(
        data,
        region=phone_region(group.locale),
        locale=group.locale,
        today=today,
        mapping=mapping,
    )
    imported = 0
    blocked = bool(parsed.errors) and not skip_bad_rows
    if not dry_run and not blocked and parsed.good:
        with uow:
            imported = _write(uow, parsed)
            uow.commit()
    return ImportReport(
        encoding=parsed.encoding,
        columns=parsed.columns,
        ignored_columns=tuple(parsed.ignored),
        rows=parsed.rows,
        errors=tuple(parsed.errors),
        imported=imported,
        dry_run=dry_run,
        skipped_lines=tuple(sorted({e.line for e in parsed.errors})) if imported else (),
    )


def _write(uow: UnitOfWork, parsed: _Parsed) -> int:
    members = [values for _line, values, _skills in parsed.good]
    ids = bulk_insert(uow.session, Member, members)
    skills = []
    for member_id, (_line, _values, wanted) in zip(ids, parsed.good, strict=True):
        seen = set()
        for name, kind in wanted:
            key = skill_key(name)
            if key in seen:
                continue
            seen.add(key)
            skills.append(
                {
                    "id": pair_id("member_skill", member_id, key),
                    "member_id": member_id,
                    "name": name,
                    "name_key": key,
                    "kind": kind,
                    "can_teach": False,
                }
            )
    if skills:
        bulk_insert(uow.session, MemberSkill, skills)
    return len(ids)


def parse_members_csv(
    data: bytes,
    *,
    region: str | None,
    locale: str | None,
    today: date,
    mapping: Mapping[str, str | None] | None = None,
) -> _Parsed:
    """Decode, match the columns and check every row, without touching the database."""
    text, encoding = decode(data)
    if not text.strip():
        raise ValidationError.single("file", "the file is empty")
    reader = csv.reader(io.StringIO(text, newline=""), dialect=sniff_dialect(text))
    try:
        headers = next(reader)
    except csv.Error as problem:
        raise ValidationError.single("file", f"line 1 is not CSV ({problem})") from None
    columns, ignored = _match_columns(headers, mapping or {})
    name_at = next(i for i, f in columns.items() if f == "full_name")
    parsed = _Parsed(encoding, {headers[i]: f for i, f in columns.items()}, ignored)
    line = reader.line_num
    while True:
        start = line + 1
        try:
            cells = next(reader)
        except StopIteration:
            break
        except csv.Error as problem:
            parsed.rows += 1
            parsed.errors.append(RowError(start, None, f"this row is not valid CSV ({problem})"))
            line = reader.line_num
            continue
        line = reader.line_num
        if not any(cell.strip() for cell in cells):
            continue
        parsed.rows += 1
        who = unneutralise(cells[name_at].strip()) if name_at < len(cells) else ""
        if len(cells) != len(headers):
            parsed.errors.append(
                RowError(
                    start,
                    None,
                    f"this row has {len(cells)} values but the header has {len(headers)} columns"
                    + (
                        " (a value with a comma in it needs quotes around it)"
                        if len(cells) > len(headers)
                        else ""
                    ),
                    who,
                )
            )
            continue
        _check_row(parsed, start, who, headers, cells, columns, region, locale, today)
    return parsed


def _match_columns(
    headers: list[str], mapping: Mapping[str, str | None]
) -> tuple[dict[int, str], list[str]]:
    columns: dict[int, str] = {}
    ignored: list[str] = []
    taken: dict[str, str] = {}
    for index, header in enumerate(headers):
        if header in mapping:
            target: str | bool | None = mapping[header]
            if target is not None and target not in _FIELDS:
                raise ValidationError.single(
                    "mapping", f"{target!r} (for the column {header!r}) is not a member field"
                )
        else:
            target = field_for_header(header)
        if not target:
            ignored.append(header)
            continue
        assert isinstance(target, str)
        if target in taken:
            raise ValidationError.single(
                "file",
                f"the columns {taken[target]!r} and {header!r} both give the {_label(target)}; "
                "remove one, or say which to ignore",
            )
        taken[target] = header
        columns[index] = target
    if "full_name" not in taken:
        raise ValidationError.single(
            "file",
            "the file has no column for the member's name (a header like 'Full name' or "
            f"'Name'); its headers are: {', '.join(map(repr, headers))}",
        )
    return columns, ignored


def _label(field_name: str) -> str:
    return field_name.replace("_on", " date").replace("_", " ")


def _check_row(
    parsed: _Parsed,
    line: int,
    who: str,
    headers: list[str],
    cells: list[str],
    columns: dict[int, str],
    region: str | None,
    locale: str | None,
    today: date,
) -> None:
    raw: dict[str, object] = {}
    header_of: dict[str, str] = {}
    wanted_skills: list[tuple[str, str]] = []
    errors: list[RowError] = []
    for index, target in columns.items():
        cell = unneutralise(cells[index].strip())
        header_of[target] = headers[index]
        if target in ("skills", "interests"):
            for name in filter(None, _LIST_SPLIT.split(cell)):
                if len(name) > 100:
                    errors.append(
                        RowError(line, headers[index], f"{name[:30]!r}… is too long", who)
                    )
                wanted_skills.append((name, "skill" if target == "skills" else "interest"))
            continue
        raw[target] = cell
    try:
        values = clean_member_values(raw, region=region, today=today, locale=locale)
    except ValidationError as problem:
        for field_name, message in problem.errors.items():
            errors.append(RowError(line, header_of.get(field_name, field_name), message, who))
        values = {}
    if errors:
        parsed.errors.extend(errors)
    else:
        parsed.good.append((line, values, wanted_skills))
