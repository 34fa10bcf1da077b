"""The minutes of a meeting, to approve at the next one: who was there (present, apologies,
guests), whether the meeting was quorate, each agenda item's notes with the decisions taken
under it (the motion, who proposed and seconded it, the counts, the rule and the outcome), and
the actions raised, with their owners and due dates.

Marked "Draft" on every page until a later meeting carries a motion approving them; then that
meeting is named instead. Private agenda items are left out (the chair keeps their notes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from groupdesk.messages import QT_TRANSLATE_NOOP
from groupdesk.reports.document import (
    Letterhead,
    Progress,
    ReportResult,
    cells,
    check_pdf_path,
    counted,
    listing,
    para,
    paragraph_styles,
    table,
    title_block,
    write_pdf,
)
from groupdesk.reports.meeting import details_table, meeting_letterhead, when
from groupdesk.services.meetings.actions import ActionRow, list_actions
from groupdesk.services.meetings.agenda import agenda_of
from groupdesk.services.meetings.attendance import expected_members
from groupdesk.services.meetings.decisions import DecisionData, decisions_of, quorum_state
from groupdesk.services.meetings.minutes import approved_at, paragraphs
from groupdesk.services.uow import UnitOfWork

TITLE = "Minutes"
DRAFT_TITLE = "Minutes (draft)"
#: The counts a decision can have, as the minutes name them.
COUNT_NAMES = (
    ("votes_for", "for"),
    ("votes_against", "against"),
    ("abstentions", "abstaining"),
    ("stand_asides", "standing aside"),
    ("blocks", "blocking"),
)
DAY_WIDTH = 80


@dataclass(frozen=True)
class MinutesResult(ReportResult):
    draft: bool
    decisions: int
    actions: int
    pages: int

    @property
    def sentence(self) -> str:
        state = "draft" if self.draft else "approved"
        return (
            f"Wrote {self.path} ({state}): {counted(self.decisions, 'decision', 'decisions')},"
            f" {counted(self.actions, 'action', 'actions')},"
            f" on {counted(self.pages, 'page', 'pages')}."
        )


def write_minutes(
    uow: UnitOfWork,
    path: Path,
    *,
    meeting: str,
    today: date | None = None,
    paper_size: str | None = None,
    progress: Progress | None = None,
) -> MinutesResult:
    """Write the minutes of `meeting` to `path`."""
    check_pdf_path(path)
    today = today or uow.today()
    approval = approved_at(uow, meeting=meeting)
    detail, letterhead = meeting_letterhead(
        uow,
        meeting=meeting,
        title=DRAFT_TITLE if approval is None else TITLE,
        today=today,
        paper_size=paper_size,
    )
    if progress is not None:
        progress(0, 1, QT_TRANSLATE_NOOP("ReportProgress", "Laying out the minutes…"))
    expected = expected_members(uow, meeting=meeting)
    names = {member.member_id: member.name for member in expected}
    decisions = decisions_of(uow, meeting=meeting)
    actions = list_actions(uow, meeting=meeting)
    quorum = quorum_state(uow, meeting=meeting)
    if approval is None:
        status = "Draft: not yet approved by a meeting."
    else:
        status = (
            f"Approved at the {approval.title}, {letterhead.long_day(approval.starts_at.date())}."
        )
    styles = paragraph_styles()
    story: list[Any] = title_block(letterhead, status)
    guests = detail.guest_names.splitlines() if detail.guest_names else []
    unnamed = detail.guest_count - len(guests)
    if unnamed > 0:
        guests.append(
            f"{unnamed} other guest{'' if unnamed == 1 else 's'}"
            if guests
            else f"{unnamed} guest{'' if unnamed == 1 else 's'}"
        )
    quorum_text = f"{quorum.present} members present"
    if quorum.rule:
        quorum_text += f", {quorum.needed} needed (rule: {quorum.rule}): " + (
            "quorate." if quorum.met else "not quorate."
        )
    else:
        quorum_text += " (the group has set no quorum)."
    story.append(
        details_table(
            letterhead,
            [
                ("When", when(letterhead, detail)),
                ("Where", detail.occurrence.place),
                ("Chair", detail.chair_name),
                ("Minutes by", detail.note_taker_name),
                ("Present", _names(expected, "present") or "nobody recorded"),
                ("Apologies", _names(expected, "apologies")),
                ("Guests", ", ".join(guests)),
                ("Quorum", quorum_text),
            ],
        )
    )
    agenda = agenda_of(uow, meeting=meeting)
    private = {item.id for item in agenda.items if item.private}
    by_item: dict[str | None, list[DecisionData]] = {}
    for decision in decisions:
        key = decision.agenda_item_id if decision.agenda_item_id not in private else "private"
        by_item.setdefault(key, []).append(decision)
    number = 0
    for item in agenda.items:
        if item.private:
            continue
        number += 1
        story.append(para(f"{number}. {item.title}", styles["heading"]))
        story += [para(text, styles["body"]) for text in paragraphs(item.notes)]
        story += _decisions(letterhead, by_item.get(item.id, []), names)
    if by_item.get(None):
        story.append(para("Other decisions", styles["heading"]))
        story += _decisions(letterhead, by_item[None], names)
    if private:
        story.append(
            para(
                f"{len(private)} private item{' is' if len(private) == 1 else 's are'} minuted"
                " separately by the chair.",
                styles["note"],
            )
        )
    story.append(para("Actions", styles["heading"]))
    if actions:
        story.append(_actions(letterhead, actions))
    else:
        story.append(para("No actions were raised.", styles["note"]))
    pages = write_pdf(path, letterhead, story)
    shown = sum(len(found) for key, found in by_item.items() if key != "private")
    return MinutesResult(path, approval is None, shown, len(actions), pages)


def _names(expected: Sequence[Any], status: str) -> str:
    return ", ".join(member.name for member in expected if member.status == status)


def _decisions(
    letterhead: Letterhead, decisions: Sequence[DecisionData], names: dict[str, str]
) -> list[Any]:
    """Each decision as a short boxed block: the motion, then how it was decided."""
    styles = paragraph_styles()
    blocks: list[Any] = []
    for decision in decisions:
        counts = ", ".join(
            f"{getattr(decision, field)} {label}"
            for field, label in COUNT_NAMES
            if getattr(decision, field)
        )
        moved = [
            f"{role} {names[person]}"
            for role, person in (
                ("proposed by", decision.proposer_id),
                ("seconded by", decision.seconder_id),
            )
            if person and person in names
        ]
        how = (
            f"By {decision.method}: {counts or 'no votes'}"
            f"{f' (with {decision.proxies} proxies)' if decision.proxies else ''}; rule: "
            f"{decision.rule}. {decision.outcome.capitalize()}."
            f" {decision.present_count} present, "
            + ("quorate." if decision.quorum_met else "not quorate.")
        )
        lines = [para(f"Decision: {decision.motion}", styles["head"])]
        if moved:
            sentence = "; ".join(moved)
            lines.append(para(f"{sentence[0].upper()}{sentence[1:]}.", styles["cell"]))
        lines.append(para(how, styles["cell"]))
        blocks.append(
            table(
                [[lines]],
                [letterhead.text_width],
                ("BOX", (0, 0), (-1, -1), 0.5, "#888888"),
                ("BACKGROUND", (0, 0), (-1, -1), "#f3f6f4"),
            )
        )
    return blocks


def _actions(letterhead: Letterhead, actions: Sequence[ActionRow]) -> Any:
    rest = letterhead.text_width - DAY_WIDTH
    widths = [rest * 0.65, rest * 0.35, DAY_WIDTH]
    rows = [
        cells(
            [row.text, row.owner_name or "", letterhead.day(row.due_on) if row.due_on else ""],
            widths,
        )
        for row in actions
    ]
    return listing(("Action", "Owner", "Due"), rows, widths)
