"""Forgetting a member on request: their personal fields blanked here, in the change-log history,
and — because the erasure is an ordinary synced change — on every laptop after the next sync.

What is blanked: the member's `__erase_fields__` (names, contact details, notes …) on their
record and on every record merged into it; the `__erase_fields__` of each row that points at
them through a column with `on_forget="erase"` (a check-in's note about them, a mentorship's
goals); and every past value of those fields in the `changes` table. What stays: the rows
themselves, their dates and links, status "left" — so counts (members per year, attendance,
money) stay right. The record keeps `erased_at`, shows as "Forgotten member", and services refuse
to write about it again.

Contract for the sync engine (also in docs/members.md): after applying incoming changes (capture
off, inside the file's transaction), call `enforce_erasures(session)`. It finds every member with
`erased_at` set and blanks, without recording new changes, any erasable field that holds a value
— whether it came from an old file read late or from an edit made offline after the erasure —
and scrubs those fields' values in the local change log. Every laptop applies the same rule to
the same data, so they converge on blank fields without new stamps.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from groupdesk.errors import GroupDeskError
from groupdesk.models.base import Synced
from groupdesk.models.members import CONSENT_KINDS, Member
from groupdesk.models.references import referencing_columns
from groupdesk.models.sync_local import UnknownChange
from groupdesk.models.sync_state import Change
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.rows import row_of
from groupdesk.services.sync import capture
from groupdesk.services.sync.values import ROW_FIELD, encode_row, encode_value
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class ForgetResult:
    member_id: str
    #: Records merged into the member, forgotten with them.
    merged_records: int
    #: Rows about them whose personal text was blanked.
    related_rows: int
    #: Past values blanked in the change log.
    history_values: int


def erase_fields(model: type[Synced]) -> frozenset[str]:
    return getattr(model, "__erase_fields__", frozenset())


def blank_value(model: type[Synced], field: str) -> Any:
    """The empty value of a field: '' for a required text column, else None."""
    column = model.__table__.columns[field]
    return None if column.nullable else ""


@dataclass(frozen=True)
class _Target:
    model: type[Synced]
    row_ids: tuple[str, ...]

    @property
    def fields(self) -> frozenset[str]:
        return erase_fields(self.model)


def _merged_ids(session: Session, member_id: str) -> set[str]:
    """`member_id` and every record merged into it, directly or through a chain."""
    found, frontier = {member_id}, [member_id]
    while frontier:
        children = (
            set(session.scalars(select(Member.id).where(Member.merged_into_id.in_(frontier))))
            - found
        )
        found |= children
        frontier = list(children)
    return found


def _targets(session: Session, member_ids: set[str]) -> list[_Target]:
    targets = [_Target(Member, tuple(sorted(member_ids)))]
    for column in referencing_columns(Member.__tablename__):
        if column.on_forget != "erase" or not erase_fields(column.model):
            continue
        attribute = getattr(column.model, column.attribute)
        ids = tuple(
            session.scalars(select(column.model.id).where(attribute.in_(sorted(member_ids))))
        )
        if ids:
            targets.append(_Target(column.model, ids))
    return targets


def forget_member(uow: UnitOfWork, *, member_id: str, today: date | None = None) -> ForgetResult:
    """Forget a member at their request (see the module docstring). Cannot be undone."""
    with uow:
        member = row_of(uow.session, Member, member_id, what="member")
        if member.erased_at is not None:
            raise GroupDeskError(
                QT_TRANSLATE_NOOP(
                    "MemberRecords", "Member {id} was already forgotten on {day}."
                ).format(id=member_id, day=member.erased_at)
            )
        if member.merged_into_id is not None:
            raise GroupDeskError(
                QT_TRANSLATE_NOOP(
                    "MemberRecords",
                    "This record was merged into {other}; forget that record, which forgets this "
                    "one too.",
                ).format(other=member.merged_into_id)
            )
        today = today or uow.today()
        ids = _merged_ids(uow.session, member_id)
        targets = _targets(uow.session, ids)
        related = 0
        for target in targets:
            for row_id in target.row_ids:
                row = uow.session.get(target.model, row_id)
                assert row is not None
                for field in target.fields:
                    setattr(row, field, blank_value(target.model, field))
                if target.model is Member:
                    _forget_member_row(row, today)  # type: ignore[arg-type]
                else:
                    related += 1
        uow.session.flush()
        scrubbed = scrub_history(uow.session, targets)
        result = ForgetResult(member_id, len(ids) - 1, related, scrubbed)
        uow.commit()
    return result


def _forget_member_row(row: Member, today: date) -> None:
    row.erased_at = today
    row.status = "left"
    if row.left_on is None and row.merged_into_id is None:
        row.left_on = max(today, row.joined_on or today)
    for kind in CONSENT_KINDS:
        if getattr(row, f"consent_{kind}"):
            setattr(row, f"consent_{kind}", False)
            setattr(row, f"consent_{kind}_on", today)
        setattr(row, f"consent_{kind}_how", None)


def scrub_history(session: Session, targets: Iterable[_Target]) -> int:
    """Blank the past values of the targets' erasable fields in the local change log (field
    changes, and the fields inside row changes). Returns how many values were blanked."""
    scrubbed = 0
    for target in targets:
        blanks = {field: blank_value(target.model, field) for field in sorted(target.fields)}
        for start in range(0, len(target.row_ids), 900):
            row_ids = target.row_ids[start : start + 900]
            in_rows = (Change.table_name == target.model.__tablename__, Change.row_id.in_(row_ids))
            for field, blank in blanks.items():
                result = session.execute(
                    update(Change)
                    .where(*in_rows, Change.field == field, Change.value != encode_value(blank))
                    .values(value=encode_value(blank))
                )
                scrubbed += result.rowcount  # type: ignore[attr-defined]
            # Inside row changes: the log's, and those kept aside for a newer version.
            for log in (Change, UnknownChange):
                scrubbed += _scrub_row_changes(
                    session, log, target.model.__tablename__, row_ids, blanks
                )
    return scrubbed


def _scrub_row_changes(
    session: Session,
    log: type[Change] | type[UnknownChange],
    table: str,
    row_ids: Sequence[str],
    blanks: dict[str, Any],
) -> int:
    """Blank `blanks`' fields inside the row changes of `row_ids` in `log`."""
    scrubbed = 0
    for hlc, row_id, text in session.execute(
        select(log.hlc, log.row_id, log.value).where(
            log.table_name == table, log.row_id.in_(row_ids), log.field == ROW_FIELD
        )
    ).all():
        values = json.loads(text)
        blanked = [f for f, blank in blanks.items() if f in values and values[f] != blank]
        if blanked:
            values.update((f, blanks[f]) for f in blanked)
            session.execute(
                update(log)
                .where(
                    log.hlc == hlc,
                    log.table_name == table,
                    log.row_id == row_id,
                    log.field == ROW_FIELD,
                )
                .values(value=encode_row(values.items()))
            )
            scrubbed += len(blanked)
    return scrubbed


