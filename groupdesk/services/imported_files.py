"""Which files were imported here, so the same file is not imported twice by mistake.

A command killed after its import committed (or a window closed mid-way) leaves the user unsure
whether it happened; running it again would add every row a second time. Each import records
its file's SHA-256 in the same transaction as its rows, so the record exists exactly when the
rows do, and an import of a file already imported is refused with when and how many, unless
the user says to import it again. Kept per laptop (in `local_state`): the rows themselves
travel by sync, and each kind of import matches rows already here as well.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from groupdesk.errors import Remedy, ValidationError
from groupdesk.models.sync_state import LocalState
from groupdesk.services.uow import UnitOfWork

_PREFIX = "imported-file:"
_KEY = _PREFIX + "{what}:{sha256}"


@dataclass(frozen=True)
class EarlierImport:
    at: datetime
    rows: int


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def refuse_a_second_import(
    uow: UnitOfWork, *, sha256: str, what: str, noun: str, locale: str
) -> None:
    """Raise ValidationError (field `file`) if the file with `sha256` was imported as `what`
    here before; `noun` is what its rows are ("member", "expense")."""
    from groupdesk.services.wording import day_text

    with uow:
        stored = uow.session.get(LocalState, _KEY.format(what=what, sha256=sha256))
        if stored is None:
            return
        earlier = _read(stored.value)
    refusal = ValidationError.single(
        "file",
        f"this file was already imported on {day_text(earlier.at.date(), locale)} "
        f"({earlier.rows:,} {noun}{'' if earlier.rows == 1 else 's'}); "
        "nothing was imported again",
    )
    refusal.remedy = Remedy("import_again")
    raise refusal


def record_import(uow: UnitOfWork, *, sha256: str, what: str, rows: int) -> None:
    """Note the import inside its own transaction (the caller commits)."""
    value = json.dumps({"at": uow.now().isoformat(timespec="seconds"), "rows": rows})
    uow.session.merge(LocalState(key=_KEY.format(what=what, sha256=sha256), value=value))


def _read(value: str) -> EarlierImport:
    stored = json.loads(value)
    return EarlierImport(datetime.fromisoformat(stored["at"]), int(stored["rows"]))


def recorded_imports(session: Session) -> set[str]:
    """The keys of every import noted here (an undo of an import forgets the ones it made)."""
    return set(session.scalars(select(LocalState.key).where(LocalState.key.like(_PREFIX + "%"))))


def forget_imports(uow: UnitOfWork, keys: Iterable[str]) -> None:
    """Forget noted imports inside the caller's transaction (their rows were taken back out,
    so the same file may be imported again without being told it already was)."""
    wanted = [key for key in keys if key.startswith(_PREFIX)]
    if wanted:
        uow.session.execute(delete(LocalState).where(LocalState.key.in_(wanted)))
