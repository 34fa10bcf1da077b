"""The rules for a member's fields: what each may hold, and the message when it does not.

Shared by adding and editing (GUI and CLI) and by CSV import, so a value refused in one place is
refused with the same words everywhere. Values may arrive typed (dates, booleans from the GUI)
or as text (the CLI's `--set`, a CSV cell); text is parsed here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from functools import lru_cache
from typing import Any, NamedTuple

from groupdesk.errors import ValidationError
from groupdesk.messages import sentence, stored_word
from groupdesk.models.members import CONSENT_KINDS, CONSENT_METHODS, MEMBER_STATUSES, Member
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.collation import sort_key
from groupdesk.services.text_rules import takes_several_lines, typed_text

#: Free-text fields and their longest length (None: no limit but MAX_TEXT).
TEXT_FIELDS: dict[str, int] = {
    "full_name": 200,
    "preferred_name": 200,
    "pronouns": 50,
    "email": 254,
    "phone": 40,
    "address": 1000,
    "languages": 200,
    "accessibility_needs": 2000,
    "notes": 10_000,
}
DATE_FIELDS = ("joined_on", "left_on", *(f"consent_{k}_on" for k in CONSENT_KINDS))
BOOL_FIELDS = tuple(f"consent_{k}" for k in CONSENT_KINDS)
HOW_FIELDS = tuple(f"consent_{k}_how" for k in CONSENT_KINDS)
#: Every field a person may set, in the order forms and exports show them.
EDITABLE_FIELDS: tuple[str, ...] = (
    "full_name",
    "preferred_name",
    "pronouns",
    "email",
    "phone",
    "address",
    "languages",
    "accessibility_needs",
    "status",
    "joined_on",
    "left_on",
    "notes",
    *(
        f
        for kind in CONSENT_KINDS
        for f in (f"consent_{kind}", f"consent_{kind}_on", f"consent_{kind}_how")
    ),
)

_EMAIL = re.compile(
    r"[^@\s\"(),:;<>\[\]\\]{1,64}@(?=.{1,253}$)(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+[^\W\d_]{2,63}"
)
_TRUE = {"yes", "y", "true", "1", "x", "✓", "✔", "oui", "si", "sí", "ja"}
_FALSE = {"no", "n", "false", "0", "", "non"}
_DATE_SEPARATORS = re.compile(r"[./-]")
#: Countries whose English name takes "the" ("in the United Kingdom").
_THE_COUNTRIES = frozenset({"GB", "US", "NL", "AE", "PH", "CZ", "DO", "CF", "BS", "GM", "VA"})


def phone_region(locale: str) -> str | None:
    """The country whose phone numbers may be written without +code, from the group's locale.

    `en_GB` gives GB; a locale without a country (`fr`) gives its likely one (FR)."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global

    try:
        parsed = Locale.parse(locale.replace("-", "_"))
    except (UnknownLocaleError, ValueError):
        return None
    if parsed.territory:
        return parsed.territory
    likely = get_global("likely_subtags").get(parsed.language, "")
    parts = likely.split("_")
    return parts[-1] if len(parts) > 1 and parts[-1].isalpha() and parts[-1].isupper() else None


def _date_order(locale: str | None) -> str:
    """'dmy', 'mdy' or 'ymd': the order of a short date written in `locale` (for CSV cells)."""
    if not locale:
        return "dmy"
    from babel import Locale, UnknownLocaleError
    from babel.dates import get_date_format

    try:
        pattern = get_date_format("short", locale=Locale.parse(locale)).pattern
    except (UnknownLocaleError, ValueError):
        return "dmy"
    order = ""
    for char in pattern:
        letter = {"d": "d", "M": "m", "y": "y", "L": "m"}.get(char)
        if letter and letter not in order:
            order += letter
    return order if len(order) == 3 else "dmy"


