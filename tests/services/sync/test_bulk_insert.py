"""`capture.bulk_insert` hands rows to the driver itself: what it stores and logs must be exactly
what an ORM insert of the same values stores and logs."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from groupdesk.models import Change, Member
from groupdesk.services.collation import sort_key
from groupdesk.services.sync.capture import bulk_insert, synced_fields
from groupdesk.services.sync.values import encode_row
from groupdesk.services.workspace import Workspace

VALUES = {
    "full_name": "Zoë Ñúñez",
    "sort_key": sort_key("Zoë Ñúñez"),
    "email": "zoe@example.org",
    "joined_on": date(2024, 1, 16),
    "consent_roster": True,
    "consent_photo": False,
    "notes": None,
}


def _stored(workspace: Workspace, member_id: str) -> tuple[dict[str, object], str]:
    with workspace.uow() as uow:
        member = uow.session.get(Member, member_id)
        assert member is not None
        fields = {f: getattr(member, f) for f in synced_fields(Member)}
        logged = uow.session.scalars(select(Change.value).where(Change.row_id == member_id)).one()
    return fields, logged


def test_bulk_inserted_row_reads_back_and_logs_like_an_orm_insert(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        [bulk_id] = bulk_insert(uow.session, Member, [VALUES])
        uow.commit()
    with workspace.uow() as uow:
        member = Member(**VALUES)
        uow.session.add(member)
        uow.session.flush()
        orm_id = member.id
        uow.commit()
    bulk_fields, bulk_log = _stored(workspace, bulk_id)
    orm_fields, _orm_log = _stored(workspace, orm_id)
    assert bulk_fields.pop("created_at") is not None
    assert orm_fields.pop("created_at") is not None
    for fields in (bulk_fields, orm_fields):
        fields.pop("updated_at")
    assert bulk_fields == orm_fields
    assert bulk_fields["joined_on"] == date(2024, 1, 16)
    assert bulk_fields["consent_roster"] is True
    with workspace.uow() as uow:
        member = uow.session.get(Member, bulk_id)
        assert bulk_log == encode_row((f, getattr(member, f)) for f in synced_fields(Member))


def test_a_derived_field_left_out_is_computed_from_its_source_as_a_flush_would(
    workspace: Workspace,
) -> None:
    """The demo's items are written in bulk without their name's fold: each gets it from its
    name, stored and logged, as an item added through the ORM does."""
    from groupdesk.models.resources import ResourceItem

    with workspace.uow() as uow:
        [bulk_id] = bulk_insert(uow.session, ResourceItem, [{"name": "Échelle"}])
        orm = ResourceItem(name="Échelle")
        uow.session.add(orm)
        uow.session.flush()
        orm_id = orm.id
        uow.commit()
    with workspace.uow() as uow:
        stored = {
            row_id: uow.session.get(ResourceItem, row_id).name_key  # type: ignore[union-attr]
            for row_id in (bulk_id, orm_id)
        }
        logged = uow.session.scalars(select(Change.value).where(Change.row_id == bulk_id)).one()
    assert stored == {bulk_id: "echelle", orm_id: "echelle"}
    assert '"name_key":"echelle"' in logged.replace(" ", "")


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    st.lists(
        st.fixed_dictionaries(
            {
                "full_name": st.sampled_from(["Ana", "Zoë", "李雷", "Ana"]),
                "joined_on": st.sampled_from([None, date(2024, 1, 16), date(2025, 2, 1)]),
                "consent_roster": st.booleans(),
                "notes": st.sampled_from([None, "", "bakes\nbread", 'says "hi"']),
            }
        ),
        min_size=1,
        max_size=12,
    )
)
def test_rows_written_a_column_at_a_time_read_back_and_log_as_each_row_alone(
    workspace: Workspace, rows: list[dict[str, object]]
) -> None:
    """A bulk write converts each distinct date, flag or text of a column once: every row still
    stores its own values and logs its own row change, whatever its neighbours hold."""
    with workspace.uow() as uow:
        ids = bulk_insert(uow.session, Member, rows)
        uow.commit()
    with workspace.uow() as uow:
        for row_id, row in zip(ids, rows, strict=True):
            member = uow.session.get(Member, row_id)
            assert member is not None
            assert {field: getattr(member, field) for field in row} == row
            logged = uow.session.scalars(select(Change.value).where(Change.row_id == row_id)).one()
            assert logged == encode_row((f, getattr(member, f)) for f in synced_fields(Member))
