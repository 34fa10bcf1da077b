"""`groupdesk resources …` as a shell runs it: add, lend, return keeping part of a deposit,
reserve (and a clash refused, naming it), what is free and what is overdue, and a gazebo lent on
two laptops offline showing as a clash on both after sync."""

from __future__ import annotations

import json
import re
import subprocess
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest

Cli = Callable[..., subprocess.CompletedProcess[str]]
# The CLI reads the real clock: every day here is counted from it.
TODAY = date.today()


def ok(result: subprocess.CompletedProcess[str]) -> subprocess.CompletedProcess[str]:
    assert result.returncode == 0, result.stderr
    return result


def as_json(result: subprocess.CompletedProcess[str]) -> Any:
    return json.loads(ok(result).stdout)


def day(offset: int) -> str:
    return (TODAY + timedelta(days=offset)).isoformat()


def member(cli: Cli, folder: Path, name: str) -> str:
    result = ok(cli("members", "add", "--full-name", name, data_dir=folder))
    return result.stdout.strip().rsplit("(", 1)[1].rstrip(")")


@pytest.fixture
def group(cli: Cli, made_once: Callable[..., Path], tmp_path: Path) -> Path:
    """A group with Ana and Łukasz, a gazebo with a £30 deposit and a stack of 60 chairs."""

    def make(folder: Path) -> None:
        ok(cli("init", "--name", "Elm Street Mutual Aid", "--currency", "GBP", data_dir=folder))
        member(cli, folder, "Ana Silva")
        member(cli, folder, "Łukasz Nowak")
        for args in (
            ("--name", "Gazebo", "--value", "180", "--deposit", "30", "--buffer-days", "1"),
            ("--name", "Folding chairs", "--quantity", "60", "--loan-days", "3"),
        ):
            ok(cli("resources", "add", *args, data_dir=folder))

    return made_once("elm-street", make, tmp_path / "G")


@pytest.mark.slow
def test_lend_and_return_late_keeping_part_of_the_deposit(cli: Cli, group: Path) -> None:
    # Members and items by name, as people type them (case and accents aside).
    lent = as_json(
        cli(
            "resources",
            "lend",
            "gazebo",
            "--to",
            "lukasz nowak",
            "--out",
            day(-9),
            "--due",
            day(-2),
            "--json",
            data_dir=group,
        )
    )
    assert lent["deposit_taken"] == {"amount": "30.00", "currency": "GBP"}
    shown = as_json(cli("resources", "show", "Gazebo", "--json", data_dir=group))
    assert [loan["id"] for loan in shown["loans_out"]] == [lent["id"]]
    overdue = as_json(cli("resources", "list", "--overdue", "--json", data_dir=group))
    assert [(loan["item_name"], loan["days_late"]) for loan in overdue] == [("Gazebo", 2)]

    back = as_json(
        cli(
            "resources",
            "return",
            lent["id"][:13],
            "--condition",
            "needs attention",
            "--note",
            "One leg bent",
            "--keep-deposit",
            "12.50",
            "--reason",
            "Repairing the leg",
            "--json",
            data_dir=group,
        )
    )
    assert back["returned_on"] == day(0)
    assert back["deposit_kept"] == {"amount": "12.50", "currency": "GBP"}
    assert back["deposit_returned"] == {"amount": "17.50", "currency": "GBP"}
    assert back["kept_reason"] == "Repairing the leg"
    assert as_json(cli("resources", "list", "--overdue", "--json", data_dir=group)) == []
    shown = as_json(cli("resources", "show", "Gazebo", "--json", data_dir=group))
    assert shown["condition"] == "needs attention" and shown["loans_out"] == []


@pytest.mark.slow
def test_an_overlapping_reservation_is_refused_naming_the_clash_and_nothing_is_saved(
    cli: Cli, group: Path
) -> None:
    ok(
        cli(
            "resources",
            "reserve",
            "Gazebo",
            "--by",
            "Łukasz Nowak",
            "--from",
            day(10),
            "--to",
            day(12),
            data_dir=group,
        )
    )
    # The day after is the gazebo's buffer day: still refused.
    refused = cli(
        "resources",
        "reserve",
        "Gazebo",
        "--by",
        "Ana Silva",
        "--from",
        day(13),
        "--to",
        day(14),
        data_dir=group,
    )
    assert refused.returncode == 1
    assert "--from: Gazebo is reserved by Łukasz Nowak for" in refused.stderr
    assert "and 1 day is kept free between bookings" in refused.stderr
    shown = as_json(cli("resources", "show", "Gazebo", "--json", data_dir=group))
    assert [b["who"] for b in shown["reservations"]] == ["Łukasz Nowak"]
    # End to start with the buffer day between is fine.
    ok(
        cli(
            "resources",
            "reserve",
            "Gazebo",
            "--by",
            "Ana Silva",
            "--from",
            day(14),
            "--to",
            day(15),
            data_dir=group,
        )
    )


