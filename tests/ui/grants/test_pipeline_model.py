"""The grants list's model words a grant only when its row is asked for (drawn or measured),
and every grant on a search's first keystroke: at 100,000 members the page described 3,000
grants, their amounts through Babel, for the twenty rows in sight."""

from __future__ import annotations

from groupdesk.ui.grants.pipeline_model import PipelineModel


def _model(described: list[str]) -> PipelineModel[tuple[str, str]]:
    def describe(grant: tuple[str, str]) -> list[str]:
        described.append(grant[0])
        return [grant[0], grant[1]]

    return PipelineModel(
        ["Grant", "State"],
        describe,
        group_of=lambda grant: grant[1],
        groups=["active", "prospect"],
        heading=lambda group, count: f"{group} · {count}",
    )


def test_a_grant_is_described_when_its_row_is_asked_for_and_all_on_a_search(qtbot) -> None:  # type: ignore[no-untyped-def]
    described: list[str] = []
    model = _model(described)
    grants = [(f"Grant {n}", "prospect" if n % 3 else "active") for n in range(300)]
    model.set_records(grants)
    assert described == []
    assert model.rowCount() == 302  # two headings
    assert model.data(model.index(0, 0)) == "active · 100"
    assert model.data(model.index(1, 0)) == "Grant 0"
    assert model.data(model.index(1, 1)) == "active"
    assert described == ["Grant 0"]  # once, for both its cells
    model.set_search("grant 29")
    assert len(described) == 300
    assert [model.data(model.index(row, 0)) for row in range(model.rowCount())] == [
        "active · 3",
        *(f"Grant {n}" for n in (291, 294, 297)),
        "prospect · 8",
        *(f"Grant {n}" for n in (29, 290, 292, 293, 295, 296, 298, 299)),
    ]
    assert model.record(1) == ("Grant 291", "active") and model.record(0) is None
    assert model.row_of(lambda grant: grant[0] == "Grant 290") == 6
    model.set_search("")
    assert len(described) == 300 and model.rowCount() == 302
