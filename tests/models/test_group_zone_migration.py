"""Migration 0011_group_zone: a group that already has meetings starts with the zone of its
latest meeting or series; one without any keeps it empty until it is chosen."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import text

from groupdesk import db
from groupdesk.migrations.runner import alembic_config


def _at(path: Path, revision: str):  # type: ignore[no-untyped-def]
    engine = db.make_engine(path)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    return engine


@pytest.mark.parametrize(
    ("meetings", "zone"),
    [
        ((("Europe/Dublin", "2026-01-01"), ("America/Chicago", "2026-03-01")), "America/Chicago"),
        ((), ""),
    ],
)
def test_the_group_zone_starts_as_its_latest_meetings(
    tmp_path: Path, meetings: tuple[tuple[str, str], ...], zone: str
) -> None:
    engine = _at(tmp_path / "old.sqlite", "0010_resource_indexes")
    stamps = "'2026-01-01 00:00:00', '2026-01-01 00:00:00'"
    with engine.begin() as connection:
        connection.execute(
            text(
                "insert into group_settings (id, name, currency, locale, paper_size,"
                " financial_year_start_month, financial_year_start_day, not_seen_weeks, quorum,"
                " decision_rule, proxies_allowed, created_at, updated_at)"
                f" values ('g', 'Riverside', 'EUR', 'en_GB', 'A4', 1, 1, 8, '',"
                f" 'simple majority', 0, {stamps})"
            )
        )
        for number, (meeting_zone, created) in enumerate(meetings):
            connection.execute(
                text(
                    "insert into meetings (id, kind, title, starts_at, ends_at, zone, status,"
                    " guest_count, created_at, updated_at) values (:id, 'committee', 'M',"
                    " '2026-05-01 19:00:00', '2026-05-01 21:00:00', :zone, 'planned', 0,"
                    " :created, :created)"
                ),
                {"id": f"m{number}", "zone": meeting_zone, "created": f"{created} 00:00:00"},
            )
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0011_group_zone")
    with engine.connect() as connection:
        assert connection.execute(text("select zone from group_settings")).scalar() == zone
    engine.dispose()
