"""`groupdesk reports resources` as a shell runs it, on the demo group: the inventory PDF with
the overdue drill marked, and the figures as JSON."""

from __future__ import annotations

import subprocess
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from pypdf import PdfReader
from support.cli_runs import as_json, ok

Cli = Callable[..., subprocess.CompletedProcess[str]]


@pytest.mark.slow
def test_the_resources_report_command_writes_the_inventory_of_the_demo_group(
    cli: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "G"
    ok(cli("demo", data_dir=folder))
    out = tmp_path / "out" / "inventory.pdf"
    out.parent.mkdir()
    answer = as_json(cli("reports", "resources", "--out", out, "--paper", "letter", "--json",
                         data_dir=folder))  # fmt: skip
    assert answer["file"] == str(out) and answer["items"] == 40
    assert answer["overdue"] >= 1 and answer["loans_out"] > answer["overdue"]
    reader = PdfReader(out)
    assert len(reader.pages) == answer["pages"]
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter, as asked
    lines = unicodedata.normalize(
        "NFKC", "\n".join(page.extract_text() for page in reader.pages)
    ).splitlines()
    drill = lines.index("Cordless drill", lines.index("Loans out"))
    assert lines[drill + 4] == "overdue, 5 days"

    plain = ok(cli("reports", "resources", str(out), "--force", data_dir=folder))
    assert plain.stdout.startswith(f"Wrote {out}: 40 items, ")

    wrong = cli("reports", "resources", "--out", tmp_path / "inventory.txt", data_dir=folder)
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == "groupdesk: error: file: inventory.txt should end in .pdf"
