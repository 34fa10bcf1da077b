"""`groupdesk --self-test` run as a user would: from this checkout it passes, one line per check;
in a copy whose fonts were removed it fails and says which fonts are missing where; it never
writes to the user's data folder."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import groupdesk

CHECKS = ("migrations", "group", "member", "pdf", "sync", "keyring", "store", "window")


def _self_test(env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "groupdesk", "--self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, **env, "QT_QPA_PLATFORM": "offscreen"},
        cwd=cwd,
        timeout=180,
    )


def test_self_test_passes_with_one_line_per_check_and_leaves_the_data_folder_alone(
    tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    data = tmp_path / "my-group"
    result = _self_test({**keyring_env, "GROUPDESK_DATA_DIR": str(data)}, tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"GroupDesk {groupdesk.__version__} self-test")
    for check in CHECKS:
        assert any(line.startswith(f"ok      {check}: ") for line in lines), check
    assert "ok      keyring: file_keyring.TestFileKeyring" in lines
    assert "Анна 李雷 محمد Zoë" in result.stdout
    assert any(line.startswith("ok      window: ") and "pages built" in line for line in lines)
    assert lines[-1] == "self-test passed"
    assert not data.exists()


def test_self_test_without_the_fonts_fails_naming_the_missing_fonts(
    tmp_path: Path, keyring_env: dict[str, str]
) -> None:
    copy = tmp_path / "checkout" / "groupdesk"
    shutil.copytree(
        Path(groupdesk.__file__).parent, copy, ignore=shutil.ignore_patterns("__pycache__")
    )
    for font in (copy / "resources" / "fonts").glob("*.ttf"):
        font.unlink()
    result = _self_test({**keyring_env, "PYTHONPATH": str(copy.parent)}, tmp_path)
    assert result.returncode == 1, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    failed = [line for line in lines if line.startswith("FAILED")]
    assert len(failed) == 1
    assert failed[0].startswith(f"FAILED  pdf: the fonts are missing from {copy}")
    assert "NotoSans-Regular.ttf" in failed[0] and "DroidSansFallbackFull.ttf" in failed[0]
    assert lines[-1] == "self-test FAILED: pdf"


def test_the_store_check_fails_when_the_s3_model_was_left_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a build that dropped botocore's S3 model would print, instead of a pass."""
    from botocore.loaders import Loader

    from groupdesk.selftest import SelfTest, check_store

    models = tmp_path / "botocore-data"  # endpoints and partitions, no service's model
    models.mkdir()
    for common in Path(Loader.BUILTIN_DATA_PATH).glob("*.json"):
        shutil.copy(common, models)
    monkeypatch.setattr(Loader, "BUILTIN_DATA_PATH", str(models))
    with pytest.raises(Exception, match="s3"):
        check_store(SelfTest(tmp_path))
