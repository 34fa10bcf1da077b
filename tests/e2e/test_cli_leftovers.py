"""What a killed backup or restore leaves behind is cleaned on a later start (issue 15 item 22):
real processes killed with SIGKILL half-way, then the next command run as a shell runs it."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from support.cli_runs import ok

Cli = Callable[..., subprocess.CompletedProcess[str]]
HOUR = 60 * 60


def killed_when(command: list[str], appeared: Callable[[], list[Path]]) -> list[Path]:
    """Run `command` and SIGKILL it as soon as `appeared()` finds something; returns that."""
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not (found := appeared()):
            assert process.poll() is None, "it finished before it could be killed"
            assert time.monotonic() < deadline
            time.sleep(0.002)  # polling for the file, as qtbot.waitUntil polls
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait()
    return found


def age(path: Path, seconds: int) -> None:
    """Date `path` and everything in it `seconds` ago (as if the kill were that long ago)."""
    stamp = time.time() - seconds
    for inner in [path, *(path.rglob("*") if path.is_dir() else [])]:
        os.utime(inner, (stamp, stamp), follow_symlinks=False)


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_leftovers_of_a_killed_backup_and_restore_are_cleaned_on_a_later_start(
    cli: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "D"
    ok(cli("init", "--name", "Killed mid-way", data_dir=folder))
    big = os.urandom(48 << 20)  # an attachment large enough to catch the backup mid-way
    (folder / "attachments" / hashlib.sha256(big).hexdigest()).write_bytes(big)
    command = [sys.executable, "-m", "groupdesk", "--data-dir", str(folder)]
    partial = killed_when(
        [*command, "backup"], lambda: list((folder / "backups").glob("*.partial"))
    )
    ok(cli("backup", "--to", tmp_path / "whole.zip", data_dir=folder))
    scratch = killed_when(
        [*command, "restore", "--yes", str(tmp_path / "whole.zip")],
        lambda: list(folder.glob(".restore-*")),
    )
    leftovers = [*partial, *scratch, *folder.glob(".backup-*")]
    assert leftovers and all(p.exists() for p in leftovers)
    fresh = folder / ".backup-still-being-written"
    fresh.mkdir()

    for leftover in leftovers:
        age(leftover, 2 * HOUR)
    ok(cli("members", "list", data_dir=folder))

    assert [p for p in leftovers if p.exists()] == []
    assert fresh.exists()  # another command may be writing it now