def parse_date(text: str, *, locale: str | None = None) -> date:
    """An ISO date (2024-05-03), or a short date in the locale's order with a 4-digit year
    (03/05/2024 in en_GB, 5/3/2024 in en_US). Raises ValueError with the sentence to show."""
    raw = text.strip()
    try:
        return date.fromisoformat(raw)
    except ValueError:
        pass
    hint = QT_TRANSLATE_NOOP("MemberFields", "write it as YYYY-MM-DD, like 2024-05-03")
    parts = _DATE_SEPARATORS.split(raw)
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        order = _date_order(locale)
        if len(parts[0]) == 4:
            order = "ymd"
        by_letter = dict(zip(order, parts, strict=True))
        if len(by_letter["y"]) == 4:
            try:
                return date(int(by_letter["y"]), int(by_letter["m"]), int(by_letter["d"]))
            except ValueError:
                raise ValueError(
                    QT_TRANSLATE_NOOP(
                        "MemberFields", "{text!r} is not a day of the calendar"
                    ).format(text=text)
                ) from None
        raise ValueError(
            QT_TRANSLATE_NOOP("MemberFields", "{text!r} has a two-digit year; {hint}").format(
                text=text, hint=hint
            )
        )
    raise ValueError(
        QT_TRANSLATE_NOOP("MemberFields", "{text!r} is not a date; {hint}").format(
            text=text, hint=hint
        )
    )


def parse_bool(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if value is None:
        return False
    text = str(value).strip().casefold()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    raise ValueError(
        QT_TRANSLATE_NOOP("MemberFields", "{value!r} is not yes or no").format(value=value)
    )


def check_email(text: str) -> str:
    """The address with its domain in lower case; ValueError when it is not an address."""
    email = text.strip()
    if not _EMAIL.fullmatch(email) or ".." in email:
        raise ValueError(
            QT_TRANSLATE_NOOP("MemberFields", "{text!r} is not an email address").format(text=text)
        )
    local, _, domain = email.rpartition("@")
    return f"{local}@{domain.lower()}"


@lru_cache(maxsize=4096)
def check_phone(text: str, *, region: str | None) -> str:
    """The number in international form (+44 20 7946 0018); ValueError with the reason if not.

    Numbers are checked for a possible length in their country, not against the list of
    ranges in service (that list changes and refuses numbers people really use, and the
    fictional ranges used in examples). Remembered: the answer depends on the text and the
    country alone, and an import meets a family's or an office's number many times."""
    import phonenumbers
    from phonenumbers import NumberParseException, ValidationResult

    try:
        number = phonenumbers.parse(text, region)
    except NumberParseException as problem:
        if problem.error_type == NumberParseException.INVALID_COUNTRY_CODE:
            needs_code = (
                QT_TRANSLATE_NOOP(
                    "MemberFields", "{text!r} needs its country code, like +44 20 7946 0018"
                )
                if region
                else QT_TRANSLATE_NOOP(
                    "MemberFields",
                    "{text!r} needs its country code, like +44 20 7946 0018 (or set the "
                    "group's country in Settings)",
                )
            )
            raise ValueError(needs_code.format(text=text)) from None
        if problem.error_type in (
            NumberParseException.TOO_SHORT_NSN,
            NumberParseException.TOO_SHORT_AFTER_IDD,
        ):
            raise ValueError(_wrong_length(text, region, too="short")) from None
        if problem.error_type == NumberParseException.TOO_LONG:
            raise ValueError(_wrong_length(text, region, too="long")) from None
        raise ValueError(_not_a_phone(text)) from None
    if re.search(r"[^\d\s+().\-/]", re.sub(r"(?i)\s*(ext\.?|x)\s*\d+$", "", text.strip())):
        raise ValueError(_not_a_phone(text))
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == ValidationResult.TOO_SHORT:
        raise ValueError(_wrong_length(text, region, too="short"))
    if reason == ValidationResult.TOO_LONG:
        raise ValueError(_wrong_length(text, region, too="long"))
    if reason == ValidationResult.INVALID_COUNTRY_CODE:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "MemberFields", "{text!r} starts with a country code that does not exist"
            ).format(text=text)
        )
    if reason != ValidationResult.IS_POSSIBLE:
        raise ValueError(_wrong_length(text, region, too="many"))
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)


def _not_a_phone(text: str) -> str:
    return QT_TRANSLATE_NOOP("MemberFields", "{text!r} is not a phone number").format(text=text)


