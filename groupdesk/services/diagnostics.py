"""What Help → Copy diagnostics and `groupdesk diagnostics` report: versions, platform, the data
folder's size, the schema revision and the last sync's result — enough for whoever helps the
group to see what runs where, and nothing personal (no names, no paths, no file names: the
data folder appears only as a size, the last sync only as its outcome and time)."""

from __future__ import annotations

import os
import platform
import re
import sys
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, metadata, requires, version
from pathlib import Path
from typing import Any

from groupdesk import __version__, db
from groupdesk.services.sync.config import last_report
from groupdesk.services.workspace import Workspace


@dataclass(frozen=True)
class Diagnostics:
    groupdesk: str
    python: str
    qt: str
    os: str
    platform: str
    data_folder_bytes: int
    schema_revision: str | None
    last_sync_status: str
    last_sync_at: str | None

    def as_text(self) -> str:
        """The plain lines pasted into a message (the same in the GUI and the CLI)."""
        return "\n".join(
            (
                f"GroupDesk {self.groupdesk}",
                f"Python {self.python}",
                f"Qt (PySide6) {self.qt}",
                f"OS: {self.os}",
                f"Platform: {self.platform}",
                f"Data folder size: {_size(self.data_folder_bytes)}",
                f"Schema revision: {self.schema_revision or 'none'}",
                f"Last sync: {self.last_sync_status}"
                + (f" at {self.last_sync_at}" if self.last_sync_at else ""),
            )
        )


@dataclass(frozen=True)
class Library:
    """A library GroupDesk runs on, as its installed package describes itself."""

    name: str
    version: str
    licence: str


def libraries() -> tuple[Library, ...]:
    """GroupDesk's runtime dependencies (pyproject's `dependencies`, as installed) with their
    versions and licences, read from the installed metadata so the About never drifts from what
    is actually shipped."""
    found: list[Library] = []
    for requirement in requires("groupdesk") or ():
        if "extra ==" in requirement:
            continue  # the test extra is not part of the app
        match = re.match(r"[A-Za-z0-9._-]+", requirement)
        if match is None:
            continue
        try:
            described = metadata(match.group())
        except PackageNotFoundError:
            continue  # a dependency for another platform only
        found.append(Library(described["Name"], described["Version"], _licence(described)))
    return tuple(sorted(found, key=lambda library: library.name.casefold()))


def _licence(described: Any) -> str:
    """The SPDX expression when the package gives one, else its licence classifiers, else a
    short License field (some packages put the whole licence text there)."""
    if described.get("License-Expression"):
        return str(described["License-Expression"])
    classifiers = [
        c.rsplit(" :: ", 1)[-1]
        for c in described.get_all("Classifier") or ()
        if c.startswith("License ::")
    ]
    if classifiers:
        return ", ".join(classifiers)
    text = str(described.get("License") or "").strip()
    if text and "\n" not in text and len(text) <= 60:
        return text
    return "see the package's licence file"


def diagnostics(workspace: Workspace) -> Diagnostics:
    """Gather the diagnostics (reads the disk and the database: run it off the GUI thread)."""
    status, at = _last_sync(workspace)
    return Diagnostics(
        groupdesk=__version__,
        python=platform.python_version(),
        qt=_installed("PySide6-Essentials") or _installed("PySide6") or "not installed",
        os=f"{platform.system()} {platform.release()}",
        platform=f"{sys.platform}, {platform.machine()}",
        data_folder_bytes=folder_size(workspace.paths.root),
        schema_revision=db.current_revision(workspace.paths.database),
        last_sync_status=status,
        last_sync_at=at,
    )


def folder_size(root: Path) -> int:
    """Every file's size under `root`, added up (files that vanish meanwhile count as 0)."""
    total = 0
    for folder, _dirs, files in os.walk(root):
        for name in files:
            try:
                total += (Path(folder) / name).lstat().st_size
            except OSError:
                continue
    return total


def _last_sync(workspace: Workspace) -> tuple[str, str | None]:
    """The last sync's outcome in one word, never its summary (that names the laptops)."""
    report = last_report(workspace)
    if report is None:
        return "never", None
    if report.get("stopped"):
        status = "stopped"
    elif report.get("problems") or report.get("warnings"):
        status = "finished with problems"
    else:
        status = "finished"
    return status, str(report.get("finished_at") or "") or None


def _installed(distribution: str) -> str | None:
    try:
        return version(distribution)
    except PackageNotFoundError:
        return None


def _size(count: int) -> str:
    if count < 1024:
        return f"{count} bytes"
    size = count / 1024
    for unit in ("KB", "MB"):
        if size < 1024:
            return f"{size:.1f} {unit}"
        size /= 1024
    return f"{size:.1f} GB"
