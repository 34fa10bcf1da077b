"""Reading the CLI's subprocess runs in tests: succeeded, its JSON, a member added."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

Cli = Callable[..., subprocess.CompletedProcess[str]]


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    """The run, once it is known to have exited 0 (else its stderr is the failure)."""
    assert result.returncode == 0, result.stderr
    return result


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(ok(result).stdout)


def add_member(cli: Cli, folder: Path, name: str) -> str:
    """Add a member with `members add`; returns the id it printed."""
    result = ok(cli("members", "add", "--full-name", name, data_dir=folder))
    return result.stdout.splitlines()[0].rsplit("(", 1)[1].rstrip(")")
