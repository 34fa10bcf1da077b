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
