"""Joining a sync folder as a whole, even if the process is killed half-way (issue 15 item 4).

A laptop that had made its own group takes the group's settings from the folder when it joins
(its own settings row is deleted: an ordinary change, so every laptop agrees). `sync join` did
that after reading the folder, in a step of its own: killed before it, the laptop was already
"set up", its next `sync run` sent its own settings, and on the other laptops the group became
"Old laptop group" in USD.

Now the join is marked pending in the same transaction that makes the laptop a member of the
folder, with the settings it held before. While a join is pending, a sync run reads but sends
nothing; once the folder's settings are in, the laptop's own are deleted and the mark cleared
in one transaction, and only then does it send. A killed join simply resumes at the next run.

A laptop holding records of its own is told first what joining does to them
(`JoinNeedsConsentError`), and joins only when the person says so.
"""

from __future__ import annotations

import json

from sqlalchemy import func, select

from groupdesk.errors import GroupDeskError
from groupdesk.messages import QT_TRANSLATE_NOOP
from groupdesk.models.base import synced_models
from groupdesk.models.settings import GroupSettings
from groupdesk.models.sync_state import LocalState
from groupdesk.services.workspace import Workspace

PENDING_KEY = "sync.join_pending"


class JoinNeedsConsentError(GroupDeskError):
    """This laptop holds records of its own: joining would add them to the group's."""


def live_settings_ids(workspace: Workspace) -> set[str]:
    with workspace.uow() as uow:
        return set(
            uow.session.scalars(select(GroupSettings.id).where(GroupSettings.deleted_at.is_(None)))
        )


def own_records(workspace: Workspace) -> dict[str, int]:
    """Live rows per synced table (other than the group's settings) on this laptop."""
    counts: dict[str, int] = {}
    with workspace.uow() as uow:
        for model in synced_models():
            if model is GroupSettings:
                continue
            count = uow.session.scalar(
                select(func.count()).select_from(model).where(model.deleted_at.is_(None))
            )
            if count:
                counts[model.__tablename__] = int(count)
    return counts


def consent_needed(workspace: Workspace) -> str | None:
    """What joining does to this laptop's own records, in words; None if it holds none."""
    records = own_records(workspace)
    with workspace.uow() as uow:
        group = uow.session.scalars(
            select(GroupSettings).where(GroupSettings.deleted_at.is_(None))
        ).first()
        own_group = (group.name, group.currency) if group is not None else None
    if not records and own_group is None:
        return None
    held = _in_words(records) or QT_TRANSLATE_NOOP("SyncSetup", "no records yet")
    if own_group is None:
        return _CONSENT.format(held=held)
    return _CONSENT_WITH_GROUP.format(held=held, group=own_group[0], currency=own_group[1])


_CONSENT = QT_TRANSLATE_NOOP(
    "SyncSetup",
    "This laptop already holds records of its own ({held}). Joining adds its records to the "
    "group's, on every laptop that syncs, and this laptop takes the group's name, currency and "
    "other settings from the sync folder (its own are replaced). Back up first if unsure. To "
    "go ahead, say that its records should be added (on the command line: "
    "--merge-own-records).",
)
_CONSENT_WITH_GROUP = QT_TRANSLATE_NOOP(
    "SyncSetup",
    "This laptop already holds records of its own ({held}) and its own group, {group!r} "
    "({currency}). Joining adds its records to the group's, on every laptop that syncs, and "
    "this laptop takes the group's name, currency and other settings from the sync folder (its "
    "own are replaced). Back up first if unsure. To go ahead, say that its records should be "
    "added (on the command line: --merge-own-records).",
)

#: The records a person thinks of first, named in the question (the rest are counted).
_NAMED = (
    ("members", QT_TRANSLATE_NOOP("SyncSetup", "%n member(s)", "", 0)),
    ("meetings", QT_TRANSLATE_NOOP("SyncSetup", "%n meeting(s)", "", 0)),
    ("resource_items", QT_TRANSLATE_NOOP("SyncSetup", "%n item(s)", "", 0)),
    ("grants", QT_TRANSLATE_NOOP("SyncSetup", "%n grant(s)", "", 0)),
)


def _in_words(records: dict[str, int]) -> str:
    """'60 members, 32 meetings and 2411 other records', each count in the reader's plural."""
    parts = [counted.format(n=records[table]) for table, counted in _NAMED if records.get(table)]
    others = sum(records.values()) - sum(records.get(table, 0) for table, _ in _NAMED)
    if others:
        parts.append(QT_TRANSLATE_NOOP("SyncSetup", "%n other record(s)", "", 0).format(n=others))
    if not parts:
        return ""
    listed = parts[0]
    for part in parts[1:-1]:
        listed = QT_TRANSLATE_NOOP("SyncSetup", "{first}, {next}").format(first=listed, next=part)
    if len(parts) == 1:
        return listed
    return QT_TRANSLATE_NOOP("SyncSetup", "{first} and {last}").format(first=listed, last=parts[-1])


def mark_pending(before: set[str]) -> LocalState:
    """The mark a join leaves until it is finished (made in the transaction that remembers
    the folder): the settings this laptop held before."""
    return LocalState(key=PENDING_KEY, value=json.dumps(sorted(before)))


def pending(workspace: Workspace) -> set[str] | None:
    """The settings held before an unfinished join, or None when no join is pending."""
    with workspace.uow() as uow:
        row = uow.session.get(LocalState, PENDING_KEY)
        return set(json.loads(row.value)) if row is not None else None


def finish(workspace: Workspace, before: set[str]) -> bool:
    """Take the folder's settings and clear the mark, in one transaction; False (nothing
    done) while the folder's settings have not arrived."""
    with workspace.uow() as uow:
        live = set(
            uow.session.scalars(select(GroupSettings.id).where(GroupSettings.deleted_at.is_(None)))
        )
        if before and not live - before:
            return False
        for row in uow.session.scalars(
            select(GroupSettings).where(GroupSettings.id.in_(before & live))
        ):
            row.deleted_at = uow.now()
        marker = uow.session.get(LocalState, PENDING_KEY)
        if marker is not None:
            uow.session.delete(marker)
        uow.commit()
    return True


NOT_FINISHED = QT_TRANSLATE_NOOP(
    "SyncWarnings",
    "Joining is not finished: the group's settings have not arrived from the sync folder yet. "
    "This laptop sends nothing until they do; sync again later.",
)
