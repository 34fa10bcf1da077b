"""Member table rows made in memory, for tests of searching, sorting and the table model."""

from __future__ import annotations

from groupdesk.services.collation import sort_key
from groupdesk.services.members.records import MemberRow


def member_row(name: str, **extra: object) -> MemberRow:
    """An active member called `name` (its id is the name), with `extra` fields set."""
    values: dict[str, object] = dict(
        id=name,
        full_name=name,
        preferred_name=None,
        email=None,
        phone=None,
        status="active",
        joined_on=None,
        left_on=None,
        consent_contact=False,
        consent_photo=False,
        consent_roster=False,
        roles=(),
        skills=(),
        last_seen=None,
        sort_key=sort_key(name),
        deleted=False,
        merged_into_id=None,
        erased=False,
    )
    values.update(extra)
    return MemberRow(**values)  # type: ignore[arg-type]
