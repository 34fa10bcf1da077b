"""Which backups this laptop holds and where the newest one is, read with the standard library
alone: the Dashboard shows it in the window's first moments, before the ORM is imported
(`docs/architecture.md`, "The window before the workspace")."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from groupdesk.config import DataPaths
from groupdesk.services.backup_checks import BackupError
from groupdesk.services.backup_format import (
    SEALED_SUFFIX,
    BackupInfo,
    inspect_backup,
    local_setting,
)

#: This laptop's settings (`local_state`) for where a copy of every backup goes and whether
#: backups are sealed (`backup_safety` sets them).
SECOND_PLACE_KEY = "backup_second_place"
SEALING_KEY = "backup_sealing"


def backup_files(folder: Path, pattern: str = "*") -> list[Path]:
    return [*folder.glob(f"{pattern}.zip"), *folder.glob(f"{pattern}{SEALED_SUFFIX}")]


def list_backups(paths: DataPaths) -> list[BackupInfo]:
    """Backups in the data folder's `backups/`, newest first (unreadable ones left out).

    Ordered by when each was made (its manifest, then the file's time for backups made within
    one second), not by name: manual and automatic backups are named differently.
    """
    found: list[tuple[str, int, str, BackupInfo]] = []
    for path in backup_files(paths.backups):
        try:
            info = inspect_backup(path)
            found.append((info.created_at, path.stat().st_mtime_ns, path.name, info))
        except (BackupError, OSError):
            continue
    return [entry[-1] for entry in sorted(found, key=lambda entry: entry[:3], reverse=True)]


def second_place(paths: DataPaths) -> Path | None:
    """The folder that gets a copy of every backup, if one is set."""
    value = local_setting(paths.database, SECOND_PLACE_KEY)
    return Path(value) if value else None


def encrypted(paths: DataPaths) -> bool:
    """Whether this laptop's backups are sealed (without opening the keyring)."""
    return bool(local_setting(paths.database, SEALING_KEY))


@dataclass(frozen=True)
class Whereabouts:
    """Where the newest backup is, said honestly: only on this laptop, or in the second place too.

    `latest` is the newest backup in the data folder (None: none yet); `copied` is whether the
    second place holds a copy of it now (False while a stick is unplugged)."""

    latest: BackupInfo | None
    second_place: Path | None
    copied: bool
    encrypted: bool


def whereabouts(paths: DataPaths) -> Whereabouts:
    made = list_backups(paths)
    latest = made[0] if made else None
    place = second_place(paths)
    copied = latest is not None and place is not None and (place / latest.path.name).is_file()
    return Whereabouts(latest=latest, second_place=place, copied=copied, encrypted=encrypted(paths))
