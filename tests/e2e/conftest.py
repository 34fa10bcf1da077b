"""Fixtures for running the CLI as a user's shell would."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def keyring_env(tmp_path: Path) -> dict[str, str]:
    """A file keyring in the test's own folder: never the developer's real keyring."""
    return {
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "XDG_DATA_HOME": str(tmp_path / "xdg"),
    }
