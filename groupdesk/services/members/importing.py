"""Importing members from a CSV file (last year's spreadsheet, a Google or Outlook contacts
export), all or nothing.

Every row is checked with the same rules as the Add member form. The report names each bad row
by its line in the file, whose row it is, and its column ("line 14 (Ana Petrova), Email: 'ana@'
is not an email address"). If any row is bad, nothing is imported — unless the person chooses to
skip the bad rows. Rows that match a member already here are listed, and nothing is written
until the person says whether to skip them, merge them or add them anyway. A dry run checks and
reports without writing. Columns are recognised by header (`contact_columns`), or read by a
mapping the person gives.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from groupdesk.errors import ValidationError
from groupdesk.ids import pair_id
from groupdesk.models.members import Member, MemberSkill
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services import settings
from groupdesk.services.collector import collector_paused
from groupdesk.services.csv_files import (
    Decoded,
    RowError,
    decode,
    open_table,
    peek,
    read_file,
    unneutralise,
)
from groupdesk.services.imported_files import file_hash, record_import, refuse_a_second_import
from groupdesk.services.members.contact_columns import RowGatherer, plan_columns, recognise
from groupdesk.services.members.fields import CheckedMembers, clean_new_members, phone_region
from groupdesk.services.members.import_matches import (
    CHOICES,
    AlreadyHere,
    fill_in,
    find_already_here,
)
from groupdesk.services.members.skills import skill_key
from groupdesk.services.sync.capture import bulk_insert, bulk_insert_columns
from groupdesk.services.uow import UnitOfWork

_LIST_SPLIT = re.compile(r"\s*[;,]\s*")


@dataclass(frozen=True)
class ImportReport:
    encoding: str
    #: header → field (or part of a field, as `contact_columns.PART_LABELS`), for the columns
    #: that were read.
    columns: dict[str, str]
    #: Headers not imported that hold a value in some row (unknown, or written by export for
    #: reading only).
    ignored_columns: tuple[str, ...]
    #: Rows with data (blank lines are not counted).
    rows: int
    errors: tuple[RowError, ...]
    imported: int
    dry_run: bool
    skipped_lines: tuple[int, ...] = field(default=())
    #: Every header of the file, in its order (for choosing what each column is).
    headers: tuple[str, ...] = ()
    #: True when the encoding was a guess: `sample_names` shows how the names read with it,
    #: and `other_encodings` are the others it may be in.
    encoding_guessed: bool = False
    other_encodings: tuple[str, ...] = ()
    sample_names: tuple[str, ...] = ()
    #: Good rows that match a member already here.
    already_here: tuple[AlreadyHere, ...] = ()
    #: What was done with them: "skip", "merge", "add", or None if nobody said.
    existing: str | None = None
    merged: int = 0

    @property
    def bad_lines(self) -> tuple[int, ...]:
        return tuple(sorted({e.line for e in self.errors}))

    @property
    def valid_rows(self) -> int:
        return self.rows - len(self.bad_lines)

    @property
    def waiting_for_choice(self) -> bool:
        """Rows are already here and nobody said what to do with them."""
        return bool(self.already_here) and self.existing is None

    def as_dict(self) -> dict[str, object]:
        return {
            "encoding": self.encoding,
            "encoding_guessed": self.encoding_guessed,
            "other_encodings": list(self.other_encodings),
            "sample_names": list(self.sample_names),
            "columns": self.columns,
            "ignored_columns": list(self.ignored_columns),
            "rows": self.rows,
            "valid_rows": self.valid_rows,
            "imported": self.imported,
            "merged": self.merged,
            "dry_run": self.dry_run,
            "errors": [
                {"line": e.line, "who": e.who, "column": e.column, "message": e.message}
                for e in self.errors
            ],
            "already_here": [
                {
                    "line": a.line,
                    "who": a.who,
                    "member_id": a.member_id,
                    "member_name": a.member_name,
                    "why": a.why,
                }
                for a in self.already_here
            ],
            "existing": self.existing,
        }


@dataclass
class _Parsed:
    decoded: Decoded
    headers: list[str]
    columns: dict[str, str]
    ignored: list[str]
    rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    #: (line, place in `checked`, [(skill, kind)]) of each good row.
    good: list[tuple[int, int, list[tuple[str, str]]]] = field(default_factory=list)
    #: Every row's checked values a field at a time: written as they are, a row's values
    #: made only where one is looked at alone (a merge).
    checked: CheckedMembers = field(default_factory=lambda: CheckedMembers({}, {}))


@collector_paused()  # it holds every row of the file (`groupdesk.services.collector`)
def import_members(
    uow: UnitOfWork,
    *,
    path: Path | None = None,
    data: bytes | None = None,
    dry_run: bool = False,
    skip_bad_rows: bool = False,
    mapping: Mapping[str, str | None] | None = None,
    encoding: str | None = None,
    existing: str | None = None,
    today: date | None = None,
    again: bool = False,
) -> ImportReport:
    """Import members from `path` (or the bytes `data`); see the module docstring.

    `mapping` overrides header matching: header → member field (or part), or None to ignore a
    column. `encoding` (a name in `csv_files.ENCODINGS`) overrides the guess. `existing` says
    what to do with rows already here ("skip", "merge", "add"); without it, nothing is written
    while there are any. Problems with the file as a whole (no name column, not a CSV) raise
    ValidationError, as does a file imported here before that would add members again, unless
    `again` (`groupdesk.services.imported_files`)."""
    if existing is not None and existing not in CHOICES:
        raise ValidationError.single("existing", f"{existing!r} is not one of {', '.join(CHOICES)}")
    data = read_file(path, data)
    group = settings.get_settings(uow)
    with uow:
        today = today or uow.today()
    region = phone_region(group.locale)
    parsed = parse_members_csv(
        data, region=region, locale=group.locale, today=today, mapping=mapping, encoding=encoding
    )
    table = parsed.checked.columns
    already = find_already_here(
        uow,
        [
            (line, str(table["full_name"][at]), table["email"][at], table["phone"][at])
            for line, at, _skills in parsed.good
        ],
        region=region,
    )
    imported = merged = 0
    blocked = (bool(parsed.errors) and not skip_bad_rows) or (bool(already) and not existing)
    adding = len(parsed.good) - (0 if existing == "add" else len(already))
    sha256 = file_hash(data)
    if not (again or dry_run or blocked) and adding > 0:
        refuse_a_second_import(
            uow, sha256=sha256, what="members", noun="member", locale=group.locale
        )
    if not dry_run and not blocked and parsed.good:
        with uow:
            imported, merged = _write(uow, parsed, already, existing)
            record_import(uow, sha256=sha256, what="members", rows=imported + merged)
            uow.commit()
    written = imported or merged
    return ImportReport(
        encoding=parsed.decoded.encoding,
        columns=parsed.columns,
        ignored_columns=tuple(parsed.ignored),
        rows=parsed.rows,
        errors=tuple(parsed.errors),
        imported=imported,
        dry_run=dry_run,
        skipped_lines=tuple(sorted({e.line for e in parsed.errors})) if written else (),
        headers=tuple(parsed.headers),
        encoding_guessed=parsed.decoded.guessed,
        other_encodings=parsed.decoded.alternatives,
        sample_names=tuple(str(table["full_name"][at]) for _l, at, _s in parsed.good[:5]),
        already_here=tuple(already),
        existing=existing,
        merged=merged,
    )


def _write(
    uow: UnitOfWork, parsed: _Parsed, already: list[AlreadyHere], existing: str | None
) -> tuple[int, int]:
    """(members added, members merged into)."""
    matched = {a.line: a.member_id for a in already} if existing != "add" else {}
    new_rows = [(at, wanted) for line, at, wanted in parsed.good if line not in matched]
    places = [at for at, _wanted in new_rows]
    table = parsed.checked.columns
    every_row = len(places) == len(next(iter(table.values()), ()))
    ids = bulk_insert_columns(
        uow.session,
        Member,
        table
        if every_row
        else {name: [column[at] for at in places] for name, column in table.items()},
    )
    owners = list(zip(ids, (wanted for _at, wanted in new_rows), strict=True))
    merged = 0
    if existing == "merge":
        # Each matched member read beforehand, a chunk at a time, so filling them in reads
        # nothing more and the session writes them in one flush, not one per row (20,000
        # rows: 16 s).
        members = _members(uow, [matched[line] for line, _at, _w in parsed.good if line in matched])
        for line, at, wanted in parsed.good:
            if line in matched:
                member = members.get(matched[line])
                filled = member is not None and fill_in(member, values=parsed.checked.row(at))
                merged += filled or bool(wanted)
                owners.append((matched[line], wanted))
    skills: dict[str, dict[str, object]] = {}
    for member_id, wanted in owners:
        for name, kind in wanted:
            key = skill_key(name)
            skill_id = pair_id("member_skill", member_id, key)
            skills.setdefault(
                skill_id,
                {
                    "id": skill_id,
                    "member_id": member_id,
                    "name": name,
                    "name_key": key,
                    "kind": kind,
                    "can_teach": False,
                },
            )
    if skills:
        held = set(uow.session.scalars(select(MemberSkill.id).where(MemberSkill.id.in_(skills))))
        new_skills = [row for skill_id, row in skills.items() if skill_id not in held]
        if new_skills:
            bulk_insert(uow.session, MemberSkill, new_skills)
    return len(ids), merged


def _members(uow: UnitOfWork, ids: list[str]) -> dict[str, Member]:
    """The members of `ids`, by id, read 900 at a time."""
    found: dict[str, Member] = {}
    for start in range(0, len(ids), 900):
        chunk = ids[start : start + 900]
        found.update(
            (m.id, m) for m in uow.session.scalars(select(Member).where(Member.id.in_(chunk)))
        )
    return found


@dataclass(frozen=True)
class FileColumns:
    """The columns of a file, for a person choosing what each one is."""

    headers: tuple[str, ...]
    #: header → what it is read as when nobody says (recognised headers only).
    guesses: dict[str, str]
    #: header → its first value, so the person can see what the column holds.
    examples: dict[str, str]


def file_columns(*, path: Path, encoding: str | None = None) -> FileColumns:
    """The headers of the file at `path`, what each is taken for, and an example value of
    each — also for a file whose columns are not recognised at all."""
    try:
        text = decode(path.read_bytes(), encoding=encoding).text
    except OSError as problem:
        raise ValidationError.single(
            "file", f"{path} cannot be read ({problem.strerror})"
        ) from None
    headers, examples = peek(text)
    guesses = {}
    for header in headers:
        found = recognise(header)
        if isinstance(found, tuple):
            guesses[header] = found[0]
    return FileColumns(headers, guesses, examples)


def parse_members_csv(
    data: bytes,
    *,
    region: str | None,
    locale: str | None,
    today: date,
    mapping: Mapping[str, str | None] | None = None,
    encoding: str | None = None,
) -> _Parsed:
    """Decode, match the columns and check every row, without touching the database."""
    decoded = decode(data, encoding=encoding)
    headers, rows = open_table(decoded.text)
    columns, ignored = plan_columns(headers, mapping or {})
    gather = RowGatherer(columns)
    parsed = _Parsed(decoded, headers, {c.header: c.target for c in columns}, [])
    holding_values: set[str] = set()
    shaped: list[tuple[int, Sequence[str]]] = []
    # Only the ignored columns' cells are looked at: which of them hold something is said.
    ignored_at = [(i, header) for i, header in enumerate(headers) if header in ignored]
    for row in rows:
        start, cells = row.line, row.cells
        if row.problem is not None:
            parsed.rows += 1
            parsed.errors.append(
                RowError(
                    start,
                    None,
                    QT_TRANSLATE_NOOP(
                        "MemberImport", "this row is not valid CSV ({problem})"
                    ).format(problem=row.problem),
                )
            )
            continue
        if row.blank:
            continue
        parsed.rows += 1
        if ignored_at:
            holding_values.update(h for i, h in ignored_at if i < len(cells) and cells[i].strip())
        if len(cells) != len(headers):
            who = unneutralise(
                gather([*map(str.strip, cells), *[""] * len(headers)])[0]["full_name"]
            )
            parsed.errors.append(
                RowError(
                    start,
                    None,
                    (
                        QT_TRANSLATE_NOOP(
                            "MemberImport",
                            "this row has {values} values but the header has {columns} columns "
                            "(a value with a comma in it needs quotes around it)",
                        )
                        if len(cells) > len(headers)
                        else QT_TRANSLATE_NOOP(
                            "MemberImport",
                            "this row has {values} values but the header has {columns} columns",
                        )
                    ).format(values=len(cells), columns=len(headers)),
                    who,
                )
            )
            continue
        shaped.append((start, row.cells))
    _check_rows(parsed, shaped, gather, len(headers), region=region, locale=locale, today=today)
    parsed.errors.sort(key=lambda error: error.line)  # a row's own errors stay in their order
    parsed.ignored = [h for h in ignored if h in holding_values]
    return parsed


def _check_rows(
    parsed: _Parsed,
    shaped: list[tuple[int, Sequence[str]]],
    gather: RowGatherer,
    width: int,
    *,
    region: str | None,
    locale: str | None,
    today: date,
) -> None:
    """Check the values of each row (line, cells) as the Add member form would, and its
    skills and interests: all rows at once, a column at a time (`fields.clean_new_members`)."""
    cells = [_tidied(column) for column in zip(*(row for _line, row in shaped), strict=True)]
    texts, headers = gather.columns(cells or [[] for _header in range(width)])
    wanted = {
        target: _each_named(target, texts.pop(target))
        for target in [target for target in texts if target in ("skills", "interests")]
    }
    parsed.checked = clean_new_members(texts, region=region, today=today, locale=locale)
    names, refused = texts["full_name"], parsed.checked.refused
    bad = set(refused)
    bad.update(
        at for named in wanted.values() for at, (_n, too_long) in enumerate(named) if too_long
    )
    for at in sorted(bad):
        line = shaped[at][0]
        for target, named in wanted.items():
            parsed.errors += [
                RowError(line, headers[target][at], message, names[at]) for message in named[at][1]
            ]
        if at in refused:
            parsed.errors += [
                RowError(
                    line, headers[field][at] if field in headers else field, message, names[at]
                )
                for field, message in refused[at].errors.items()
            ]
    skills = (
        [
            [skill for named in wanted.values() for skill in named[at][0]]
            for at in range(len(shaped))
        ]
        if wanted
        else [[]] * len(shaped)
    )
    parsed.good = [
        (line, at, skills[at]) for at, (line, _cells) in enumerate(shaped) if at not in bad
    ]


def _tidied(cells: Sequence[str]) -> list[str]:
    """A column's cells trimmed and `unneutralise`d, each distinct cell once."""
    tidy = {cell: unneutralise(cell.strip()) for cell in set(cells)}
    return list(map(tidy.__getitem__, cells))


def _each_named(target: str, texts: list[str]) -> list[tuple[list[tuple[str, str]], list[str]]]:
    """`_named` of each cell of a column, each distinct cell worked out once."""
    named = {text: _named(target, text) for text in set(texts)}
    return [named[text] for text in texts]


def _named(target: str, text: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The skills or interests a cell names, [(name, kind)], and a message for each too long."""
    kind = "skill" if target == "skills" else "interest"
    names = [name for name in _LIST_SPLIT.split(text) if name]
    too_long: list[str] = [
        QT_TRANSLATE_NOOP("MemberImport", "{name!r}… is too long").format(name=name[:30])
        for name in names
        if len(name) > 100
    ]
    return [(name, kind) for name in names], too_long
