"""A table's records in the reader's words, for sentences that name a table (a sync stopped
before a mass deletion): "members", not the table's name, with the plural form its count needs.

Each word is marked with its plural forms (`%n`-less: the sentence writes the count itself),
so Arabic says "6 أعضاء" but "200 عضو" and Spanish "miembros". The English has "(s)", made
"s" for any count but one, so the command line reads "5 of the 6 members" as before.
"""

from __future__ import annotations

from groupdesk.messages import QT_TRANSLATE_NOOP

#: Every synced table's records (a test checks that none is missing).
_WORDS = {
    "action_items": QT_TRANSLATE_NOOP("SyncRecords", "action(s)", "", 0),
    "agenda_items": QT_TRANSLATE_NOOP("SyncRecords", "agenda item(s)", "", 0),
    "attachments": QT_TRANSLATE_NOOP("SyncRecords", "attached file(s)", "", 0),
    "attendance": QT_TRANSLATE_NOOP("SyncRecords", "attendance mark(s)", "", 0),
    "checkins": QT_TRANSLATE_NOOP("SyncRecords", "check-in(s)", "", 0),
    "decisions": QT_TRANSLATE_NOOP("SyncRecords", "decision(s)", "", 0),
    "funders": QT_TRANSLATE_NOOP("SyncRecords", "funder(s)", "", 0),
    "grant_budget_lines": QT_TRANSLATE_NOOP("SyncRecords", "budget line(s)", "", 0),
    "grant_budget_revisions": QT_TRANSLATE_NOOP("SyncRecords", "budget revision(s)", "", 0),
    "grant_expense_receipts": QT_TRANSLATE_NOOP("SyncRecords", "receipt(s)", "", 0),
    "grant_expenses": QT_TRANSLATE_NOOP("SyncRecords", "expense(s)", "", 0),
    "grant_outcome_entries": QT_TRANSLATE_NOOP("SyncRecords", "outcome note(s)", "", 0),
    "grant_outcomes": QT_TRANSLATE_NOOP("SyncRecords", "outcome(s)", "", 0),
    "grant_payments": QT_TRANSLATE_NOOP("SyncRecords", "grant payment(s)", "", 0),
    "grant_reimbursements": QT_TRANSLATE_NOOP("SyncRecords", "reimbursement(s)", "", 0),
    "grant_reports": QT_TRANSLATE_NOOP("SyncRecords", "grant report(s)", "", 0),
    "grant_state_changes": QT_TRANSLATE_NOOP("SyncRecords", "grant state change(s)", "", 0),
    "grant_tranches": QT_TRANSLATE_NOOP("SyncRecords", "tranche(s)", "", 0),
    "grants": QT_TRANSLATE_NOOP("SyncRecords", "grant(s)", "", 0),
    "group_settings": QT_TRANSLATE_NOOP("SyncRecords", "group settings record(s)", "", 0),
    "meeting_series": QT_TRANSLATE_NOOP("SyncRecords", "meeting series", "", 0),
    "meetings": QT_TRANSLATE_NOOP("SyncRecords", "meeting(s)", "", 0),
    "member_merges": QT_TRANSLATE_NOOP("SyncRecords", "merge(s) of two records", "", 0),
    "member_roles": QT_TRANSLATE_NOOP("SyncRecords", "role(s)", "", 0),
    "member_skills": QT_TRANSLATE_NOOP("SyncRecords", "skill(s)", "", 0),
    "members": QT_TRANSLATE_NOOP("SyncRecords", "member(s)", "", 0),
    "mentorships": QT_TRANSLATE_NOOP("SyncRecords", "mentorship(s)", "", 0),
    "resource_items": QT_TRANSLATE_NOOP("SyncRecords", "item(s)", "", 0),
    "resource_loan_extensions": QT_TRANSLATE_NOOP("SyncRecords", "loan extension(s)", "", 0),
    "resource_loans": QT_TRANSLATE_NOOP("SyncRecords", "loan(s)", "", 0),
    "resource_parts": QT_TRANSLATE_NOOP("SyncRecords", "part(s) of a kit", "", 0),
    "resource_photos": QT_TRANSLATE_NOOP("SyncRecords", "photo(s)", "", 0),
    "resource_reservations": QT_TRANSLATE_NOOP("SyncRecords", "reservation(s)", "", 0),
    "resource_upkeep": QT_TRANSLATE_NOOP("SyncRecords", "upkeep record(s)", "", 0),
    "resource_upkeep_plans": QT_TRANSLATE_NOOP("SyncRecords", "upkeep plan(s)", "", 0),
}


def records_of(table: str, count: int) -> str:
    """`table`'s records as a sentence says them after `count` ("6 members"): a `Message`
    whose plural form follows `count`; a table without a word (an area added later) by its
    name, underscores made spaces."""
    word = _WORDS.get(table)
    return table.replace("_", " ") if word is None else word.format(n=count)
