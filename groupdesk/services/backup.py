"""Making backups: one zip file holding the database (a consistent online copy) and the
attachments, sealed when this laptop encrypts its backups and copied to the second place.

Automatic backups (before migrations, restores and sync imports) keep the newest N, N being a
setting of this laptop. What a backup file holds is in `backup_format`; putting one back, in
`restore`.
"""

from __future__ import annotations

import json
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from groupdesk import __version__, db
from groupdesk.config import DataPaths
from groupdesk.errors import Cancelled, GroupDeskError, ValidationError
from groupdesk.messages import sentence
from groupdesk.models.sync_state import LocalState
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.backup_format import (
    ATTACHMENT_ENTRY,
    DATABASE_ENTRY,
    FORMAT,
    FORMAT_VERSION,
    MANIFEST,
    SEALED_SUFFIX,
    BackupInfo,
    backup_info,
    group_name_in,
    inspect_backup,
    local_setting,
    member_count_in,
    sha256_file,
)
from groupdesk.services.backup_whereabouts import backup_files, second_place
from groupdesk.services.output_files import replacing
from groupdesk.services.sync.clock import utc_datetime, wall_millis
from groupdesk.services.sync.keys import KeyStore
from groupdesk.services.uow import UnitOfWork

AUTOMATIC_PREFIX = "auto-"
KEEP_KEY = "backups_keep"
DEFAULT_KEEP = 10

#: zlib's fastest level: a backup is made before every upgrade, restore and sync that brings
#: changes, mostly while someone waits. Level 1 writes a 10,000-member group's 371 MB database
#: 2.5 times faster than the default (6) for 13 % more bytes (2.8 s and 80 MB, not 7.0 s and
#: 71 MB); any zip reader opens it.
COMPRESS_LEVEL = 1

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


def write_backup(
    paths: DataPaths,
    target: Path,
    *,
    reason: str = "manual",
    progress: Progress | None = None,
    cancelled: IsCancelled | None = None,
    store: KeyStore | None = None,
    now_millis: Callable[[], int] = wall_millis,
) -> BackupInfo:
    """Write a backup of the data folder to `target` (written aside, then renamed into place),
    sealed when this laptop encrypts its backups, and copied to the second place if one is set.
    `now_millis` is the clock its `created_at` is read from.
    """
    from groupdesk.services import backup_safety as safety

    if not paths.database.exists():
        raise GroupDeskError(
            QT_TRANSLATE_NOOP("Backups", "There is no group in {folder} to back up.").format(
                folder=paths.root
            )
        )
    try:
        seal, kept_here = safety.sealing(paths, store), ""
    except safety.MissingBackupKey as lost:
        if reason == "manual":
            raise
        # An automatic backup (before an upgrade, a restore, a sync) must not stop the app:
        # plain, it stays beside the plain database and never leaves the laptop.
        kept_here = QT_TRANSLATE_NOOP(
            "Backups", "{problem} Until then, automatic backups stay on this laptop."
        ).format(problem=sentence(lost))
        seal = None
    if seal is not None and target.suffix == ".zip":
        target = target.with_suffix(SEALED_SUFFIX)
    attachments = sorted(
        p
        for p in paths.attachments.glob("*")
        if ATTACHMENT_ENTRY.fullmatch(f"attachments/{p.name}")
    )
    total = len(attachments) + 1
    target = target.resolve()
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=paths.root, prefix=".backup-") as scratch:
        copy = Path(scratch) / DATABASE_ENTRY
        db.copy_database(paths.database, copy)
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "app_version": __version__,
            "schema_revision": db.current_revision(copy),
            "created_at": utc_datetime(now_millis()).isoformat(timespec="seconds") + "Z",
            "group_name": group_name_in(copy),
            "members": member_count_in(copy),
            "reason": reason,
            "database_sha256": sha256_file(copy),
            "attachments": [p.name for p in attachments],
        }
        with replacing(target) as partial:
            plain = Path(scratch) / "plain.zip" if seal is not None else partial
            with zipfile.ZipFile(
                plain, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL
            ) as archive:
                archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
                archive.write(copy, DATABASE_ENTRY)
                report_progress(progress, 1, total)
                for done, attachment in enumerate(attachments, start=2):
                    if cancelled and cancelled():
                        raise Cancelled(
                            QT_TRANSLATE_NOOP("Backups", "Backup cancelled; no file was written.")
                        )
                    archive.write(attachment, f"attachments/{attachment.name}")
                    report_progress(progress, done, total)
            if seal is not None:
                safety.seal_file(
                    plain,
                    partial,
                    seal,
                    created_at=str(manifest["created_at"]),
                    reason=reason,
                    state=str(manifest["database_sha256"]),
                )
    second = (
        safety.copy_to_second_place(paths, target)
        if not kept_here
        else safety.SecondCopy(None, kept_here)
    )
    return replace(
        backup_info(target, manifest),
        encrypted=seal is not None,
        copied_to=second.path,
        not_copied=second.problem,
    )


