"""Adding an area is one package plus one registration: a throw-away "garden" area, written to a
temporary folder, appears in sync, the sidebar, the command line, history and the dashboard (a
list whose line opens the garden page), with no file of
GroupDesk edited. It runs in a fresh Python so its model never joins this process's metadata."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

GARDEN = {
    "__init__.py": '"""A throw-away area for the registry test."""\n',
    "models.py": """
        from sqlalchemy import String
        from sqlalchemy.orm import Mapped, mapped_column

        from groupdesk.models.base import Synced
        from groupdesk.models.references import reference


        class Plant(Synced):
            __tablename__ = "garden_plants"
            __record_label__ = "plant"

            name: Mapped[str] = mapped_column(String(100))
            carer_id: Mapped[str] = reference("members", relation="as carer")
        """,
    "area.py": """
        from groupdesk.registry import Area, DashboardCard, PageEntry

        AREA = Area(
            key="garden",
            models=("garden.models",),
            page=PageEntry("garden", "Garden", "garden.page", "GardenPage", 45),
            commands=("garden.cli:garden",),
            dashboard=(DashboardCard("garden.dashboard:thirsty_card", 5),),
        )
        """,
    "dashboard.py": """
        from sqlalchemy import select

        from groupdesk.services.dashboard import DashboardItem, DashboardList
        from garden.models import Plant


        def thirsty_card(uow, *, today):
            with uow:
                names = uow.session.scalars(select(Plant.name).order_by(Plant.name)).all()
            return DashboardList(
                "thirsty",
                "Plants to water",
                "Every plant has been watered.",
                tuple(
                    DashboardItem("{plant} is thirsty", (("plant", name),), "Water", page="garden")
                    for name in names
                ),
            )
        """,
    "cli.py": """
        def register(subparsers):
            subparsers.add_parser("garden", help="the plants the group looks after")
        """,
    "page.py": """
        from groupdesk.ui.pages.unbuilt import UnbuiltPage


        class GardenPage(UnbuiltPage):
            key, title = "garden", "Garden"
            plan = "Plants and who waters them."
        """,
}

#: Registers the area the way its one line in AREA_MODULES would, then looks everywhere.
CHECKS = """
    import sys
    from pathlib import Path

    from groupdesk import registry

    registry.AREA_MODULES += ("garden.area:AREA",)

    from groupdesk.config import DataPaths
    from groupdesk.models import Base, Change, Member, synced_models
    from groupdesk.services.history import record_history
    from groupdesk.services.workspace import open_workspace

    assert "garden_plants" in {model.__tablename__ for model in synced_models()}, "sync"
    assert registry.areas_of_tables(["garden_plants"]) == {"garden"}, "announcements"

    from garden.models import Plant

    workspace = open_workspace(DataPaths(Path(sys.argv[1])))
    Base.metadata.create_all(workspace.engine, tables=[Plant.__table__])  # its migration's job
    with workspace.uow() as uow:
        uow.session.add(Member(id="m1", full_name="Ana Lima", sort_key="ana lima"))
        uow.session.add(Plant(id="p1", name="Fern", carer_id="m1"))
        uow.commit()
    with workspace.uow() as uow:
        captured = uow.session.query(Change).filter_by(table_name="garden_plants").count()
    assert captured == 1, "change capture"
    [plant, _member] = record_history(workspace.uow(), table="members", row_id="m1")
    assert (plant.record, plant.action, plant.relation) == ("plant", "added", "as carer")
    assert dict(plant.fields)["carer"] == "Ana Lima", "history names the carer"

    from groupdesk.cli import build_parser

    assert "the plants the group looks after" in build_parser().format_help(), "command line"

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from groupdesk.ui.context import AppContext
    from groupdesk.ui.main_window import MainWindow

    from groupdesk.services.settings import create_group

    create_group(workspace.uow(), name="Garden Group", currency="GBP", locale="en_GB")
    app = QApplication([])
    context = AppContext(workspace, QSettings(sys.argv[2], QSettings.Format.IniFormat))
    window = MainWindow(context)
    titles = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    assert titles.index("Garden") == titles.index("Grants") + 1, titles
    from groupdesk.ui.ops import background_idle

    window.show()
    while not background_idle():  # the dashboard's read, shown first
        app.processEvents()
    dashboard = window.page("dashboard")
    assert list(dashboard.lists)[0] == "thirsty", list(dashboard.lists)
    [water] = dashboard.lists["thirsty"].buttons
    assert water.accessibleName() == "Water: \u2068Fern\u2069 is thirsty", "dashboard"
    water.click()
    assert type(window.page(window.current_key())).__name__ == "GardenPage", "sidebar page"
    context.wait_for_background_work()
    window.close()
    workspace.close()
    print("garden seen everywhere")
    """


@pytest.mark.slow
def test_a_new_area_is_seen_in_sync_the_sidebar_the_cli_history_and_dashboard_from_one_line(
    tmp_path: Path,
) -> None:
    package = tmp_path / "areas" / "garden"
    package.mkdir(parents=True)
    for name, text in GARDEN.items():
        (package / name).write_text(textwrap.dedent(text), encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(tmp_path / "areas"), os.environ.get("PYTHONPATH", "")]),
        "QT_QPA_PLATFORM": "offscreen",
    }
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            textwrap.dedent(CHECKS),
            str(tmp_path / "data"),
            str(tmp_path / "gui.ini"),
        ],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "garden seen everywhere" in result.stdout
