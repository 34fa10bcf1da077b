"""Two programs on one data folder at once (issue 15 item 18): a writer waits its turn, two
syncs of one folder do not race, and no "database is locked" traceback reaches anyone."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

from tests.support.cli_runs import Cli, add_member, as_json, ok


def test_an_edit_waits_while_another_program_writes_then_is_saved(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "D"
    ok(cli("init", "--name", "Busy Group", data_dir=folder))
    ana = add_member(cli, folder, "Ana Lima")
    other_program = sqlite3.connect(folder / "groupdesk.sqlite", isolation_level=None)
    other_program.execute("BEGIN IMMEDIATE")  # as an import or a sync holds it
    edit = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "groupdesk",
            "--data-dir",
            str(folder),
            "members",
            "edit",
            ana,
            "--set",
            "phone=+44 20 7946 0000",
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    assert edit.stderr is not None
    said = edit.stderr.readline()  # before the fix: a traceback ending "database is locked"
    assert "waiting for another GroupDesk window or command" in said, said + edit.stderr.read()
    assert "error" not in said  # it is waiting, not failing
    other_program.execute("COMMIT")
    other_program.close()
    _out, err = edit.communicate(timeout=120)
    assert edit.returncode == 0, err
    assert "Traceback" not in err
    [member] = as_json(cli("members", "list", "--json", data_dir=folder))
    assert member["phone"] == "+44 20 7946 0000"


def test_a_lock_held_too_long_is_a_sentence_not_a_traceback(tmp_path: Path) -> None:
    from groupdesk.services.faults import DataFolderBusy, explain

    locked = sqlite3.OperationalError("database is locked")
    said = explain(locked, places=[tmp_path], changed=False)
    assert isinstance(said, DataFolderBusy)
    assert str(tmp_path) in str(said) and "Nothing was changed" in str(said)


def test_syncs_of_one_data_folder_at_once_wait_for_each_other(
    cli: Cli, tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    folder, shared = tmp_path / "D", tmp_path / "shared"
    ok(cli("init", "--name", "Busy Group", data_dir=folder))
    ok(cli("sync", "init", shared, data_dir=folder, env=keyring_env))
    command = [sys.executable, "-m", "groupdesk", "--data-dir", str(folder), "sync", "run"]
    for round_ in range(2):  # before the fix, a round often failed with FileExistsError
        add_member(cli, folder, f"Member {round_}")
        runs = [
            subprocess.Popen(
                command,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                env={**os.environ, "PYTHONIOENCODING": "utf-8", **keyring_env},
            )
            for _ in range(4)
        ]
        for run in runs:
            _out, err = run.communicate(timeout=120)
            assert run.returncode == 0, err
            assert "Traceback" not in err
