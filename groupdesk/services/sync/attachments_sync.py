"""Attachments through the sync folder: sealed blobs named by HMAC, streamed in chunks so memory
stays flat for large files, verified by their sha256 on arrival, and "pending" until then."""

from __future__ import annotations

import hashlib
import os
import tempfile
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select

from groupdesk.models.attachments import Attachment
from groupdesk.models.sync_local import PendingAttachment
from groupdesk.services.attachments import SHA256, stored_path
from groupdesk.services.sync import crypto
from groupdesk.services.sync import format as fmt
from groupdesk.services.sync.transport import MAX_BLOB_BYTES, Listing, Transport
from groupdesk.services.workspace import Workspace


@dataclass
class Pending:
    count: int = 0
    problems: list[tuple[str, str]] = field(default_factory=list)


def blob_prefix(group_id: str) -> bytes:
    return fmt.ATTACHMENT_PREFIX + group_id.encode("ascii") + b"\n"


def blob_file(key: bytes, sha256: str) -> str:
    return f"attachments/{crypto.attachment_name(key, sha256)}.gda"


def _live_hashes(workspace: Workspace) -> set[str]:
    with workspace.uow() as uow:
        hashes = uow.session.scalars(
            select(Attachment.sha256).where(Attachment.deleted_at.is_(None)).distinct()
        )
        return {h for h in hashes if h and SHA256.fullmatch(h)}


class _HashingWriter:
    def __init__(self, target: BinaryIO) -> None:
        self.target = target
        self.digest = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        return self.target.write(data)


def fetch_attachments(
    workspace: Workspace, folder: Transport, key: bytes, group_id: str, listing: Listing
) -> tuple[int, Pending]:
    """Bring in the files of attachments whose rows have arrived; returns (fetched, pending).

    The group id comes from the caller, which checked it against the manifest: reading the
    manifest again here cost a request per sync through an object store."""
    store = workspace.paths.attachments
    store.mkdir(parents=True, exist_ok=True)
    fetched = 0
    pending = Pending()
    missing: dict[str, str | None] = {}
    for sha in sorted(_live_hashes(workspace)):
        if stored_path(store, sha).exists():
            continue
        name = blob_file(key, sha)
        if not listing.has_blob(name):
            missing[sha] = None
            continue
        handle, temporary = tempfile.mkstemp(dir=store, prefix=".incoming-")
        try:
            with (
                os.fdopen(handle, "wb") as out,
                folder.open_regular(name, limit=MAX_BLOB_BYTES) as source,
            ):
                writer = _HashingWriter(out)
                crypto.decrypt_stream(
                    crypto.subkey(key, "attachment-blobs"),
                    source,
                    writer,  # type: ignore[arg-type]  # only write() is used, which it has
                    blob_prefix(group_id),
                )
            if writer.digest.hexdigest() != sha:
                raise crypto.DecryptError("its content does not match the attachment's hash")
            os.replace(temporary, stored_path(store, sha))
            fetched += 1
        except fmt.SyncFileError as problem:
            missing[sha] = problem.reason
            pending.problems.append((name, problem.reason))
        except (crypto.DecryptError, OSError) as problem:
            reason = f"attached file could not be used yet ({problem})"
            missing[sha] = reason
            pending.problems.append((name, reason))
        finally:
            Path(temporary).unlink(missing_ok=True)
    with workspace.uow() as uow:
        known = {p.sha256: p for p in uow.session.scalars(select(PendingAttachment))}
        for sha, row in known.items():
            if sha not in missing:
                uow.session.delete(row)
        for sha, why in missing.items():
            row = known.get(sha) or PendingAttachment(sha256=sha, first_seen=uow.now())
            row.problem = why
            uow.session.merge(row)
        uow.commit()
    pending.count = len(missing)
    return fetched, pending


def send_attachments(
    workspace: Workspace,
    folder: Transport,
    key: bytes,
    group_id: str,
    listing: Listing,
    *,
    in_place: str | None = None,
) -> tuple[int, str]:
    """Seal into the folder every attachment file this laptop has and the folder lacks;
    returns how many it sent, and a digest of the attachments it has (all in the folder now).

    `in_place` is that digest from the last sync: when this laptop has the same attachments,
    it looks none up (a store's listing of every blob, at every sync, was its one cost left
    when nothing changed). Otherwise the run's listing tells what the folder holds; a blob
    another laptop put there meanwhile is the same content under the same name, no fault."""
    store = workspace.paths.attachments
    hashes = sorted(h for h in _live_hashes(workspace) if stored_path(store, h).exists())
    digest = hashlib.sha256("\n".join(hashes).encode()).hexdigest()
    if digest == in_place:
        return 0, digest
    sent = 0
    for sha in hashes:
        name = blob_file(key, sha)
        if listing.has_blob(name):
            continue
        with stored_path(store, sha).open("rb") as stream:
            try:
                folder.write_stream(
                    name,
                    partial(
                        crypto.encrypt_stream,
                        crypto.subkey(key, "attachment-blobs"),
                        stream,
                        prefix=blob_prefix(group_id),
                    ),
                )
            except FileExistsError:
                continue
        listing.add_blob(name)
        sent += 1
    return sent, digest


def pending_attachments(workspace: Workspace) -> list[tuple[str, str | None]]:
    with workspace.uow() as uow:
        return [
            (p.sha256, p.problem)
            for p in uow.session.scalars(
                select(PendingAttachment).order_by(PendingAttachment.sha256)
            )
        ]
