"""Writing a file the user named: checked first, then written whole or not at all.

Every command that writes a file (exports, reports, backups, the recovery sheet, evidence packs,
screenshots) goes through here, so that a mistyped path can never replace the group's database
or an attachment, write into a device, or leave a half-written file where a good one was: the
bytes go to a temporary name in the same folder, are flushed to the disk, and only then take
the file's name (`os.replace`, atomic on one file system).
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path

from groupdesk.config import DataPaths
from groupdesk.errors import GroupDeskError, ValidationError

#: Files beside the database that SQLite keeps while it is open.
_DATABASE_SIDECARS = ("", "-wal", "-shm", "-journal")


def check_output_path(
    path: Path, *, data_paths: DataPaths | None = None, force: bool = False, field: str = "out"
) -> Path:
    """Refuse a place a file must not be written to, with a sentence naming it: a folder, a
    device, a missing folder, the data folder's own files, or (without `force`) a file that
    exists already. Returns the path to write to."""
    if str(path) == "":
        raise ValidationError.single(field, "say which file to write")
    try:
        found = os.stat(path)
    except FileNotFoundError:
        found = None
    except OSError as problem:
        raise ValidationError.single(
            field, f"{path} cannot be written ({problem.strerror})"
        ) from None
    if found is not None:
        if stat.S_ISDIR(found.st_mode):
            raise ValidationError.single(field, f"{path} is a folder; give a file name in it")
        if not stat.S_ISREG(found.st_mode):
            raise ValidationError.single(
                field, f"{path} is not an ordinary file (a device or a pipe); give a file name"
            )
    if not path.parent.is_dir():
        raise ValidationError.single(field, f"the folder {path.parent} does not exist")
    if data_paths is not None and _is_data_folder_file(path, data_paths):
        raise ValidationError.single(
            field,
            f"{path} is one of the group's own files in its data folder; choose a place outside it",
        )
    if found is not None and not force:
        raise ValidationError.single(
            field, f"{path} exists already; choose a new name, or use --force to replace it"
        )
    return path


def check_output_folder(path: Path, *, data_paths: DataPaths, field: str = "out") -> Path:
    """Refuse a folder to write many files into when it is the data folder or inside it, where
    a file written could take the name of the group's own (an attachment, a backup)."""
    target, root = path.resolve(), data_paths.root.resolve()
    if target == root or target.is_relative_to(root):
        raise ValidationError.single(
            field, f"{path} is inside the group's data folder {root}; choose a place outside it"
        )
    return path


def _is_data_folder_file(path: Path, data_paths: DataPaths) -> bool:
    """True for the database (and SQLite's files beside it), the data folder itself and
    anything in its attachments or thumbnails; symlinks are followed, so a link to the
    database counts as the database."""
    target = path.resolve()
    root = data_paths.root.resolve()
    database = data_paths.database.resolve()
    if target == root or target in {
        database.with_name(database.name + end) for end in _DATABASE_SIDECARS
    }:
        return True
    return any(
        target.is_relative_to(folder.resolve())
        for folder in (data_paths.attachments, data_paths.thumbnails)
    )


@contextlib.contextmanager
def replacing(path: Path, *, field: str = "out") -> Iterator[Path]:
    """A temporary file beside `path` to write; when the block ends without an error it is
    flushed to the disk and takes `path`'s name, else it is removed and `path` is untouched.
    An error of the disk (full, read-only, the file locked by another program) becomes a
    sentence that says nothing was written."""
    check_output_path(path, force=True, field=field)
    try:
        handle, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".partial")
    except OSError as problem:
        raise output_error(path, problem, field=field) from None
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        _settle(temporary, path)
    except OSError as problem:
        raise output_error(path, problem, field=field) from None
    finally:
        temporary.unlink(missing_ok=True)


def write_output(path: Path, data: bytes, *, field: str = "out") -> None:
    """`data` as the whole of `path`, written as `replacing` writes."""
    with replacing(path, field=field) as temporary:
        temporary.write_bytes(data)


def _settle(temporary: Path, path: Path) -> None:
    """Give the finished file the permissions a new file gets (or the old file's), make its
    bytes durable, then let it take the name."""
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temporary, mode)
    with temporary.open("rb+") as written:
        os.fsync(written.fileno())
    os.replace(temporary, path)
    if hasattr(os, "O_DIRECTORY"):  # POSIX: make the rename itself durable
        folder = os.open(path.parent, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(folder)
        finally:
            os.close(folder)


def output_error(path: Path, problem: OSError, *, field: str = "out") -> GroupDeskError:
    """What went wrong writing `path`, said so a volunteer can act on it."""
    if problem.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        why = "the disk it is on is full (or the file is too big for it)"
    elif problem.errno == errno.EROFS:
        why = "the disk it is on is read-only"
    elif problem.errno == errno.ENOENT:
        why = f"the folder {path.parent} does not exist"
    elif isinstance(problem, PermissionError):
        why = (
            "permission denied: the folder is read-only, or the file is open in another "
            "program (close it and try again)"
        )
    else:
        why = problem.strerror or str(problem)
    return ValidationError.single(
        field, f"{path} could not be written: {why}. Nothing was written."
    )
