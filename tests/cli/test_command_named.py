"""Which command the arguments run, found before the parser is built: only that command's
module is imported and registered (a quick `check` builds one subcommand, not every area's)."""

from __future__ import annotations

import pytest

from groupdesk.cli import _command_named, build_parser, main


@pytest.mark.parametrize(
    ("arguments", "command"),
    [
        (["check"], "check"),
        (["--data-dir", "D", "check", "--json"], "check"),
        (["--data-dir=D", "members", "list"], "members"),
        (["--data-dir", "--data-dir", "check"], "check"),  # a folder called --data-dir
        (["-h"], None),
        (["--version"], None),
        (["--self-test"], None),
        (["--data", "D", "check"], None),  # an abbreviation: the full parser reads it
        (["--data-dir"], None),
        ([], None),
    ],
)
def test_the_command_is_the_first_word_after_the_global_options(
    arguments: list[str], command: str | None
) -> None:
    assert _command_named(arguments) == command


def test_a_command_found_early_builds_that_command_alone() -> None:
    parser = build_parser("check")
    commands = next(a for a in parser._actions if a.dest == "command")
    assert sorted(commands.choices) == ["check"]  # type: ignore[attr-defined]


def test_what_the_early_look_cannot_read_the_full_parser_still_does(tmp_path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main(["--data", str(tmp_path / "none"), "check", "--json"]) == 1
    assert '"exists": false' in capsys.readouterr().out
