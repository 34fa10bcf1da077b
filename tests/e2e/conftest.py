"""Fixtures for running the CLI as a user's shell would."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

#: `made_once(name, make, into)`: see the fixture.
MadeOnce = Callable[[str, Callable[[Path], object], Path], Path]

SUPPORT = Path(__file__).resolve().parents[1] / "support"


def keyring_settings(folder: Path) -> dict[str, str]:
    """The environment of a test keyring in `folder` (tests/support/file_keyring.py), named in
    keyring's own config file: never the developer's real keyring, and never `keyrings.alt`,
    which the app refuses."""
    config = folder / "xdg-config"
    (config / "python_keyring").mkdir(parents=True)
    (config / "python_keyring" / "keyringrc.cfg").write_text(
        f"[backend]\ndefault-keyring=file_keyring.TestFileKeyring\nkeyring-path={SUPPORT}\n",
        encoding="utf-8",
    )
    return {
        "XDG_CONFIG_HOME": str(config),
        "XDG_DATA_HOME": str(folder / "xdg"),
        "GROUPDESK_TEST_KEYRING_FILE": str(folder / "test-keyring.json"),
    }


@pytest.fixture
def keyring_env(tmp_path: Path) -> dict[str, str]:
    """A test keyring in the test's own folder (`keyring_settings`)."""
    return keyring_settings(tmp_path)


@pytest.fixture(scope="module")
def module_keyring_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """A test keyring shared by the tests of one module (laptops set up once for them)."""
    return keyring_settings(tmp_path_factory.mktemp("keyring"))


@pytest.fixture(scope="session")
def made_once(tmp_path_factory: pytest.TempPathFactory) -> MadeOnce:
    """`made_once(name, make, into)`: a copy at `into` of the data folder `make(folder)` fills,
    made once per test worker for every test that names it; each test changes its own copy.
    A group made through the CLI costs about a second a command, for every test."""
    made: dict[str, Path] = {}

    def copy(name: str, make: Callable[[Path], object], into: Path) -> Path:
        if name not in made:
            folder = tmp_path_factory.mktemp("made-once") / name
            make(folder)
            made[name] = folder
        shutil.copytree(made[name], into)
        return into

    return copy


@pytest.fixture
def river_friends(
    cli: Callable[..., subprocess.CompletedProcess[str]], made_once: MadeOnce, tmp_path: Path
) -> Path:
    """The data folder `tmp_path / "G"` of 'River Friends' (GBP), as `groupdesk init` makes it."""

    def make(folder: Path) -> None:
        made = cli("init", "--name", "River Friends", "--currency", "GBP", data_dir=folder)
        assert made.returncode == 0, made.stderr

    return made_once("river-friends", make, tmp_path / "G")
