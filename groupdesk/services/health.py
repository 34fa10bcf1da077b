"""`groupdesk check`: is the database sound, and is its schema current?"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict, dataclass

from groupdesk import db
from groupdesk.config import DataPaths
from groupdesk.migrations import SCHEMA_HEAD


@dataclass(frozen=True)
class HealthReport:
    database: str
    exists: bool
    integrity_problems: list[str]
    schema_revision: str | None
    schema_head: str

    @property
    def at_head(self) -> bool:
        return self.schema_revision == self.schema_head

    @property
    def ok(self) -> bool:
        return self.exists and not self.integrity_problems and self.at_head

    def as_dict(self) -> dict[str, object]:
        return {**asdict(self), "at_head": self.at_head, "ok": self.ok}

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
        return [f"Database: {self.database}", integrity, schema]


def check_data_folder(paths: DataPaths) -> HealthReport:
    database = paths.database
    if not database.exists():
        return HealthReport(str(database), False, [], None, SCHEMA_HEAD)
    problems = db.integrity_problems(database)
    try:
        revision = db.current_revision(database)
    except sqlite3.DatabaseError as error:  # not a database at all: the report says so
        revision = None
        problems = problems or [str(error)]
    return HealthReport(str(database), True, problems, revision, SCHEMA_HEAD)
