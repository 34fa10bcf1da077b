"""`groupdesk sync move-to`: three laptops move their group from a folder to an object store (a
real SeaweedFS server) and back, through the command line, and nothing is lost on the way."""

from __future__ import annotations

import re
import sqlite3
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from support.seaweed import Seaweed

Cli = Callable[..., subprocess.CompletedProcess[str]]


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    return result


def members(data: Path) -> list[str]:
    """The live members a laptop holds (read from its database: a process each was slow)."""
    connection = sqlite3.connect(f"file:{data / 'groupdesk.sqlite'}?mode=ro", uri=True)
    try:
        rows = connection.execute("SELECT full_name FROM members WHERE deleted_at IS NULL")
        return sorted(name for (name,) in rows)
    finally:
        connection.close()


@pytest.mark.slow
def test_a_group_moves_from_a_folder_to_a_store_and_back_and_the_others_follow(
    cli: Cli, tmp_path: Path, keyring_env: dict[str, str], seaweed: Seaweed
) -> None:
    folder = tmp_path / "stick"
    url = f"s3://{seaweed.bucket}/{seaweed.new_prefix()}"
    store = ("--endpoint", seaweed.endpoint)
    credentials = tmp_path / "store-credentials.txt"
    credentials.write_text(f"{seaweed.key_id}\n{seaweed.secret}\n", encoding="utf-8")
    # Three computers, each with a keyring of its own.
    a, b, c = (tmp_path / name for name in "ABC")
    env = {
        data: {**keyring_env, "GROUPDESK_TEST_KEYRING_FILE": str(tmp_path / f"{data.name}.json")}
        for data in (a, b, c)
    }

    def run(data: Path, *args: str | Path) -> subprocess.CompletedProcess[str]:
        return cli(*args, data_dir=data, env=env[data])

    ok(run(a, "init", "--name", "Riverside", "--currency", "EUR"))
    ok(run(a, "members", "add", "--full-name", "Wei Chen"))
    made = ok(run(a, "sync", "init", folder, "--name", "Ana's laptop")).stdout
    code = re.search(r"Join code[^:]*: (\S+)", made).group(1)  # type: ignore[union-attr]
    for data, name in ((b, "Sam's laptop"), (c, "Lee's laptop")):
        ok(run(data, "sync", "join", folder, "--code", code, "--name", name))
    ok(run(b, "members", "add", "--full-name", "Ana Petrova"))
    ok(run(b, "sync", "run"))  # in the folder, not read by Ana's laptop yet
    ok(run(c, "members", "add", "--full-name", "Lee Okafor"))  # not sent anywhere yet

    moved = ok(run(a, "sync", "move-to", url, *store, "--credentials-file", credentials))
    assert f"Moved the group to {url} at {seaweed.endpoint}" in moved.stdout
    assert members(a) == ["Ana Petrova", "Wei Chen"]  # read from the folder first

    # Sam's laptop has no secret for the store: told what to do, nothing changed.
    told = run(b, "sync", "run")
    assert told.returncode == 1 and "Traceback" not in told.stderr
    assert f"the group moved to the object store {url}" in told.stderr
    assert f"try: groupdesk sync move-to {url} --endpoint {seaweed.endpoint}" in told.stderr
    assert seaweed.key_id in told.stderr
    for data in (c, b):
        followed = ok(run(data, "sync", "move-to", url, *store, "--credentials-file", credentials))
        assert "this laptop syncs there now" in followed.stdout
    ok(run(a, "sync", "run"))
    everyone = ["Ana Petrova", "Lee Okafor", "Wei Chen"]
    assert members(a) == members(b) == members(c) == everyone
    status = ok(run(b, "sync", "status")).stdout
    assert f"the object store {url} at {seaweed.endpoint}" in status
    assert seaweed.secret not in status + moved.stdout + moved.stderr + told.stderr

    # And back to the folder: the others follow by themselves (they reach it), and the note
    # left there by the first move no longer sends anyone away.
    ok(run(c, "members", "add", "--full-name", "Amara Diallo"))  # not sent before the move
    back = ok(run(a, "sync", "move-to", folder))
    assert f"Moved the group to {folder}" in back.stdout
    for data in (c, b, a):
        ok(run(data, "sync", "run"))
    assert members(a) == members(b) == members(c) == sorted([*everyone, "Amara Diallo"])
    assert f"the folder {folder}" in ok(run(b, "sync", "status")).stdout
