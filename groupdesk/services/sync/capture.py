"""Change capture: every write to a synced table is logged in the same transaction (one change
per changed field of an edit, one row change, `values.ROW_FIELD`, per new row) through a
session hook, so no service can forget to, and a rolled-back transaction leaves no trace.

ORM flushes are captured automatically. Bulk writes go through `bulk_insert`/`bulk_update`,
which record their changes themselves; any other bulk DML on a synced table through the session
(`session.execute(insert/update/delete(Model))`, the legacy `bulk_*_mappings`/`bulk_save_objects`)
is refused, so a change can never reach the database without reaching the log. (Raw SQL on the
connection is out of reach of any hook: never write synced tables that way.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import event, inspect, select, update
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

from groupdesk.models.base import Synced
from groupdesk.models.sync_state import FieldClock
from groupdesk.services.sync.clock import HybridClock
from groupdesk.services.sync.derived import derive, derived_fields
from groupdesk.services.sync.values import ROW_FIELD, encode_row, encode_value

CAPTURED = "groupdesk_captured"
#: `session.info` keys set by the unit of work.
INFO_CLOCK = "clock"
INFO_CAPTURE = "capture"
#: A callable giving naive UTC now by the workspace's injected clock (`UnitOfWork.now`).
INFO_NOW = "now"
#: The names of the tables this session's flushes and bulk writes touched (a set), so the
#: unit of work can say what a committed write changed.
INFO_TOUCHED = "touched"

# SQLite allows 32766 bound parameters per statement; keep batches well below.
_BATCH = 5000


def synced_fields(model: type[Synced]) -> list[str]:
    """Attribute keys of the columns that sync carries, in table order."""
    return [
        attr.key
        for attr in inspect(model).column_attrs
        if attr.key != "id" and attr.key not in model.__sync_exclude__
    ]


def record_changes(
    session: Session, table_name: str, changes: Iterable[tuple[str, str, Any]]
) -> int:
    """Log `(row_id, field, value)` edits under one fresh stamp and advance their field clocks.

    Each change notes the field's previous winning stamp (`base_hlc`). Returns how many changes
    were written. Does nothing when capture is off (sync applying).
    """
    if not session.info.get(INFO_CAPTURE, False):
        return 0
    stamp, device = _stamp(session)
    rows: list[list[Any]] = [
        [stamp, device, table_name, row_id, field, encode_value(value), None]
        for row_id, field, value in changes
    ]
    if not rows:
        return 0
    touched_tables(session).add(table_name)  # a decided conflict may change no row here
    connection = session.connection()
    bases = _field_clocks(connection, table_name, {r[3] for r in rows})
    for r in rows:
        r[6] = bases.get((r[3], r[4])) or bases.get((r[3], ROW_FIELD))
    _write_log(connection, table_name, stamp, rows)
    return len(rows)


def record_new_rows(
    session: Session, table_name: str, rows: Iterable[tuple[str, Iterable[tuple[str, Any]]]]
) -> int:
    """Log `(row_id, [(field, value), ...])` new rows, one row change each, under one fresh
    stamp. Returns how many rows were logged; does nothing when capture is off."""
    if not session.info.get(INFO_CAPTURE, False):
        return 0
    stamp, device = _stamp(session)
    log = [
        [stamp, device, table_name, row_id, ROW_FIELD, encode_row(values), None]
        for row_id, values in rows
    ]
    if log:
        _write_log(session.connection(), table_name, stamp, log)
    return len(log)


def _stamp(session: Session) -> tuple[str, str]:
    clock: HybridClock = session.info[INFO_CLOCK]
    return str(clock.tick()), clock.device_id


def _write_log(connection: Any, table_name: str, stamp: str, rows: list[list[Any]]) -> None:
    # The log is the hot path of every bulk write, so it goes straight to the driver's
    # executemany, inside the same transaction.
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.executemany(_INSERT_CHANGE, rows)
        cursor.executemany(_UPSERT_CLOCK, ((table_name, r[3], r[4], stamp) for r in rows))
    finally:
        cursor.close()


_INSERT_CHANGE = (
    "INSERT INTO changes (hlc, device_id, table_name, row_id, field, value, base_hlc) "
    "VALUES (?, ?, ?, ?, ?, ?, ?)"
)
_UPSERT_CLOCK = (
    "INSERT INTO field_clock (table_name, row_id, field, hlc) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (table_name, row_id, field) DO UPDATE SET hlc = excluded.hlc"
)


def _field_clocks(
    connection: Any, table_name: str, row_ids: set[str]
) -> dict[tuple[str, str], str]:
    """The field clocks of `row_ids`, keyed by (row id, field or ROW_FIELD)."""
    found: dict[tuple[str, str], str] = {}
    ids = sorted(row_ids)
    for start in range(0, len(ids), 900):
        for row_id, field, hlc in connection.execute(
            select(FieldClock.row_id, FieldClock.field, FieldClock.hlc).where(
                FieldClock.table_name == table_name, FieldClock.row_id.in_(ids[start : start + 900])
            )
        ):
            found[(row_id, field)] = hlc
    return found


class _InsertPlan(NamedTuple):
    """What inserting rows of one model needs, worked out once per model and dialect."""

    sql: str
    keys: tuple[str, ...]
    #: What each column holds when the caller leaves it out: the write's time for the stamps,
    #: else None.
    stamped: tuple[bool, ...]
    #: (position, source's position, function) of each derived field (a sort key), which
    #: fills it from its source where the caller left it out.
    derived: tuple[tuple[int, int, Callable[[Any], Any]], ...]
    #: (position, filler) of each column with a default, which fills a missing or None value.
    defaults: tuple[tuple[int, Callable[[], Any]], ...]
    #: (position, conversion, by value) of each column whose type converts a value for the
    #: driver (dates, times): only those are visited, and a column of dates or flags, whose
    #: equal values convert alike, converts each distinct value once.
    binds: tuple[tuple[int, Callable[[Any], Any], bool], ...]
    #: (position, by value) of each synced field, and a row change with a `{}` for the JSON
    #: text of each (`{"name":{},...}`), for `str.format`.
    logged: tuple[tuple[int, bool], ...]
    row_change: str


_PLANS: dict[tuple[type[Synced], str], _InsertPlan] = {}
#: Types whose equal values are the same value to the driver and to JSON (not Decimal: 1.0
#: and 1.00 are equal and write differently), so a column converts each distinct value once.
_BY_VALUE = (date, datetime, bool)
_TEXT_BY_VALUE = (*_BY_VALUE, str)


def _default_filler(default: Any) -> Callable[[], Any] | None:
    if default is None:
        return None
    if default.is_callable:
        return lambda: default.arg(None)
    return lambda: default.arg


def _python_type(column: Any) -> type | None:
    try:
        python_type: type = column.type.python_type
    except NotImplementedError:
        return None
    return python_type


def _insert_plan(model: type[Synced], dialect: Any) -> _InsertPlan:
    """The INSERT, defaults and type conversions of `model`'s columns, made once: the mapper
    is walked per model, not per row (a 100,000-member demo inserts ~2.7 M rows)."""
    key = (model, dialect.name)
    plan = _PLANS.get(key)
    if plan is None:
        attrs = [a for a in inspect(model).column_attrs if a.columns[0].table is model.__table__]
        columns = [a.columns[0] for a in attrs]
        keys = tuple(a.key for a in attrs)
        names = ", ".join(dialect.identifier_preparer.quote(c.name) for c in columns)
        marks = ", ".join("?" * len(columns))
        fields = synced_fields(model)
        plan = _InsertPlan(
            sql=f"INSERT INTO {model.__tablename__} ({names}) VALUES ({marks})",  # noqa: S608
            keys=keys,
            stamped=tuple(k in ("created_at", "updated_at") for k in keys),
            derived=tuple(
                (keys.index(name), keys.index(source), compute)
                for name, (source, compute) in derived_fields(model).items()
            ),
            defaults=tuple(
                (i, fill)
                for i, fill in enumerate(_default_filler(c.default) for c in columns)
                if fill is not None
            ),
            binds=tuple(
                (i, bind, _python_type(column) in _BY_VALUE)
                for i, (column, bind) in enumerate(
                    (c, c.type.dialect_impl(dialect).bind_processor(dialect)) for c in columns
                )
                if bind is not None
            ),
            logged=tuple(
                (i, _python_type(columns[i]) in _TEXT_BY_VALUE)
                for i in (keys.index(f) for f in fields)
            ),
            row_change="{{" + ",".join(f"{encode_value(f)}:{{}}" for f in fields) + "}}",
        )
        _PLANS[key] = plan
    return plan


def _completed(plan: _InsertPlan, columns: list[list[Any]]) -> list[list[Any]]:
    """Every column's values, in plan order: derived fields the caller left out computed from
    their sources, then Python-side defaults fill what is still missing or None, so the log
    matches the database."""
    for i, source, compute in plan.derived:
        columns[i] = [
            compute(s) if v is None and s is not None else v
            for v, s in zip(columns[i], columns[source], strict=True)
        ]
    for i, fill in plan.defaults:
        columns[i] = [fill() if v is None else v for v in columns[i]]
    return columns


def _mapped(
    values: list[Any], convert: Callable[[Any], Any], by_value: bool, none: Any = None
) -> list[Any]:
    """`convert` of each value, `none` for None; of each distinct value once when `by_value`
    and the values repeat (a column of names or emails converts each as it comes)."""
    if by_value:
        distinct = set(values)
        if len(distinct) * 2 <= len(values):
            converted = {v: convert(v) for v in distinct if v is not None}
            converted[None] = none
            return list(map(converted.__getitem__, values))
    return [none if v is None else convert(v) for v in values]


def _driver_rows(plan: _InsertPlan, columns: list[list[Any]]) -> list[tuple[Any, ...]]:
    """The rows as the driver takes them (the full values themselves are logged as they are)."""
    driver = list(columns)
    for i, bind, by_value in plan.binds:
        driver[i] = _mapped(columns[i], bind, by_value)
    return list(zip(*driver, strict=True))


def _row_changes(plan: _InsertPlan, columns: list[list[Any]]) -> list[str]:
    """`values.encode_row` of each row's synced fields (a test holds them equal), each
    distinct date, flag or text of a column encoded once."""
    texts = [_mapped(columns[i], encode_value, by_value, "null") for i, by_value in plan.logged]
    return list(map(plan.row_change.format, *texts))


def session_now(session: Session) -> datetime:
    """Now by the clock the unit of work injected: what new and edited synced rows are stamped
    with (the models have no clock of their own, so tests set the time)."""
    now: Callable[[], datetime] | None = session.info.get(INFO_NOW)
    if now is None:
        raise RuntimeError("synced rows are written through a unit of work, which sets the clock")
    return now()


def bulk_insert(
    session: Session, model: type[Synced], rows: Sequence[Mapping[str, Any]]
) -> list[str]:
    """Insert many new rows at bulk speed, logging each as one row change; returns their ids.

    The rows go to the driver's `executemany` as tuples (SQLAlchemy's per-row insert machinery
    cost more than SQLite itself), inside the session's transaction, worked a column at a time
    (a column of dates converts each distinct date once). A stamp a row leaves out is the
    write's time.
    """

    def given(plan: _InsertPlan, now: datetime, start: int, end: int) -> list[list[Any]]:
        batch = rows[start:end]
        return [
            [row.get(key, now) for row in batch] if stamped else [row.get(key) for row in batch]
            for key, stamped in zip(plan.keys, plan.stamped, strict=True)
        ]

    return _insert_batches(session, model, len(rows), given)


def bulk_insert_columns(
    session: Session, model: type[Synced], columns: Mapping[str, Sequence[Any]]
) -> list[str]:
    """`bulk_insert` of rows given a field at a time (field → each row's value, all as long):
    an import's checked columns go in as they are, not made into rows to be taken apart
    again (that was 0.45 s of a 100,000-member import)."""
    count = len(next(iter(columns.values()), ()))

    def given(plan: _InsertPlan, now: datetime, start: int, end: int) -> list[list[Any]]:
        return [
            list(columns[key][start:end])
            if key in columns
            else [now if stamped else None] * (end - start)
            for key, stamped in zip(plan.keys, plan.stamped, strict=True)
        ]

    return _insert_batches(session, model, count, given)


def _insert_batches(
    session: Session,
    model: type[Synced],
    count: int,
    given: Callable[[_InsertPlan, datetime, int, int], list[list[Any]]],
) -> list[str]:
    """Insert `count` rows, each batch's columns (in plan order) from `given(plan, now, start,
    end)`, and log them."""
    now = session_now(session)
    connection = session.connection()
    plan = _insert_plan(model, connection.dialect)
    id_at = plan.keys.index("id")
    table_name = model.__tablename__
    touched_tables(session).add(table_name)
    stamp = _stamp(session) if session.info.get(INFO_CAPTURE, False) else None
    ids: list[str] = []
    # In batches, so that only the caller's rows are held whole (a 100,000-member demo's
    # attendance is over a million rows).
    for start in range(0, count, _BATCH):
        columns = _completed(plan, given(plan, now, start, min(start + _BATCH, count)))
        _insert_rows(connection, plan.sql, _driver_rows(plan, columns))
        batch_ids = columns[id_at]
        ids += batch_ids
        if stamp is not None:
            hlc, device = stamp
            log = [
                [hlc, device, table_name, row_id, ROW_FIELD, text, None]
                for row_id, text in zip(batch_ids, _row_changes(plan, columns), strict=True)
            ]
            _write_log(connection, table_name, hlc, log)
    return ids


def _insert_rows(connection: Any, sql: str, rows: list[tuple[Any, ...]]) -> None:
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.executemany(sql, rows)
    finally:
        cursor.close()


def bulk_update(session: Session, model: type[Synced], rows: Sequence[Mapping[str, Any]]) -> None:
    """Update many rows (each a dict with `id` and the fields to set), logging each field set."""
    now = session_now(session)
    stamped = [{**row, "updated_at": now} for row in rows]
    for start in range(0, len(stamped), _BATCH):
        session.execute(
            update(model).execution_options(**{CAPTURED: True}), stamped[start : start + _BATCH]
        )
    synced = set(synced_fields(model))
    record_changes(
        session,
        model.__tablename__,
        (
            (row["id"], field, value)
            for row in stamped
            for field, value in row.items()
            if field != "id" and field in synced
        ),
    )


def _stamp_times(session: Session, _flush_context: object, _instances: object) -> None:
    """Stamp `created_at` on new synced rows and `updated_at` on changed ones, by the injected
    clock: what a column default would do, had it a clock to ask."""
    stamped = [
        obj
        for obj in (*session.new, *session.dirty)
        if isinstance(obj, Synced) and (obj in session.new or session.is_modified(obj))
    ]
    if not stamped:
        return
    now = session_now(session)
    for obj in stamped:
        derive(obj)  # sort and search keys follow their source, whoever set it
        if obj in session.new:
            obj.created_at = obj.created_at or now
            obj.updated_at = obj.updated_at or now
        elif not inspect(obj).attrs["updated_at"].history.has_changes():
            obj.updated_at = now


def touched_tables(session: Session) -> set[str]:
    """The tables written in `session` since its last commit or rollback (see INFO_TOUCHED)."""
    touched: set[str] = session.info.setdefault(INFO_TOUCHED, set())
    return touched


def _after_flush(session: Session, _flush_context: object) -> None:
    touched_tables(session).update(
        inspect(obj).mapper.class_.__tablename__
        for obj in (*session.new, *session.deleted, *session.dirty)
        if obj in session.new or obj in session.deleted or session.is_modified(obj)
    )
    by_table: dict[str, list[tuple[str, str, Any]]] = {}
    inserted: dict[str, list[tuple[str, list[tuple[str, Any]]]]] = {}
    for obj in session.deleted:
        if isinstance(obj, Synced):
            raise RuntimeError(
                f"{type(obj).__name__} rows are never hard-deleted: set deleted_at instead"
            )
    for obj in session.new:
        if isinstance(obj, Synced):
            state = inspect(obj)
            inserted.setdefault(obj.__tablename__, []).append(
                (obj.id, [(field, state.dict.get(field)) for field in synced_fields(type(obj))])
            )
    for obj in session.dirty:
        if not isinstance(obj, Synced) or obj in session.new:
            continue
        state = inspect(obj)
        changed = [
            field
            for field in synced_fields(type(obj))
            if field != "updated_at" and state.attrs[field].history.has_changes()
        ]
        if changed:
            changed.append("updated_at")
            by_table.setdefault(obj.__tablename__, []).extend(
                (obj.id, field, state.dict.get(field)) for field in changed
            )
    for table_name, new_rows in inserted.items():
        record_new_rows(session, table_name, new_rows)
    for table_name, changes in by_table.items():
        record_changes(session, table_name, changes)


def _guard_bulk_dml(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    mapper = state.bind_mapper
    if mapper is not None:
        touched_tables(state.session).add(mapper.class_.__tablename__)
    if state.execution_options.get(CAPTURED):
        return
    if (
        mapper is not None
        and issubclass(mapper.class_, Synced)
        and state.session.info.get(INFO_CAPTURE, False)
    ):
        raise RuntimeError(
            f"bulk writes to {mapper.class_.__tablename__} must go through "
            "groupdesk.services.sync.capture.bulk_insert/bulk_update so that sync sees them"
        )


class _RefusesUnloggedBulk(Session):
    """A session whose legacy bulk methods refuse synced classes: they bypass the flush events,
    so their writes would never reach the change log."""

    def _refuse_synced(self, classes: Iterable[Any]) -> None:
        if not self.info.get(INFO_CAPTURE, False):
            return
        for cls in classes:
            if isinstance(cls, type) and issubclass(cls, Synced):
                raise RuntimeError(
                    f"bulk writes to {cls.__tablename__} must go through "
                    "groupdesk.services.sync.capture.bulk_insert/bulk_update so that sync sees them"
                )

    def bulk_insert_mappings(self, mapper: Any, mappings: Any, *args: Any, **kw: Any) -> None:
        self._refuse_synced([inspect(mapper).class_])
        super().bulk_insert_mappings(mapper, mappings, *args, **kw)

    def bulk_update_mappings(self, mapper: Any, mappings: Any) -> None:
        self._refuse_synced([inspect(mapper).class_])
        super().bulk_update_mappings(mapper, mappings)

    def bulk_save_objects(self, objects: Iterable[object], *args: Any, **kw: Any) -> None:
        objects = list(objects)
        self._refuse_synced({type(obj) for obj in objects})
        super().bulk_save_objects(objects, *args, **kw)


#: One capturing session class per base class, made once and kept for the life of the process.
_CAPTURING: dict[type[Session], type[Session]] = {}


def _capturing_class(base: type[Session]) -> type[Session]:
    """The session class (made once per `base`) that carries the capture hooks.

    The hooks are attached to this long-lived class, never to a class or sessionmaker made per
    data folder: SQLAlchemy's event registry keys listeners by `id()` of the listen target and
    keeps the key after the target is garbage collected, so `event.contains` on a new target
    that reuses a dead one's address answers True, and capture was silently left off for that
    data folder (edits never reached the change log, so never reached the other laptops).
    """
    cls = _CAPTURING.get(base)
    if cls is None:
        cls = type(base.__name__, (_RefusesUnloggedBulk, base), {})
        event.listen(cls, "before_flush", _stamp_times)
        event.listen(cls, "after_flush", _after_flush)
        event.listen(cls, "do_orm_execute", _guard_bulk_dml)
        _CAPTURING[base] = cls
    return cls


def install(session_factory: sessionmaker[Session]) -> None:
    """Attach change capture to every session made by `session_factory`."""
    if session_factory.class_ not in _CAPTURING.values():
        session_factory.class_ = _capturing_class(session_factory.class_)
