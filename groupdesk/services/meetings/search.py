"""The meetings' source for the global search (`services/search.py`): meetings coming up in
the next year and held in the last ten (a series' meetings included), by title, kind and place,
and actions by what is to be done and who owns it (read as the actions list orders them, with
only the columns a hit shows: `list_actions` took 36 ms for 1,632 actions, this 10 ms)."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from groupdesk.messages import stored_word
from groupdesk.models.meetings import ActionItem
from groupdesk.models.members import Member
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.collation import memo_fold
from groupdesk.services.meetings.actions import LIST_ORDER
from groupdesk.services.meetings.records import list_meetings
from groupdesk.services.rows import FORGOTTEN_NAME
from groupdesk.services.search import SearchHit, SearchRecords, listed
from groupdesk.services.settings import get_settings
from groupdesk.services.uow import UnitOfWork
from groupdesk.services.wording import day_text

#: How far back a meeting is still found: a decade of a monthly meeting is 120 entries.
PAST = timedelta(days=3653)

#: A meeting as the index keeps it: key, title, day, place.
_Meeting = tuple[str, str, date, str | None]
#: An action: id, text, status, due day, owner's name.
_Action = tuple[str, str, str, date | None, str | None]


def search_entries(uow: UnitOfWork) -> list[SearchRecords]:
    """Meetings, the soonest coming up first and then the latest held, then actions."""
    locale = get_settings(uow).locale
    fold = memo_fold()  # a series' meetings share their words
    occurrences = list_meetings(uow) + list_meetings(uow, when="past", horizon=PAST)
    meetings: list[_Meeting] = [
        (meeting.key, meeting.title, meeting.starts_at.date(), meeting.place)
        for meeting in occurrences
    ]
    meeting_texts = [
        fold(" ".join(filter(None, (meeting.title, meeting.kind, meeting.place))))
        for meeting in occurrences
    ]
    with uow:
        owned = uow.session.connection().execute(
            select(
                ActionItem.id,
                ActionItem.text,
                ActionItem.status,
                ActionItem.due_on,
                Member.full_name,
                Member.erased_at,
            )
            .outerjoin(Member, Member.id == ActionItem.owner_id)
            .where(ActionItem.deleted_at.is_(None))
            .order_by(*LIST_ORDER)
        )
        actions: list[_Action] = [
            (action_id, text, status, due_on, FORGOTTEN_NAME if erased_at is not None else owner)
            for action_id, text, status, due_on, owner, erased_at in owned
        ]

    def meeting_hit(meeting: _Meeting) -> SearchHit:
        key, title, day, place = meeting
        detail = ", ".join(filter(None, (day_text(day, locale), place)))
        return SearchHit("meetings", "meeting", key, title, detail)

    def action_hit(action: _Action) -> SearchHit:
        action_id, text, status, due_on, owner = action
        due = (
            QT_TRANSLATE_NOOP("Search", "due {day}").format(day=day_text(due_on, locale))
            if due_on
            else None
        )
        detail = listed(stored_word("MeetingWords", status), due, owner)
        return SearchHit("meetings", "action", action_id, text, detail)

    return [
        SearchRecords("meeting", meetings, meeting_texts, meeting_hit),
        SearchRecords(
            "action",
            actions,
            [fold(" ".join(filter(None, (text, owner)))) for _, text, _, _, owner in actions],
            action_hit,
        ),
    ]
