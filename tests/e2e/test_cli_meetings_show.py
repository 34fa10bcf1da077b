"""`groupdesk meetings show` prints a meeting's decisions, with their votes, and the actions
raised at it and carried to it from earlier meetings, as a shell runs it."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

Cli = Callable[..., subprocess.CompletedProcess[str]]


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    return result.stdout


@pytest.mark.slow
def test_show_prints_the_decisions_and_the_actions_raised_and_carried(
    cli: Cli, tmp_path: Path
) -> None:
    group = tmp_path / "G"
    ok(cli("init", "--name", "River Friends", "--currency", "GBP", data_dir=group))
    ana, ben = (
        ok(cli("members", "add", "--full-name", name, data_dir=group))
        .strip()
        .rsplit("(", 1)[1]
        .rstrip(")")
        for name in ("Ana Silva", "Ben Ode")
    )
    first, second = (date.today() + timedelta(days=days) for days in (20, 50))
    march, april = (
        json.loads(
            ok(
                cli(
                    "meetings",
                    "add",
                    "--title",
                    title,
                    "--start",
                    f"{day:%Y-%m-%d} 19:00",
                    "--zone",
                    "Europe/London",
                    "--json",
                    data_dir=group,
                )
            )
        )["key"]
        for title, day in (("Committee one", first), ("Committee two", second))
    )
    ok(cli("actions", "add", "--text", "Print flyers", "--owner", ana, "--meeting", march,
           "--due", f"{first + timedelta(days=7):%Y-%m-%d}", data_dir=group))  # fmt: skip
    ok(cli("actions", "add", "--text", "Book the hall", "--meeting", april, data_dir=group))
    ok(cli("meetings", "attendance", april, "--present", f"{ana},{ben}", data_dir=group))
    ok(cli("meetings", "decide", april, "--motion", "To buy an urn", "--for", "2",
           "--chair-confirms", data_dir=group))  # fmt: skip
    ok(cli("meetings", "decide", april, "--motion", "To repaint", "--outcome", "deferred",
           data_dir=group))  # fmt: skip

    shown = ok(cli("meetings", "show", april, data_dir=group))

    assert "Decisions:\n- To buy an urn: carried (2 for, 0 against, 0 abstained" in shown
    assert "- To repaint: deferred\n" in shown
    assert "Actions raised here:\n- Book the hall (no owner yet): open" in shown
    assert "Actions carried from earlier meetings:\n- Print flyers (Ana Silva, due " in shown
    as_json = json.loads(ok(cli("meetings", "show", april, "--json", data_dir=group)))
    assert [d["motion"] for d in as_json["decisions"]] == ["To buy an urn", "To repaint"]
    assert [a["text"] for a in as_json["actions_carried"]] == ["Print flyers"]
    assert [a["text"] for a in as_json["actions_raised"]] == ["Book the hall"]
