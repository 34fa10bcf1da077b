"""Merging two records of one person, and undoing it.

A merge moves every reference to the merged record onto the survivor — found from the model
metadata (`referencing_columns("members")`), so tables added later are covered — fills the
survivor's empty fields from the merged record, and keeps the merged record as a tombstone
pointing at the survivor. One transaction; every step is an ordinary synced change, so it shows
in history and travels to the other laptops. The `MemberMerge` row remembers what moved and
what was filled, so an unmerge puts back exactly that (and leaves alone anything changed since).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select

from groupdesk.errors import GroupDeskError, Remedy, ValidationError
from groupdesk.models.base import model_for_table
from groupdesk.models.members import Member, MemberMerge, Mentorship
from groupdesk.models.references import referencing_columns
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.rows import live_member, row_of, tombstone
from groupdesk.services.sync.values import decode_value, encode_value
from groupdesk.services.uow import UnitOfWork

#: Survivor fields filled from the merged record when the survivor's is empty.
FILLABLE = (
    "preferred_name",
    "pronouns",
    "email",
    "phone",
    "address",
    "languages",
    "accessibility_needs",
)


@dataclass(frozen=True)
class MergeResult:
    merge_id: str
    survivor_id: str
    merged_id: str
    #: How many references moved, by table.
    moved: dict[str, int]
    #: Survivor fields that took the merged record's value.
    filled: tuple[str, ...]


@dataclass(frozen=True)
class UnmergeResult:
    survivor_id: str
    restored_id: str
    moved_back: int
    #: References changed since the merge and so left where they are now.
    left_in_place: int


def merge_members(uow: UnitOfWork, *, keep_id: str, other_id: str) -> MergeResult:
    """Merge `other_id` into `keep_id` (see the module docstring)."""
    if keep_id == other_id:
        raise ValidationError.single(
            "other", QT_TRANSLATE_NOOP("MemberRecords", "choose two different records to merge")
        )
    with uow:
        survivor = live_member(uow.session, keep_id, role="the record to keep")
        other = live_member(uow.session, other_id, role="the record to merge")
        pairing = uow.session.scalars(
            select(Mentorship).where(
                Mentorship.deleted_at.is_(None),
                or_(
                    (Mentorship.mentor_id == keep_id) & (Mentorship.mentee_id == other_id),
                    (Mentorship.mentor_id == other_id) & (Mentorship.mentee_id == keep_id),
                ),
            )
        ).first()
        if pairing is not None:
            raise GroupDeskError(
                QT_TRANSLATE_NOOP(
                    "MemberRecords",
                    "{keep} and {other} are in a mentorship together, so they are two people; "
                    "they were not merged.",
                ).format(keep=survivor.full_name, other=other.full_name)
            )
        moved: list[list[str]] = []
        counts: dict[str, int] = {}
        for column in referencing_columns(Member.__tablename__):
            if column.on_merge != "move":
                continue
            attribute = getattr(column.model, column.attribute)
            for row in uow.session.scalars(select(column.model).where(attribute == other_id)):
                setattr(row, column.attribute, keep_id)
                moved.append([column.table_name, column.attribute, row.id])
                counts[column.table_name] = counts.get(column.table_name, 0) + 1
        filled = _fill(survivor, other)
        other.merged_into_id = keep_id
        tombstone(uow, other)
        record = MemberMerge(
            survivor_id=keep_id,
            merged_id=other_id,
            moved=json.dumps(moved),
            filled=json.dumps(filled, ensure_ascii=False),
        )
        uow.session.add(record)
        uow.session.flush()
        result = MergeResult(record.id, keep_id, other_id, counts, tuple(filled))
        uow.commit()
    return result


def _fill(survivor: Member, other: Member) -> dict[str, list[Any]]:
    """Copy what the survivor lacks; returns {field: [old, new]} (JSON-ready) for an unmerge."""
    changes: dict[str, Any] = {}
    for field in FILLABLE:
        if getattr(survivor, field) in (None, "") and getattr(other, field) not in (None, ""):
            changes[field] = getattr(other, field)
    if other.joined_on and (survivor.joined_on is None or other.joined_on < survivor.joined_on):
        changes["joined_on"] = other.joined_on
    if other.notes and other.notes != survivor.notes:
        changes["notes"] = "\n\n".join(filter(None, (survivor.notes, other.notes)))
    for kind in ("contact", "photo", "roster"):
        ours, theirs = getattr(survivor, f"consent_{kind}_on"), getattr(other, f"consent_{kind}_on")
        if theirs is not None and (ours is None or theirs > ours):
            for suffix in ("", "_on", "_how"):
                changes[f"consent_{kind}{suffix}"] = getattr(other, f"consent_{kind}{suffix}")
    filled: dict[str, list[Any]] = {}
    for field, value in changes.items():
        old = getattr(survivor, field)
        if old == value:
            continue
        filled[field] = [json.loads(encode_value(old)), json.loads(encode_value(value))]
        setattr(survivor, field, value)
    return filled


def unmerge_member(uow: UnitOfWork, *, member_id: str) -> UnmergeResult:
    """Undo the merge of `member_id` into another record: both records, and their references,
    are as they were (except what someone changed since the merge)."""
    with uow:
        other = row_of(uow.session, Member, member_id, what="member")
        record = uow.session.scalars(
            select(MemberMerge)
            .where(
                MemberMerge.merged_id == member_id,
                MemberMerge.undone_at.is_(None),
                MemberMerge.deleted_at.is_(None),
            )
            .order_by(MemberMerge.created_at.desc(), MemberMerge.id.desc())
        ).first()
        if record is None or other.merged_into_id != record.survivor_id:
            raise GroupDeskError(
                QT_TRANSLATE_NOOP("MemberRecords", "{name} was not merged into anyone.").format(
                    name=other.full_name or member_id
                )
            )
        if other.erased_at is not None:
            raise GroupDeskError(
                QT_TRANSLATE_NOOP(
                    "MemberRecords", "Member {id} was forgotten at their request."
                ).format(id=member_id)
            )
        survivor = uow.session.get(Member, record.survivor_id)
        if survivor is None:
            raise GroupDeskError(
                QT_TRANSLATE_NOOP(
                    "MemberRecords", "The record {id} it was merged into is missing."
                ).format(id=record.survivor_id)
            )
        if survivor.merged_into_id is not None:
            raise GroupDeskError(
                QT_TRANSLATE_NOOP(
                    "MemberRecords",
                    "{name} was itself merged into {other} since; undo that merge first.",
                ).format(name=survivor.full_name, other=survivor.merged_into_id),
                remedy=Remedy("unmerge_member", survivor.id),
            )
        moved_back = left = 0
        for table, attribute, row_id in json.loads(record.moved):
            model = model_for_table(table)
            row = uow.session.get(model, row_id) if model is not None else None
            if row is not None and getattr(row, attribute) == record.survivor_id:
                setattr(row, attribute, member_id)
                moved_back += 1
            else:
                left += 1
        columns = Member.__table__.columns
        for field, (old, new) in json.loads(record.filled).items():
            column_type = columns[field].type
            if getattr(survivor, field) == decode_value(column_type, json.dumps(new)):
                setattr(survivor, field, decode_value(column_type, json.dumps(old)))
        other.merged_into_id = None
        other.deleted_at = None
        record.undone_at = uow.now()
        uow.session.flush()
        result = UnmergeResult(survivor.id, member_id, moved_back, left)
        uow.commit()
    return result


def merges_into(uow: UnitOfWork, *, member_id: str) -> list[tuple[str, str, date]]:
    """(merged id, name, when) of each record merged into `member_id` and not unmerged."""
    with uow:
        rows = uow.session.execute(
            select(MemberMerge.merged_id, Member.full_name, MemberMerge.created_at)
            .join(Member, Member.id == MemberMerge.merged_id)
            .where(
                MemberMerge.survivor_id == member_id,
                MemberMerge.undone_at.is_(None),
                MemberMerge.deleted_at.is_(None),
            )
            .order_by(MemberMerge.created_at)
        ).all()
    return [(r.merged_id, r.full_name, r.created_at.date()) for r in rows]
