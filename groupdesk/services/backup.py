"""Backups: one zip file holding the database (a consistent online copy) and the attachments.

A backup is checked whole before a restore touches anything: it must be a GroupDesk backup,
hold only the names a backup can hold (so nothing in it can write outside the data folder),
pass SQLite's integrity check, match its recorded checksums and come from a schema this app
knows. The current data is backed up before it is replaced. Automatic backups (before
migrations, restores and sync imports) keep the newest N, N being a setting of this laptop.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from groupdesk import __version__, db
from groupdesk.config import DataPaths
from groupdesk.errors import Cancelled, GroupDeskError, ValidationError
from groupdesk.messages import sentence
from groupdesk.models.sync_state import LocalState
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.backup_checks import BackupError, check_entries, copy_entry, parse_manifest
from groupdesk.services.output_files import replacing
from groupdesk.services.sync.clock import utc_datetime, wall_millis
from groupdesk.services.sync.keys import KeyStore
from groupdesk.services.uow import UnitOfWork

FORMAT = "groupdesk-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_ENTRY = "groupdesk.sqlite"
ATTACHMENT_ENTRY = re.compile(r"attachments/([0-9a-f]{64})")
AUTOMATIC_PREFIX = "auto-"
KEEP_KEY = "backups_keep"
DEFAULT_KEEP = 10
_CHUNK = 1 << 20

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: str
    group_name: str
    schema_revision: str | None
    attachments: int
    reason: str
    #: Member records in it (not deleted, not merged away); None for backups made before the
    #: count was recorded (`plan_restore` counts those from the database itself) and for
    #: encrypted ones until opened.
    members: int | None = None
    encrypted: bool = False
    #: Its copy in the second place, and why there is none when one is set but failed.
    copied_to: Path | None = None
    not_copied: str = ""
    #: The checksum of the database in it: two backups with the same one hold the same data.
    state: str | None = None

    @property
    def when(self) -> str:
        """`created_at` for people: '2026-11-24 16:36:16 UTC'."""
        return _for_people(self.created_at)


def _for_people(stamp: str) -> str:
    return stamp.replace("T", " ").rstrip("Z") + " UTC"


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def _query_one(database: Path, sql: str, parameters: tuple[str, ...] = ()) -> tuple[object, ...]:
    """One row read from `database` opened read-only; empty when it is missing or unreadable
    (a folder with no group yet, a backup of an older schema)."""
    try:
        connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
        try:
            row = connection.execute(sql, parameters).fetchone()
        finally:
            connection.close()
    except sqlite3.Error:
        return ()
    return tuple(row) if row else ()


def _group_name(database: Path) -> str:
    row = _query_one(database, "SELECT name FROM group_settings WHERE deleted_at IS NULL LIMIT 1")
    return str(row[0]) if row else ""


def _member_count(database: Path) -> int | None:
    """Member records a person would count: not deleted, not merged into another."""
    row = _query_one(
        database,
        "SELECT count(*) FROM members WHERE deleted_at IS NULL AND merged_into_id IS NULL",
    )
    return int(str(row[0])) if row else None


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
        target = target.with_suffix(safety.SEALED_SUFFIX)
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
            "group_name": _group_name(copy),
            "members": _member_count(copy),
            "reason": reason,
            "database_sha256": sha256_file(copy),
            "attachments": [p.name for p in attachments],
        }
        with replacing(target) as partial:
            plain = Path(scratch) / "plain.zip" if seal is not None else partial
            with zipfile.ZipFile(plain, "w", compression=zipfile.ZIP_DEFLATED) as archive:
                archive.writestr(MANIFEST, json.dumps(manifest, indent=2, ensure_ascii=False))
                archive.write(copy, DATABASE_ENTRY)
                _report(progress, 1, total)
                for done, attachment in enumerate(attachments, start=2):
                    if cancelled and cancelled():
                        raise Cancelled("Backup cancelled; no file was written.")
                    archive.write(attachment, f"attachments/{attachment.name}")
                    _report(progress, done, total)
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
        _info(target, manifest),
        encrypted=seal is not None,
        copied_to=second.path,
        not_copied=second.problem,
    )


def _report(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _info(path: Path, manifest: dict[str, object]) -> BackupInfo:
    return BackupInfo(
        path=path,
        created_at=str(manifest.get("created_at", "")),
        group_name=str(manifest.get("group_name", "")),
        schema_revision=manifest.get("schema_revision")
        if manifest.get("schema_revision")
        else None,  # type: ignore[arg-type]
        attachments=len(manifest.get("attachments", [])),  # type: ignore[arg-type]
        reason=str(manifest.get("reason", "")),
        members=members if isinstance(members := manifest.get("members"), int) else None,
        state=state if isinstance(state := manifest.get("database_sha256"), str) else None,
    )


def read_manifest(
    source: Path, *, room: Path | None = None
) -> tuple[zipfile.ZipFile, dict[str, object]]:
    """Open `source` as a backup and read its manifest; refuses anything else by name, and
    anything that would not fit expanded beside `room` (the folder a restore expands into)."""
    name = source.name
    if not source.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "{name}: no such file.").format(name=name))
    try:
        archive = zipfile.ZipFile(source)
    except (zipfile.BadZipFile, OSError) as error:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Backups", "{name} is not a GroupDesk backup, or it is cut short ({error})."
            ).format(name=name, error=str(error))
        ) from None
    try:
        names = archive.namelist()
        strange = [
            n
            for n in names
            if n not in (MANIFEST, DATABASE_ENTRY) and not ATTACHMENT_ENTRY.fullmatch(n)
        ]
        if strange:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Backups", "{name} holds entries a GroupDesk backup never holds: {entries}."
                ).format(name=name, entries=str(strange[:3]))
            )
        if MANIFEST not in names or DATABASE_ENTRY not in names:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Backups", "{name} is not a GroupDesk backup (no manifest or no database)."
                ).format(name=name)
            )
        check_entries(name, archive, room)
        manifest = parse_manifest(name, archive, MANIFEST)
        if int(str(manifest["format_version"])) > FORMAT_VERSION:
            raise BackupError(
                QT_TRANSLATE_NOOP(
                    "Backups", "{name} was made by a newer GroupDesk; update the app to restore it."
                ).format(name=name)
            )
    except BackupError:
        archive.close()
        raise
    except (zipfile.BadZipFile, OSError, ValueError, KeyError, EOFError) as error:
        archive.close()
        raise BackupError(
            QT_TRANSLATE_NOOP("Backups", "{name} is damaged: {error}.").format(
                name=name, error=str(error)
            )
        ) from None
    return archive, manifest


def inspect_backup(source: Path) -> BackupInfo:
    """What the list of backups shows; of an encrypted one, only its clear header (when, why)."""
    from groupdesk.services import backup_safety as safety

    if safety.is_sealed(source):
        header = safety.sealed_header(source)
        return BackupInfo(
            path=source,
            created_at=str(header.get("created_at", "")),
            group_name="",
            schema_revision=None,
            attachments=0,
            reason=str(header.get("reason", "")),
            encrypted=True,
            state=state if isinstance(state := header.get("state"), str) else None,
        )
    archive, manifest = read_manifest(source)
    archive.close()
    return _info(source, manifest)


def _plain_backup(source: Path, passphrase: str | None, scratch: Path) -> Path:
    """`source` itself, or for an encrypted backup its plain zip unsealed into `scratch` under
    the same name (so every message names the file the user chose)."""
    from groupdesk.services import backup_safety as safety

    if not safety.is_sealed(source):
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
        return _for_people(self.changed_at)


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
            info = replace(_info(source, manifest), encrypted=plain != source)
            if info.members is None:  # an older backup: count from its database
                copy = Path(scratch) / DATABASE_ENTRY
                _extract_checked(
                    archive, DATABASE_ENTRY, copy, str(manifest.get("database_sha256"))
                )
                info = replace(info, members=_member_count(copy))
    current = None
    if paths.database.exists():
        written = max(
            Path(f"{paths.database}{suffix}").stat().st_mtime
            for suffix in ("", "-wal")
            if Path(f"{paths.database}{suffix}").exists()
        )
        current = CurrentData(
            group_name=_group_name(paths.database),
            members=_member_count(paths.database),
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
    info = replace(_info(source, manifest), encrypted=plain != source)
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
        _report(progress, done, len(names) + 1)
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
    _report(progress, len(names) + 1, len(names) + 1)
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


def local_setting(database: Path, key: str) -> str | None:
    """A setting of this laptop, read without a session (automatic backups run while the
    database is being migrated)."""
    row = _query_one(database, "SELECT value FROM local_state WHERE key = ?", (key,))
    return str(row[0]) if row else None


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
    from groupdesk.services.backup_safety import second_place

    removed: list[Path] = []
    place = second_place(paths)
    for folder in (paths.backups, *([place] if place is not None and place.is_dir() else [])):
        seen: set[str] = set()
        for backup in sorted(_backup_files(folder, f"{AUTOMATIC_PREFIX}*"), reverse=True):
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


def _backup_files(folder: Path, pattern: str = "*") -> list[Path]:
    return [*folder.glob(f"{pattern}.zip"), *folder.glob(f"{pattern}.sealed")]


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """Backups in the data folder's `backups/`, newest first (unreadable ones left out).

    Ordered by when each was made (its manifest, then the file's time for backups made within
    one second), not by name: manual and automatic backups are named differently.
    """
    found: list[tuple[str, int, str, BackupInfo]] = []
    for path in _backup_files(paths.backups):
        try:
            info = inspect_backup(path)
            found.append((info.created_at, path.stat().st_mtime_ns, path.name, info))
        except (BackupError, OSError):
            continue
    return [entry[-1] for entry in sorted(found, key=lambda entry: entry[:3], reverse=True)]


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
