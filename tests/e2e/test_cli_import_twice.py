"""The same file imported twice (issue 15 item 5): a rerun after an import whose success the
user never saw (a kill, a closed window) is refused, saying when and how many, unless --again."""

from __future__ import annotations

from pathlib import Path

from tests.support.cli_runs import Cli, as_json, ok


def test_a_members_file_imported_before_is_refused_with_when_and_how_many(
    cli: Cli, tmp_path: Path
) -> None:
    folder, people = tmp_path / "D", tmp_path / "people.csv"
    ok(cli("init", "--name", "Twice Group", data_dir=folder))
    people.write_text(
        "full_name,email\n" + "".join(f"P {i},p{i}@example.org\n" for i in range(1200)),
        encoding="utf-8",
    )
    ok(cli("members", "import", people, data_dir=folder))
    rerun = cli("members", "import", people, "--existing", "add", data_dir=folder)
    assert rerun.returncode == 1
    assert "this file was already imported on " in rerun.stderr
    assert "(1,200 members); nothing was imported again" in rerun.stderr
    assert "--again" in rerun.stderr and "Traceback" not in rerun.stderr
    assert len(as_json(cli("members", "list", "--json", data_dir=folder))) == 1200

    ok(cli("members", "import", people, "--existing", "add", "--again", data_dir=folder))
    assert len(as_json(cli("members", "list", "--json", data_dir=folder))) == 2400
