"""`sync init` on a computer whose only keyring keeps passwords in a plain file (issue 15
item 12): a sentence saying what to do, exit 1, and no key anywhere on disk."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

Cli = Callable[..., CompletedProcess[str]]


def test_sync_init_refuses_a_plaintext_keyring_with_a_sentence(cli: Cli, tmp_path: Path) -> None:
    pytest.importorskip("keyrings.alt.file")
    data, xdg = tmp_path / "data", tmp_path / "xdg"
    env = {
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "XDG_DATA_HOME": str(xdg),
    }
    assert cli("init", "--name", "Riverside", "--currency", "GBP", data_dir=data).returncode == 0
    result = cli("sync", "init", tmp_path / "sync", data_dir=data, env=env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "will not keep it in a plain file" in result.stderr
    assert "keyrings.alt.file.PlaintextKeyring" in result.stderr
    assert not [p for p in xdg.rglob("*") if p.is_file()]
