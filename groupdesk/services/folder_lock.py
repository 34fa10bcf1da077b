"""One app window per data folder, and no restore under a running app.

The GUI holds an exclusive lock file in the data folder while it runs. A second window on the
same folder, or a command-line restore (which replaces the database file), is refused with a
plain message instead of pulling the database from under the running app.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from filelock import FileLock, ReadWriteLock, Timeout

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


# --- commands at work, and a restore that waits for them -----------------------------------

#: A lock shared by every command working on the folder and taken whole by a restore (a
#: SQLite file of its own: filelock's reader/writer lock, the same on Windows and Unix).
WORK_LOCK_NAME = ".groupdesk-at-work.lock"
#: How long a restore waits for running commands (an import of thousands of rows takes
#: seconds), and a command for a running restore, before saying so.
WAIT_SECONDS = 120.0


def hold_for_work(paths: DataPaths, *, wait: float = WAIT_SECONDS) -> ReadWriteLock:
    """Say this process is working on the folder (release it with `.release()`, then
    `.close()`): any number of commands share it, and a restore waits until all have let go,
    so nothing a command has reported done is lost by a restore swapping the database."""
    paths.ensure()
    lock = ReadWriteLock(paths.root / WORK_LOCK_NAME, is_singleton=False)
    try:
        lock.acquire_read(timeout=wait)
    except Timeout:
        lock.close()
        raise DataFolderInUse(
            f"A restore is replacing the data in {paths.root}; try again when it has finished."
        ) from None
    return lock


@contextmanager
def replacing_data(
    paths: DataPaths,
    *,
    doing: str,
    wait: float = WAIT_SECONDS,
    waiting: Callable[[], None] | None = None,
) -> Iterator[None]:
    """Hold the folder alone while its database is replaced: waits (calling `waiting` once)
    for commands at work to finish, or refuses after `wait` seconds."""
    paths.ensure()
    lock = ReadWriteLock(paths.root / WORK_LOCK_NAME, is_singleton=False)
    try:
        try:
            lock.acquire_write(timeout=0, blocking=False)
        except Timeout:
            if waiting is not None:
                waiting()
            try:
                lock.acquire_write(timeout=wait)
            except Timeout:
                raise DataFolderInUse(
                    f"Another GroupDesk command is still working on {paths.root} (an import, "
                    f"a sync?); try {doing} again when it has finished. Nothing was changed."
                ) from None
        try:
            yield
        finally:
            lock.release()
    finally:
        lock.close()
