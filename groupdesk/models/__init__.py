"""All mapped classes; importing this package completes the metadata (for Alembic and sync).

The names below are a convenience for imports; what completes the metadata is `load_models()`,
which imports every model module an area registered (`groupdesk.registry`), so a new area's
tables are never missed by `synced_models()` or Alembic.
"""

from groupdesk.models.attachments import Attachment
from groupdesk.models.base import Base, Synced, model_for_table, synced_models
from groupdesk.models.members import (
    CheckIn,
    Member,
    MemberMerge,
    MemberRole,
    MemberSkill,
    Mentorship,
)
from groupdesk.models.settings import GroupSettings
from groupdesk.models.sync_local import (
    PendingAttachment,
    SyncConflict,
    SyncDevice,
    SyncFile,
    SyncFileRange,
    UnknownChange,
)
from groupdesk.models.sync_state import Change, FieldClock, LocalState
from groupdesk.registry import load_models

load_models()

__all__ = [
    "Attachment",
    "Base",
    "Change",
    "CheckIn",
    "FieldClock",
    "GroupSettings",
    "LocalState",
    "Member",
    "MemberMerge",
    "MemberRole",
    "MemberSkill",
    "Mentorship",
    "PendingAttachment",
    "SyncConflict",
    "SyncDevice",
    "SyncFile",
    "SyncFileRange",
    "Synced",
    "UnknownChange",
    "model_for_table",
    "synced_models",
]