def _wrong_length(text: str, region: str | None, *, too: str) -> str:
    """The number is too short, too long or has the wrong number of digits (`too`: "short",
    "long", "many"), in the group's country when it has one."""
    if region is None:
        sentence = {
            "short": QT_TRANSLATE_NOOP("MemberFields", "{text!r} is too short for a phone number"),
            "long": QT_TRANSLATE_NOOP("MemberFields", "{text!r} is too long for a phone number"),
            "many": QT_TRANSLATE_NOOP(
                "MemberFields", "{text!r} has the wrong number of digits for a phone number"
            ),
        }[too]
        return sentence.format(text=text)
    # The country's English name ("the United Kingdom"): a translation says "the group's country".
    in_country = {
        "short": QT_TRANSLATE_NOOP(
            "MemberFields", "{text!r} is too short for a phone number in {country}"
        ),
        "long": QT_TRANSLATE_NOOP(
            "MemberFields", "{text!r} is too long for a phone number in {country}"
        ),
        "many": QT_TRANSLATE_NOOP(
            "MemberFields",
            "{text!r} has the wrong number of digits for a phone number in {country}",
        ),
    }[too]
    return in_country.format(text=text, country=_country_name(region))


def _country_name(region: str) -> str:
    from babel import Locale

    name = str(Locale("en").territories.get(region, region))
    return f"the {name}" if region in _THE_COUNTRIES else name


def _clean_text(field: str, value: object) -> str | None:
    text = "" if value is None else str(value).strip()
    if len(text) > TEXT_FIELDS[field]:
        raise ValueError(
            QT_TRANSLATE_NOOP("MemberFields", "keep it under %n characters", "", 0).format(
                n=TEXT_FIELDS[field]
            )
        )
    return text or None


class _Setting(NamedTuple):
    """What the rules of some fields depend on: the group's country and locale, and today."""

    region: str | None
    today: date
    locale: str | None


def _clean_bool(_field: str, value: object, _setting: _Setting) -> bool:
    return parse_bool(value)


def _clean_date(_field: str, value: object, setting: _Setting) -> date | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    parsed = value if isinstance(value, date) else parse_date(str(value), locale=setting.locale)
    if parsed > setting.today:
        raise ValueError(
            QT_TRANSLATE_NOOP("MemberFields", "{day} is in the future").format(day=parsed)
        )
    return parsed


def _clean_how(_field: str, value: object, _setting: _Setting) -> str | None:
    text = "" if value is None else str(value).strip().casefold()
    if not text:
        return None
    if text not in CONSENT_METHODS:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "MemberFields",
                "{value!r} is not a way of giving consent; choose form, email or in person",
            ).format(value=value)
        )
    return text


def _clean_status(_field: str, value: object, _setting: _Setting) -> str:
    text = "" if value is None else str(value).strip().casefold()
    if text not in MEMBER_STATUSES:
        raise ValueError(
            QT_TRANSLATE_NOOP(
                "MemberFields", "{value!r} is not a status; choose active, inactive or left"
            ).format(value=value)
        )
    return text


def _clean_email(field: str, value: object, _setting: _Setting) -> str | None:
    cleaned = _clean_text(field, value)
    return None if cleaned is None else check_email(cleaned)


def _clean_phone(field: str, value: object, setting: _Setting) -> str | None:
    cleaned = _clean_text(field, value)
    return None if cleaned is None else check_phone(cleaned, region=setting.region)


def _clean_free_text(field: str, value: object, _setting: _Setting) -> str | None:
    return _clean_text(field, value)


def _cleaner(field: str) -> Callable[[str, object, _Setting], object]:
    if field in BOOL_FIELDS:
        return _clean_bool
    if field in DATE_FIELDS:
        return _clean_date
    if field in HOW_FIELDS:
        return _clean_how
    special = {"status": _clean_status, "email": _clean_email, "phone": _clean_phone}
    return special.get(field, _clean_free_text)


