"""`groupdesk meetings decide` and `groupdesk actions …` as a shell runs them."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from support.cli_runs import Cli, add_member, as_json, ok

from groupdesk.config import DataPaths
from groupdesk.services.settings import update_settings
from groupdesk.services.workspace import open_workspace


def said(result: subprocess.CompletedProcess[str]) -> str:
    """The error as said, whether a field is named by its key or in words ("Votes for")."""
    return result.stderr.lower().replace("_", " ")


def meeting(cli: Cli, folder: Path, day: date) -> str:
    added = as_json(
        cli(
            "meetings",
            "add",
            "--title",
            "Committee",
            "--start",
            f"{day:%Y-%m-%d} 19:00",
            "--zone",
            "Europe/London",
            "--json",
            data_dir=folder,
        )
    )
    return str(added["key"])


@pytest.fixture
def group(river_friends: Path) -> Path:
    return river_friends


@pytest.mark.slow
def test_a_vote_without_quorum_needs_the_chair_and_actions_close_at_the_next_meeting(
    cli: Cli, group: Path
) -> None:
    people = [add_member(cli, group, name) for name in ("Ana Silva", "Ben Ode", "Cy Park", "Dee")]
    workspace = open_workspace(DataPaths(group))
    update_settings(workspace.uow(), quorum="3")
    workspace.close()
    # The CLI reads the real clock: the first meeting was held three weeks ago.
    held = date.today() - timedelta(days=21)
    first, second = meeting(cli, group, held), meeting(cli, group, held + timedelta(days=14))
    ok(cli("meetings", "attendance", first, "--present", ",".join(people[:2]), data_dir=group))

    quorum = as_json(cli("meetings", "quorum", first, "--json", data_dir=group))
    assert quorum == {"rule": "3", "needed": 3, "present": 2, "met": False}
    refused = cli(
        "meetings", "decide", first, "--motion", "Buy a kettle", "--for", "2", data_dir=group
    )
    assert refused.returncode == 1
    assert "chair confirmed: only 2 of the 3 needed" in said(refused)
    assert "(--chair-confirms)" in refused.stderr
    too_many = cli(
        "meetings",
        "decide",
        first,
        "--motion",
        "Paint",
        "--for",
        "2",
        "--against",
        "1",
        "--chair-confirms",
        data_dir=group,
    )
    assert too_many.returncode == 1
    assert "votes against: 3 people counted but only 2 present" in said(too_many)
    bad = cli("meetings", "decide", first, "--motion", "Paint", "--for", "lots", data_dir=group)
    assert bad.returncode == 1
    assert "votes for: 'lots' is not a number of people" in said(bad)
    decision = as_json(
        cli(
            "meetings",
            "decide",
            first,
            "--motion",
            "Buy a kettle",
            "--for",
            "2",
            "--chair-confirms",
            "--json",
            data_dir=group,
        )
    )
    assert (decision["outcome"], decision["quorum_met"], decision["chair_confirmed"]) == (
        "carried",
        False,
        True,
    )

    action = ok(
        cli(
            "actions",
            "add",
            "--text",
            "Buy the kettle",
            "--owner",
            people[0],
            "--due",
            f"{held + timedelta(days=7):%Y-%m-%d}",
            "--meeting",
            first,
            data_dir=group,
        )
    ).stdout.strip()
    overdue = as_json(cli("actions", "list", "--overdue", "--json", data_dir=group))
    assert [(a["id"], a["owner_name"]) for a in overdue] == [(action, "Ana Silva")]
    ok(cli("actions", "done", action[:12], "--at-meeting", second, data_dir=group))
    listed = as_json(cli("actions", "list", "--json", data_dir=group))
    assert [(a["status"], a["closed_at_meeting_id"]) for a in listed] == [("done", second)]
    assert as_json(cli("actions", "list", "--open", "--json", data_dir=group)) == []


@pytest.mark.slow
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("actions", "add", "--text", "Tidy", "--due", "someday"), "due: 'someday' is not a date"),
        (("actions", "done", "no-such-action"), "no action with the id 'no-such-action'"),
        (("actions", "list", "--owner", "nobody"), "no member with the id 'nobody'"),
    ],
)
def test_bad_action_input_exits_1_naming_the_field_and_value(
    cli: Cli, group: Path, args: tuple[str, ...], message: str
) -> None:
    result = cli(*args, data_dir=group)
    assert result.returncode == 1
    assert message in said(result)
    assert "Traceback" not in result.stderr
