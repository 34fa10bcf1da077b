"""The group's settings as the app holds them (`GroupSettingsData`), and a read of them with the
standard library alone: the window is made with them in its first moments, before the ORM is
imported (`docs/architecture.md`, "The window before the workspace"); everything after reads
them through `settings.get_settings`, which a test holds to give the same values."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, fields
from datetime import date, timedelta
from pathlib import Path

from groupdesk import db

#: What a new group is offered when the computer's own locale says nothing usable (and the
#: locale words are written in until a group's settings are known).
FALLBACK_DEFAULTS = ("en_GB", "EUR", "A4")


@dataclass(frozen=True)
class GroupSettingsData:
    id: str
    name: str
    currency: str
    locale: str
    paper_size: str
    financial_year_start_month: int
    financial_year_start_day: int
    logo_attachment_id: str | None
    not_seen_weeks: int
    quorum: str
    decision_rule: str
    proxies_allowed: bool
    #: The group's time zone ("" until chosen).
    zone: str

    @property
    def financial_year_start(self) -> str:
        return f"{self.financial_year_start_month:02d}-{self.financial_year_start_day:02d}"

    def financial_year(self, year: int) -> tuple[date, date]:
        """The first and last day of the financial year that starts in `year` (2026 from
        6 April: 6 Apr 2026 to 5 Apr 2027)."""
        first = date(year, self.financial_year_start_month, self.financial_year_start_day)
        return first, first.replace(year=year + 1) - timedelta(days=1)

    def financial_year_of(self, day: date) -> int:
        """The year the financial year holding `day` starts in."""
        start = (self.financial_year_start_month, self.financial_year_start_day)
        return day.year if (day.month, day.day) >= start else day.year - 1


def read_group(database: Path | sqlite3.Connection) -> GroupSettingsData | None:
    """The group's settings in `database` (a file, or a connection already open on one); None
    when it holds no group (no file or no tables yet)."""
    if isinstance(database, Path) and not database.exists():
        return None
    names = [field.name for field in fields(GroupSettingsData)]
    with db.read_only(database) as connection:
        try:
            row = connection.execute(
                f"SELECT {', '.join(names)} FROM group_settings"  # noqa: S608 (the dataclass's own field names)
                " WHERE deleted_at IS NULL ORDER BY id LIMIT 1"
            ).fetchone()
        except sqlite3.OperationalError:  # a new database: no tables yet
            return None
    if row is None:
        return None
    values = dict(zip(names, row, strict=True))
    values["proxies_allowed"] = bool(values["proxies_allowed"])
    return GroupSettingsData(**values)
