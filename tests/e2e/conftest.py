"""Fixtures for running the CLI as a user's shell would."""

from __future__ import annotations

from pathlib import Path

import pytest

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
