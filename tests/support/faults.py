"""Running the CLI under faults of the disk: a file-size limit (the disk as good as full) and
read-only folders that hold even when the tests run as root."""

from __future__ import annotations

import ctypes
import os
import resource
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

#: Linux capabilities that let root write where the permissions say no.
_PR_CAPBSET_DROP = 24
_ROOT_POWERS = (1, 2, 3)  # CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER


def _drop_root_powers() -> None:
    libc = ctypes.CDLL(None, use_errno=True)
    for power in _ROOT_POWERS:
        if libc.prctl(_PR_CAPBSET_DROP, power, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "cannot drop a capability")


def can_make_read_only() -> bool:
    """Whether a read-only folder stops this user's child processes (root ignores permissions
    unless its capabilities can be dropped)."""
    if os.geteuid() != 0:
        return True
    probe = subprocess.run(
        [sys.executable, "-c", "pass"], preexec_fn=_drop_root_powers, check=False
    )
    return probe.returncode == 0


def run_cli(
    *args: str | os.PathLike[str],
    data_dir: Path,
    file_size_limit: int | None = None,
    env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`groupdesk --data-dir DATA_DIR ARGS` in a subprocess that cannot write a file past
    `file_size_limit` bytes (as on a full disk) and, as root, cannot ignore permissions."""

    def limits() -> None:
        if file_size_limit is not None:
            resource.setrlimit(resource.RLIMIT_FSIZE, (file_size_limit, file_size_limit))
        if os.geteuid() == 0:
            _drop_root_powers()

    return subprocess.run(
        [sys.executable, "-m", "groupdesk", "--data-dir", str(data_dir), *map(str, args)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})},
        preexec_fn=limits,
        timeout=120,
        check=False,
    )


def read_only(folder: Path) -> Callable[[], None]:
    """Make `folder` and everything in it read-only; returns what undoes it."""
    if not can_make_read_only():
        pytest.skip("root here cannot be kept out of a read-only folder")
    paths = [folder, *folder.rglob("*")]
    modes = {path: path.stat().st_mode for path in paths}
    for path in paths:
        path.chmod(modes[path] & ~0o222)

    def undo() -> None:
        for path in paths:
            path.chmod(modes[path])

    return undo
