"""The words the records store (a member's status, a meeting's kind, a grant's state…) as the
screens say them. The models keep them in English, as the database, the CLI and sync use them;
they are marked here for lupdate, in one context per area (Spanish, say, gives "withdrawn" a
gender by what was withdrawn), and a context of their own for a reimbursement's states, which
share their words with a micro-grant's but not their gender in Spanish (el reembolso aprobado,
la microayuda aprobada)."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from groupdesk.registry import QT_TRANSLATE_NOOP

MEMBERS = "MemberWords"
MEETINGS = "MeetingWords"
RESOURCES = "ResourceWords"
GRANTS = "GrantWords"
CLAIMS = "ClaimWords"
#: A History tab's words: what was done, to which kind of record, and how it involves the one shown.
HISTORY = "History"

#: Each area's stored words (tests/ui/test_words.py checks the models' lists are all here).
WORDS: dict[str, frozenset[str]] = {
    MEMBERS: frozenset(
        {
            QT_TRANSLATE_NOOP("MemberWords", "active"),
            QT_TRANSLATE_NOOP("MemberWords", "inactive"),
            QT_TRANSLATE_NOOP("MemberWords", "left"),
            QT_TRANSLATE_NOOP("MemberWords", "form"),
            QT_TRANSLATE_NOOP("MemberWords", "email"),
            QT_TRANSLATE_NOOP("MemberWords", "in person"),
            QT_TRANSLATE_NOOP("MemberWords", "skill"),
            QT_TRANSLATE_NOOP("MemberWords", "interest"),
            QT_TRANSLATE_NOOP("MemberWords", "call"),
            QT_TRANSLATE_NOOP("MemberWords", "visit"),
            QT_TRANSLATE_NOOP("MemberWords", "message"),
            QT_TRANSLATE_NOOP("MemberWords", "other"),
        }
    ),
    MEETINGS: frozenset(
        {
            QT_TRANSLATE_NOOP("MeetingWords", "general meeting"),
            QT_TRANSLATE_NOOP("MeetingWords", "committee"),
            QT_TRANSLATE_NOOP("MeetingWords", "working group"),
            QT_TRANSLATE_NOOP("MeetingWords", "social"),
            QT_TRANSLATE_NOOP("MeetingWords", "training"),
            QT_TRANSLATE_NOOP("MeetingWords", "planned"),
            QT_TRANSLATE_NOOP("MeetingWords", "held"),
            QT_TRANSLATE_NOOP("MeetingWords", "cancelled"),
            QT_TRANSLATE_NOOP("MeetingWords", "present"),
            QT_TRANSLATE_NOOP("MeetingWords", "apologies"),
            QT_TRANSLATE_NOOP("MeetingWords", "absent"),
            QT_TRANSLATE_NOOP("MeetingWords", "show of hands"),
            QT_TRANSLATE_NOOP("MeetingWords", "secret ballot"),
            QT_TRANSLATE_NOOP("MeetingWords", "consensus"),
            QT_TRANSLATE_NOOP("MeetingWords", "carried"),
            QT_TRANSLATE_NOOP("MeetingWords", "defeated"),
            QT_TRANSLATE_NOOP("MeetingWords", "withdrawn"),
            QT_TRANSLATE_NOOP("MeetingWords", "deferred"),
            QT_TRANSLATE_NOOP("MeetingWords", "open"),
            QT_TRANSLATE_NOOP("MeetingWords", "done"),
            QT_TRANSLATE_NOOP("MeetingWords", "dropped"),
            QT_TRANSLATE_NOOP("MeetingWords", "simple majority"),
            QT_TRANSLATE_NOOP("MeetingWords", "two thirds"),
        }
    ),
    RESOURCES: frozenset(
        {
            QT_TRANSLATE_NOOP("ResourceWords", "equipment"),
            QT_TRANSLATE_NOOP("ResourceWords", "space"),
            QT_TRANSLATE_NOOP("ResourceWords", "material"),
            QT_TRANSLATE_NOOP("ResourceWords", "knowledge"),
            QT_TRANSLATE_NOOP("ResourceWords", "good"),
            QT_TRANSLATE_NOOP("ResourceWords", "needs attention"),
            QT_TRANSLATE_NOOP("ResourceWords", "out of service"),
            QT_TRANSLATE_NOOP("ResourceWords", "booked"),
            QT_TRANSLATE_NOOP("ResourceWords", "collected"),
            QT_TRANSLATE_NOOP("ResourceWords", "cancelled"),
        }
    ),
    GRANTS: frozenset(
        {
            QT_TRANSLATE_NOOP("GrantWords", "foundation"),
            QT_TRANSLATE_NOOP("GrantWords", "council"),
            QT_TRANSLATE_NOOP("GrantWords", "company"),
            QT_TRANSLATE_NOOP("GrantWords", "individual"),
            QT_TRANSLATE_NOOP("GrantWords", "crowdfunding"),
            QT_TRANSLATE_NOOP("GrantWords", "another group"),
            QT_TRANSLATE_NOOP("GrantWords", "prospect"),
            QT_TRANSLATE_NOOP("GrantWords", "drafting"),
            QT_TRANSLATE_NOOP("GrantWords", "submitted"),
            QT_TRANSLATE_NOOP("GrantWords", "awarded"),
            QT_TRANSLATE_NOOP("GrantWords", "declined"),
            QT_TRANSLATE_NOOP("GrantWords", "withdrawn"),
            QT_TRANSLATE_NOOP("GrantWords", "active"),
            QT_TRANSLATE_NOOP("GrantWords", "reporting"),
            QT_TRANSLATE_NOOP("GrantWords", "closed"),
            QT_TRANSLATE_NOOP("GrantWords", "applied"),
            QT_TRANSLATE_NOOP("GrantWords", "approved"),
            QT_TRANSLATE_NOOP("GrantWords", "refused"),
            QT_TRANSLATE_NOOP("GrantWords", "paid"),
            QT_TRANSLATE_NOOP("GrantWords", "reported"),
            QT_TRANSLATE_NOOP("GrantWords", "invoice"),
            QT_TRANSLATE_NOOP("GrantWords", "proof"),
            QT_TRANSLATE_NOOP("GrantWords", "receipt"),
            QT_TRANSLATE_NOOP("GrantWords", "interim"),
            QT_TRANSLATE_NOOP("GrantWords", "final"),
            QT_TRANSLATE_NOOP("GrantWords", "due"),
            QT_TRANSLATE_NOOP("GrantWords", "sent"),
            QT_TRANSLATE_NOOP("GrantWords", "accepted"),
            QT_TRANSLATE_NOOP("GrantWords", "received"),
            QT_TRANSLATE_NOOP("GrantWords", "expected"),
            QT_TRANSLATE_NOOP("GrantWords", "waiting on the interim report"),
            QT_TRANSLATE_NOOP("GrantWords", "waiting on the final report"),
        }
    ),
    CLAIMS: frozenset(
        {
            QT_TRANSLATE_NOOP("ClaimWords", "claimed"),
            QT_TRANSLATE_NOOP("ClaimWords", "approved"),
            QT_TRANSLATE_NOOP("ClaimWords", "paid"),
            QT_TRANSLATE_NOOP("ClaimWords", "refused"),
        }
    ),
    HISTORY: frozenset(
        {
            QT_TRANSLATE_NOOP("History", "added"),
            QT_TRANSLATE_NOOP("History", "changed"),
            QT_TRANSLATE_NOOP("History", "deleted"),
            QT_TRANSLATE_NOOP("History", "restored"),
            QT_TRANSLATE_NOOP("History", "action"),
            QT_TRANSLATE_NOOP("History", "agenda item"),
            QT_TRANSLATE_NOOP("History", "attached file"),
            QT_TRANSLATE_NOOP("History", "attendance"),
            QT_TRANSLATE_NOOP("History", "budget line"),
            QT_TRANSLATE_NOOP("History", "budget revision"),
            QT_TRANSLATE_NOOP("History", "check-in"),
            QT_TRANSLATE_NOOP("History", "decision"),
            QT_TRANSLATE_NOOP("History", "expense"),
            QT_TRANSLATE_NOOP("History", "funder"),
            QT_TRANSLATE_NOOP("History", "grant"),
            QT_TRANSLATE_NOOP("History", "grant payment"),
            QT_TRANSLATE_NOOP("History", "grant report"),
            QT_TRANSLATE_NOOP("History", "grant state change"),
            QT_TRANSLATE_NOOP("History", "group settings"),
            QT_TRANSLATE_NOOP("History", "item"),
            QT_TRANSLATE_NOOP("History", "loan"),
            QT_TRANSLATE_NOOP("History", "loan extension"),
            QT_TRANSLATE_NOOP("History", "meeting"),
            QT_TRANSLATE_NOOP("History", "meeting series"),
            QT_TRANSLATE_NOOP("History", "member"),
            QT_TRANSLATE_NOOP("History", "mentorship"),
            QT_TRANSLATE_NOOP("History", "merge of two records"),
            QT_TRANSLATE_NOOP("History", "outcome"),
            QT_TRANSLATE_NOOP("History", "outcome entry"),
            QT_TRANSLATE_NOOP("History", "part of a kit"),
            QT_TRANSLATE_NOOP("History", "photo"),
            QT_TRANSLATE_NOOP("History", "receipt"),
            QT_TRANSLATE_NOOP("History", "reimbursement"),
            QT_TRANSLATE_NOOP("History", "reservation"),
            QT_TRANSLATE_NOOP("History", "role"),
            QT_TRANSLATE_NOOP("History", "skill"),
            QT_TRANSLATE_NOOP("History", "tranche"),
            QT_TRANSLATE_NOOP("History", "upkeep"),
            QT_TRANSLATE_NOOP("History", "upkeep plan"),
            QT_TRANSLATE_NOOP("History", "arrived late at"),
            QT_TRANSLATE_NOOP("History", "as a part"),
            QT_TRANSLATE_NOOP("History", "as a photo"),
            QT_TRANSLATE_NOOP("History", "as approver"),
            QT_TRANSLATE_NOOP("History", "as borrower"),
            QT_TRANSLATE_NOOP("History", "as chair"),
            QT_TRANSLATE_NOOP("History", "as custodian"),
            QT_TRANSLATE_NOOP("History", "as mentor"),
            QT_TRANSLATE_NOOP("History", "as note-taker"),
            QT_TRANSLATE_NOOP("History", "as owner"),
            QT_TRANSLATE_NOOP("History", "as presenter"),
            QT_TRANSLATE_NOOP("History", "as proposer"),
            QT_TRANSLATE_NOOP("History", "as seconder"),
            QT_TRANSLATE_NOOP("History", "as the person responsible"),
            QT_TRANSLATE_NOOP("History", "bought with"),
            QT_TRANSLATE_NOOP("History", "by them"),
            QT_TRANSLATE_NOOP("History", "closed at"),
            QT_TRANSLATE_NOOP("History", "collected as"),
            QT_TRANSLATE_NOOP("History", "collected from"),
            QT_TRANSLATE_NOOP("History", "decided by"),
            QT_TRANSLATE_NOOP("History", "done for"),
            QT_TRANSLATE_NOOP("History", "for the meeting"),
            QT_TRANSLATE_NOOP("History", "handed out by them"),
            QT_TRANSLATE_NOOP("History", "left early at"),
            QT_TRANSLATE_NOOP("History", "lent with the kit"),
            QT_TRANSLATE_NOOP("History", "minutes approved by"),
            QT_TRANSLATE_NOOP("History", "occurrence"),
            QT_TRANSLATE_NOOP("History", "paid by"),
            QT_TRANSLATE_NOOP("History", "raised at"),
            QT_TRANSLATE_NOOP("History", "received as"),
            QT_TRANSLATE_NOOP("History", "released by"),
            QT_TRANSLATE_NOOP("History", "reserved by them"),
            QT_TRANSLATE_NOOP("History", "taken back by them"),
            QT_TRANSLATE_NOOP("History", "this record kept"),
            QT_TRANSLATE_NOOP("History", "this record merged into the other"),
            QT_TRANSLATE_NOOP("History", "waived the fee"),
        }
    ),
}


def listed(items: Iterable[str]) -> str:
    """`items` one after another with the screens' own separator (`list_separator`)."""
    return list_separator().join(items)


def list_separator() -> str:
    """What goes between the items of a list in a line: Arabic's comma is "، ", and a Latin one
    in an Arabic line reads as a slip."""
    return QCoreApplication.translate("Lists", ", ")


def word(area: str, value: str) -> str:
    """`value`, a word stored in the records of `area` (`MEMBERS`, `GRANTS`…), as the screens say
    it; anything else (a typed name) as it is."""
    return QCoreApplication.translate(area, value) if value in WORDS[area] else value