#: Each field's rule, chosen once: an import runs them for every cell of every row.
_CLEANERS = {field: _cleaner(field) for field in EDITABLE_FIELDS}
#: What an empty value is, for the fields that may be empty (most cells of an import are).
_WHEN_EMPTY: dict[str, object] = {
    field: False if field in BOOL_FIELDS else None for field in EDITABLE_FIELDS if field != "status"
}
_SEVERAL_LINES = frozenset(f for f in EDITABLE_FIELDS if takes_several_lines(Member, f))


class _Refused(NamedTuple):
    """A cell's value refused, and why (a sentence)."""

    message: str


def _clean_cell(field: str, value: object, setting: _Setting) -> object:
    """One field's value checked and normalised, or `_Refused` saying why not."""
    if value == "" and field in _WHEN_EMPTY:
        return _WHEN_EMPTY[field]
    try:
        cleaner = _CLEANERS.get(field)
        if cleaner is None:
            raise ValueError(
                "there is no such member field; fields are " + ", ".join(EDITABLE_FIELDS)
            )
        if isinstance(value, str) and value:
            value = typed_text(value, several_lines=field in _SEVERAL_LINES)
        return cleaner(field, value, setting)
    except ValueError as problem:
        return _Refused(sentence(problem))


def clean_member_values(
    raw: Mapping[str, object],
    *,
    region: str | None,
    today: date,
    current: Mapping[str, Any] | None = None,
    locale: str | None = None,
) -> dict[str, object]:
    """Checked and normalised values for the fields in `raw` (a new member when `current` is
    None, else the changes to `current`). Raises one ValidationError naming every bad field.

    Rules: a full name is required; email and phone must look real (phone in the group's
    country unless it starts with +); dates are real and not in the future; a member who left
    has status 'left' and did not leave before joining (a change of status to left dates the
    leaving today, and back again clears it, unless a leaving date is given); consent is
    yes/no, with how it was given (form, email, in person). Changing a consent without a date
    dates it today.
    """
    errors: dict[str, str] = {}
    clean: dict[str, object] = {}
    setting = _Setting(region, today, locale)
    for field, value in raw.items():
        cleaned = _clean_cell(field, value, setting)
        if type(cleaned) is _Refused:
            errors[field] = cleaned.message
        else:
            clean[field] = cleaned
    return _across_fields(
        clean, errors, current=current, left_on_given="left_on" in raw, today=today
    )


class CheckedMembers(NamedTuple):
    """New members' values checked a field at a time (`clean_new_members`)."""

    #: Field → each row's clean value (every field a member has, and the sort key); what a
    #: refused row's place holds says nothing.
    columns: dict[str, list[object]]
    #: The place of each refused row → the error checking it alone raises.
    refused: dict[int, ValidationError]

    def row(self, at: int) -> dict[str, object]:
        """The clean values of the row at `at` (one not refused), as `clean_member_values`
        gives them: made only for the rows asked for, not for every row of an import."""
        return {field: column[at] for field, column in self.columns.items()}


def clean_new_members(
    columns: Mapping[str, Sequence[object]], *, region: str | None, today: date, locale: str | None
) -> CheckedMembers:
    """`clean_member_values` of each row of a table given a field at a time (field → each
    row's value; a name at least), as new members: the clean values a field at a time, and
    the error it would raise for each row it refuses. The rules run a column at a time, each
    distinct value (or the distinct dates and statuses together) once: an import's statuses,
    dates, consents and languages are a few values over and over. A row that breaks any rule
    is checked alone, so it is told exactly as `clean_member_values` tells it."""
    setting = _Setting(region, today, locale)
    cleaned: dict[str, list[object]] = {}
    refused: set[int] = set()
    for field, values in columns.items():
        memo = {value: _clean_cell(field, value, setting) for value in set(values)}
        cleaned[field] = list(map(memo.__getitem__, values))
        if any(type(value) is _Refused for value in memo.values()):
            refused.update(at for at, value in enumerate(values) if type(memo[value]) is _Refused)
    count = len(next(iter(cleaned.values())))
    for field in EDITABLE_FIELDS:
        if field not in cleaned:
            cleaned[field] = [_default(field)] * count
    names = cleaned["full_name"]
    refused.update(at for at, name in enumerate(names) if not name)
    refused.update(_dates_refused(cleaned["joined_on"], cleaned["left_on"], cleaned["status"]))
    keys = {name: sort_key(str(name)) for name in set(names)}
    cleaned["sort_key"] = list(map(keys.__getitem__, names))
    errors: dict[int, ValidationError] = {}
    for at in refused:  # told as a row's alone is
        row = {field: values[at] for field, values in columns.items()}
        try:
            alone = clean_member_values(row, region=region, today=today, locale=locale)
        except ValidationError as problem:
            errors[at] = problem
        else:  # not refused after all: its place in the columns holds its values
            for field, value in alone.items():
                cleaned[field][at] = value
    return CheckedMembers(cleaned, errors)


