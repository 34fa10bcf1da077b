"""A sync folder that cannot take a write (issue 15 item 19): `sync run` names the sync
folder, not the data folder, says nothing was lost, and the next sync sends what waited."""

from __future__ import annotations

import os
from pathlib import Path

from tests.support.cli_runs import Cli, add_member, as_json, ok
from tests.support.faults import read_only, run_cli


def test_a_read_only_sync_folder_is_named_and_nothing_is_lost(
    cli: Cli, tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    data, stick = tmp_path / "D", tmp_path / "stick"
    ok(cli("demo", "--members", "12", data_dir=data))
    ok(cli("sync", "init", stick, data_dir=data, env=keyring_env))
    add_member(cli, data, "Zed Waiting")
    undo = read_only(stick)
    try:
        refused = run_cli("sync", "run", data_dir=data, env=keyring_env)
    finally:
        undo()
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert f"The sync folder {stick} is read-only" in refused.stderr
    assert "Nothing was lost" in refused.stderr and f"{data} " not in refused.stderr
    names = {m["full_name"] for m in as_json(cli("members", "list", "--json", data_dir=data))}
    assert "Zed Waiting" in names
    ok(cli("sync", "run", data_dir=data, env=keyring_env))


def test_a_receipt_too_big_for_the_sync_folder_is_said_to_fill_it(
    cli: Cli, tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    """RLIMIT_FSIZE in the child stands for a full sync folder: the database (2.6 MB already)
    is only rewritten in place, the 400 kB receipt cannot be copied out."""
    data, stick = tmp_path / "D", tmp_path / "stick"
    ok(cli("demo", "--members", "12", data_dir=data))
    ok(cli("sync", "init", stick, data_dir=data, env=keyring_env))
    grant = as_json(cli("grants", "list", "--json", data_dir=data))["grants"][0]["id"]
    receipt = tmp_path / "bank-transfer.pdf"
    receipt.write_bytes(b"%PDF-1.4\n" + os.urandom(400_000) + b"\n%%EOF\n")
    ok(
        cli(
            "expenses",
            "add",
            grant,
            "--amount",
            "3.00",
            "--payee",
            "Print shop",
            "--receipt",
            receipt,
            data_dir=data,
        )
    )
    refused = run_cli("sync", "run", data_dir=data, env=keyring_env, file_size_limit=200_000)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert f"The sync folder {stick} is full" in refused.stderr
    assert "Nothing was lost" in refused.stderr and f"{data} " not in refused.stderr
    ok(cli("sync", "run", data_dir=data, env=keyring_env))
    assert any(p.stat().st_size > 400_000 for p in (stick / "attachments").iterdir())
