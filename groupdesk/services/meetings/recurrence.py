"""Repeat rules (RFC 5545 RRULE, read and expanded by `python-dateutil`) and time zones.

Occurrences are expanded in LOCAL wall time from the series' local start, so "19:00 every second
Tuesday" is 19:00 on both sides of a clock change; the zone turns a local time into an instant
only where one is needed (what is upcoming, calendar files). No database here: the series
services and the calendar export share these functions, and property tests drive them directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from dateutil.rrule import rrule, rrulestr

from groupdesk.errors import ValidationError
from groupdesk.registry import QT_TRANSLATE_NOOP

#: Shown when a rule cannot be read.
RULE_EXAMPLE = "like FREQ=WEEKLY;INTERVAL=2;BYDAY=TU or FREQ=MONTHLY;BYDAY=-1TH"


@dataclass(frozen=True)
class RepeatRule:
    """A rule as stored on a series: the RRULE without its end, and the end apart."""

    rule: str
    end_count: int | None = None
    end_until: date | None = None


def zone_of(name: str, *, field: str = "zone") -> ZoneInfo:
    """The IANA zone `name` ("Europe/Dublin"); an unknown name is refused naming `field`."""
    try:
        return ZoneInfo(name.strip())
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError.single(
            field,
            QT_TRANSLATE_NOOP(
                "MeetingRules",
                "{name!r} is not a time zone (like Europe/London or America/Chicago)",
            ).format(name=name),
        ) from None


def local_now(now_utc: datetime, zone: str) -> datetime:
    """`now_utc` (naive UTC, as `uow.now()` gives it) as a naive local time in `zone`."""
    return now_utc.replace(tzinfo=UTC).astimezone(ZoneInfo(zone)).replace(tzinfo=None)


def parse_rule(text: str, *, starts_at: datetime, field: str = "repeat") -> RepeatRule:
    """Read an RRULE as people paste it ("RRULE:FREQ=…" or "FREQ=…"), COUNT and UNTIL taken out
    into the end. "Monthly on the 31st" becomes "on the last day of the month" (BYMONTHDAY=-1):
    a plain monthly rule would skip every shorter month, which is never what a group means."""
    body = text.strip().removeprefix("RRULE:").removeprefix("rrule:").strip().upper()
    parts: dict[str, str] = {}
    for part in filter(None, body.split(";")):
        name, equals, value = part.partition("=")
        if not equals or not value or name in parts:
            raise ValidationError.single(
                field,
                QT_TRANSLATE_NOOP(
                    "MeetingRules", "{text!r} is not a repeat rule ({example})"
                ).format(text=text, example=RULE_EXAMPLE),
            )
        parts[name] = value
    if parts.get("FREQ") not in {"DAILY", "WEEKLY", "MONTHLY", "YEARLY"}:
        raise ValidationError.single(
            field,
            QT_TRANSLATE_NOOP(
                "MeetingRules", "{text!r} needs FREQ=DAILY, WEEKLY, MONTHLY or YEARLY ({example})"
            ).format(text=text, example=RULE_EXAMPLE),
        )
    end_count: int | None = None
    end_until: date | None = None
    if "COUNT" in parts and "UNTIL" in parts:
        raise ValidationError.single(
            field,
            QT_TRANSLATE_NOOP("MeetingRules", "{text!r} has both COUNT and UNTIL; keep one").format(
                text=text
            ),
        )
    if "COUNT" in parts:
        count_text = parts.pop("COUNT")
        if not count_text.isdigit() or int(count_text) < 1:
            raise ValidationError.single(
                field,
                QT_TRANSLATE_NOOP(
                    "MeetingRules", "COUNT={count} is not a number of meetings"
                ).format(count=count_text),
            )
        end_count = int(count_text)
    if "UNTIL" in parts:
        until_text = parts.pop("UNTIL")
        try:
            end_until = datetime.strptime(until_text[:8], "%Y%m%d").date()
        except ValueError:
            raise ValidationError.single(
                field,
                QT_TRANSLATE_NOOP(
                    "MeetingRules", "UNTIL={until} is not a date like 20271231"
                ).format(until=until_text),
            ) from None
    if (
        parts["FREQ"] == "MONTHLY"
        and not {"BYDAY", "BYSETPOS"} & parts.keys()
        and parts.get("BYMONTHDAY", str(starts_at.day)) == "31"
    ):
        parts["BYMONTHDAY"] = "-1"
    rule = ";".join(f"{name}={value}" for name, value in parts.items())
    try:
        rrulestr(rule, dtstart=starts_at)
    except (ValueError, TypeError):
        raise ValidationError.single(
            field,
            QT_TRANSLATE_NOOP("MeetingRules", "{text!r} is not a repeat rule ({example})").format(
                text=text, example=RULE_EXAMPLE
            ),
        ) from None
    return RepeatRule(rule, end_count, end_until)


def as_rrule(repeat: RepeatRule, starts_at: datetime) -> rrule:
    """The dateutil rule with its end, from the local start."""
    until = datetime.combine(repeat.end_until, time.max) if repeat.end_until else None
    parsed = rrulestr(repeat.rule, dtstart=starts_at)
    assert isinstance(parsed, rrule)  # one RRULE, never a set (parse_rule checked it)
    return parsed.replace(count=repeat.end_count, until=until)


def expand(
    repeat: RepeatRule, starts_at: datetime, *, start: datetime, end: datetime
) -> list[datetime]:
    """The local starts of the occurrences in [start, end)."""
    return [
        when for when in as_rrule(repeat, starts_at).between(start, end, inc=True) if when < end
    ]


def rrule_text(repeat: RepeatRule, zone: str) -> str:
    """The full RRULE value for a calendar file: the end as COUNT, or UNTIL as a UTC instant
    (RFC 5545 wants UNTIL in UTC when DTSTART has a zone)."""
    if repeat.end_count is not None:
        return f"{repeat.rule};COUNT={repeat.end_count}"
    if repeat.end_until is not None:
        last = datetime.combine(repeat.end_until, time(23, 59, 59), tzinfo=ZoneInfo(zone))
        return f"{repeat.rule};UNTIL={last.astimezone(UTC):%Y%m%dT%H%M%SZ}"
    return repeat.rule