def enforce_erasures(session: Session, *, member_ids: Iterable[str] | None = None) -> int:
    """Make every forgotten member (or those of `member_ids`) blank again, rows and history.

    For the sync engine, after applying changes with capture off; records no new changes
    (every laptop reaches the same blank state by the same rule). Returns how many row fields
    and history values were blanked.
    """
    if session.info.get(capture.INFO_CAPTURE, False):
        raise RuntimeError("enforce_erasures runs with change capture off (while sync applies)")
    query = select(Member.id).where(Member.erased_at.is_not(None))
    if member_ids is not None:
        query = query.where(Member.id.in_(sorted(set(member_ids))))
    blanked = 0
    for member_id in session.scalars(query).all():
        targets = _targets(session, _merged_ids(session, member_id))
        for target in targets:
            for field in sorted(target.fields):
                column = getattr(target.model, field)
                blank = blank_value(target.model, field)
                not_blank = column.is_not(None) if blank is None else column != blank
                for start in range(0, len(target.row_ids), 900):
                    result = session.execute(
                        update(target.model)
                        .where(target.model.id.in_(target.row_ids[start : start + 900]), not_blank)
                        .values({field: blank})
                        .execution_options(synchronize_session=False)
                    )
                    blanked += result.rowcount  # type: ignore[attr-defined]
        blanked += scrub_history(session, targets)
    return blanked
