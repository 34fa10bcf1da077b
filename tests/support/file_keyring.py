"""A keyring for the CLI run as a subprocess in tests: a JSON file in the test's own folder.

The app refuses `keyrings.alt` (it keeps passwords in a readable file), so subprocess tests need
a backend of their own. It is registered only by the `keyring_env` fixture (tests/e2e), through
keyring's own config file, and is never installed with the app. In-process tests use
`MemoryKeyring` (tests/conftest.py).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend

#: Where the passwords of one test live (set by the fixture).
FILE_ENV = "GROUPDESK_TEST_KEYRING_FILE"


class TestFileKeyring(KeyringBackend):
    """Passwords in the JSON file named by GROUPDESK_TEST_KEYRING_FILE."""

    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        return Path(os.environ[FILE_ENV])

    def _load(self) -> dict[str, str]:
        path = self._path()
        return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        stored = self._load()
        stored[f"{service}\n{username}"] = password
        self._path().write_text(json.dumps(stored), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        stored = self._load()
        stored.pop(f"{service}\n{username}", None)
        self._path().write_text(json.dumps(stored), encoding="utf-8")
