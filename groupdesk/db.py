"""The SQLite engine, its pragmas, the session factory and the migrations runner.

SQLite runs in WAL mode with `synchronous=NORMAL` (about 35k small commits/s against 1.3k with
the default journal, DESIGN.md) and a busy timeout, so the GUI's reader threads and a writer
can share the file. Transactions are begun by us (the pysqlite driver's own handling is off),
so a unit of work can ask for `BEGIN IMMEDIATE` when it must hold the write lock from the start.
Such a transaction is a sync file's merge, hundreds of thousands of rows at once: it keeps its
statement journals in memory and a bigger page cache (`BULK_PRAGMAS`); every other transaction
begins with SQLite's own settings.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from groupdesk.errors import GroupDeskError, Remedy
from groupdesk.migrations import SCHEMA_HEAD

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.orm import Session, sessionmaker

BEGIN_MODE = "groupdesk_begin"
BUSY_TIMEOUT_MS = 10_000
#: A row written into a table with triggers (check-ins, attendance, meetings keep
#: `member_seen`) is a statement with a statement journal; once a transaction outgrew the
#: page cache (a few thousand rows), SQLite kept that journal in a temporary file, and every
#: row after wrote its pages there: 2.3 million `pwrite`s for the 131,000 attendance marks of
#: a 10,000-member group's snapshot, half of their time. The tables' indexes, filled in row
#: order, missed the default 2 MB cache at every row. The two cost that join 5 s of its 20 s
#: of CPU; the cache costs up to 32 MB while a file is merged.
BULK_PRAGMAS = ("PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-32768")
_BULK = "groupdesk_bulk"


def make_engine(database: Path) -> Engine:
    # SQLAlchemy is imported here, not at the top: `check`, backups and restores read the file
    # with the standard library alone, and importing SQLAlchemy costs them ~0.2 s.
    from sqlalchemy import create_engine, event

    engine = create_engine(f"sqlite:///{database}", future=True)

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (below)
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        mode = connection.get_execution_options().get(BEGIN_MODE, "DEFERRED")
        # Set before BEGIN: SQLite decides where statement journals go when a write begins.
        usual = connection.info.get(_BULK)
        if mode == "IMMEDIATE" and usual is None:
            connection.info[_BULK] = connection.exec_driver_sql("PRAGMA cache_size").scalar()
            for pragma in BULK_PRAGMAS:
                connection.exec_driver_sql(pragma)
        elif mode != "IMMEDIATE" and usual is not None:
            connection.exec_driver_sql("PRAGMA temp_store=DEFAULT")
            connection.exec_driver_sql(f"PRAGMA cache_size={int(usual)}")
            del connection.info[_BULK]
        connection.exec_driver_sql(f"BEGIN {mode}")

    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    from sqlalchemy.orm import sessionmaker

    return sessionmaker(bind=engine, expire_on_commit=False, autoflush=True)


@contextmanager
def read_only(database: Path | sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the file `database`, closed after; or the connection given,
    left open (`groupdesk check` reads through one: each connection parses the schema)."""
    if isinstance(database, sqlite3.Connection):
        yield database
        return
    connection = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        yield connection
    finally:
        connection.close()


def current_revision(database: Path | sqlite3.Connection) -> str | None:
    """The schema revision stored in `database` (None for a new or empty file).

    Read with the standard library so that opening an up-to-date database needs no Alembic.
    """
    if isinstance(database, Path) and not database.exists():
        return None
    with read_only(database) as connection:
        row = connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
        ).fetchone()
        if row is None:
            return None
        version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(version[0]) if version else None


def needs_upgrade(database: Path) -> bool:
    return current_revision(database) != SCHEMA_HEAD


def known_revisions() -> set[str]:
    """Every schema revision this version of GroupDesk can upgrade from (head included)."""
    from alembic.script import ScriptDirectory

    from groupdesk.migrations.runner import alembic_config

    scripts = ScriptDirectory.from_config(alembic_config())
    return {script.revision for script in scripts.walk_revisions()}


class UpgradeFailedError(GroupDeskError):
    """A migration failed (and was rolled back): `reason` is its first line."""

    def __init__(self, message: str, *, reason: str, remedy: Remedy) -> None:
        super().__init__(message, remedy=remedy)
        self.reason = reason


def upgrade(engine: Engine, before_upgrade: Callable[[str | None], None] | None = None) -> None:
    """Bring the schema to head, calling `before_upgrade(old_revision)` first (for a backup).

    A database from a newer GroupDesk (a revision this app does not know) is refused untouched.
    """
    from alembic import command

    from groupdesk.migrations.runner import alembic_config

    database = Path(engine.url.database or "")
    old = current_revision(database)
    if old == SCHEMA_HEAD:
        return
    if old is not None and old not in known_revisions():
        raise GroupDeskError(
            f"{database} was last opened by a newer GroupDesk (schema {old!r}); "
            "install that version or newer to open it."
        )
    if before_upgrade is not None:
        before_upgrade(old)
    try:
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
    except Exception as error:  # any failure of a migration: all of it was rolled back
        reason = (str(error).strip().splitlines() or [type(error).__name__])[0]
        raise UpgradeFailedError(
            f"Upgrading {database} from schema {old} to {SCHEMA_HEAD} failed ({reason}); "
            "nothing was changed, and the backup made before it is in the data folder's "
            "backups. Restore a backup, or ask whoever supports your group's GroupDesk.",
            reason=reason,
            remedy=Remedy("restore_backup"),
        ) from error


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a live database through SQLite's online backup API."""
    target.parent.mkdir(parents=True, exist_ok=True)
    source_connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    target_connection = sqlite3.connect(target)
    try:
        source_connection.backup(target_connection)
        target_connection.execute("PRAGMA journal_mode=DELETE")
    finally:
        target_connection.close()
        source_connection.close()


def integrity_problems(database: Path | sqlite3.Connection) -> list[str]:
    """SQLite's integrity check of `database`; an empty list means it is sound."""
    with read_only(database) as connection:
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as error:
            return [str(error)]
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages
