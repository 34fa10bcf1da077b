"""Three real data folders and one sync folder on disk, driven through `groupdesk sync ...`."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

Cli = Callable[..., subprocess.CompletedProcess[str]]


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, result.stderr
    return result


def synced_state(data_dir: Path) -> dict[str, list[tuple[Any, ...]]]:
    from groupdesk.models import synced_models

    connection = sqlite3.connect(f"file:{data_dir / 'groupdesk.sqlite'}?mode=ro", uri=True)
    try:
        tables = [m.__tablename__ for m in synced_models()] + ["field_clock"]
        return {
            t: sorted(connection.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr)
            for t in tables
        }
    finally:
        connection.close()


def edit(data_dir: Path, member_id: str, **values: Any) -> None:
    """An edit made in the app on that laptop (through the same services the GUI uses)."""
    from groupdesk.config import DataPaths
    from groupdesk.models import Member
    from groupdesk.services.workspace import open_workspace

    workspace = open_workspace(DataPaths(data_dir))
    try:
        with workspace.uow() as uow:
            member = uow.session.get(Member, member_id)
            for field, value in values.items():
                setattr(member, field, value)
            uow.commit()
    finally:
        workspace.close()


def some_member(data_dir: Path, offset: int) -> str:
    connection = sqlite3.connect(data_dir / "groupdesk.sqlite")
    try:
        return connection.execute(
            "SELECT id FROM members WHERE deleted_at IS NULL ORDER BY id LIMIT 1 OFFSET ?",
            (offset,),
        ).fetchone()[0]
    finally:
        connection.close()


@pytest.mark.slow
def test_three_laptops_converge_and_list_each_conflict_once(
    cli: Cli, tmp_path: Path, keyring_env
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "cloud" / "GroupDesk sync"
    a, b, c = (tmp_path / name for name in "ABC")
    ok(cli("demo", "--members", "40", data_dir=a))
    made = ok(cli("sync", "init", folder, "--name", "Ana's laptop", data_dir=a, env=keyring_env))
    code = re.search(r"Join code[^:]*: (\S+)", made.stdout).group(1)  # type: ignore[union-attr]
    for data_dir, name in ((b, "Sam's laptop"), (c, "Lee's laptop")):
        joined = ok(
            cli(
                "sync",
                "join",
                folder,
                "--code",
                code,
                "--name",
                name,
                data_dir=data_dir,
                env=keyring_env,
            )
        )
        assert "Ana's laptop" in joined.stdout
    assert synced_state(a) == synced_state(b) == synced_state(c)

    shared, doomed, other = some_member(a, 0), some_member(a, 1), some_member(a, 2)
    edit(a, shared, phone="+44 111")  # the same field on two laptops
    edit(b, shared, phone="+44 222")
    edit(c, doomed, deleted_at=datetime(2026, 11, 1))  # deleted on one laptop …
    edit(a, doomed, notes="Brought cake")  # … while edited on another
    edit(b, other, email="new@example.org")
    edit(c, other, pronouns="they/them")

    for order in ((a, b, c), (c, a, b), (b, c, a), (a, b, c)):
        for data_dir in order:
            ok(cli("sync", "run", data_dir=data_dir, env=keyring_env))

    assert synced_state(a) == synced_state(b) == synced_state(c)
    for data_dir in (a, b, c):
        conflicts = json.loads(
            ok(cli("sync", "conflicts", "--json", data_dir=data_dir, env=keyring_env)).stdout
        )
        conflicts.sort(key=lambda k: k["kind"], reverse=True)  # the value conflict first
        assert [(k["row_id"], k["field"], k["kind"]) for k in conflicts] == [
            (shared, "phone", "value"),
            (doomed, "notes", "deleted"),
        ]
        assert {conflicts[0]["mine"], conflicts[0]["theirs"]} == {"+44 111", "+44 222"}
        assert conflicts[1]["theirs"] == {"notes": "Brought cake"}
    rows = synced_state(a)["members"]
    doomed_row = next(r for r in rows if r[-4] == doomed or doomed in r)
    assert "Brought cake" in doomed_row  # the edit is kept on the deleted row
    # In words, by laptop name, saying which value is in effect (Sam's edit came last).
    listed = ok(cli("sync", "conflicts", data_dir=a, env=keyring_env)).stdout
    assert "'+44 222' from Sam's laptop" in listed and "'+44 111' from Ana's laptop" in listed
    assert "in effect" in listed and "mine (in effect)" not in listed
    assert "Lee's laptop deleted" in listed and "while Ana's laptop changed" in listed

    value_id, deleted_id = str(conflicts[0]["id"]), str(conflicts[1]["id"])
    ok(cli("sync", "resolve", value_id, "--keep", "theirs", data_dir=c, env=keyring_env))
    refused = cli("sync", "resolve", deleted_id, "--keep", "mine", data_dir=c, env=keyring_env)
    assert refused.returncode == 1 and "'deleted' or 'restore'" in refused.stderr
    ok(cli("sync", "resolve", deleted_id, "--restore", data_dir=c, env=keyring_env))
    for data_dir in (c, a, b):
        ok(cli("sync", "run", data_dir=data_dir, env=keyring_env))
    assert doomed in {some_member(a, n) for n in range(40)}  # restored, with its new notes
    assert synced_state(a) == synced_state(b) == synced_state(c)
    for data_dir in (a, b, c):
        assert (
            json.loads(
                ok(cli("sync", "conflicts", "--json", data_dir=data_dir, env=keyring_env)).stdout
            )
            == []
        )
    status = json.loads(ok(cli("sync", "status", "--json", data_dir=a, env=keyring_env)).stdout)
    assert {d["name"] for d in status["devices"]} == {"Sam's laptop", "Lee's laptop"}


@pytest.mark.slow
def test_a_sync_killed_mid_import_changes_nothing_and_the_next_run_completes(
    cli: Cli, tmp_path: Path, keyring_env, database_rows
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "stick"
    a, b = tmp_path / "A", tmp_path / "B"
    ok(cli("demo", "--members", "20", data_dir=a))
    made = ok(cli("sync", "init", folder, data_dir=a, env=keyring_env))
    code = re.search(r"Join code[^:]*: (\S+)", made.stdout).group(1)  # type: ignore[union-attr]
    ok(cli("sync", "join", folder, "--code", code, data_dir=b, env=keyring_env))
    for offset in range(5):
        edit(a, some_member(a, offset), notes=f"edited {offset}")
    ok(cli("sync", "run", data_dir=a, env=keyring_env))

    def everything(data_dir: Path) -> dict[str, list[tuple[Any, ...]]]:
        """Every table; `sync_devices` (when each laptop last wrote its device file) is read
        before any import and is no record of the group's."""
        rows = database_rows(data_dir / "groupdesk.sqlite", laptop_facts=True)
        rows.pop("sync_devices")
        return rows

    before = everything(b)
    marker = tmp_path / "paused"
    command = [sys.executable, "-m", "groupdesk", "--data-dir", str(b), "sync", "run"]
    env = {**os.environ, **keyring_env, "GROUPDESK_TEST_SYNC_PAUSE_FILE": str(marker)}
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        for _ in range(600):
            if marker.exists() or process.poll() is not None:
                break
            import time

            time.sleep(0.05)
        assert marker.exists(), process.communicate()[1]
        process.kill()  # SIGKILL: no cleanup, no rollback handler, mid-transaction
    finally:
        process.wait(timeout=30)
    assert everything(b) == before

    ok(cli("sync", "run", data_dir=b, env=keyring_env))
    assert synced_state(a) == synced_state(b)
