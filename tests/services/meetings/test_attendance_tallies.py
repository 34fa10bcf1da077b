"""The attendance tallies the database keeps (`meeting_tallies`, `member_tallies`, migration
0018): whatever is written — marks set, changed and cleared, meetings cancelled, held again and
moved, a mark synced in before its meeting, an upgrade of a group with marks — the trend and
each member's attendance read from them are what grouping every mark gives."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from groupdesk.services.meetings.attendance import mark_attendance
from groupdesk.services.meetings.figures import member_attendance, monthly_trend
from groupdesk.services.meetings.records import add_meeting, edit_meeting
from groupdesk.services.workspace import Workspace
from tests.support.older_database import mark_insert, meeting_insert, upgraded_with

AddPerson = Callable[..., str]
FIRST = datetime(2026, 1, 6, 19)


def _agree(workspace: Workspace) -> None:
    """The figures read from the tallies are those grouped from the marks themselves."""
    from_marks = member_attendance(workspace.uow(), since=datetime(1900, 1, 1))
    assert member_attendance(workspace.uow()) == from_marks
    assert [
        (m.month, m.meetings, m.present, m.apologies, m.absent, m.guests)
        for m in monthly_trend(workspace.uow())
    ] == _trend_from_marks(workspace)


def _trend_from_marks(workspace: Workspace) -> list[tuple[str, int, int, int, int, int]]:
    """The trend counted here from every held meeting and every mark, row by row."""
    with workspace.uow() as uow:
        connection = uow.session.connection()
        meetings = connection.exec_driver_sql(
            "SELECT id, starts_at, guest_count FROM meetings"
            " WHERE deleted_at IS NULL AND status != 'cancelled'"
        ).all()
        marks = connection.exec_driver_sql(
            "SELECT meeting_id, status FROM attendance WHERE deleted_at IS NULL"
        ).all()
    months: dict[str, list[int]] = {}
    for meeting_id, starts_at, guests in meetings:
        month = months.setdefault(str(starts_at)[:7], [0, 0, 0, 0, 0])
        month[0] += 1
        month[4] += guests
        for marked_at, status in marks:
            if marked_at == meeting_id:
                month[1 + ("present", "apologies", "absent").index(status)] += 1
    return [(month, *counts) for month, counts in sorted(months.items())]  # type: ignore[misc]


operation = st.one_of(
    st.tuples(
        st.just("mark"),
        st.integers(0, 2),
        st.integers(0, 2),
        st.sampled_from(["present", "apologies", "absent", None]),
    ),
    st.tuples(st.just("status"), st.integers(0, 2), st.sampled_from(["held", "cancelled"])),
    st.tuples(st.just("move"), st.integers(0, 2), st.integers(-40, 40)),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(operation, max_size=12))
def test_every_write_to_marks_and_meetings_keeps_the_tallies_right(
    members_ws: Workspace, add_person: AddPerson, operations: list[tuple[object, ...]]
) -> None:
    people = [add_person(name) for name in ("Ana Silva", "Wei Chen", "Zoë Ñúñez")]
    meetings = [
        add_meeting(
            members_ws.uow(),
            title=f"Committee {n}",
            starts_at=FIRST + timedelta(days=30 * n),
            ends_at=FIRST + timedelta(days=30 * n, hours=2),
            zone="Europe/London",
        ).key
        for n in range(3)
    ]
    for kind, meeting_at, *rest in operations:
        meeting = meetings[int(str(meeting_at))]
        if kind == "mark":
            person, status = rest
            marks = {people[int(str(person))]: status}
            mark_attendance(members_ws.uow(), meeting=meeting, marks=marks)  # type: ignore[arg-type]
        elif kind == "status":
            edit_meeting(members_ws.uow(), meeting=meeting, changes={"status": rest[0]})
        else:
            start = FIRST + timedelta(days=int(str(rest[0])) + 60)
            edit_meeting(members_ws.uow(), meeting=meeting, changes={"starts_at": start})
    _agree(members_ws)


def test_a_mark_that_arrives_before_its_meeting_counts_once_the_meeting_does(
    members_ws: Workspace, add_person: AddPerson
) -> None:
    """Sync files come in any order: the meeting's arrival counts the marks waiting for it."""
    ana = add_person("Ana Silva")
    arrivals = (mark_insert("a1", "m1", ana), meeting_insert("m1", "2026-04-01"))
    counted = []
    for arrival in arrivals:  # as a merge writes them: rows straight into their tables
        with members_ws.uow() as uow:
            uow.session.connection().exec_driver_sql(arrival)
            uow.commit()
        counted.append(
            [(m.attended, m.expected, m.last_attended) for m in member_attendance(members_ws.uow())]
        )
    assert counted == [[], [(1, 1, date(2026, 4, 1))]]
    _agree(members_ws)


def test_the_upgrade_counts_the_marks_already_held(tmp_path: Path) -> None:
    raw = upgraded_with(
        tmp_path / "groupdesk.sqlite",
        "0017_item_name_key",
        [
            meeting_insert("m1", "2026-04-01"),
            meeting_insert("m2", "2026-05-01"),
            mark_insert("a1", "m1", "ana"),
            mark_insert("a2", "m2", "ana", "apologies"),
        ],
    )
    assert sorted(raw.execute("SELECT * FROM meeting_tallies")) == [
        ("m1", 1, 0, 0),
        ("m2", 0, 1, 0),
    ]
    assert list(raw.execute("SELECT * FROM member_tallies")) == [
        ("ana", 1, 2, "2026-04-01 18:00:00.000000")
    ]
    raw.close()
