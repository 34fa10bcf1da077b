"""One app window per data folder, and no restore under a running app.

The GUI holds an exclusive lock file in the data folder while it runs. A second window on the
same folder, or a command-line restore (which replaces the database file), is refused with a
plain message instead of pulling the database from under the running app.
"""

from __future__ import annotations

from filelock import FileLock, Timeout

from groupdesk.config import DataPaths
from groupdesk.errors import GroupDeskError

LOCK_NAME = ".groupdesk-in-use.lock"


class DataFolderInUse(GroupDeskError):
    """Another GroupDesk window has this data folder open."""


def hold_data_folder(paths: DataPaths, *, doing: str) -> FileLock:
    """Take the folder's lock (release it with `.release()`), or say plainly who holds it."""
    paths.ensure()
    lock = FileLock(paths.root / LOCK_NAME)
    try:
        lock.acquire(timeout=0)
    except Timeout:
        raise DataFolderInUse(
            f"GroupDesk is already open on {paths.root}. Close that window before {doing}."
        ) from None
    return lock


def ensure_not_in_use(paths: DataPaths, *, doing: str) -> None:
    """Refuse if an app window holds the folder; leaves no lock file behind when none does."""
    if (paths.root / LOCK_NAME).exists():
        hold_data_folder(paths, doing=doing).release()
