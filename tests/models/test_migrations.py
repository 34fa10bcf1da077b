"""The models and the migrations agree, so no one can change a model without a migration."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import UniqueConstraint, inspect

from groupdesk import db
from groupdesk.migrations import SCHEMA_HEAD
from groupdesk.migrations.runner import alembic_config
from groupdesk.models import Base, synced_models
from groupdesk.models.base import Synced


@pytest.fixture
def migrated_engine(tmp_path: Path):  # type: ignore[no-untyped-def]
    """A fresh database brought to head by the migrations alone."""
    engine = db.make_engine(tmp_path / "fresh.sqlite")
    db.upgrade(engine)
    yield engine
    engine.dispose()


def test_upgrading_a_fresh_database_to_head_matches_the_models(migrated_engine) -> None:  # type: ignore[no-untyped-def]
    with migrated_engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={"compare_type": True, "compare_server_default": True, "render_as_batch": True},
        )
        differences = compare_metadata(context, Base.metadata)
    assert differences == [], (
        "the models and the migrations disagree; write a migration "
        "(docs/CONTRIBUTING-helpers.md, 'Migrations'):\n" + "\n".join(map(str, differences))
    )


def test_there_is_exactly_one_head_and_schema_head_names_it() -> None:
    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    assert len(heads) == 1, f"two migrations took the same parent; re-point one: {heads}"
    assert heads == [SCHEMA_HEAD]


def test_a_fresh_database_is_stamped_at_head(migrated_engine) -> None:  # type: ignore[no-untyped-def]
    assert db.current_revision(Path(migrated_engine.url.database)) == SCHEMA_HEAD
    assert not db.needs_upgrade(Path(migrated_engine.url.database))


def test_every_migration_file_is_named_after_its_revision() -> None:
    for script in ScriptDirectory.from_config(alembic_config()).walk_revisions():
        assert Path(script.path).stem == script.revision


def test_every_concrete_model_is_known_to_sync_or_local_on_purpose() -> None:
    synced = {model.__tablename__ for model in synced_models()}
    assert {"group_settings", "members", "attachments"} <= synced
    assert not synced & {"changes", "field_clock", "local_state"}


@pytest.mark.parametrize("model", synced_models(), ids=lambda model: model.__tablename__)
def test_a_synced_model_declares_no_foreign_keys_or_unique_constraints(
    model: type[Synced],
) -> None:
    """Sync files arrive in any order (SYNC.md); services check references and uniqueness."""
    table = model.__table__
    assert not table.foreign_keys, f"{table.name} declares foreign keys"
    assert not [c for c in table.constraints if isinstance(c, UniqueConstraint)]
    assert not [index.name for index in table.indexes if index.unique]
    assert not [column.name for column in table.columns if column.unique]


def test_synced_tables_in_the_migrated_database_enforce_no_foreign_keys_or_uniqueness(
    migrated_engine,  # type: ignore[no-untyped-def]
) -> None:
    inspector = inspect(migrated_engine)
    for model in synced_models():
        name = model.__tablename__
        assert inspector.get_foreign_keys(name) == [], name
        assert inspector.get_unique_constraints(name) == [], name
        assert [i["name"] for i in inspector.get_indexes(name) if i["unique"]] == [], name


@pytest.mark.parametrize("model", synced_models(), ids=lambda model: model.__tablename__)
def test_a_synced_model_has_a_text_id_stamps_and_a_tombstone(model: type[Synced]) -> None:
    columns = model.__table__.columns
    assert [column.name for column in model.__table__.primary_key] == ["id"]
    assert columns["id"].type.python_type is str
    assert not columns["created_at"].nullable
    assert not columns["updated_at"].nullable
    assert columns["deleted_at"].nullable
