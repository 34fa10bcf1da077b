"""`groupdesk check` reads the file with the standard library alone, so it answers fast."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_check_imports_no_sqlalchemy_or_alembic(tmp_path: Path) -> None:
    folder = tmp_path / "G"
    subprocess.run(
        [sys.executable, "-m", "groupdesk", "--data-dir", str(folder), "init", "--name", "G"],
        capture_output=True,
        check=True,
    )
    result = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "groupdesk", "--data-dir", str(folder), "check"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Integrity: ok" in result.stdout
    imported = {
        line.split("|")[-1].strip().split(".")[0]
        for line in result.stderr.splitlines()
        if line.startswith("import time:") and "|" in line
    }
    assert "groupdesk" in imported
    assert not imported & {"sqlalchemy", "alembic", "PySide6", "reportlab"}
