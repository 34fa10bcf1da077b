"""`groupdesk search …` as a shell runs it."""

from __future__ import annotations

import json
import subprocess
from collections.abc import Callable
from pathlib import Path

Cli = Callable[..., subprocess.CompletedProcess[str]]


def test_search_finds_members_by_name_and_says_when_nothing_was_typed(
    cli: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "demo"
    assert cli("demo", "--members", "20", data_dir=folder).returncode == 0
    found = cli("search", "zoe", "nunez", "--json", data_dir=folder)
    assert found.returncode == 0, found.stderr
    hits = json.loads(found.stdout)
    # Accent-blind: the demo's re-entry without accents is found too.
    assert {(hit["area"], hit["title"]) for hit in hits if hit["record"] == "member"} == {
        ("members", "Zoë Ñúñez"),
        ("members", "Zoe Nunez"),
    }
    # What is hers is found by her name too: the actions she owns, what she has borrowed.
    assert {"action", "loan"} <= {hit["record"] for hit in hits}
    table = cli("search", "Łukasz", data_dir=folder)
    assert "Łukasz Nowak" in table.stdout and table.returncode == 0
    assert "Nothing matches." in cli("search", "xyzzy", data_dir=folder).stdout
    blank = cli("search", " ", data_dir=folder)
    assert blank.returncode == 1 and "Type a word" in blank.stderr


def test_the_ids_search_prints_each_name_one_record(cli: Cli, tmp_path: Path) -> None:
    """Ids made in one moment share their first characters (UUIDv7 starts with the time), so a
    cut-down id named two members at once; each printed id must open its own member."""
    folder = tmp_path / "demo"
    assert cli("demo", "--members", "20", data_dir=folder).returncode == 0
    table = cli("search", "zoe", "nunez", data_dir=folder)
    rows = [line.split() for line in table.stdout.splitlines()[1:] if line.startswith("member ")]
    ids = [row[-1] for row in rows]
    assert len(ids) == 2 and len(set(ids)) == 2
    for row_id in ids:
        shown = cli("members", "show", row_id, data_dir=folder)
        assert shown.returncode == 0, shown.stderr
