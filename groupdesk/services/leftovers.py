"""What a killed backup or restore leaves in the data folder, cleaned the next time it opens.

A backup expands into `.backup-*`, a restore into `.restore-*` (a whole copy of the data), a
restore's swap parks the old attachments in `.attachments-old`, and a backup file is written as
`*.partial` before it is renamed. A kill at the wrong moment leaves them for good. Another
command may be writing one right now, so only those untouched for an hour are removed — far
longer than any step that writes them goes without writing.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

from groupdesk.config import DataPaths

STALE_AFTER_SECONDS = 60 * 60
_SCRATCH_PATTERNS = (".backup-*", ".restore-*", ".attachments-old")


def clean_leftovers(paths: DataPaths, now_seconds: Callable[[], float]) -> list[Path]:
    """Remove leftovers of killed backups and restores untouched for an hour; returns them."""
    found = [p for pattern in _SCRATCH_PATTERNS for p in paths.root.glob(pattern)]
    found += paths.backups.glob("*.partial")
    removed: list[Path] = []
    for leftover in found:
        if now_seconds() - _last_written(leftover) < STALE_AFTER_SECONDS:
            continue
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)
        removed.append(leftover)
    return removed


def _last_written(path: Path) -> float:
    """The newest modification time of `path` and, for a folder, of anything inside it."""
    try:
        newest = path.lstat().st_mtime
        if path.is_dir() and not path.is_symlink():
            for inner in path.rglob("*"):
                newest = max(newest, inner.lstat().st_mtime)
    except OSError:  # removed meanwhile by whoever was writing it
        return float("inf")
    return newest
