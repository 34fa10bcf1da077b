"""`groupdesk screenshot` as a newcomer runs it from the README: a picture, and a quiet terminal."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui


def test_a_screenshot_prints_no_qt_noise_on_the_terminal(
    cli: Callable[..., object], tmp_path: Path
) -> None:
    folder, out = tmp_path / "D", tmp_path / "dashboard.png"
    made = cli("demo", "--members", "12", data_dir=folder)
    assert made.returncode == 0, made.stderr  # type: ignore[attr-defined]
    shot = cli(
        "screenshot",
        "--page",
        "dashboard",
        "--out",
        out,
        data_dir=folder,
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert shot.returncode == 0, shot.stderr  # type: ignore[attr-defined]
    assert shot.stderr == ""  # type: ignore[attr-defined]  # was "This plugin does not support …" twice
    assert out.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_screenshot_leaves_the_windows_saved_layout_alone(
    cli: Callable[..., object], tmp_path: Path
) -> None:
    from groupdesk.app import gui_settings_file
    from groupdesk.config import DataPaths

    folder = tmp_path / "D"
    assert cli("demo", "--members", "12", data_dir=folder).returncode == 0  # type: ignore[attr-defined]
    settings = gui_settings_file(DataPaths(folder))
    settings.write_text("[window]\npage=members\n", encoding="utf-8")
    shot = cli(
        "screenshot",
        "--page",
        "sync",
        "--out",
        tmp_path / "s.png",
        "--width",
        "900",
        data_dir=folder,
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    assert shot.returncode == 0, shot.stderr  # type: ignore[attr-defined]
    assert settings.read_text(encoding="utf-8") == "[window]\npage=members\n"


PICTURE_SCREEN = """
import sys
from pathlib import Path
from groupdesk.config import DataPaths
from groupdesk.ui.screenshot import render_page
from PySide6.QtWidgets import QApplication
render_page(DataPaths(Path(sys.argv[1])), page="members", out=Path(sys.argv[2]), size=(1280, 800))
screen = QApplication.primaryScreen().size()
print(screen.width(), screen.height())
"""


def test_a_picture_is_taken_on_a_screen_of_its_own_size(
    cli: Callable[..., object], tmp_path: Path
) -> None:
    """Pages lay out for the screen they are on (the Members buttons go to a row of their own on
    a small one): a 1280×800 picture must not be laid out for the platform's 800×800 screen."""
    import os
    import subprocess
    import sys

    folder = tmp_path / "D"
    assert cli("demo", "--members", "12", data_dir=folder).returncode == 0  # type: ignore[attr-defined]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    shot = subprocess.run(
        [sys.executable, "-c", PICTURE_SCREEN, str(folder), str(tmp_path / "m.png")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert shot.returncode == 0, shot.stderr
    assert shot.stdout.split() == ["1280", "800"]
