"""The packaged Linux app, built from packaging/groupdesk.spec by packaging/build-linux into a
temporary folder and unpacked from its .tar.gz as a user would: its --self-test passes (offscreen,
with the tests' file keyring) and its command line works on a demo group."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import time
from importlib.metadata import version
from pathlib import Path

import pytest

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux build"),
]
ROOT = Path(__file__).resolve().parents[2]


def _user_environment(home: Path) -> dict[str, str]:
    """No screen, a home of its own, and a file keyring loaded through keyring's config file
    (`keyring-path`): the build ships no test-only backend, and no real keyring is touched."""
    config = home / ".config" / "python_keyring" / "keyringrc.cfg"
    config.parent.mkdir(parents=True)
    config.write_text(
        "[backend]\ndefault-keyring = file_keyring.TestFileKeyring\n"
        f"keyring-path = {ROOT / 'tests' / 'support'}\n"
    )
    hidden = {"DISPLAY", "WAYLAND_DISPLAY", "PYTHON_KEYRING_BACKEND", "GROUPDESK_DATA_DIR"}
    kept = {name: value for name, value in os.environ.items() if name not in hidden}
    return {
        **kept,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local" / "share"),
        "QT_QPA_PLATFORM": "offscreen",
        "GROUPDESK_TEST_KEYRING_FILE": str(home / "test-keyring.json"),
    }


def test_the_built_linux_app_passes_its_self_test_and_runs_a_command(tmp_path: Path) -> None:
    started = time.monotonic()
    subprocess.run(
        [str(ROOT / "packaging" / "build-linux"), str(tmp_path / "dist")],
        check=True,
        env={**os.environ, "PYTHON": sys.executable},
        timeout=1800,
    )
    print(f"built in {time.monotonic() - started:.0f} s")
    name = f"GroupDesk-{version('groupdesk')}-linux-{os.uname().machine}"
    with tarfile.open(tmp_path / "dist" / f"{name}.tar.gz") as packed:
        packed.extractall(tmp_path / "unpacked", filter="tar")
    unpacked = tmp_path / "unpacked" / name
    assert {p.name for p in unpacked.iterdir()} >= {"GroupDesk", "groupdesk.desktop", "install"}
    assert (unpacked / "icons" / "256x256.png").is_file()
    app = unpacked / "GroupDesk" / "groupdesk"
    env = _user_environment(tmp_path / "home")

    def run(*arguments: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(app), *arguments], capture_output=True, text=True, env=env, timeout=300
        )

    assert run("--version").stdout == f"groupdesk {version('groupdesk')}\n"
    test = run("--self-test")
    print(test.stdout)
    assert test.returncode == 0, test.stdout + test.stderr
    assert "ok      keyring: file_keyring.TestFileKeyring" in test.stdout.splitlines()
    assert "'offscreen' screen" in test.stdout
    # The object store's client is bundled with S3's model alone (the build drops the rest).
    assert any(line.startswith("ok      store: boto3 ") for line in test.stdout.splitlines())
    assert test.stdout.splitlines()[-1] == "self-test passed"

    demo = tmp_path / "demo-group"
    assert run("--data-dir", str(demo), "demo", "--members", "12").returncode == 0
    listing = run("--data-dir", str(demo), "members", "list", "--json")
    assert listing.returncode == 0, listing.stderr
    assert len(json.loads(listing.stdout)) == 12
