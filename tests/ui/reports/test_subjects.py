"""What the Reports page offers to make a report for: financial years named as the group counts
them, and a meeting asked for by another page even when it is far off."""

from __future__ import annotations

from datetime import timedelta

from support.meeting_rows import evening_meeting

from groupdesk.services.grants.records import list_grants
from groupdesk.services.settings import update_settings
from groupdesk.services.workspace import Workspace
from groupdesk.ui.reports.subjects import subject_choices


def test_a_year_from_april_is_named_by_both_its_years_and_keyed_by_the_first(
    demo_workspace: Workspace,
) -> None:
    group = update_settings(
        demo_workspace.uow(), financial_year_start_month=4, financial_year_start_day=1
    )
    current = group.financial_year_of(demo_workspace.uow().today())
    years = subject_choices(demo_workspace.uow(), "year", locale="en_GB")
    # The last finished year first (the general meeting's report), then this one so far.
    assert years[0].key == str(current - 1)
    assert years[0].label == f"{current - 1}–{current % 100:02d}"
    assert years[1].label == f"{current}–{(current + 1) % 100:02d} (so far)"
    assert [int(year.key) for year in years[2:]] == list(
        range(current - 2, current - len(years), -1)
    )


def test_a_calendar_year_is_named_by_its_year(demo_workspace: Workspace) -> None:
    update_settings(demo_workspace.uow(), financial_year_start_month=1, financial_year_start_day=1)
    years = subject_choices(demo_workspace.uow(), "year", locale="en_GB")
    last = demo_workspace.uow().today().year - 1
    assert years[0].label == years[0].key == str(last)


def test_the_financial_year_of_a_day_is_the_year_it_began_in(demo_workspace: Workspace) -> None:
    from datetime import date

    april = update_settings(
        demo_workspace.uow(), financial_year_start_month=4, financial_year_start_day=1
    )
    assert april.financial_year_of(date(2026, 3, 31)) == 2025
    assert april.financial_year_of(date(2026, 4, 1)) == 2026
    january = update_settings(
        demo_workspace.uow(), financial_year_start_month=1, financial_year_start_day=1
    )
    assert january.financial_year_of(date(2026, 12, 31)) == 2026


def test_a_meeting_asked_for_is_offered_even_beyond_the_usual_months(
    demo_workspace: Workspace,
) -> None:
    far = demo_workspace.uow().today() + timedelta(days=400)
    key = evening_meeting(demo_workspace, far, "Zebra AGM far ahead", "general meeting")
    usual = subject_choices(demo_workspace.uow(), "meeting", locale="en_GB")
    assert key not in [choice.key for choice in usual]
    asked = subject_choices(demo_workspace.uow(), "meeting", locale="en_GB", including=key)
    assert asked[0].key == key and asked[0].label.endswith("— \u2068Zebra AGM far ahead\u2069")


def test_grants_reporting_or_under_way_are_offered_first(demo_workspace: Workspace) -> None:
    grants = {g.id: g for g in list_grants(demo_workspace.uow(), direction="incoming")}
    offered = [
        grants[c.key].state for c in subject_choices(demo_workspace.uow(), "grant", locale="en_GB")
    ]
    assert offered[0] == "reporting" and len(offered) == len(grants)
    under_way = [n for n, state in enumerate(offered) if state in ("reporting", "active")]
    assert under_way == list(range(len(under_way)))  # all of them before any other
