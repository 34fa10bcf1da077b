"""`sync join` killed half-way (issue 15 item 4), as a subprocess with SIGKILL: a laptop with
an older group of its own joined a folder, was killed mid-import, and after the next syncs
another laptop's group had become "Old laptop group" in USD. Now the next `sync run` finishes
the join first, and every laptop keeps the group's settings."""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

Cli = Callable[..., subprocess.CompletedProcess[str]]


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, result.stderr
    return result


def group(data_dir: Path) -> tuple[str, str]:
    """The group's name and currency as the app shows them (the first live settings row)."""
    connection = sqlite3.connect(f"file:{data_dir / 'groupdesk.sqlite'}?mode=ro", uri=True)
    try:
        return connection.execute(
            "SELECT name, currency FROM group_settings WHERE deleted_at IS NULL ORDER BY id"
        ).fetchone()
    finally:
        connection.close()


@pytest.mark.slow
def test_a_join_killed_mid_import_never_spreads_the_old_groups_settings(
    cli: Cli, tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    folder = tmp_path / "cloud"
    a, old = tmp_path / "A", tmp_path / "OLD"
    ok(cli("init", "--name", "Old laptop group", "--currency", "USD", data_dir=old))
    ok(cli("demo", "--members", "20", data_dir=a))
    made = ok(cli("sync", "init", folder, data_dir=a, env=keyring_env))
    code = re.search(r"Join code[^:]*: (\S+)", made.stdout).group(1)  # type: ignore[union-attr]
    refused = cli("sync", "join", folder, "--code", code, data_dir=old, env=keyring_env)
    assert refused.returncode == 1
    assert "already holds records of its own" in refused.stderr
    assert "--merge-own-records" in refused.stderr

    marker = tmp_path / "paused"
    command = [
        sys.executable, "-m", "groupdesk", "--data-dir", str(old),
        "sync", "join", str(folder), "--code", code, "--merge-own-records",
    ]  # fmt: skip
    env = {**os.environ, **keyring_env, "GROUPDESK_TEST_SYNC_PAUSE_FILE": str(marker)}
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for _ in range(1200):
            if marker.exists() or process.poll() is not None:
                break
            import time

            time.sleep(0.05)
        assert marker.exists(), process.communicate()[1]
        process.kill()  # SIGKILL mid-import
    finally:
        process.wait(timeout=30)

    ok(cli("sync", "run", data_dir=old, env=keyring_env))
    ok(cli("sync", "run", data_dir=a, env=keyring_env))
    ok(cli("sync", "run", data_dir=old, env=keyring_env))
    assert group(a) == group(old)
    assert group(a)[0] != "Old laptop group" and group(a)[1] != "USD"
