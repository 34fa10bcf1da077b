"""`groupdesk check`: is the database sound, its schema current and as GroupDesk makes it, and
is every attached file there with the bytes its hash names?"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import NamedTuple

from groupdesk import db
from groupdesk.config import DataPaths
from groupdesk.messages import english_plural
from groupdesk.migrations import SCHEMA_HEAD
from groupdesk.services.faults import DiskFault


class HealthReport(NamedTuple):
    database: str
    exists: bool
    integrity_problems: list[str]
    schema_revision: str | None
    schema_head: str
    #: How the tables differ from what the revision declares (empty: as GroupDesk makes them).
    schema_problems: list[str]
    #: Attached files missing or not matching their hash (files still coming by sync are not).
    attachment_problems: list[str]
    attachments_checked: int

    @property
    def at_head(self) -> bool:
        return self.schema_revision == self.schema_head

    @property
    def ok(self) -> bool:
        return (
            self.exists
            and not self.integrity_problems
            and self.at_head
            and not self.schema_problems
            and not self.attachment_problems
        )

    def as_dict(self) -> dict[str, object]:
        return {**self._asdict(), "at_head": self.at_head, "ok": self.ok}

    def lines(self) -> list[str]:
        if not self.exists:
            return [f"No database at {self.database}."]
        integrity = (
            "Integrity: ok"
            if not self.integrity_problems
            else "Integrity: PROBLEMS\n  " + "\n  ".join(self.integrity_problems[:20])
        )
        if self.at_head:
            schema = f"Schema: {self.schema_revision} (current)"
        elif self.schema_revision is None and self.integrity_problems:
            schema = "Schema: unknown (the database cannot be read)"
        else:
            schema = (
                f"Schema: {self.schema_revision}, current is {self.schema_head}: "
                "it is upgraded (after a backup) the next time GroupDesk opens it"
            )
        lines = [f"Database: {self.database}", integrity, schema]
        if self.schema_problems:
            lines.append("Tables: PROBLEMS\n  " + "\n  ".join(self.schema_problems[:20]))
        if self.attachment_problems:
            lines.append("Attachments: PROBLEMS\n  " + "\n  ".join(self.attachment_problems[:20]))
        elif not self.integrity_problems:
            checked = self.attachments_checked
            lines.append(f"Attachments: {english_plural('%n file(s)', checked, f'{checked:,}')} ok")
        return lines


def check_data_folder(paths: DataPaths) -> HealthReport:
    database = paths.database
    if not database.exists():
        return HealthReport(str(database), False, [], None, SCHEMA_HEAD, [], [], 0)
    with db.read_only(database) as connection:
        return _check(paths, connection)


def _check(paths: DataPaths, connection: sqlite3.Connection) -> HealthReport:
    """Every check through one connection (each new one parses the whole schema again)."""
    database = paths.database
    problems = db.integrity_problems(connection)
    if problems and not os.access(paths.root, os.W_OK):
        # SQLite needs to write beside a WAL database even to read it: not damage.
        raise DiskFault(
            f"The folder {paths.root} is read-only, so its database cannot be checked (or "
            "used) here; that is no sign of damage. Make the folder writable, or copy it."
        )
    try:
        revision = db.current_revision(connection)
    except sqlite3.DatabaseError as error:  # not a database at all: the report says so
        revision = None
        problems = problems or [str(error)]
    if problems:
        return HealthReport(str(database), True, problems, revision, SCHEMA_HEAD, [], [], 0)
    checked, missing = _attachment_problems(paths, connection)
    return HealthReport(
        str(database),
        True,
        problems,
        revision,
        SCHEMA_HEAD,
        schema_problems=_schema_problems(connection, revision),
        attachment_problems=missing,
        attachments_checked=checked,
    )


def _schema_problems(connection: sqlite3.Connection, revision: str | None) -> list[str]:
    """The schema compared with what its revision declares (a revision this app does not know
    is reported by the schema line instead)."""
    from groupdesk.services.schema_check import schema_differences

    if revision is None or (revision != SCHEMA_HEAD and revision not in db.known_revisions()):
        return []
    return schema_differences(connection, revision)


def _attachment_problems(paths: DataPaths, connection: sqlite3.Connection) -> tuple[int, list[str]]:
    """Each attached file the records name: there, and hashing to its name. One that sync has
    not brought yet is waiting, not missing."""
    try:
        named = connection.execute(
            "SELECT DISTINCT sha256, filename FROM attachments WHERE deleted_at IS NULL "
            "AND sha256 NOT IN (SELECT sha256 FROM sync_pending_attachments)"
        ).fetchall()
    except sqlite3.DatabaseError:
        return 0, []  # a schema without these tables is reported by the schema check
    problems: list[str] = []
    hashes: set[str] = set()
    for sha, filename in named:
        if sha in hashes:
            continue
        hashes.add(sha)
        stored = paths.attachments / str(sha)
        if not stored.is_file():
            problems.append(f"{filename} is missing (attachments/{sha})")
        elif _sha256(stored) != sha:
            problems.append(f"{filename} does not match its hash (attachments/{sha})")
    return len(hashes), problems


def _sha256(path: Path) -> str:
    """The file's hash, with the standard library alone (`check` imports no SQLAlchemy;
    hashlib only once there are files to hash)."""
    import hashlib

    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()
