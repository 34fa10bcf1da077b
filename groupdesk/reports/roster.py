"""The membership roster: the group's active members who agreed to be listed in it, sorted by
name the way people expect across scripts and accents, with their roles and contact details.

Consent decides what is printed: a member without "listed in the printed roster" is left out
(the roster says how many were, so nobody wonders where they went), and a phone number or email
is printed only for members who agreed to be contacted.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from groupdesk.messages import QT_TRANSLATE_NOOP
from groupdesk.reports.columns import Measure, shared
from groupdesk.reports.document import (
    CHUNK,
    NO_BREAK,
    Progress,
    ReportResult,
    cells,
    check_pdf_path,
    counted,
    group_letterhead,
    para,
    paragraph_styles,
    space,
    write_pdf,
)
from groupdesk.reports.text import REPLACEMENT, remembering_runs, unprintable
from groupdesk.services.members import records
from groupdesk.services.uow import UnitOfWork

TITLE = "Membership roster"
COLUMNS = ("Name", "Roles", "Phone", "Email", "Joined")
#: How the width left over, once every entry fits, is shared: name, roles, email.
SHARES = (0.62, 0.38, 0.0)


@dataclass(frozen=True)
class RosterResult(ReportResult):
    listed: int
    not_listed: int
    pages: int
    #: A sentence per member whose entry has a character no font has (printed as REPLACEMENT).
    warnings: tuple[str, ...] = ()

    @property
    def sentence(self) -> str:
        return (
            f"Wrote {self.path}: {counted(self.listed, 'member', 'members')} listed on"
            f" {counted(self.pages, 'page', 'pages')};"
            f" {counted(self.not_listed, 'active member', 'active members')} not listed (no"
            " consent to the printed roster)."
            + "".join(f"\nWarning: {warning}" for warning in self.warnings)
        )


@remembering_runs
def write_roster(
    uow: UnitOfWork,
    path: Path,
    *,
    today: date | None = None,
    paper_size: str | None = None,
    progress: Progress | None = None,
) -> RosterResult:
    """Write the roster PDF to `path` (replacing it only once the new one is complete)."""
    check_pdf_path(path)
    today = today or uow.today()
    letterhead = group_letterhead(uow, title=TITLE, today=today, paper_size=paper_size)
    listed, not_listed = records.roster_members(uow, today=today)
    styles = paragraph_styles()
    summary = _summary(len(listed), not_listed)
    days = {day: letterhead.day(day) for day in {row.joined_on for row in listed if row.joined_on}}
    texts = [
        (
            row.display_name,
            ", ".join(row.roles),
            (row.phone or "").replace(" ", NO_BREAK) if row.consent_contact else "",
            (row.email or "") if row.consent_contact else "",
            days[row.joined_on] if row.joined_on else "",
        )
        for row in listed
    ]
    warnings = tuple(
        f"{row.display_name}: {_named(missing)} cannot be printed (no font has it) and shows"
        f" as {REPLACEMENT}."
        for row, entry in zip(listed, texts, strict=True)
        if (missing := unprintable("".join(entry)))
    )
    story = [para(TITLE, styles["title"]), para(summary, styles["note"])]
    story += [para(warning, styles["note"]) for warning in warnings]
    story.append(space())
    widths = _column_widths(texts, letterhead.text_width, styles["cell"].fontSize)
    rows: list[list[Any]] = []
    for start in range(0, len(texts), CHUNK):
        if progress is not None:
            progress(
                start, len(texts), QT_TRANSLATE_NOOP("ReportProgress", "Laying out the roster…")
            )
        rows += [cells(row, widths) for row in texts[start : start + CHUNK]]
    if rows:  # drawn row by row: ReportLab's tables took most of the time
        from groupdesk.reports.rows import rows_listing  # ReportLab, imported when a report is made

        story.append(rows_listing(COLUMNS, rows, widths))
    if progress is not None:
        progress(len(listed), len(listed), QT_TRANSLATE_NOOP("ReportProgress", "Writing the PDF…"))
    pages = write_pdf(path, letterhead, story)
    return RosterResult(path, len(listed), not_listed, pages, warnings)


def _summary(listed: int, not_listed: int) -> str:
    """What the roster holds, in words; an empty roster says why it is empty and what to do,
    rather than printing a near-blank page."""
    if not listed and not not_listed:
        return (
            "Nobody to list yet: the group has no active members. Add members (or import last"
            " year's list) on the Members page, then print the roster again."
        )
    if not listed:
        who = (
            "the group's one active member has not"
            if not_listed == 1
            else f"none of the {not_listed} active members has"
        )
        return (
            f"Nobody to list: {who} agreed to appear in the printed roster. Ask members for"
            " their consent and record it on the Members page."
        )
    return (
        f"{listed} active member{'' if listed == 1 else 's'} who agreed to be listed"
        f" here, by name. {not_listed} other active member"
        f"{' is' if not_listed == 1 else 's are'} not listed: they have not agreed to appear"
        " in the printed roster. Phone and email are shown for those who agreed to be contacted."
    )


def _named(characters: str) -> str:
    """Characters as a reader can look them up: "😀 (U+1F600)"."""
    return ", ".join(f"{c} (U+{ord(c):04X})" for c in characters)


def _column_widths(texts: Sequence[tuple[str, ...]], width: float, size: float) -> list[float]:
    """Phone and date columns as wide as their longest entry; name, roles and email share the
    rest (`columns.shared`), never narrower than their longest word."""
    measure = Measure(size)

    def needs(column: int) -> list[float]:
        return measure.needs(COLUMNS[column], (row[column] for row in texts))

    def longest_word(column: int) -> float:
        return measure.longest_word(COLUMNS[column], (row[column] for row in texts))

    phone, joined = needs(2)[-1], needs(4)[-1]
    name, roles, email = shared(
        [needs(0), needs(1), needs(3)],
        width - phone - joined,
        floors=[longest_word(0), longest_word(1), measure(COLUMNS[3])],
        shares=SHARES,
    )
    return [name, roles, phone, email, joined]
