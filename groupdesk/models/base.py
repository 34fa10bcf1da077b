"""Declarative base and the sync-aware mixin every shared table inherits.

A synced table has a device-made text id, created/updated stamps and a tombstone; it declares
no enforced foreign keys or unique constraints, because sync files arrive in any order
(SYNC.md). Its changes are captured field by field by `groupdesk.services.sync.capture`.
Local tables (device identity, change log, settings of this laptop) derive from `Base` only.
"""

from __future__ import annotations

from datetime import datetime
from typing import ClassVar

from sqlalchemy import DateTime, MetaData, String
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from groupdesk.ids import new_id

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Synced(Base):
    """A table shared between the group's laptops through sync files."""

    __abstract__ = True
    #: Marks the class for change capture; fields listed in `__sync_exclude__` are never synced.
    __synced__: ClassVar[bool] = True
    __sync_exclude__: ClassVar[frozenset[str]] = frozenset()
    #: What the group calls one row, in history ("check-in"); every synced model names it.
    __record_label__: ClassVar[str] = ""
    #: The field that names one row, when history should show a reference to it by that name
    #: rather than by id ("name": a loan's item reads "Gazebo"); members are named their way.
    __name_field__: ClassVar[str] = ""
    #: Fields computed from another field of the row: `{field: (source, "module:function")}`,
    #: recomputed after every merge and never shown as conflicts (`services.sync.derived`).
    __derived_fields__: ClassVar[dict[str, tuple[str, str]]] = {}

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=new_id)
    #: Stamped by the unit of work from the injected clock (`capture`), never by a default.
    created_at: Mapped[datetime] = mapped_column(DateTime)
    updated_at: Mapped[datetime] = mapped_column(DateTime)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)


def synced_models() -> list[type[Synced]]:
    """Every concrete synced class, in a stable order (by table name)."""
    classes = [
        mapper.class_
        for mapper in Base.registry.mappers
        if issubclass(mapper.class_, Synced) and not mapper.class_.__dict__.get("__abstract__")
    ]
    return sorted(classes, key=lambda cls: cls.__tablename__)


def model_for_table(table_name: str) -> type[Synced] | None:
    for cls in synced_models():
        if cls.__tablename__ == table_name:
            return cls
    return None
