"""One sync run per data folder at a time.

Two runs at once (a window's and a command's, or two commands) would both number the next
change file alike and race to write it; the second run waits for the first instead, and
says so if it waits too long.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from filelock import FileLock, Timeout

from groupdesk.config import DataPaths
from groupdesk.errors import GroupDeskError
from groupdesk.services.faults import BUSY_WAIT_SECONDS

SYNC_LOCK_NAME = ".groupdesk-sync.lock"


class SyncRunning(GroupDeskError):
    """Another sync of this data folder is running and did not finish in time."""


@contextmanager
def one_sync_at_a_time(
    paths: DataPaths,
    *,
    wait: float = BUSY_WAIT_SECONDS,
    waiting: Callable[[], None] | None = None,
) -> Iterator[None]:
    """Hold this data folder's sync lock for the block, first waiting up to `wait` seconds
    (calling `waiting` once) for a sync that holds it."""
    paths.ensure()
    lock = FileLock(paths.root / SYNC_LOCK_NAME)
    try:
        lock.acquire(blocking=False)
    except Timeout:
        if waiting is not None:
            waiting()
        try:
            lock.acquire(timeout=wait)
        except Timeout:
            raise SyncRunning(
                f"Another sync of {paths.root} is running (in a GroupDesk window or a command) "
                f"and did not finish within {wait:.0f} seconds; nothing was changed. Try again "
                "when it has finished."
            ) from None
    try:
        yield
    finally:
        lock.release()
