"""Faults of the disk and of use by two programs at once, said as sentences.

SQLite and the operating system report a full disk, a read-only folder or a database another
program is writing as exceptions that name error codes. Both front ends turn them into a
sentence here: what is full or read-only (found by asking the file system about the places
involved), and whether anything was changed. A read-only data folder is not a damaged database.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from groupdesk.errors import GroupDeskError

T = TypeVar("T")

#: How long a command waits for another program's write to finish before giving up.
BUSY_WAIT_SECONDS = 120.0

_FULL = {errno.ENOSPC, errno.EDQUOT}
_READ_ONLY = {errno.EROFS, errno.EACCES, errno.EPERM}  # the last two: "permission denied"


class DiskFault(GroupDeskError):
    """A disk is full, or a folder or file cannot be written."""


class DataFolderBusy(GroupDeskError):
    """Another program kept the database locked longer than we wait."""


def is_busy(problem: BaseException) -> bool:
    """True when SQLite said another connection holds the lock ("database is locked")."""
    found = _sqlite_error(problem)
    return found is not None and (
        getattr(found, "sqlite_errorcode", None) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
        or "database is locked" in str(found)
    )


def wait_for_writers(
    work: Callable[[], T],
    *,
    saved: Callable[[], bool],
    waiting: Callable[[], None] = lambda: None,
    wait_seconds: float = BUSY_WAIT_SECONDS,
) -> T:
    """Run `work`; while another program holds the database's write lock and `saved()` says
    nothing was committed yet, call `waiting()` and run it again until that program is done
    (SQLite cannot make a transaction that has read wait for the lock: it says "database is
    locked" at once). Used by the CLI and by the GUI's background writes alike."""
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            return work()
        except Exception as problem:
            if not (is_busy(problem) and not saved() and time.monotonic() < deadline):
                raise
        waiting()
        time.sleep(0.2)


def explain(
    problem: BaseException, *, places: Sequence[Path], changed: bool = False
) -> GroupDeskError | None:
    """`problem` as a sentence if it is a fault of the disk or a lock, else None (a bug).
    `places` are the folders the work writes to, the data folder first; `changed` says
    whether earlier steps of the work were already saved."""
    outcome = (
        "What was finished before it is kept; the unfinished step was undone."
        if changed
        else "Nothing was changed."
    )
    found = _sqlite_error(problem)
    if found is not None:
        text = str(found).lower()
        code = getattr(found, "sqlite_errorcode", None)
        if is_busy(problem):
            return DataFolderBusy(
                f"Another GroupDesk window or command is writing to {places[0]} and did not "
                f"finish within {BUSY_WAIT_SECONDS:.0f} seconds. {outcome} "
                "Try again when it has finished."
            )
        if code == sqlite3.SQLITE_FULL or "disk is full" in text:
            return DiskFault(f"{_full_place(places)} is full. {outcome} Free some space first.")
        if code == sqlite3.SQLITE_READONLY or "readonly" in text:
            return DiskFault(f"{_read_only_place(places)} is read-only. {outcome}")
        if code == sqlite3.SQLITE_CANTOPEN or "unable to open" in text:
            return DiskFault(
                f"The database in {places[0]} cannot be opened: the folder is read-only or not "
                f"yours to write. {outcome}"
            )
        if "disk i/o error" in text:
            return DiskFault(
                f"The disk holding {places[0]} could not be written (it may be full, removed or "
                f"failing). {outcome}"
            )
        return None
    if isinstance(problem, OSError):
        where = Path(problem.filename) if problem.filename else None
        if problem.errno in _FULL:
            return DiskFault(f"{_full_place(_with(where, places))} is full. {outcome}")
        if problem.errno == errno.EFBIG:
            named = f"{where} would be" if where else "A file would be"
            return DiskFault(f"{named} bigger than this system lets it grow. {outcome}")
        if problem.errno in _READ_ONLY:
            return DiskFault(f"{_read_only_place(_with(where, places))} is read-only. {outcome}")
    return None


def _sqlite_error(problem: BaseException) -> sqlite3.Error | None:
    """The SQLite error itself, also when SQLAlchemy wrapped it (`.orig`)."""
    original = getattr(problem, "orig", problem)
    return original if isinstance(original, sqlite3.Error) else None


def _with(where: Path | None, places: Sequence[Path]) -> list[Path]:
    return [where.parent, *places] if where is not None else list(places)


def _full_place(places: Sequence[Path]) -> str:
    """The first of `places` whose disk has (almost) no room left, or the first place."""
    for place in places:
        try:
            disk = os.statvfs(_existing(place))
        except (OSError, AttributeError):  # no statvfs on Windows
            continue
        if disk.f_bavail * disk.f_frsize < 1024 * 1024:
            return f"The disk holding {place}"
    return f"The disk holding {places[0]}"


def _read_only_place(places: Sequence[Path]) -> str:
    """The first of `places` this program may not write to, or the first place."""
    for place in places:
        if not os.access(_existing(place), os.W_OK):
            return f"The folder {place}"
    return f"The folder {places[0]}"


def _existing(place: Path) -> Path:
    while not place.exists() and place != place.parent:
        place = place.parent
    return place
