"""`groupdesk diagnostics` prints the same lines as Help → Copy diagnostics: versions, sizes,
the schema revision, the last sync — and not the group's name or the folder's path."""

from __future__ import annotations

from pathlib import Path

from groupdesk import __version__
from groupdesk.migrations import SCHEMA_HEAD
from tests.support.cli_runs import Cli, ok


def test_diagnostics_prints_versions_and_sizes_and_nothing_personal(
    cli: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "Ana Petrova's group"
    ok(cli("init", "--name", "Riverside Tenants", data_dir=folder))
    printed = ok(cli("diagnostics", data_dir=folder)).stdout
    lines = printed.splitlines()
    assert lines[0] == f"GroupDesk {__version__}"
    assert f"Schema revision: {SCHEMA_HEAD}" in lines
    assert "Last sync: never" in lines
    assert any(line.startswith("Data folder size: ") for line in lines)
    assert "Riverside" not in printed and "Petrova" not in printed
