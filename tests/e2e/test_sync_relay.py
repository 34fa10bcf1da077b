"""`groupdesk sync run FOLDER` through another folder of the group: once, unless --remember."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

Cli = Callable[..., subprocess.CompletedProcess[str]]


def _folder(cli: Cli, data_dir: Path, keyring_env: dict[str, str]) -> str:
    result = cli("sync", "status", "--json", data_dir=data_dir, env=keyring_env)
    assert result.returncode == 0, result.stderr
    return str(json.loads(result.stdout)["folder"])


def test_a_one_off_sync_through_a_usb_stick_keeps_the_sync_folder(
    cli: Cli, tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    home, data = tmp_path / "cloud" / "GroupDesk sync", tmp_path / "ana"
    assert cli("demo", "--members", "5", data_dir=data).returncode == 0
    made = cli("sync", "init", home, "--name", "Ana's laptop", data_dir=data, env=keyring_env)
    assert made.returncode == 0, made.stderr
    stick = tmp_path / "usb"
    stick.mkdir()
    shutil.copy(home / "groupdesk-sync.json", stick / "groupdesk-sync.json")

    once = cli("sync", "run", stick, data_dir=data, env=keyring_env)
    assert once.returncode == 0, once.stderr
    assert _folder(cli, data, keyring_env) == str(home.resolve())
    assert list((stick / "changes").rglob("*.gdc"))  # the stick got this laptop's records

    alone = cli("sync", "run", "--remember", data_dir=data, env=keyring_env)
    assert alone.returncode == 1 and "name the FOLDER to remember" in alone.stderr

    kept = cli("sync", "run", stick, "--remember", data_dir=data, env=keyring_env)
    assert kept.returncode == 0, kept.stderr
    assert _folder(cli, data, keyring_env) == str(stick.resolve())


def test_sync_run_before_set_up_says_so_and_the_command_line_adds_what_to_type(
    cli: Cli, tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    """The service's sentence names no command (the GUI shows it too); the CLI adds its own."""
    data = tmp_path / "ana"
    assert cli("demo", "--members", "5", data_dir=data).returncode == 0
    result = cli("sync", "run", data_dir=data, env=keyring_env)
    assert result.returncode == 1
    first, hint = result.stderr.strip().splitlines()[-2:]
    assert "not set up to sync yet" in first and "groupdesk" not in first.split("error: ", 1)[1]
    assert hint.endswith(
        "try: groupdesk sync init FOLDER, or groupdesk sync join FOLDER --code CODE"
    )


def test_sync_status_says_when_in_the_groups_date_format(
    cli: Cli, tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    """It printed the last sync as '2026-12-04T17:48:40' and laptops' times as bare UTC."""
    import re

    home, data = tmp_path / "cloud" / "GroupDesk sync", tmp_path / "ana"
    assert cli("demo", "--members", "5", data_dir=data).returncode == 0
    made = cli("sync", "init", home, "--name", "Ana's laptop", data_dir=data, env=keyring_env)
    assert made.returncode == 0, made.stderr
    assert cli("sync", "run", data_dir=data, env=keyring_env).returncode == 0
    status = cli("sync", "status", data_dir=data, env=keyring_env)
    assert status.returncode == 0, status.stderr
    (last,) = [line for line in status.stdout.splitlines() if line.startswith("Last sync:")]
    assert re.match(r"Last sync: +\d{1,2} [A-Z][a-z]{2,4} \d{4} \d{2}:\d{2}: ", last), last
    assert not re.search(r"\d{4}-\d{2}-\d{2}", status.stdout)
