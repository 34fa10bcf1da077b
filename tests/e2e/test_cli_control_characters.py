"""Control characters in text (issue 15 item 21): refused where they are typed or imported,
bidi overrides taken out of names, and never sent raw to a terminal."""

from __future__ import annotations

import os
import pty
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.cli_runs import Cli, add_member, as_json, ok

HOSTILE_NAME = "Esc\x1b]0;pwned\x07\x1b[2J"


@pytest.fixture
def folder(cli: Cli, tmp_path: Path) -> Path:
    made = tmp_path / "D"
    ok(cli("init", "--name", "Plain Group", data_dir=made))
    return made


def test_a_name_with_an_escape_sequence_is_refused_and_nothing_is_saved(
    cli: Cli, folder: Path
) -> None:
    result = cli("members", "add", "--full-name", HOSTILE_NAME, data_dir=folder)
    assert result.returncode == 1
    assert "--full-name: contains a control character (U+001B)" in result.stderr
    assert "\x1b" not in result.stderr  # the refusal itself shows the name escaped
    assert as_json(cli("members", "list", "--json", data_dir=folder)) == []


def test_an_import_with_a_nul_or_an_escape_names_the_lines_and_imports_nothing(
    cli: Cli, folder: Path, tmp_path: Path
) -> None:
    csv = tmp_path / "people.csv"
    csv.write_text(
        f'full_name,notes\n"Nul\x00Name",\n"{HOSTILE_NAME}",\n"Ana Lima","two\nlines\tok"\n',
        encoding="utf-8",
    )
    result = cli("members", "import", csv, data_dir=folder)
    assert result.returncode == 1
    assert "line 2" in result.stderr and "NUL" in result.stderr
    assert "line 3" in result.stderr and "U+001B" in result.stderr
    assert as_json(cli("members", "list", "--json", data_dir=folder)) == []


def test_a_note_of_several_lines_keeps_its_new_lines_and_tabs(cli: Cli, folder: Path) -> None:
    ana = add_member(cli, folder, "Ana Lima")
    ok(cli("members", "edit", ana, "--set", "notes=first line\n\tsecond", data_dir=folder))
    [member] = as_json(cli("members", "list", "--json", data_dir=folder))
    shown = as_json(cli("members", "show", member["id"], "--json", data_dir=folder))
    assert repr("first line\n\tsecond") in str(shown)  # kept as typed


def test_bidi_overrides_are_taken_out_of_names(cli: Cli, folder: Path) -> None:
    add_member(cli, folder, "Evil\u202eeman\u202c")
    [member] = as_json(cli("members", "list", "--json", data_dir=folder))
    assert member["full_name"] == "Evileman"


def _name_stored_by_an_older_version(folder: Path, member_id: str) -> None:
    with sqlite3.connect(folder / "groupdesk.sqlite") as database:
        database.execute("UPDATE members SET full_name = ? WHERE id = ?", (HOSTILE_NAME, member_id))


def test_a_table_shows_control_characters_escaped(cli: Cli, folder: Path) -> None:
    _name_stored_by_an_older_version(folder, add_member(cli, folder, "Ana Lima"))
    listed = ok(cli("members", "list", data_dir=folder)).stdout
    assert "\x1b" not in listed and "\x07" not in listed
    assert "Esc\\x1b]0;pwned\\x07\\x1b[2J" in listed


def test_nothing_printed_to_a_terminal_holds_a_raw_control_character(
    cli: Cli, folder: Path
) -> None:
    ana = add_member(cli, folder, "Ana Lima")
    _name_stored_by_an_older_version(folder, ana)
    main, terminal = pty.openpty()
    shown = subprocess.Popen(
        [sys.executable, "-m", "groupdesk", "--data-dir", str(folder), "members", "show", ana],
        stdout=terminal,
        stderr=terminal,
        env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )
    os.close(terminal)
    seen = b""
    while True:
        try:
            chunk = os.read(main, 4096)
        except OSError:  # the terminal closed: the command has finished
            break
        if not chunk:
            break
        seen += chunk
    os.close(main)
    assert shown.wait(timeout=60) == 0, seen
    assert b"\x1b" not in seen and b"\x07" not in seen
    assert b"Esc\\x1b]0;pwned" in seen
