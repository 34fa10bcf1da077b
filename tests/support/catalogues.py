"""The Qt Linguist tools of the PySide6 wheel, and the Spanish catalogue built for a test."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from groupdesk.ui.language import TRANSLATIONS

ROOT = Path(__file__).resolve().parents[2]
TOOLS = Path(shutil.which("pyside6-lupdate") or ROOT / ".venv" / "bin" / "pyside6-lupdate").parent


def build_catalogue(language: str, folder: Path) -> Path:
    """The .qm for `language`, compiled from the committed .ts into `folder`."""
    qm = folder / f"groupdesk_{language}.qm"
    source = TRANSLATIONS / f"groupdesk_{language}.ts"
    subprocess.run([TOOLS / "pyside6-lrelease", "-silent", source, "-qm", qm], check=True)
    return qm
