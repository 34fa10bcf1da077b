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
