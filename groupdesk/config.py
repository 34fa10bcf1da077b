"""Where a group's data lives on this computer.

Resolution order: an explicit `--data-dir`, then `GROUPDESK_DATA_DIR`, then the platform's
user data folder (platformdirs), so that tests and demos never touch a real group by accident.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

ENV_DATA_DIR = "GROUPDESK_DATA_DIR"
APP_NAME = "GroupDesk"


class DataPaths(NamedTuple):
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
        """Make the folders, or say in a sentence why they cannot be made."""
        for folder in (self.root, self.attachments, self.backups):
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except FileExistsError:
                raise _setup_error(f"{folder} is a file, not a folder.") from None
            except OSError as problem:
                raise _setup_error(
                    f"The data folder {folder} cannot be made ({problem.strerror}); "
                    "nothing was changed."
                ) from None
        return self


def _setup_error(message: str) -> Exception:
    from groupdesk.errors import SetupError  # imported late: `--version` stays light

    return SetupError(message)


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The data folder to use, made absolute (it is not created here). An explicit folder that
    is empty or a file is refused: falling back to the user's own folder would act on their
    real group."""
    if explicit is not None:
        if not str(explicit).strip():
            raise _setup_error("--data-dir is empty; give the data folder's path.")
        folder = Path(explicit).expanduser().resolve()
        if folder.exists() and not folder.is_dir():
            raise _setup_error(f"{folder} is a file, not a folder; --data-dir names a data folder.")
        return folder
    from_env = os.environ.get(ENV_DATA_DIR)
    if from_env:
        return Path(from_env).expanduser().resolve()
    import platformdirs  # imported late: `groupdesk --version` must stay fast

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)).resolve()


def data_paths(explicit: str | os.PathLike[str] | None = None) -> DataPaths:
    return DataPaths(resolve_data_dir(explicit))
