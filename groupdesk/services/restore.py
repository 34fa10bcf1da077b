"""Restoring a backup: a backup is checked whole before a restore touches anything.

It must be a GroupDesk backup, hold only the names a backup can hold (so nothing in it can
write outside the data folder), pass SQLite's integrity check, match its recorded checksums and
come from a schema this app knows (`restore_staging`). The current data is backed up before it
is replaced, and the question asked before a restore names both sides (`plan_restore`).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from groupdesk.config import DataPaths
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.backup import Progress, automatic_backup, report_progress
from groupdesk.services.backup_checks import BackupError, copy_entry
from groupdesk.services.backup_format import (
    ATTACHMENT_ENTRY,
    DATABASE_ENTRY,
    BackupInfo,
    backup_info,
    for_people,
    group_name_in,
    is_sealed,
    member_count_in,
    read_manifest,
    sha256_file,
)
from groupdesk.services.sync.clock import wall_millis


def _plain_backup(source: Path, passphrase: str | None, scratch: Path) -> Path:
    """`source` itself, or for an encrypted backup its plain zip unsealed into `scratch` under
    the same name (so every message names the file the user chose)."""
    from groupdesk.services import backup_safety as safety

    if not is_sealed(source):
        return source
    plain = scratch / source.name
    safety.unseal_file(source, plain, passphrase)
    return plain


@dataclass(frozen=True)
class CurrentData:
    """The records a restore would replace, as the question before it names them."""

    group_name: str
    members: int | None
    #: When the database file was last written, ISO 8601 UTC ('…Z').
    changed_at: str

    @property
    def when(self) -> str:
        return for_people(self.changed_at)


@dataclass(frozen=True)
class RestorePlan:
    """What a restore would put in place, and what it would replace (None: no group here)."""

    backup: BackupInfo
    current: CurrentData | None

    @property
    def another_group(self) -> bool:
        """The backup is of a group other than the one here (the mistake worth a warning)."""
        return self.current is not None and self.current.group_name != self.backup.group_name


def plan_restore(paths: DataPaths, source: Path, *, passphrase: str | None = None) -> RestorePlan:
    """Both sides of a restore, for the question asked before it: names, members, dates."""
    source = source.resolve()
    scratch_parent = paths.root if paths.root.is_dir() else None
    with tempfile.TemporaryDirectory(dir=scratch_parent, prefix=".restore-") as scratch:
        plain = _plain_backup(source, passphrase, Path(scratch))
        archive, manifest = read_manifest(plain, room=scratch_parent)
        with archive:
            info = replace(backup_info(source, manifest), encrypted=plain != source)
            if info.members is None:  # an older backup: count from its database
                copy = Path(scratch) / DATABASE_ENTRY
                _extract_checked(
                    archive, DATABASE_ENTRY, copy, str(manifest.get("database_sha256"))
                )
                info = replace(info, members=member_count_in(copy))
    current = None
    if paths.database.exists():
        written = max(
            Path(f"{paths.database}{suffix}").stat().st_mtime
            for suffix in ("", "-wal")
            if Path(f"{paths.database}{suffix}").exists()
        )
        current = CurrentData(
            group_name=group_name_in(paths.database),
            members=member_count_in(paths.database),
            changed_at=datetime.fromtimestamp(written, UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
        )
    return RestorePlan(backup=info, current=current)


@dataclass(frozen=True)
class Restored:
    backup: BackupInfo
    #: The backup of the data that was replaced (None when the folder held none).
    safety_copy: BackupInfo | None
    #: Where the replaced database went when it was too damaged to back up (else None).
    damaged_moved_to: Path | None = None


def _extract_checked(archive: zipfile.ZipFile, entry: str, target: Path, expected_sha: str) -> None:
    try:
        with target.open("wb") as out:
            copy_entry(Path(str(archive.filename)).name, archive, entry, out)
    except (zipfile.BadZipFile, OSError, EOFError) as error:
        raise BackupError(
            QT_TRANSLATE_NOOP("Backups", "{entry} in the backup is damaged: {error}.").format(
                entry=entry, error=str(error)
            )
        ) from None
    if sha256_file(target) != expected_sha:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backups", "{entry} in the backup does not match its checksum; the file is damaged."
            ).format(entry=entry)
        )


def restore_backup(
    paths: DataPaths,
    source: Path,
    *,
    passphrase: str | None = None,
    progress: Progress | None = None,
    waiting: Callable[[], None] | None = None,
) -> Restored:
    """Replace the data folder's database and attachments with those in `source`.

    The workspace must be closed. Nothing changes unless every check passes (the backup's
    database upgraded to this version in a scratch folder first). Commands at work on the
    folder are waited for (`waiting` is called if there are any), then the current data is
    backed up and swapped out while no command can start.
    """
    source = source.resolve()
    paths.ensure()
    with tempfile.TemporaryDirectory(dir=paths.root, prefix=".restore-") as scratch:
        staged = Path(scratch)
        (staged / "sealed").mkdir()
        plain = _plain_backup(source, passphrase, staged / "sealed")
        archive, manifest = read_manifest(plain, room=paths.root)
        with archive:
            safety_copy, aside = _stage_and_swap(
                paths, source, archive, manifest, staged, (progress, waiting)
            )
    info = replace(backup_info(source, manifest), encrypted=plain != source)
    return Restored(backup=info, safety_copy=safety_copy, damaged_moved_to=aside)


def _stage_and_swap(
    paths: DataPaths,
    source: Path,
    archive: zipfile.ZipFile,
    manifest: dict[str, object],
    staged: Path,
    reports: tuple[Progress | None, Callable[[], None] | None],
) -> tuple[BackupInfo | None, Path | None]:
    """Check, extract and upgrade everything in `staged`, back up what is here (or move it
    aside when damaged), then swap it in; returns the backup of what was here, or where it
    was moved."""
    from groupdesk.services import restore_staging as staging
    from groupdesk.services.folder_lock import replacing_data

    progress, waiting = reports
    staged_db = staged / DATABASE_ENTRY
    _extract_checked(archive, DATABASE_ENTRY, staged_db, str(manifest.get("database_sha256")))
    revision = staging.check_staged_database(source.name, staged_db)
    names = [n for n in archive.namelist() if ATTACHMENT_ENTRY.fullmatch(n)]
    staged_attachments = staged / "attachments"
    staged_attachments.mkdir()
    for done, entry in enumerate(names, start=1):
        sha = entry.split("/", 1)[1]
        _extract_checked(archive, entry, staged_attachments / sha, sha)
        report_progress(progress, done, len(names) + 1)
    staging.upgrade_staged(source.name, staged, revision)
    with replacing_data(paths, doing="the restore", waiting=waiting):
        current = paths.database if paths.database.exists() else None
        _keep_this_laptop(staged_db, current)
        safety_copy, aside = (
            staging.back_up_or_move_aside(
                paths, lambda: automatic_backup(paths, reason="before-restore"), wall_millis
            )
            if current
            else (None, None)
        )
        _swap_in(paths, staged_db, staged_attachments)
    report_progress(progress, len(names) + 1, len(names) + 1)
    return safety_copy, aside


def _keep_this_laptop(staged_db: Path, current_db: Path | None) -> None:
    """Give the restored records this laptop's own facts: its local settings (name, sync folder,
    backups to keep) from the database being replaced, and a new device id — so the sync files
    this laptop wrote after the backup are read back as another laptop's, never overwritten by
    reused sequence numbers."""
    from groupdesk.services.workspace import DEVICE_ID_KEY

    this_laptop: list[tuple[str, str]] = []
    if current_db is not None:
        try:
            source = sqlite3.connect(f"file:{current_db}?mode=ro", uri=True)
            try:
                this_laptop = source.execute(
                    "SELECT key, value FROM local_state WHERE key != ?", (DEVICE_ID_KEY,)
                ).fetchall()
            finally:
                source.close()
        except sqlite3.Error:
            this_laptop = []
    target = sqlite3.connect(staged_db)
    try:
        with target:
            target.execute("DELETE FROM local_state WHERE key = ?", (DEVICE_ID_KEY,))
            target.executemany(
                "INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)", this_laptop
            )
    finally:
        target.close()


def _swap_in(paths: DataPaths, staged_db: Path, staged_attachments: Path) -> None:
    """Move the staged files into place; stale WAL files of the old database go first."""
    for suffix in ("-wal", "-shm"):
        Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
    os.replace(staged_db, paths.database)
    old_attachments = paths.attachments.with_name(".attachments-old")
    shutil.rmtree(old_attachments, ignore_errors=True)
    if paths.attachments.exists():
        os.replace(paths.attachments, old_attachments)
    os.replace(staged_attachments, paths.attachments)
    shutil.rmtree(old_attachments, ignore_errors=True)
