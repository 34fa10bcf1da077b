"""Which change set each field (`groupdesk.services.sync.winners`), and the conflicts that follow
from the change log alone."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime

import pytest
from hand_changes import (
    ANA,
    MEMBER,
    OTHER_MEMBER,
    SAM,
    both_edit,
    created,
    edited,
    merge,
    open_conflicts,
    query,
    stamp,
)

from groupdesk.services.sync.values import ROW_FIELD
from groupdesk.services.sync.winners import (
    FieldKey,
    change_value,
    refresh_conflicts,
    winning_changes,
)
from groupdesk.services.workspace import Workspace

NOW = datetime(2026, 5, 3, 12, 0)
EMAIL: FieldKey = ("members", MEMBER, "email")


@pytest.fixture
def laptop(make_workspace: Callable[..., Workspace]) -> Workspace:
    return make_workspace("laptop")


def _winners(
    workspace: Workspace, keys: Iterable[FieldKey]
) -> dict[FieldKey, tuple[str, str, str | None]]:
    with workspace.uow() as uow:
        return winning_changes(uow.session.connection(), keys)


def _value(workspace: Workspace, hlc: str, field: str, row_id: str = MEMBER) -> str | None:
    with workspace.uow() as uow:
        return change_value(uow.session.connection(), hlc, "members", row_id, field)


def _refresh(workspace: Workspace, keys: Iterable[FieldKey]) -> int:
    with workspace.uow() as uow:
        opened = refresh_conflicts(uow.session.connection(), keys, NOW)
        uow.commit()
    return opened


def test_a_field_no_one_edited_is_won_by_its_rows_creation(laptop: Workspace) -> None:
    merge(laptop, [created(MEMBER, stamp(1), email="ana@example.org")])
    keys = [EMAIL, ("members", MEMBER, "full_name"), ("members", MEMBER, "consent_photo")]
    assert _winners(laptop, keys) == {
        EMAIL: (stamp(1), '"ana@example.org"', None),
        ("members", MEMBER, "full_name"): (stamp(1), '"Ana Petrova"', None),
        ("members", MEMBER, "consent_photo"): (stamp(1), "false", None),
    }


def test_an_edited_field_is_won_by_its_newest_edit_with_what_that_writer_had_seen(
    laptop: Workspace,
) -> None:
    merge(
        laptop,
        [
            created(MEMBER, stamp(1)),
            edited(MEMBER, "email", "a@ana.org", stamp(2), base=stamp(1)),
            edited(MEMBER, "email", "a@sam.org", stamp(3, SAM), base=stamp(2)),
        ],
    )
    assert _winners(laptop, [EMAIL]) == {EMAIL: (stamp(3, SAM), '"a@sam.org"', stamp(2))}


def test_a_field_without_a_clock_has_no_winner(laptop: Workspace) -> None:
    # A row known only from an edit read before its creation: its other fields wait.
    merge(laptop, [edited(MEMBER, "phone", "+44 2", stamp(2), base=stamp(1))])
    keys = [("members", MEMBER, "phone"), ("members", MEMBER, "full_name")]
    assert _winners(laptop, keys) == {("members", MEMBER, "phone"): (stamp(2), '"+44 2"', stamp(1))}
    assert _winners(laptop, [("members", OTHER_MEMBER, "email")]) == {}


def test_the_value_a_change_gave_a_field_comes_from_a_row_change_or_an_edit(
    laptop: Workspace,
) -> None:
    merge(
        laptop,
        [created(MEMBER, stamp(1), phone="+44 1"), edited(MEMBER, "phone", None, stamp(2))],
    )
    assert _value(laptop, stamp(1), "phone") == '"+44 1"'
    assert _value(laptop, stamp(2), "phone") == "null"
    assert _value(laptop, stamp(2), "email") is None  # that change set another field
    assert _value(laptop, stamp(9), "phone") is None  # no such change
    assert _value(laptop, stamp(1), "phone", row_id=OTHER_MEMBER) is None


# Conflicts, recomputed from the change log


def _concurrent_emails(laptop: Workspace, *, sam_saw: str, sam_value: str = "a@sam.org") -> None:
    merge(
        laptop,
        [created(MEMBER, stamp(1)), *both_edit("email", "a@ana.org", sam_value, sam_saw=sam_saw)],
    )


def test_a_closed_conflict_that_the_log_still_holds_opens_again_once(laptop: Workspace) -> None:
    _concurrent_emails(laptop, sam_saw=stamp(1))
    expected = {(MEMBER, "email", stamp(3, SAM), stamp(2, ANA))}
    assert open_conflicts(laptop) == expected
    with laptop.uow() as uow:
        uow.session.connection().exec_driver_sql("UPDATE sync_conflicts SET closed = 1")
        uow.commit()
    assert _refresh(laptop, [EMAIL]) == 1
    assert open_conflicts(laptop) == expected
    assert _refresh(laptop, [EMAIL]) == 0  # open already: nothing new to count
    assert open_conflicts(laptop) == expected
    assert query(laptop, "SELECT count(*) FROM sync_conflicts") == [(1,)]


@pytest.mark.parametrize(
    ("sam_saw", "sam_value"),
    [(stamp(2, ANA), "a@sam.org"), (stamp(1), "a@ana.org")],
    ids=["the winner had seen the loser", "both chose the same value"],
)
def test_no_conflict_where_the_winner_saw_the_loser_or_both_agree(
    laptop: Workspace, sam_saw: str, sam_value: str
) -> None:
    _concurrent_emails(laptop, sam_saw=sam_saw, sam_value=sam_value)
    assert _refresh(laptop, [EMAIL]) == 0
    assert open_conflicts(laptop) == set()


def test_a_loser_inside_a_row_change_is_a_conflict_too(laptop: Workspace) -> None:
    merge(
        laptop,
        [
            created(MEMBER, stamp(1), email="a@first.org"),
            created(MEMBER, stamp(2, SAM), email="a@second.org"),
        ],
    )
    with laptop.uow() as uow:
        uow.session.connection().exec_driver_sql("DELETE FROM sync_conflicts")
        uow.commit()
    assert _refresh(laptop, [EMAIL, ("members", MEMBER, "phone")]) == 1
    assert open_conflicts(laptop) == {(MEMBER, "email", stamp(2, SAM), stamp(1))}
    assert query(laptop, "SELECT detected_at FROM sync_conflicts") == [
        ("2026-05-03 12:00:00.000000",)
    ]


def test_a_field_without_a_winner_closes_its_conflicts(laptop: Workspace) -> None:
    _concurrent_emails(laptop, sam_saw=stamp(1))
    with laptop.uow() as uow:
        uow.session.connection().exec_driver_sql(
            "DELETE FROM field_clock WHERE row_id = ? AND field IN ('email', ?)",
            (MEMBER, ROW_FIELD),
        )
        uow.commit()
    assert _refresh(laptop, [EMAIL]) == 0
    assert open_conflicts(laptop) == set()
