"""`groupdesk resources add … --grant … --expense …` as a shell runs it: the grant named by its
title, the expense by its id, and `resources show` prints what it was bought with;
an expense of another grant is a sentence on stderr and nothing is added."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from datetime import date
from pathlib import Path

from support.cli_runs import as_json, ok
from support.grant_rows import add_expense_row, add_grant

from groupdesk.config import DataPaths
from groupdesk.services.workspace import open_workspace

Cli = Callable[..., subprocess.CompletedProcess[str]]


def test_an_item_is_added_bought_with_a_grant_and_shown(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "G"
    ok(cli("init", "--name", "River Friends", "--currency", "GBP", data_dir=folder))
    workspace = open_workspace(DataPaths(folder))
    try:
        river = add_grant(workspace, title="River fund", currency="GBP")
        expense = add_expense_row(
            workspace, river, "42.10", currency="GBP", spent_on=date(2026, 5, 3)
        )
        other = add_grant(workspace, title="Garden fund", currency="GBP")
        theirs = add_expense_row(workspace, other, "9.00", currency="GBP")
    finally:
        workspace.close()

    refused = cli(
        "resources",
        "add",
        "--name",
        "Ladder",
        "--grant",
        "river fund",
        "--expense",
        theirs,
        data_dir=folder,
    )
    assert refused.returncode == 1
    assert "not one of this grant's" in refused.stderr and "Traceback" not in refused.stderr
    assert as_json(cli("resources", "list", "--json", data_dir=folder)) == []

    added = as_json(
        cli(
            "resources",
            "add",
            "--name",
            "Drill",
            "--grant",
            "River fund",
            "--expense",
            expense,
            "--json",
            data_dir=folder,
        )
    )
    assert (added["grant_id"], added["grant_expense_id"]) == (river, expense)
    shown = ok(cli("resources", "show", "Drill", data_dir=folder)).stdout
    assert "Bought with: River fund, expense of 3 May 2026, Hardware store, £42.10" in shown