@pytest.mark.slow
def test_what_is_free_for_a_week_counts_the_stock_lent(cli: Cli, group: Path) -> None:
    ok(
        cli(
            "resources",
            "lend",
            "chairs",
            "--to",
            "Ana Silva",
            "--due",
            day(2),
            "--quantity",
            "20",
            data_dir=group,
        )
    )
    ok(
        cli(
            "resources",
            "reserve",
            "gazebo",
            "--by",
            "Ana Silva",
            "--from",
            day(5),
            "--to",
            day(6),
            data_dir=group,
        )
    )
    free = as_json(
        cli(
            "resources",
            "list",
            "--available-from",
            day(0),
            "--to",
            day(6),
            "--json",
            data_dir=group,
        )
    )
    assert [(item["name"], item["free"]) for item in free] == [("Folding chairs", 40)]
    later = as_json(
        cli(
            "resources",
            "list",
            "--available-from",
            day(8),
            "--to",
            day(9),
            "--json",
            data_dir=group,
        )
    )
    assert [(item["name"], item["free"]) for item in later] == [
        ("Folding chairs", 60),
        ("Gazebo", 1),
    ]
    table = ok(cli("resources", "list", data_dir=group)).stdout
    assert re.search(r"Folding chairs\s+equipment\s+40/60", table)


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("lend", "Gazebo", "--to", "Ana Silva", "--due", "next week"),
            "--due: 'next week' is not a date",
        ),
        (
            ("lend", "Gazebo", "--to", "Ana Silva", "--due", day(3), "--quantity", "two"),
            "--quantity: 'two' is not a whole number from 1 up",
        ),
        (
            ("lend", "Gazebo", "--to", "Ana Silva", "--due", day(3), "--quantity", "2"),
            "--quantity: There are only 1 of Gazebo in all. (you gave '2')",
        ),
        (
            ("lend", "Gazebo", "--to", "Ana Silva", "--due", day(-1)),
            "--due: The due day is before",
        ),
        (
            ("lend", "Canoe", "--to", "Ana Silva", "--due", day(3)),
            "no item with the id or name 'Canoe'",
        ),
        (("lend", "Gazebo", "--to", "Zed", "--due", day(3)), "no member with the id or name 'Zed'"),
        (("add", "--name", "Canoe", "--kind", "boat"), "--kind: Choose one of: equipment"),
        (("add", "--name", "Canoe", "--value", "lots"), "--value: 'lots'"),
        (
            ("reserve", "Gazebo", "--by", "Ana Silva", "--from", day(5), "--to", day(4)),
            "--to: The last day is before the first",
        ),
        (("list", "--available-from", day(1)), "--to: give both days"),
        (("return", "0000-no-such-loan"), "There is no loan with the id '0000-no-such-loan'"),
    ],
)
def test_bad_input_exits_1_naming_the_field_and_the_value(
    cli: Cli, group: Path, args: tuple[str, ...], message: str
) -> None:
    result = cli("resources", *args, data_dir=group)
    assert result.returncode == 1, result.stdout
    assert message in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_a_gazebo_lent_on_two_laptops_offline_is_a_clash_on_both_after_sync(
    cli: Cli, tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    folder, a, b = tmp_path / "cloud", tmp_path / "A", tmp_path / "B"
    ok(cli("init", "--name", "Elm Street Mutual Aid", "--currency", "GBP", data_dir=a))
    for name in ("Ana Silva", "Sam Okafor"):
        member(cli, a, name)
    ok(cli("resources", "add", "--name", "Gazebo", data_dir=a))
    made = ok(cli("sync", "init", folder, "--name", "Hall laptop", data_dir=a, env=keyring_env))
    code = re.search(r"Join code[^:]*: (\S+)", made.stdout).group(1)  # type: ignore[union-attr]
    ok(
        cli(
            "sync",
            "join",
            folder,
            "--code",
            code,
            "--name",
            "Fatima's laptop",
            data_dir=b,
            env=keyring_env,
        )
    )
    assert as_json(cli("resources", "clashes", "--json", data_dir=b)) == []

    # Offline, each laptop lends the gazebo for the same days to someone else.
    ok(cli("resources", "lend", "Gazebo", "--to", "Ana Silva", "--due", day(3), data_dir=a))
    ok(cli("resources", "lend", "Gazebo", "--to", "Sam Okafor", "--due", day(4), data_dir=b))
    for data_dir in (a, b, a):
        ok(cli("sync", "run", data_dir=data_dir, env=keyring_env))

    for data_dir in (a, b):
        (clash,) = as_json(cli("resources", "clashes", "--json", data_dir=data_dir))
        assert clash["item_name"] == "Gazebo"
        assert sorted(h["who"] for h in clash["holdings"]) == ["Ana Silva", "Sam Okafor"]
        said = ok(cli("resources", "clashes", data_dir=data_dir)).stdout
        assert "Gazebo is out with Ana Silva" in said and "Gazebo is out with Sam Okafor" in said
        # Both loans are kept until a person ends or moves one.
        shown = as_json(cli("resources", "show", "Gazebo", "--json", data_dir=data_dir))
        assert len(shown["loans_out"]) == 2


@pytest.mark.slow
def test_a_kit_comes_back_without_a_part_that_stays_out_in_its_own_name(
    cli: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "demo"
    ok(cli("demo", data_dir=folder))  # the PA kit is out, due back today
    kit = as_json(cli("resources", "show", "PA kit", "--json", data_dir=folder))
    assert sorted((part["name"], part["count"]) for part in kit["parts"]) == [
        ("Microphones and cables", 1),
        ("Mixer", 1),
        ("Speaker", 2),
    ]
    (loan,) = kit["loans_out"]
    back = as_json(
        cli("resources", "return", loan["id"], "--missing", "mixer", "--json", data_dir=folder)
    )
    assert back["returned_on"] == day(0)
    assert [part["name"] for part in back["parts_still_out"]] == ["Mixer"]
    refused = cli(
        "resources",
        "lend",
        "Mixer",
        "--to",
        loan["borrower_name"],
        "--due",
        day(2),
        data_dir=folder,
    )
    assert refused.returncode == 1
    assert f"Mixer is out with {loan['borrower_name']}" in refused.stderr
    ok(
        cli(
            "resources",
            "lend",
            "Speaker",
            "--to",
            loan["borrower_name"],
            "--due",
            day(2),
            "--quantity",
            "2",
            data_dir=folder,
        )
    )
