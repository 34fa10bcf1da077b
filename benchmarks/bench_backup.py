"""Backup figures: a backup of the benchmark demo group, as the app makes one before every
upgrade, restore and sync that brings changes (mostly while someone waits).

Baseline, measured in the same run: the two steps nothing can spare, with nothing of GroupDesk
in the way: SQLite's online backup of the database into a file, and that file written into a
zip with the same compression level.
"""

from __future__ import annotations

import sqlite3
import zipfile
from pathlib import Path

from bench import Bench


def _copy_and_zip(database: Path, folder: Path, level: int) -> None:
    copy = folder / "copy.sqlite"
    copy.unlink(missing_ok=True)
    source, target = sqlite3.connect(database), sqlite3.connect(copy)
    try:
        source.backup(target)
    finally:
        target.close()
        source.close()
    with zipfile.ZipFile(
        folder / "plain.zip", "w", compression=zipfile.ZIP_DEFLATED, compresslevel=level
    ) as archive:
        archive.write(copy, "groupdesk.sqlite")


def run(bench: Bench) -> None:
    from groupdesk.config import DataPaths
    from groupdesk.services.backup import COMPRESS_LEVEL, write_backup

    folder = bench.demo_folder(bench.members)
    paths = DataPaths(folder)
    out = bench.tmp / "backups"
    out.mkdir(exist_ok=True)
    made = []
    seconds = bench.best_of(
        lambda: made.append(write_backup(paths, out / f"backup-{len(made)}.zip")), repeat=2
    )
    baseline = bench.best_of(lambda: _copy_and_zip(paths.database, out, COMPRESS_LEVEL), repeat=2)
    size = made[-1].path.stat().st_size
    database = paths.database.stat().st_size
    bench.figure(
        f"backup of the {bench.group}-member demo ({database / 1e6:,.0f} MB database, "
        f"{size / 1e6:,.0f} MB backup)",
        seconds,
        baseline=baseline,
        baseline_name="SQLite's online backup and a zip of the copy, alone",
        ratio_goal=1.5,
    )
