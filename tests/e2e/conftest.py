"""Fixtures for running the CLI as a user's shell would."""

from __future__ import annotations

from pathlib import Path

import pytest

SUPPORT = Path(__file__).resolve().parents[1] / "support"


@pytest.fixture
def keyring_env(tmp_path: Path) -> dict[str, str]:
    """A test keyring in the test's own folder (tests/support/file_keyring.py), named in
    keyring's own config file: never the developer's real keyring, and never `keyrings.alt`,
    which the app refuses."""
    config = tmp_path / "xdg-config"
    (config / "python_keyring").mkdir(parents=True)
    (config / "python_keyring" / "keyringrc.cfg").write_text(
        f"[backend]\ndefault-keyring=file_keyring.TestFileKeyring\nkeyring-path={SUPPORT}\n",
        encoding="utf-8",
    )
    return {
        "XDG_CONFIG_HOME": str(config),
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
        "GROUPDESK_TEST_KEYRING_FILE": str(tmp_path / "test-keyring.json"),
    }
