"""Shared fixtures: real data folders in temporary directories, and the CLI as a subprocess."""

from __future__ import annotations

import gc
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Shared plain helpers live in tests/support (test modules cannot import each other).
sys.path.insert(0, str(Path(__file__).resolve().parent))

from support.seaweed import Seaweed, running_seaweed

from groupdesk.config import DataPaths
from groupdesk.services.workspace import Workspace, open_workspace
from groupdesk.ui.collector import collect_if_due

# As in the app (groupdesk/ui/collector.py): no automatic collection, which could destroy a
# QObject inside Qt's own code and hang or crash a worker; a collection between tests instead.
gc.disable()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown() -> Iterator[None]:
    """After each test's fixtures are torn down (its windows deleted), collect if due."""
    yield
    collect_if_due()


class MemoryKeyring(KeyringBackend):
    """A keyring that lives and dies with the test."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.passwords.pop((service, username), None)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets its own in-memory keyring: never the developer's real one."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def cheap_passphrase_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test-only Argon2id cost (64 KiB, one pass) so passphrase tests take milliseconds, not
    a second per guess; the app never runs at it (a folder asking for it is refused)."""
    from groupdesk.services.sync import crypto

    monkeypatch.setattr(crypto, "ARGON2_COST", {"memory_kib": 64, "iterations": 1, "lanes": 1})


@pytest.fixture(scope="session")
def migrated_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An empty database at the newest schema, migrated once per test worker: a new data
    folder starts from a copy of it rather than running every migration again (~0.15 s a
    folder, for well over a thousand folders). It holds no rows but Alembic's revision, so
    each folder opened on it still makes its own laptop's identity."""
    from groupdesk import db

    database = tmp_path_factory.mktemp("migrated") / "groupdesk.sqlite"
    engine = db.make_engine(database)
    db.upgrade(engine)
    engine.dispose()
    return database


@pytest.fixture
def make_workspace(tmp_path: Path, migrated_database: Path) -> Iterator[Callable[..., Workspace]]:
    """Open fresh data folders under tmp_path (`make_workspace("a")`); closed after the test.
    A folder that does not exist yet starts from `migrated_database`."""
    opened: list[Workspace] = []

    def make(name: str = "data", **options: object) -> Workspace:
        paths = DataPaths(tmp_path / name)
        if not paths.root.exists():
            paths.ensure()
            shutil.copyfile(migrated_database, paths.database)
        workspace = open_workspace(paths, **options)  # type: ignore[arg-type]
        opened.append(workspace)
        return workspace

    yield make
    for workspace in opened:
        workspace.close()


@pytest.fixture
def workspace(make_workspace: Callable[..., Workspace]) -> Workspace:
    """An empty, migrated data folder (no group yet)."""
    return make_workspace()


@pytest.fixture
def group_workspace(workspace: Workspace) -> Workspace:
    """A data folder holding a group called 'Test Group' and no members."""
    from groupdesk.services.settings import create_group

    create_group(workspace.uow(), name="Test Group", currency="GBP")
    return workspace


@pytest.fixture
def demo_workspace(workspace: Workspace) -> Workspace:
    """A data folder holding the demo group (60 members, seed 1)."""
    from groupdesk.services.demo import make_demo

    make_demo(workspace.uow(), members=60, seed=1)
    return workspace


def run_groupdesk(
    *args: str | os.PathLike[str],
    data_dir: Path | None = None,
    input_text: str | None = None,
    env: dict[str, str] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    """Run `python -m groupdesk ARGS` in a subprocess, as a user's shell would."""
    command = [sys.executable, "-m", "groupdesk"]
    if data_dir is not None:
        command += ["--data-dir", str(data_dir)]
    command += [str(a) for a in args]
    full_env = {**os.environ, "PYTHONIOENCODING": "utf-8", **(env or {})}
    return subprocess.run(
        command,
        capture_output=True,
        text=True,
        encoding="utf-8",
        input=input_text,
        env=full_env,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="session")
def cli() -> Callable[..., subprocess.CompletedProcess[str]]:
    return run_groupdesk


@pytest.fixture(scope="session")
def seaweed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Seaweed]:
    """A SeaweedFS server with its S3 gateway on loopback (support/seaweed.py), started on
    first use and stopped at the end of the session."""
    with running_seaweed(tmp_path_factory.mktemp("seaweed")) as server:
        yield server


def png_bytes(width: int = 2, height: int = 2, rgb: tuple[int, int, int] = (31, 111, 92)) -> bytes:
    """A small valid PNG image (made with the standard library: services tests need no Qt)."""
    import struct
    import zlib

    def chunk(kind: bytes, body: bytes) -> bytes:
        checksum = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + checksum

    rows = b"".join(b"\x00" + bytes(rgb) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def logo_png(tmp_path: Path) -> Path:
    """A real PNG file the group can use as its logo."""
    path = tmp_path / "logo.png"
    path.write_bytes(png_bytes())
    return path


def read_database_rows(
    database: Path, *, laptop_facts: bool = False
) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order: two databases hold the same records when
    these are equal. `local_state` (this laptop's own facts: device id, sync folder, …) is left
    out unless `laptop_facts`, since a restore on another laptop rightly keeps that laptop's."""
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        tables = [
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr)
            for table in sorted(tables)
            if laptop_facts or table != "local_state"
        }
    finally:
        connection.close()


def read_folder_bytes(root: Path) -> dict[str, bytes]:
    """Every file under `root` with its content: a folder is unchanged when these are equal."""
    return {
        str(path.relative_to(root)): path.read_bytes()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


@pytest.fixture(scope="session")
def database_rows() -> Callable[[Path], dict[str, list[tuple[Any, ...]]]]:
    """`database_rows(path)`: every row of every table of the database at `path`."""
    return read_database_rows


@pytest.fixture(scope="session")
def folder_bytes() -> Callable[[Path], dict[str, bytes]]:
    """`folder_bytes(root)`: every file under `root` with its content."""
    return read_folder_bytes
