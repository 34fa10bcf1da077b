"""`groupdesk sync init/join s3://…` against a real SeaweedFS server: the key id and secret
come from the environment, a file or a prompt, never the command line, and `sync status` says
where the group syncs (issue 18)."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from pathlib import Path

from support.seaweed import Seaweed

Cli = Callable[..., subprocess.CompletedProcess[str]]


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, result.stderr
    return result


def test_two_laptops_set_up_and_sync_through_the_store_from_the_command_line(
    cli: Cli, tmp_path: Path, keyring_env: dict[str, str], seaweed: Seaweed
) -> None:
    a, b = tmp_path / "A", tmp_path / "B"
    url = f"s3://{seaweed.bucket}/{seaweed.new_prefix()}"
    ok(cli("init", "--name", "Riverside", "--currency", "EUR", data_dir=a))
    ok(cli("members", "add", "--full-name", "Wei Chen", data_dir=a))
    from_environment = {
        **keyring_env,
        "GROUPDESK_S3_KEY_ID": seaweed.key_id,
        "GROUPDESK_S3_SECRET": seaweed.secret,
    }
    made = ok(
        cli(
            "sync", "init", url, "--endpoint", seaweed.endpoint, "--name", "Ana's laptop",
            data_dir=a, env=from_environment,
        )
    )  # fmt: skip
    assert url in made.stdout and seaweed.secret not in made.stdout + made.stderr
    code = re.search(r"Join code[^:]*: (\S+)", made.stdout).group(1)  # type: ignore[union-attr]

    credentials = tmp_path / "store-credentials.txt"
    credentials.write_text(f"{seaweed.key_id}\n{seaweed.secret}\n", encoding="utf-8")
    joined = ok(
        cli(
            "sync", "join", url, "--endpoint", seaweed.endpoint, "--credentials-file",
            credentials, "--code", code, "--name", "Sam's laptop",
            data_dir=b, env=keyring_env,
        )
    )  # fmt: skip
    assert "Ana's laptop" in joined.stdout
    members = json.loads(ok(cli("members", "list", "--json", data_dir=b)).stdout)
    assert [m["full_name"] for m in members] == ["Wei Chen"]

    ok(cli("members", "add", "--full-name", "Ana Petrova", data_dir=b))
    ok(cli("sync", "run", data_dir=b, env=keyring_env))
    ok(cli("sync", "run", data_dir=a, env=keyring_env))
    members = json.loads(ok(cli("members", "list", "--json", data_dir=a)).stdout)
    assert sorted(m["full_name"] for m in members) == ["Ana Petrova", "Wei Chen"]

    status = ok(cli("sync", "status", data_dir=b, env=keyring_env)).stdout
    assert f"the object store {url} at {seaweed.endpoint}" in status
    kept = (tmp_path / "A" / "groupdesk.sqlite").read_bytes()
    assert seaweed.secret.encode() not in kept


def test_no_credentials_and_no_terminal_is_a_sentence_not_a_prompt(
    cli: Cli, tmp_path: Path, keyring_env: dict[str, str], seaweed: Seaweed
) -> None:
    data = tmp_path / "A"
    ok(cli("init", "--name", "Riverside", "--currency", "EUR", data_dir=data))
    result = cli(
        "sync", "init", f"s3://{seaweed.bucket}/{seaweed.new_prefix()}", "--endpoint",
        seaweed.endpoint, data_dir=data, env=keyring_env, input_text="",
    )  # fmt: skip
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "--credentials-file" in result.stderr and "GROUPDESK_S3_SECRET" in result.stderr
