"""Rows of an import that are already here: the same file imported twice, or last year's
spreadsheet over a group that has been using GroupDesk.

A row is already here when a live member has the same email, the same phone, or when the
duplicate finder (`duplicates.pairs_among`) takes the row and the member for one person. Such
rows are listed before anything is written; the person then chooses to skip them, to merge them
(fill in what the member's record lacks), or to add them anyway.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from groupdesk.models.members import Member
from groupdesk.services.members.duplicates import (
    DuplicateSide,
    email_key,
    live_sides,
    pairs_among,
    phone_key,
)
from groupdesk.services.members.merge import FILLABLE
from groupdesk.services.uow import UnitOfWork

#: What the person may do with rows that are already here.
CHOICES = ("skip", "merge", "add")
#: Fields a merge fills in when the member's record has them empty (as a merge of two records
#: does, and the joining date and notes that a file brings).
FILLED = (*FILLABLE, "joined_on", "notes")
_ROW = "row:"


@dataclass(frozen=True)
class AlreadyHere:
    #: The row's line in the file and its name there.
    line: int
    who: str
    member_id: str
    member_name: str
    #: Why they are taken for one person: "same email", "same phone", "same name", …
    why: str


def find_already_here(
    uow: UnitOfWork, rows: Sequence[tuple[int, str, object, object]], *, region: str | None
) -> list[AlreadyHere]:
    """The rows (line, checked name, email and phone) that match a live member, in the file's
    order."""
    if not rows:
        return []
    members = live_sides(uow)
    if not members:
        return []
    by_email = {email_key(m.email): m for m in members if m.email}
    by_phone = {phone_key(m.phone, region): m for m in members if m.phone}
    incoming = [
        DuplicateSide(f"{_ROW}{line}", name, _text(email), _text(phone), None, "active")
        for line, name, email, phone in rows
    ]
    found: dict[int, AlreadyHere] = {}
    for side, (line, *_values) in zip(incoming, rows, strict=True):
        for key, index, why in (
            (email_key(side.email), by_email, "same email"),
            (phone_key(side.phone, region), by_phone, "same phone"),
        ):
            if key and key in index and line not in found:
                member = index[key]
                found[line] = AlreadyHere(line, side.full_name, member.id, member.full_name, why)
    by_id = {m.id: m for m in members}
    unmatched = [
        side for side, (line, *_v) in zip(incoming, rows, strict=True) if line not in found
    ]
    for pair in pairs_among(members + unmatched, region=region) if unmatched else ():
        row_side, other = (
            (pair.first, pair.second)
            if pair.first.id.startswith(_ROW)
            else (pair.second, pair.first)
        )
        here = by_id.get(other.id)
        if here is None or not row_side.id.startswith(_ROW):
            continue  # two rows of the file, or two members already here
        row_line = int(row_side.id.removeprefix(_ROW))
        if row_line not in found:
            why = ", ".join(pair.reasons) or "alike"
            found[row_line] = AlreadyHere(
                row_line, row_side.full_name, here.id, here.full_name, why
            )
    return [found[line] for line in sorted(found)]


def _text(value: object) -> str | None:
    return None if value in (None, "") else str(value)


def fill_in(member: Member, *, values: dict[str, object]) -> bool:
    """Fill the member's empty fields from an imported row (inside the caller's transaction);
    notes the member already has are kept and the row's are added after them. True if
    anything changed."""
    changed = False
    for field in FILLED:
        new, old = values.get(field), getattr(member, field)
        if new in (None, "") or new == old:
            continue
        if old in (None, ""):
            setattr(member, field, new)
            changed = True
        elif field == "notes" and str(new) not in str(old):
            member.notes = f"{old}\n{new}"
            changed = True
    return changed
