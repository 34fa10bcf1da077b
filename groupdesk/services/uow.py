"""Unit of work: one session, one transaction, committed explicitly or rolled back on exit.

Services take a unit of work and plain values (STYLE.md):

    with uow:
        ...
        uow.commit()

Leaving the block without `commit()` — by an exception or by forgetting — rolls everything back,
so a failed operation leaves the database as it was.
"""

from __future__ import annotations

from datetime import date, datetime
from types import TracebackType
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from groupdesk.db import BEGIN_MODE
from groupdesk.services.sync import capture

if TYPE_CHECKING:
    from groupdesk.services.workspace import Workspace


class UnitOfWork:
    def __init__(
        self, workspace: Workspace, *, immediate: bool = False, capture_changes: bool = True
    ):
        self.workspace = workspace
        self._immediate = immediate
        self._capture = capture_changes
        self._session: Session | None = None
        #: The tables its committed writes touched (`changed_tables()`).
        self._changed: set[str] = set()

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("use the unit of work inside `with uow:`")
        return self._session

    def __enter__(self) -> UnitOfWork:
        if self._session is not None:
            raise RuntimeError("a unit of work is not re-entrant; make a new one")
        session = self.workspace.session_factory()
        session.info[capture.INFO_CLOCK] = self.workspace.clock
        session.info[capture.INFO_CAPTURE] = self._capture
        session.info[capture.INFO_NOW] = self.now
        if self._immediate:
            session.connection(execution_options={BEGIN_MODE: "IMMEDIATE"})
        self._session = session
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        session, self._session = self._session, None
        if session is not None:
            session.rollback()
            session.close()

    def commit(self) -> None:
        self.session.commit()
        self._changed |= capture.touched_tables(self.session)
        capture.touched_tables(self.session).clear()

    def rollback(self) -> None:
        self.session.rollback()
        capture.touched_tables(self.session).clear()

    def changed_tables(self) -> frozenset[str]:
        """The tables written by what this unit of work committed (after Anki's `OpChanges`:
        the GUI maps them to areas and tells the pages that show them)."""
        return frozenset(self._changed)

    def now(self) -> datetime:
        """Naive UTC now by the workspace's injected clock (what `created_at` and tombstones
        are stamped with)."""
        return self.workspace.now()

    def today(self) -> date:
        """Today on this laptop's calendar by the injected clock, for rules like "not in the
        future"."""
        return self.workspace.today()
