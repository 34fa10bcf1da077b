"""Change capture: every write to a synced table reaches the change log, in the same transaction."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    Numeric,
    String,
    Text,
    delete,
    func,
    insert,
    inspect,
    select,
    update,
)
from sqlalchemy.sql.type_api import TypeEngine

from groupdesk.models import Change, FieldClock, GroupSettings, Member, synced_models
from groupdesk.services.sync.capture import bulk_insert, bulk_update, synced_fields
from groupdesk.services.sync.clock import Stamp
from groupdesk.services.sync.values import (
    ROW_FIELD,
    decode_value,
    encode_row,
    encode_value,
    row_values,
)
from groupdesk.services.workspace import Workspace


def changes_of(workspace: Workspace, row_id: str) -> list[tuple[str, str, str]]:
    """(hlc, field, value) of every change logged for `row_id`, oldest first."""
    with workspace.uow() as uow:
        rows = uow.session.execute(
            select(Change.hlc, Change.field, Change.value)
            .where(Change.row_id == row_id)
            .order_by(Change.seq)
        ).all()
    return [tuple(row) for row in rows]  # type: ignore[misc]


def count(workspace: Workspace, model: type[Any]) -> int:
    with workspace.uow() as uow:
        return int(uow.session.scalar(select(func.count()).select_from(model)) or 0)


def add_member(workspace: Workspace, **fields: Any) -> str:
    with workspace.uow() as uow:
        member = Member(full_name="Ana Petrova", **fields)
        uow.session.add(member)
        uow.commit()
        return member.id


def test_an_insert_records_one_row_change_holding_every_field(workspace: Workspace) -> None:
    member_id = add_member(
        workspace, email="ana@example.org", joined_on=date(2024, 3, 1), consent_photo=True
    )
    [(_hlc, field, value)] = changes_of(workspace, member_id)
    with workspace.uow() as uow:
        member = uow.session.get(Member, member_id)
        assert member is not None
        expected = {field: encode_value(getattr(member, field)) for field in synced_fields(Member)}
    assert field == ROW_FIELD
    assert row_values(value) == expected
    assert list(row_values(value)) == synced_fields(Member)  # in table order
    assert expected["joined_on"] == '"2024-03-01"'
    assert expected["consent_photo"] == "true"


def test_an_edit_of_two_fields_writes_those_two_and_the_updated_stamp(
    workspace: Workspace,
) -> None:
    member_id = add_member(workspace)
    before = changes_of(workspace, member_id)
    with workspace.uow() as uow:
        member = uow.session.get(Member, member_id)
        assert member is not None
        member.phone = "+44 7700 900123"
        member.pronouns = "she/her"
        member.notes = member.notes  # set to the value it already has: not a change
        uow.commit()
        updated_at = member.updated_at
    edit = changes_of(workspace, member_id)[len(before) :]
    # updated_at travels too, so that laptops that have read the same files agree field by field.
    assert sorted(field for _, field, _ in edit) == ["phone", "pronouns", "updated_at"]
    values = {field: value for _, field, value in edit}
    assert values["phone"] == '"+44 7700 900123"'
    assert values["pronouns"] == '"she/her"'
    assert values["updated_at"] == encode_value(updated_at)
    assert len({hlc for hlc, _, _ in edit}) == 1
    assert edit[0][0] > before[-1][0]


def test_an_edit_that_changes_nothing_writes_no_change(workspace: Workspace) -> None:
    member_id = add_member(workspace, phone="123")
    before = changes_of(workspace, member_id)
    with workspace.uow() as uow:
        member = uow.session.get(Member, member_id)
        assert member is not None
        member.phone = "123"
        uow.commit()
    assert changes_of(workspace, member_id) == before


def test_a_tombstone_is_an_ordinary_change_of_deleted_at(workspace: Workspace) -> None:
    member_id = add_member(workspace)
    with workspace.uow() as uow:
        member = uow.session.get(Member, member_id)
        assert member is not None
        member.deleted_at = datetime(2026, 1, 2, 3, 4, 5)
        uow.commit()
    fields = [field for _, field, _ in changes_of(workspace, member_id)[-2:]]
    assert sorted(fields) == ["deleted_at", "updated_at"]


def test_a_rolled_back_transaction_leaves_no_change_and_no_field_clock(
    workspace: Workspace,
) -> None:
    with workspace.uow() as uow:
        member = Member(full_name="Łukasz Nowak")
        uow.session.add(member)
        uow.session.flush()  # the changes are written inside the transaction ...
        assert uow.session.scalar(select(func.count()).select_from(Change)) > 0
        # ... and leaving the block without commit() rolls them back with the row.
    assert count(workspace, Member) == 0
    assert count(workspace, Change) == 0
    assert count(workspace, FieldClock) == 0


def test_a_failing_service_leaves_no_change_behind(workspace: Workspace) -> None:
    with pytest.raises(ZeroDivisionError), workspace.uow() as uow:
        uow.session.add(Member(full_name="Zoë Ñúñez"))
        uow.session.flush()
        _ = 1 / 0
    assert count(workspace, Change) == 0
    assert count(workspace, FieldClock) == 0


def test_field_clock_holds_the_latest_stamp_of_each_field(workspace: Workspace) -> None:
    member_id = add_member(workspace)
    for phone in ("1", "2"):
        with workspace.uow() as uow:
            member = uow.session.get(Member, member_id)
            assert member is not None
            member.phone = phone
            uow.commit()
    logged = changes_of(workspace, member_id)
    newest: dict[str, str] = {}
    for hlc, field, _ in logged:
        newest[field] = max(newest.get(field, ""), hlc)
    with workspace.uow() as uow:
        clocks = dict(
            uow.session.execute(
                select(FieldClock.field, FieldClock.hlc).where(FieldClock.row_id == member_id)
            ).all()
        )
    assert clocks == newest
    # The row clock stands for every field but those edited since.
    assert set(clocks) == {ROW_FIELD, "phone", "updated_at"}
    assert clocks["phone"] > clocks[ROW_FIELD]
    # The edit's base stamp was the row's creation, through the row clock.
    with workspace.uow() as uow:
        bases = uow.session.scalars(
            select(Change.base_hlc).where(Change.row_id == member_id).order_by(Change.seq)
        ).all()
    assert bases[:3] == [None, clocks[ROW_FIELD], clocks[ROW_FIELD]]


def test_stamps_in_the_log_carry_this_laptops_device_and_increase(workspace: Workspace) -> None:
    first = add_member(workspace)
    second = add_member(workspace)
    stamps = [Stamp.parse(hlc) for hlc, _, _ in changes_of(workspace, first)]
    stamps += [Stamp.parse(hlc) for hlc, _, _ in changes_of(workspace, second)]
    assert {stamp.device_id for stamp in stamps} == {workspace.device_id}
    assert stamps[0] < stamps[-1]


def test_bulk_insert_logs_every_field_of_every_row(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        ids = bulk_insert(
            uow.session,
            Member,
            [{"full_name": "محمد حداد"}, {"full_name": "李雷", "status": "left"}],
        )
        uow.commit()
    fields = synced_fields(Member)
    for member_id in ids:
        [(_hlc, field, value)] = changes_of(workspace, member_id)
        assert (field, sorted(row_values(value))) == (ROW_FIELD, sorted(fields))
    [(_hlc, _field, value)] = changes_of(workspace, ids[1])
    assert row_values(value)["status"] == '"left"'
    assert row_values(value)["full_name"] == '"李雷"'
    with workspace.uow() as uow:
        stored = uow.session.scalars(select(Member.full_name).order_by(Member.id)).all()
        assert sorted(stored) == sorted(["محمد حداد", "李雷"])
        assert uow.session.scalars(select(FieldClock.field)).all() == [ROW_FIELD, ROW_FIELD]


def test_bulk_update_logs_each_field_it_sets_and_the_updated_stamp(workspace: Workspace) -> None:
    with workspace.uow() as uow:
        ids = bulk_insert(uow.session, Member, [{"full_name": "A"}, {"full_name": "B"}])
        uow.commit()
    before = {member_id: len(changes_of(workspace, member_id)) for member_id in ids}
    with workspace.uow() as uow:
        bulk_update(
            uow.session,
            Member,
            [{"id": ids[0], "email": "a@example.org", "status": "inactive"}, {"id": ids[1]}],
        )
        uow.commit()
    first = changes_of(workspace, ids[0])[before[ids[0]] :]
    assert sorted(field for _, field, _ in first) == ["email", "status", "updated_at"]
    second = changes_of(workspace, ids[1])[before[ids[1]] :]
    assert [field for _, field, _ in second] == ["updated_at"]
    with workspace.uow() as uow:
        member = uow.session.get(Member, ids[0])
        assert member is not None
        assert (member.email, member.status) == ("a@example.org", "inactive")


@pytest.mark.parametrize(
    "statement",
    [
        pytest.param(lambda: update(Member).values(status="left"), id="update"),
        pytest.param(lambda: delete(Member), id="delete"),
        pytest.param(lambda: insert(Member).values(id="x", full_name="X"), id="insert"),
    ],
)
def test_other_bulk_dml_on_a_synced_table_is_refused(workspace: Workspace, statement: Any) -> None:
    member_id = add_member(workspace)
    with workspace.uow() as uow, pytest.raises(RuntimeError, match="bulk_insert/bulk_update"):
        uow.session.execute(statement())
    with workspace.uow() as uow:
        member = uow.session.get(Member, member_id)
        assert member is not None and member.status == "active"
    assert count(workspace, Member) == 1


@pytest.mark.parametrize("method", ["bulk_insert_mappings", "bulk_update_mappings", "bulk_save"])
def test_the_legacy_bulk_methods_are_refused_on_synced_tables(
    workspace: Workspace, method: str
) -> None:
    member_id = add_member(workspace)
    with workspace.uow() as uow, pytest.raises(RuntimeError, match="bulk_insert/bulk_update"):
        if method == "bulk_insert_mappings":
            uow.session.bulk_insert_mappings(Member, [{"id": "x", "full_name": "Unlogged"}])
        elif method == "bulk_update_mappings":
            uow.session.bulk_update_mappings(Member, [{"id": member_id, "status": "left"}])
        else:
            uow.session.bulk_save_objects([Member(id="y", full_name="Unlogged")])
    with workspace.uow() as uow:
        assert uow.session.scalars(select(Member.status)).all() == ["active"]


def test_bulk_dml_on_a_local_table_is_allowed(workspace: Workspace) -> None:
    from groupdesk.models import LocalState

    with workspace.uow() as uow:
        uow.session.execute(insert(LocalState), [{"key": "k", "value": "v"}])
        uow.commit()
    assert count(workspace, Change) == 0


def test_a_hard_delete_of_a_synced_row_is_refused_and_the_row_stays(workspace: Workspace) -> None:
    member_id = add_member(workspace)
    with workspace.uow() as uow:
        member = uow.session.get(Member, member_id)
        uow.session.delete(member)
        with pytest.raises(RuntimeError, match="never hard-deleted"):
            uow.session.flush()
    with workspace.uow() as uow:
        assert uow.session.get(Member, member_id) is not None


def test_writes_without_capture_log_nothing(workspace: Workspace) -> None:
    """Sync applies changes with capture off: it writes the log itself."""
    with workspace.uow(capture_changes=False) as uow:
        uow.session.add(GroupSettings(name="From another laptop"))
        uow.commit()
    assert count(workspace, GroupSettings) == 1
    assert count(workspace, Change) == 0


@pytest.mark.slow
def test_capture_is_on_for_every_session_factory_even_after_others_were_collected() -> None:
    """Regression: the hooks were attached to a class made per data folder and guarded by
    `event.contains`, which SQLAlchemy answers by `id()` of the target; once an earlier
    factory was garbage collected, a new one at the same address looked hooked already and
    captured nothing (about half the factories of a long test run)."""
    import gc

    from sqlalchemy.orm import sessionmaker

    from groupdesk.services.sync import capture

    unhooked = 0
    # What the run made before this test is set aside: a full collection of a long run's heap
    # took ~0.9 s, forty times over; the loop's own objects are still collected.
    gc.freeze()
    try:
        for number in range(200):
            factory = sessionmaker()
            capture.install(factory)
            session = factory()
            if not (session.dispatch.after_flush and session.dispatch.do_orm_execute):
                unhooked += 1
            session.close()
            del factory, session
            if number % 5 == 0:
                gc.collect()
    finally:
        gc.unfreeze()
    assert unhooked == 0


@pytest.mark.slow
def test_data_folders_opened_one_after_another_all_capture(make_workspace) -> None:  # type: ignore[no-untyped-def]
    import gc

    gc.freeze()  # a full collection sees only what this test made (as above)
    try:
        for number in range(12):
            workspace = make_workspace(f"data{number}")
            member_id = add_member(workspace)
            assert changes_of(workspace, member_id), f"data folder {number} logged nothing"
            workspace.close()
            del workspace
            gc.collect()
    finally:
        gc.unfreeze()


# --- encoding of values ---------------------------------------------------------------------

naive_datetimes = st.datetimes(min_value=datetime(1, 1, 1), max_value=datetime(9999, 12, 31))
STRATEGIES: dict[type, st.SearchStrategy[Any]] = {
    str: st.text(),
    int: st.integers(min_value=-(2**63), max_value=2**63 - 1),
    bool: st.booleans(),
    date: st.dates(),
    datetime: naive_datetimes,
    Decimal: st.decimals(allow_nan=False, allow_infinity=False),
    float: st.floats(allow_nan=False, allow_infinity=False),
}
COLUMN_TYPES: list[TypeEngine[Any]] = [
    String(50),
    Text(),
    Integer(),
    BigInteger(),
    Boolean(),
    Date(),
    DateTime(),
    Numeric(12, 2),
    Float(),
]


def column_types() -> dict[str, TypeEngine[Any]]:
    """One column of each SQL type: the common ones, and every type a synced model uses (so a
    model added later with a new type is covered too)."""
    found = {type(column_type).__name__: column_type for column_type in COLUMN_TYPES}
    for model in synced_models():
        for attr in inspect(model).column_attrs:
            column_type = attr.columns[0].type
            found.setdefault(type(column_type).__name__, column_type)
    return found


@pytest.mark.parametrize("column_type", column_types().values(), ids=column_types().keys())
@given(data=st.data())
def test_every_column_type_encodes_and_decodes_to_the_same_value(
    column_type: TypeEngine[Any], data: st.DataObject
) -> None:
    python_type = column_type.python_type
    assert python_type in STRATEGIES, f"add a strategy for {python_type} to this test"
    value = data.draw(st.one_of(st.none(), STRATEGIES[python_type]))
    text = encode_value(value)
    decoded = decode_value(column_type, text)
    assert decoded == value
    assert type(decoded) is type(value)
    assert encode_value(decoded) == text  # canonical: the same text on every laptop


def test_encoded_values_are_compact_unicode_json() -> None:
    assert encode_value("Zoë 李雷") == '"Zoë 李雷"'
    assert encode_value(None) == "null"
    assert encode_value(Decimal("12.50")) == '"12.50"'
    assert encode_value(datetime(2026, 5, 3, 14, 0)) == '"2026-05-03T14:00:00"'


@given(st.one_of(st.none(), st.booleans(), st.integers(), st.text(), st.dates(), st.datetimes()))
def test_values_are_written_as_the_same_json_on_every_laptop(value: object) -> None:
    import json
    from datetime import date

    plain = value.isoformat() if isinstance(value, date) else value
    assert encode_value(value) == json.dumps(plain, ensure_ascii=False, separators=(",", ":"))


_FIELD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(),
    st.dates(),
    st.datetimes(),
    st.decimals(allow_nan=False, allow_infinity=False),
    st.floats(),
)


@given(st.dictionaries(st.text(), _FIELD_VALUES, max_size=30))
def test_a_row_change_is_written_as_its_fields_one_by_one(fields: dict[str, object]) -> None:
    """A row change is written in one call to JSON's C encoder: the same text, character for
    character, as each field written with `encode_value` (what every laptop reads and hashes)."""
    one_by_one = ",".join(f"{encode_value(name)}:{encode_value(v)}" for name, v in fields.items())
    assert encode_row(fields.items()) == "{" + one_by_one + "}"
