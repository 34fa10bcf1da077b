"""`groupdesk grants …`, `funders list` and `expenses …` as a shell runs them: a grant moved
from drafting to active, an expense with its receipt, a bank file imported (and not twice), the
figures in JSON as decimal strings with their currency, the evidence pack written."""

from __future__ import annotations

import subprocess
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from support.cli_runs import as_json, ok
from support.receipt_photos import jpeg_bytes, receipt_photo

from groupdesk.config import DataPaths
from groupdesk.money import Money
from groupdesk.services.grants.budget import add_line
from groupdesk.services.grants.funders import add_funder
from groupdesk.services.grants.records import add_grant
from groupdesk.services.workspace import open_workspace

Cli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.fixture
def group(cli: Cli, tmp_path: Path) -> tuple[Path, str]:
    """A group in EUR with one grant in drafting (its budget: Tools 100.00, Venue 400.00)."""
    folder = tmp_path / "G"
    ok(cli("init", "--name", "River Friends", "--currency", "EUR", data_dir=folder))
    workspace = open_workspace(DataPaths(folder))
    try:
        funder = add_funder(workspace.uow(), values={"name": "Green Trust", "kind": "foundation"})
        start = date.today() - timedelta(days=30)
        grant = add_grant(
            workspace.uow(),
            values={
                "title": "River clean-up",
                "funder_id": funder.id,
                "period_start": start,
                "period_end": start + timedelta(days=365),
            },
        ).id
        for category, amount in (("Tools", "100.00"), ("Venue", "400.00")):
            add_line(
                workspace.uow(),
                grant_id=grant,
                category=category,
                amount=Money(Decimal(amount), "EUR"),
            )
    finally:
        workspace.close()
    return folder, grant


