"""The meetings' source for the global search (`services/search.py`): meetings coming up in
the next year and held in the last ten (a series' meetings included), by title, kind and place,
and actions by what is to be done and who owns it."""

from __future__ import annotations

from datetime import timedelta

from groupdesk.messages import stored_word
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.collation import match_key
from groupdesk.services.meetings.actions import list_actions
from groupdesk.services.meetings.records import list_meetings
from groupdesk.services.search import SearchEntry, SearchHit, listed
from groupdesk.services.settings import get_settings
from groupdesk.services.uow import UnitOfWork
from groupdesk.services.wording import day_text

#: How far back a meeting is still found: a decade of a monthly meeting is 120 entries.
PAST = timedelta(days=3653)


def search_entries(uow: UnitOfWork) -> list[SearchEntry]:
    """Meetings, the soonest coming up first and then the latest held, then actions."""
    locale = get_settings(uow).locale
    meetings = list_meetings(uow) + list_meetings(uow, when="past", horizon=PAST)
    entries = []
    for meeting in meetings:
        detail = ", ".join(
            filter(None, (day_text(meeting.starts_at.date(), locale), meeting.place))
        )
        words = match_key(" ".join(filter(None, (meeting.title, meeting.kind, meeting.place))))
        hit = SearchHit("meetings", "meeting", meeting.key, meeting.title, detail)
        entries.append(SearchEntry(hit, words))
    for action in list_actions(uow):
        due = (
            QT_TRANSLATE_NOOP("Search", "due {day}").format(day=day_text(action.due_on, locale))
            if action.due_on
            else None
        )
        detail = listed(stored_word("MeetingWords", action.status), due, action.owner_name)
        words = match_key(" ".join(filter(None, (action.text, action.owner_name))))
        entries.append(
            SearchEntry(SearchHit("meetings", "action", action.id, action.text, detail), words)
        )
    return entries
