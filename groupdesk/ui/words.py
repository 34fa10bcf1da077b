"""The words the records store (a member's status, a meeting's kind, a grant's state…) as the
screens say them. The models keep them in English, as the database, the CLI and sync use them;
they are marked here for lupdate, in one context per area (Spanish, say, gives "withdrawn" a
gender by what was withdrawn)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from groupdesk.registry import QT_TRANSLATE_NOOP

MEMBERS = "MemberWords"
MEETINGS = "MeetingWords"
RESOURCES = "ResourceWords"
GRANTS = "GrantWords"

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
            QT_TRANSLATE_NOOP("GrantWords", "claimed"),
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
}


def word(area: str, value: str) -> str:
    """`value`, a word stored in the records of `area` (`MEMBERS`, `GRANTS`…), as the screens say
    it; anything else (a typed name) as it is."""
    return QCoreApplication.translate(area, value) if value in WORDS[area] else value