@pytest.mark.slow
def test_a_grant_from_drafting_to_spending_with_its_figures_in_json(
    cli: Cli, group: tuple[Path, str], tmp_path: Path
) -> None:
    folder, grant = group
    for state in ("drafting", "submitted"):
        ok(cli("grants", "move", grant[:12], "--to", state, data_dir=folder))
    refused = cli("grants", "move", grant, "--to", "closed", data_dir=folder)
    assert refused.returncode == 1
    assert "closed" in refused.stderr and "awarded" in refused.stderr
    assert "Traceback" not in refused.stderr
    ok(cli("grants", "move", grant, "--to", "awarded", "--awarded", "1,000.00", data_dir=folder))
    ok(cli("grants", "move", grant, "--to", "active", data_dir=folder))

    receipt = tmp_path / "till.jpg"
    receipt.write_bytes(jpeg_bytes())
    today = date.today().isoformat()
    added = as_json(
        cli(
            "expenses",
            "add",
            grant,
            "--line",
            "tools",
            "--amount",
            "0.10",
            "--payee",
            "Hardware store",
            "--receipt",
            receipt,
            "--json",
            data_dir=folder,
        )
    )
    assert (added["amount"], added["receipts"]) == ({"amount": "0.10", "currency": "EUR"}, 1)
    twice = cli(
        "expenses",
        "add",
        grant,
        "--amount",
        "0.20",
        "--payee",
        "Shop",
        "--receipt",
        receipt,
        data_dir=folder,
    )
    assert twice.returncode == 1
    assert "this receipt is already attached to the expense of" in twice.stderr
    over = cli(
        "expenses",
        "add",
        grant,
        "--line",
        "Tools",
        "--amount",
        "99.95",
        "--payee",
        "Saw shop",
        data_dir=folder,
    )
    assert "over its budget of €100.00 by €0.05" in ok(over).stderr

    statement = tmp_path / "bank.csv"
    statement.write_text(
        f"Date;Details;Amount\n{today};Hall hire;-234,56\n{today};Grant payment;1.000,00\n",
        encoding="utf-8",
    )
    imported = as_json(cli("expenses", "import", grant, statement, "--json", data_dir=folder))
    assert (imported["imported"], imported["money_in"], imported["decimal_mark"]) == (1, [3], ",")
    again = as_json(
        cli("expenses", "import", grant, statement, "--json", "--again", data_dir=folder)
    )
    assert (again["imported"], again["already_imported"]) == (0, [2])

    listed = as_json(cli("grants", "list", "--json", data_dir=folder))
    [row] = listed["grants"]
    assert (row["title"], row["state"]) == ("River clean-up", "active")
    assert row["awarded"] == {"amount": "1000.00", "currency": "EUR"}
    assert row["spent"] == {"amount": "334.61", "currency": "EUR"}
    assert row["remaining"] == {"amount": "665.39", "currency": "EUR"}
    assert listed["totals"] == [
        {
            "currency": "EUR",
            "grants": 1,
            "awarded": {"amount": "1000.00", "currency": "EUR"},
            "received": {"amount": "0.00", "currency": "EUR"},
            "spent": {"amount": "334.61", "currency": "EUR"},
            "remaining": {"amount": "665.39", "currency": "EUR"},
        }
    ]
    shown = as_json(cli("grants", "show", grant, "--json", data_dir=folder))
    tools = shown["figures"]["lines"][0]
    assert (tools["category"], tools["spent"], tools["over"]) == (
        "Tools",
        {"amount": "100.05", "currency": "EUR"},
        {"amount": "0.05", "currency": "EUR"},
    )
    assert [e["payee"] for e in shown["figures"]["no_line"]] == ["Hall hire"]
    assert "Tools" in ok(cli("grants", "show", grant, data_dir=folder)).stdout

    without = as_json(
        cli("expenses", "list", grant, "--without-receipt", "--json", data_dir=folder)
    )
    assert [e["payee"] for e in without] == ["Hall hire", "Saw shop"]
    [funder] = as_json(cli("funders", "list", "--json", data_dir=folder))
    assert (funder["name"], funder["grants"]) == ("Green Trust", 1)
    assert as_json(cli("grants", "deadlines", "--json", data_dir=folder)) == []

    pack = as_json(
        cli("grants", "export", grant, "--out", tmp_path / "pack", "--json", data_dir=folder)
    )
    assert pack["receipts"] == [f"{today}_Hardware-store_0.10.jpg"]
    assert sorted(p.name for p in (tmp_path / "pack").iterdir()) == [
        f"{today}_Hardware-store_0.10.jpg",
        "budget-vs-actual.csv",
        "expenses.csv",
    ]
    zipped = tmp_path / "pack.zip"
    ok(cli("grants", "export", grant, "--out", zipped, data_dir=folder))
    with zipfile.ZipFile(zipped) as archive:
        assert sorted(archive.namelist()) == sorted(p.name for p in (tmp_path / "pack").iterdir())


@pytest.mark.slow
def test_bad_input_is_a_sentence_on_stderr_and_nothing_is_imported(
    cli: Cli, group: tuple[Path, str], tmp_path: Path
) -> None:
    folder, grant = group
    negative = cli("expenses", "add", grant, "--amount", "-5", "--payee", "Shop", data_dir=folder)
    assert (negative.returncode, negative.stderr) == (
        1,
        "groupdesk: error: --amount: an amount cannot be below zero\n",
    )
    broken = tmp_path / "broken.csv"
    broken.write_text("Date,Description,Amount\n2026-05-03,Shop,-1.00\n2026-13-01,Cafe,-2.00\n")
    result = cli("expenses", "import", grant, broken, data_dir=folder)
    assert result.returncode == 1
    assert "line 3, Date: '2026-13-01' is not a day written like 2026-05-03" in result.stderr
    assert as_json(cli("expenses", "list", grant, "--json", data_dir=folder)) == []
    whole = receipt_photo(tmp_path / "whole.jpg", "tan", (400, 300))
    cut = tmp_path / "IMG_0413.jpg"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    damaged = cli(
        "expenses", "add", grant, "--amount", "5", "--payee", "Shop", "--receipt", cut,
        data_dir=folder,
    )  # fmt: skip
    assert damaged.returncode == 1
    assert damaged.stderr.startswith("groupdesk: error: --receipt: “IMG_0413.jpg” could not be")
    assert "Traceback" not in damaged.stderr
    assert as_json(cli("expenses", "list", grant, "--json", data_dir=folder)) == []
