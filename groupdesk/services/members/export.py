"""Exporting members to a CSV file that Excel, LibreOffice and this app's import all read.

UTF-8 with a BOM (so Excel shows every script), one header row (the import's own names), dates
as ISO 8601, consents as yes/no, and every cell that a spreadsheet would run as a formula
neutralised (`services/csv_files.py`, shared with other exports).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from groupdesk.models.members import Member
from groupdesk.services.csv_files import write_csv_file
from groupdesk.services.members.csv_format import COLUMNS, EXPORT_ONLY, LIST_SEPARATOR
from groupdesk.services.members.records import list_members
from groupdesk.services.members.skills import skill_directory
from groupdesk.services.output_files import check_output_path
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class ExportSummary:
    path: Path
    members: int


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def export_rows(uow: UnitOfWork, *, include_left: bool = True) -> list[list[str]]:
    """The header and one row per current member (sorted by name), as text cells."""
    members = [m for m in list_members(uow) if include_left or m.status != "left"]
    skills: dict[str, dict[str, list[str]]] = {}
    for skill in skill_directory(uow, include_all_members=True):
        skills.setdefault(skill.member_id, {}).setdefault(skill.kind, []).append(skill.name)
    fields = [f for f, _h in COLUMNS if f not in ("skills", "interests")]
    with uow:
        records = {
            row[0]: dict(zip(fields, row[1:], strict=True))
            for row in uow.session.execute(select(Member.id, *(getattr(Member, f) for f in fields)))
        }
    header = [headers[0] for _field, headers in COLUMNS] + [h for _f, h in EXPORT_ONLY]
    body = []
    for member in members:
        record, mine = records[member.id], skills.get(member.id, {})
        cells = []
        for field, _headers in COLUMNS:
            if field == "skills":
                cells.append(LIST_SEPARATOR.join(mine.get("skill", [])))
            elif field == "interests":
                cells.append(LIST_SEPARATOR.join(mine.get("interest", [])))
            else:
                cells.append(_cell(record[field]))
        cells += [member.id, LIST_SEPARATOR.join(member.roles), _cell(member.last_seen)]
        body.append(cells)
    return [header, *body]


def export_members(uow: UnitOfWork, *, path: Path, include_left: bool = True) -> ExportSummary:
    """Write current members to `path` (replaced whole, never left half-written)."""
    check_output_path(path, data_paths=uow.workspace.paths, force=True, field="file")
    rows = export_rows(uow, include_left=include_left)
    write_csv_file(path, rows)
    return ExportSummary(path, len(rows) - 1)