def _dates_refused(joined: list[object], left: list[object], status: list[object]) -> list[int]:
    """The rows whose joining and leaving dates and status break `_check_dates`' rules, each
    distinct three checked once."""
    three = list(zip(joined, left, status, strict=True))
    broken = set()
    for joined_on, left_on, state in set(three):
        given = {"joined_on": joined_on, "left_on": left_on, "status": state}
        errors: dict[str, str] = {}
        _check_dates(given, given, errors)
        if errors:
            broken.add((joined_on, left_on, state))
    return [at for at, dates in enumerate(three) if dates in broken] if broken else []


def _across_fields(
    clean: dict[str, object],
    errors: dict[str, str],
    *,
    current: Mapping[str, Any] | None,
    left_on_given: bool,
    today: date,
) -> dict[str, object]:
    """The rules across fields, once each field given is clean (`errors` holds those that are
    not): defaults for a new member, the leaving date, the name, the dates' order, consents
    dated. Raises ValidationError naming every bad field."""
    if current is None:
        for field in EDITABLE_FIELDS:
            if field not in clean:
                clean[field] = _default(field)
    if current is not None and "status" in clean and not left_on_given:
        _date_the_leaving(clean, current, today)
    merged = {**(current or {}), **clean}
    if "full_name" in clean and not clean["full_name"] and "full_name" not in errors:
        errors["full_name"] = QT_TRANSLATE_NOOP("MemberFields", "a member needs a name")
    _check_dates(clean, merged, errors)
    for kind in CONSENT_KINDS:
        flag = f"consent_{kind}"
        changed = current is not None and flag in clean and clean[flag] != current.get(flag)
        if changed and f"{flag}_on" not in clean:
            clean[f"{flag}_on"] = today
    if errors:
        raise ValidationError(errors)
    if "full_name" in clean:
        clean["sort_key"] = sort_key(str(clean["full_name"]))
    return clean


def _date_the_leaving(clean: dict[str, object], current: Mapping[str, Any], today: date) -> None:
    """A member set to left left today; one set back to active or inactive has come back, so
    the old leaving date no longer says anything about them (history keeps it). Only on an
    edit: a member added or imported as left may have left any time, so no date is invented."""
    if clean["status"] == "left" and current.get("status") != "left" and not current.get("left_on"):
        clean["left_on"] = today
    elif clean["status"] != "left" and current.get("left_on") is not None:
        clean["left_on"] = None


def _default(field: str) -> object:
    if field in BOOL_FIELDS:
        return False
    if field == "status":
        return "active"
    return None


def _check_dates(
    clean: dict[str, object], merged: Mapping[str, Any], errors: dict[str, str]
) -> None:
    joined, left, status = merged.get("joined_on"), merged.get("left_on"), merged.get("status")
    touched = {"joined_on", "left_on", "status"} & clean.keys()
    if not touched or {"joined_on", "left_on", "status"} & errors.keys():
        return
    if isinstance(joined, date) and isinstance(left, date) and left < joined:
        field = "left_on" if "left_on" in clean else "joined_on"
        errors[field] = QT_TRANSLATE_NOOP(
            "MemberFields", "the leaving date {left} is before the joining date {joined}"
        ).format(left=left, joined=joined)
    elif left is not None and status != "left":
        errors["left_on"] = QT_TRANSLATE_NOOP(
            "MemberFields",
            "only a member who has left has a leaving date; set the status to left (it is "
            "{status})",
        ).format(status=stored_word("MemberWords", str(status)))
