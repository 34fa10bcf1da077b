"""Fields and dates in the group's words, for text that services and the command line write.

One vocabulary: a message, a history line or a report says "Joined" or "Follow-up done", never
`joined_on` or `follow_up_done_on` (the GUI puts a message beside its field; the CLI says the
option when the command has one). One date format: Babel's medium date in the group's locale
("4 Dec 2026" in en_GB, "4 déc. 2026" in fr_FR), with the time of day where a moment matters,
in this computer's time zone. JSON output stays ISO 8601. No Qt here: the GUI's `Formats.day`
writes days through `day_text` too. A name a person typed goes into a GUI sentence through
`isolate`; the CLI, PDFs and CSV files write it plain.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime
from functools import lru_cache

#: Fields whose words are not their name with the underscores taken out.
_LABELS = {
    "full_name": "Full name",
    "joined_on": "Joined",
    "left_on": "Left",
    "follow_up_on": "Follow-up",
    "follow_up_done_on": "Follow-up done",
    "checked_on": "Date",
    "by_id": "By",
    "erased_at": "Forgotten",
    "merged_into_id": "Merged into",
    "accessibility_needs": "Accessibility needs",
    "out_on": "Lent",
    "loan_days": "Loan period (days)",
    "buffer_days": "Days kept free between bookings",
    "kept_reason": "Why deposit kept",
    "from_due": "Was due",
    "to_due": "Now due",
    "extended_on": "Extended",
    "starts_on": "From",
    "ends_on": "Until",
    "requested": "Amount requested",
    "awarded": "Amount awarded",
    "line_id": "Budget line",
    "decision_on": "Decided",
    "funder_reference": "Funder's reference",
    "refused_reason": "Reason refused",
    "needs_report_id": "Waits on report",
    "received_payment_id": "Received as",
    "entry_on": "Date",
    "report_back": "Report back",
}


def isolate(text: str) -> str:
    """`text` in a first-strong isolate (U+2068 … U+2069), for a name put into a GUI sentence.

    Without it an Arabic or Hebrew name takes the words and the full stop beside it into its own
    right-to-left run ("Deleted سارة أحمد." shows the stop on the wrong side). Only for text
    shown on screen: a PDF font may lack the marks and a spreadsheet cell would keep them.
    """
    return f"\u2068{text}\u2069"


_DOUBLED = re.compile("\u2068\u2068([^\u2068\u2069]*)\u2069\u2069")


def isolated_once(text: str) -> str:
    """`text` with each value isolated twice isolated once: an Arabic translation isolates
    every placeholder, and the code has already isolated the name or day it puts there."""
    return _DOUBLED.sub("\u2068\\1\u2069", text)


def field_label(field: str) -> str:
    """A field as a person would name it: 'joined_on' → 'Joined', 'consent_photo' → 'Consent
    photo', 'started_on' → 'Started'."""
    if field in _LABELS:
        return _LABELS[field]
    words = field.removesuffix("_id").removesuffix("_on").removesuffix("_at").replace("_", " ")
    return words[:1].upper() + words[1:]


@lru_cache(maxsize=4096)
def day_text(day: date | None, locale: str) -> str:
    """'4 Dec 2026' in en_GB, '4 déc. 2026' in fr_FR; no day is '—'.

    Remembered per (day, locale), which alone decide it: a list words the same few hundred
    days over and over (the Meetings page's first 1,000 rows and actions, 0.2 s of Babel at
    100,000 members; about 0.1 ms a day, a lookup 0.1 µs)."""
    from babel.dates import format_date

    return "—" if day is None else format_date(day, format="medium", locale=locale)


def days_text(first: date, last: date, locale: str) -> str:
    """Whole days from `first` to `last` the group's way: '3–5 Jun 2026', '30 May – 2 Jun
    2026' in en_GB, '3–5 juin 2026' in fr_FR; one day as that day."""
    from babel.dates import format_interval

    return format_interval(first, last, "yMMMd", locale=locale)


def stored_day(value: object) -> date | None:
    """The day a stored field value holds ('2024-03-01', as the change log keeps days), else
    None."""
    if isinstance(value, str) and len(value) == 10 and value[4] == "-" and value[7] == "-":
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def value_text(value: object, day: Callable[[date], str]) -> str:
    """A stored field value as history shows it: a day written by `day` (the group's way),
    yes/no for a flag, nothing as '—', anything else as it is."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "yes" if value else "no"
    found = stored_day(value)
    return day(found) if found else str(value)


def moment_text(moment: datetime | str | None, locale: str) -> str:
    """A stored moment (UTC; naive means UTC) in this computer's time zone: '4 Dec 2026 17:47'.

    Takes a datetime, an ISO string (a sync report's `finished_at`) or a backup's
    '2026-11-24 16:36:16 UTC'; any other text is shown as it is."""
    from babel.dates import format_time

    if not moment:
        return "—"
    if isinstance(moment, str):
        try:
            parsed = datetime.fromisoformat(moment.removesuffix(" UTC").removesuffix("Z"))
        except ValueError:
            return moment
        return moment_text(parsed, locale)
    local = (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone()
    return f"{day_text(local.date(), locale)} {format_time(local, format='short', locale=locale)}"
