"""The command line's tables write days the group's way, as every page and the history do
(`--json` stays ISO 8601 for scripts)."""

from __future__ import annotations

import re
from pathlib import Path

from support.cli_runs import Cli, ok

ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
#: '15 Dec 2026' (en_GB medium), or '3 Sept 2026'.
GROUP_DAY = re.compile(r"\b\d{1,2} [A-Z][a-z]{2,4} \d{4}\b")


def test_tables_of_meetings_actions_check_ins_and_roles_write_days_the_groups_way(
    cli: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "demo"
    ok(cli("demo", data_dir=folder))
    for command in (
        ("meetings", "list"),
        ("meetings", "list", "--past"),
        ("actions", "list"),
        ("checkins", "due"),
        ("members", "roles"),
    ):
        table = ok(cli(*command, data_dir=folder)).stdout
        assert GROUP_DAY.search(table), command
        assert not ISO_DAY.search(table), (command, ISO_DAY.search(table))
    assert ISO_DAY.search(ok(cli("actions", "list", "--json", data_dir=folder)).stdout)
