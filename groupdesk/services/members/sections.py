"""Tabs of a member's detail that other areas fill (`Area.member_tabs`): the meetings they
attended, the actions they own, later what they borrowed. Each is a small table of texts, so the
members area shows them without knowing any other area."""

from __future__ import annotations

from dataclasses import dataclass

from groupdesk import registry
from groupdesk.services.uow import UnitOfWork


@dataclass(frozen=True)
class MemberTable:
    """One tab: its title and column headings (marked `QT_TRANSLATE_NOOP("MemberTabs", …)`, so
    the GUI translates them), what to say when empty, and the rows as the group reads them
    (days in the group's format)."""

    key: str
    title: str
    headers: tuple[str, ...]
    empty: str
    rows: tuple[tuple[str, ...], ...]
    #: A sentence the member's profile shows too, when something needs doing (a member who has
    #: left still has things borrowed); "" for nothing.
    warning: str = ""

    def as_dict(self) -> dict[str, object]:
        return {
            "title": self.title,
            "rows": [dict(zip(self.headers, row, strict=True)) for row in self.rows],
            "warning": self.warning,
        }


def member_tables(
    uow: UnitOfWork, *, member_id: str, days_in: str | None = None
) -> tuple[MemberTable, ...]:
    """Every area's tab for this member, in the registry's order; days written in the locale
    `days_in` (the GUI's screens may speak another language than the group), else the group's."""
    return tuple(
        registry.load(read)(uow, member_id=member_id, days_in=days_in)
        for read in registry.member_tabs()
    )
