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
    assert {(hit["area"], hit["title"]) for hit in hits} == {
        ("members", "Zoë Ñúñez"),
        ("members", "Zoe Nunez"),
    }
    table = cli("search", "Łukasz", data_dir=folder)
    assert "Łukasz Nowak" in table.stdout and table.returncode == 0
    assert "Nothing matches." in cli("search", "xyzzy", data_dir=folder).stdout
    blank = cli("search", " ", data_dir=folder)
    assert blank.returncode == 1 and "Type a word" in blank.stderr
