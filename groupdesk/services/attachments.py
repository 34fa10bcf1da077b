"""Attachments kept by content: bytes stored under their sha256 in the data folder.

The file name a user's file had is kept for display only; the stored path is made from the hash,
so no name (from a sync file, a backup or a user) can write outside the data folder.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from groupdesk.errors import NotFoundError, ValidationError
from groupdesk.models.attachments import Attachment
from groupdesk.services.uow import UnitOfWork

IMAGE_TYPES = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}
MEDIA_TYPES = {**IMAGE_TYPES, ".pdf": "application/pdf"}
SHA256 = re.compile(r"[0-9a-f]{64}")
_CHUNK = 1 << 20


@dataclass(frozen=True)
class AttachmentData:
    id: str
    sha256: str
    filename: str
    media_type: str
    size: int


class DamagedAttachmentError(NotFoundError):
    """An attachment's record names its content by something that is not a sha256 digest (a
    damaged or hostile backup or sync file): its file can never be found, and the name must
    never become a path."""


def stored_path(folder: Path, sha256: str) -> Path:
    """Where the bytes of `sha256` live; refuses anything that is not a hex digest (the roster
    and the Settings page crashed on a ValueError here)."""
    if not isinstance(sha256, str) or not SHA256.fullmatch(sha256):
        raise DamagedAttachmentError(
            f"An attached file's record is damaged (its content is named {str(sha256)[:70]!r}, "
            "not by a sha256 digest), so the file cannot be shown. Attach the file again."
        )
    return folder / sha256


def store_file(folder: Path, source: Path) -> tuple[str, int]:
    """Copy `source` into `folder` under its sha256 (streamed: flat memory for large files)."""
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".incoming-")
    try:
        with os.fdopen(handle, "wb") as out, source.open("rb") as stream:
            while chunk := stream.read(_CHUNK):
                digest.update(chunk)
                out.write(chunk)
                size += len(chunk)
        sha = digest.hexdigest()
        os.replace(temporary, stored_path(folder, sha))
    finally:
        Path(temporary).unlink(missing_ok=True)
    return sha, size


def add_attachment(uow: UnitOfWork, *, source: Path) -> AttachmentData:
    """Keep a copy of `source` and record it; call inside an open unit of work."""
    if not source.is_file():
        raise ValidationError.single("file", f"{source} is not a file")
    sha, size = store_file(uow.workspace.paths.attachments, source)
    row = Attachment(
        sha256=sha,
        filename=source.name[:255],
        media_type=MEDIA_TYPES.get(source.suffix.lower(), "application/octet-stream"),
        size=size,
    )
    uow.session.add(row)
    uow.session.flush()
    return AttachmentData(row.id, row.sha256, row.filename, row.media_type, row.size)


def attachment_path(uow: UnitOfWork, attachment_id: str) -> Path:
    """The stored file of an attachment (it may be pending if sync has not brought it yet)."""
    with uow:
        sha = uow.session.scalar(select(Attachment.sha256).where(Attachment.id == attachment_id))
    if sha is None:
        raise NotFoundError(f"No attachment {attachment_id}.")
    return stored_path(uow.workspace.paths.attachments, sha)