def report_progress(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def backups_to_keep(paths: DataPaths) -> int:
    """How many automatic backups this laptop keeps (a local setting; 10 unless changed)."""
    value = local_setting(paths.database, KEEP_KEY)
    return int(value) if value else DEFAULT_KEEP


def validate_keep(value: int) -> int:
    if not 1 <= value <= 1000:
        raise ValidationError.single(
            "backups_keep",
            QT_TRANSLATE_NOOP("Backups", "keep between 1 and 1000 backups, not {value}").format(
                value=value
            ),
        )
    return value


def automatic_backup(
    paths: DataPaths, *, reason: str, now_millis: Callable[[], int] = wall_millis
) -> BackupInfo:
    """A backup into the data folder's `backups/`, pruning the oldest automatic ones."""
    millis = now_millis()
    stamp = datetime.fromtimestamp(millis / 1000).strftime("%Y%m%d-%H%M%S-%f")
    info = write_backup(
        paths,
        paths.backups / f"{AUTOMATIC_PREFIX}{stamp}-{reason}.zip",
        reason=reason,
        now_millis=lambda: millis,
    )
    prune_automatic_backups(paths, backups_to_keep(paths))
    return info


def prune_automatic_backups(paths: DataPaths, keep: int) -> list[Path]:
    """Keep the newest automatic backups of `keep` different database states, here and in the
    second place. A backup holding the same data as a newer one goes first, so commands that
    each back up the same state (an upgrade that keeps failing) never push out the only copy
    of an earlier state (the backup made before a restore)."""
    removed: list[Path] = []
    place = second_place(paths)
    for folder in (paths.backups, *([place] if place is not None and place.is_dir() else [])):
        seen: set[str] = set()
        for backup in sorted(backup_files(folder, f"{AUTOMATIC_PREFIX}*"), reverse=True):
            state = _state_of(backup)
            if (state is not None and state in seen) or len(seen) >= keep:
                removed.append(backup)
            else:
                seen.add(state or backup.name)
    for old in removed:
        old.unlink(missing_ok=True)
    return removed


def _state_of(path: Path) -> str | None:
    try:
        return inspect_backup(path).state
    except (GroupDeskError, OSError):
        return None


def backup_before_upgrade(paths: DataPaths, old_revision: str | None) -> None:
    automatic_backup(paths, reason=f"before-upgrade-from-{old_revision or 'unknown'}")


def default_backup_name(
    folder: Path | None = None, *, now_millis: Callable[[], int] = wall_millis
) -> str:
    """A dated file name (this computer's local time), made unique within `folder` (two
    backups in one second keep both)."""
    local = datetime.fromtimestamp(now_millis() / 1000)
    stem = f"groupdesk-backup-{local.strftime('%Y%m%d-%H%M%S')}"
    name, number = f"{stem}.zip", 2
    while folder is not None and (folder / name).exists():
        name, number = f"{stem}-{number}.zip", number + 1
    return name


def set_backups_to_keep(uow: UnitOfWork, *, keep: int) -> int:
    """Change how many automatic backups this laptop keeps, pruning the oldest beyond it."""
    validate_keep(keep)
    with uow:
        uow.session.merge(LocalState(key=KEEP_KEY, value=str(keep)))
        uow.commit()
    prune_automatic_backups(uow.workspace.paths, keep)
    return keep
