"""A data folder whose database an older GroupDesk made (its schema at an earlier revision)."""

from __future__ import annotations

from pathlib import Path

from alembic import command

from groupdesk import db
from groupdesk.config import DataPaths
from groupdesk.migrations.runner import alembic_config

#: A revision before this version's head.
OLDER = "0015_grant_expense_sums"


def older_database(folder: Path) -> DataPaths:
    paths = DataPaths(folder).ensure()
    engine = db.make_engine(paths.database)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), OLDER)
    engine.dispose()
    return paths
