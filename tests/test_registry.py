"""The area registry: every table belongs to an area, and the registry itself stays light."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import subprocess
import sys
from pathlib import Path

import pytest

from groupdesk import models, registry
from groupdesk.models.base import Base
from groupdesk.registry import Area, area_of_table, areas, areas_of_tables, load_models


def test_every_mapped_table_synced_or_local_belongs_to_an_area() -> None:
    """Also for a model module nothing imports yet: sync would otherwise miss its table."""
    for module in pkgutil.iter_modules(models.__path__, f"{models.__name__}."):
        importlib.import_module(module.name)
    load_models()
    unregistered = sorted(
        mapper.class_.__name__
        for mapper in Base.registry.mappers
        if area_of_table(mapper.class_.__tablename__) is None
    )
    assert unregistered == [], f"declare these in an area's `models`: {unregistered}"
    assert {table for table in Base.metadata.tables if area_of_table(table) is None} == set()


def test_tables_map_to_the_area_a_change_there_concerns() -> None:
    assert areas_of_tables(["members", "checkins", "member_roles"]) == {"members"}
    assert areas_of_tables(["group_settings", "attachments"]) == {"settings", "attachments"}
    assert areas_of_tables(["changes", "field_clock", "sync_conflicts", "local_state"]) == {"sync"}
    assert areas_of_tables([]) == frozenset()


def test_a_table_no_area_declares_is_left_out() -> None:
    assert areas_of_tables(["alembic_version", "members"]) == {"members"}


def test_an_area_registered_twice_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        registry,
        "AREA_MODULES",
        ("groupdesk.services.members.area:AREA", "groupdesk.services.members.area:AREA"),
    )
    with pytest.raises(ValueError, match="registered twice: members"):
        registry.areas()


def test_every_area_has_a_distinct_key_and_the_sidebar_keeps_its_order() -> None:
    keys = [area.key for area in areas()]
    assert len(keys) == len(set(keys))
    assert all(isinstance(area, Area) for area in areas())
    assert [page.key for page in registry.pages()] == [
        "dashboard",
        "members",
        "meetings",
        "resources",
        "grants",
        "reports",
        "sync",
        "settings",
    ]


def test_reading_the_registry_imports_neither_qt_nor_sqlalchemy() -> None:
    """`groupdesk --help` builds its parser from the registry, and must answer at once."""
    script = (
        "import sys\n"
        "from groupdesk import registry\n"
        "registry.areas(); registry.pages(); registry.command_modules()\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'PySide6', 'sqlalchemy'}))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


def test_each_command_module_registers_exactly_the_commands_its_area_declares() -> None:
    """Running a command imports the one module that declares it; a command added to a module
    but not to its declaration would be found only by `--help`."""
    import argparse

    for entry in (entry for area in areas() for entry in area.commands):
        module, _colon, names = entry.partition(":")
        subparsers = argparse.ArgumentParser().add_subparsers()
        importlib.import_module(module).register(subparsers)
        assert sorted(subparsers.choices) == sorted(names.split()), module
        for name in names.split():
            assert registry.command_modules(name) == (module,)
    assert len(registry.command_modules("no-such-command")) == len(registry.command_modules())


def test_the_sync_engine_names_no_area() -> None:
    """Post-merge rules arrive through `after_sync_merge`; the engine imports no area's code."""
    sync_package = Path(registry.__file__).parent / "services" / "sync"
    other_areas = tuple(
        prefix
        for reference, area in zip(registry.AREA_MODULES, areas(), strict=True)
        if area.key != "sync" and not reference.startswith("groupdesk.core_areas:")
        for prefix in (reference.partition(":")[0].rpartition(".")[0], *area.models)
    )
    assert "groupdesk.services.members" in other_areas
    imported = {
        f"{path.name}: {node.module}"
        for path in sync_package.glob("*.py")
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(other_areas)
    }
    assert imported == set()


def test_every_registered_report_names_a_writer_that_exists() -> None:
    entries = registry.reports()
    assert {"roster", "agenda", "chair-agenda", "signin", "minutes"} <= {e.key for e in entries}
    for entry in entries:
        assert callable(registry.load(entry.writer)), entry.key


#: An area whose report is made for a subject no command knows (read by the test below).
MOONS = Area(
    "moons",
    reports=(registry.ReportEntry("moons", "Moons", "planet", "groupdesk.reports.moons:write"),),
)


def test_a_report_for_a_subject_no_command_knows_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(registry, "AREA_MODULES", (f"{__name__}:MOONS",))
    with pytest.raises(ValueError, match="subject 'planet'"):
        registry.reports()
