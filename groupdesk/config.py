"""Where a group's data lives on this computer.

Resolution order: an explicit `--data-dir`, then `GROUPDESK_DATA_DIR`, then the platform's
user data folder (platformdirs), so that tests and demos never touch a real group by accident.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ENV_DATA_DIR = "GROUPDESK_DATA_DIR"
APP_NAME = "GroupDesk"


@dataclass(frozen=True)
class DataPaths:
    """The files and folders inside one data folder."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "groupdesk.sqlite"

    @property
    def attachments(self) -> Path:
        return self.root / "attachments"

    @property
    def thumbnails(self) -> Path:
        """Small copies of attached pictures, named by content hash and size: a cache that
        backups leave out, since any laptop can make it again from the attachments."""
        return self.root / "thumbnails"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def log_file(self) -> Path:
        """Where the app writes what went wrong (rotated; see `groupdesk.ui.crash`)."""
        return self.root / "logs" / "groupdesk.log"

    def ensure(self) -> DataPaths:
        for folder in (self.root, self.attachments, self.backups):
            folder.mkdir(parents=True, exist_ok=True)
        return self


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use, made absolute (it is not created here)."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    import platformdirs  # imported late: `groupdesk --version` must stay fast

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)).resolve()


def data_paths(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    return DataPaths(resolve_data_dir(explicit))
