"""The group's settings: created once by `init` or the demo, edited from the Settings page."""

from __future__ import annotations

import calendar
import functools
from collections.abc import Callable
from dataclasses import fields
from datetime import date
from pathlib import Path

from sqlalchemy import select

from groupdesk.errors import Remedy, SetupError, ValidationError
from groupdesk.models.settings import GroupSettings
from groupdesk.registry import QT_TRANSLATE_NOOP
from groupdesk.services.group_values import FALLBACK_DEFAULTS
from groupdesk.services.group_values import GroupSettingsData as GroupSettingsData
from groupdesk.services.uow import UnitOfWork

PAPER_SIZES = ("A4", "Letter")


EDITABLE = frozenset(f.name for f in fields(GroupSettingsData)) - {"id"}


def _data(row: GroupSettings) -> GroupSettingsData:
    return GroupSettingsData(**{f.name: getattr(row, f.name) for f in fields(GroupSettingsData)})


def _live_row(uow: UnitOfWork) -> GroupSettings | None:
    return uow.session.scalars(
        select(GroupSettings).where(GroupSettings.deleted_at.is_(None)).order_by(GroupSettings.id)
    ).first()


def has_group(uow: UnitOfWork) -> bool:
    with uow:
        return _live_row(uow) is not None


def get_settings(uow: UnitOfWork) -> GroupSettingsData:
    with uow:
        row = _live_row(uow)
        if row is None:
            raise SetupError("This data folder has no group yet.")
        return _data(row)


def parse_financial_year_start(text: str) -> tuple[int, int]:
    """'MM-DD' (e.g. '04-06') to (month, day), refusing dates that do not exist."""
    try:
        month_text, day_text = text.strip().split("-")
        month, day = int(month_text), int(day_text)
    except ValueError:
        raise ValidationError.single(
            "financial_year_start",
            QT_TRANSLATE_NOOP("GroupSettings", "{text!r} is not a month and day like 04-01").format(
                text=text
            ),
        ) from None
    _check_year_start(month, day)
    return month, day


def _check_year_start(month: int, day: int) -> None:
    if not 1 <= month <= 12 or not 1 <= day <= calendar.monthrange(2023, month)[1]:
        raise ValidationError.single(
            "financial_year_start",
            QT_TRANSLATE_NOOP("GroupSettings", "{day} is not a day of the year").format(
                day=f"{month:02d}-{day:02d}"
            ),
        )


@functools.cache
def current_currencies() -> frozenset[str]:
    """ISO 4217 codes legal tender somewhere today (not the old DEM, nor the codes for testing)."""
    from babel.core import get_global
    from babel.numbers import get_territory_currencies

    today = date.today()
    return frozenset(
        code
        for territory in get_global("territory_currencies")
        for code in get_territory_currencies(territory, today, tender=True)
    )


#: Where Letter paper is the norm (the rest of the world prints on A4).
LETTER_TERRITORIES = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "PR"})


def defaults_for_locale(code: str) -> tuple[str, str, str]:
    """(locale, currency, paper size) to offer a new group on a computer set to `code`
    ('fr_CA' → fr_CA, CAD, Letter), so most volunteers only confirm them."""
    from babel import Locale, UnknownLocaleError
    from babel.numbers import get_territory_currencies

    try:
        locale = Locale.parse(code.split(".")[0].split("@")[0].replace("-", "_"))
    except (ValueError, TypeError, UnknownLocaleError):
        return FALLBACK_DEFAULTS
    # Babel 2.19 reads "C" and "POSIX" (a computer with no language set) as en_US_POSIX:
    # that is no choice of the volunteer's, so it gets the fallback, not US dollars and Letter.
    if not locale.territory or locale.variant == "POSIX":
        return FALLBACK_DEFAULTS
    currencies = [
        c
        for c in get_territory_currencies(locale.territory, date.today(), tender=True)
        if c in current_currencies()
    ]
    if not currencies:
        return FALLBACK_DEFAULTS
    paper = "Letter" if locale.territory in LETTER_TERRITORIES else "A4"
    return str(locale), currencies[0], paper


def validate(values: dict[str, object]) -> dict[str, object]:
    """Check and normalise settings values; raises one ValidationError naming every bad field."""
    from babel import Locale, UnknownLocaleError

    errors: dict[str, str] = {}
    clean = dict(values)
    if "name" in values:
        name = str(values["name"] or "").strip()
        if not name:
            errors["name"] = QT_TRANSLATE_NOOP("GroupSettings", "the group needs a name")
        elif len(name) > 200:
            errors["name"] = QT_TRANSLATE_NOOP(
                "GroupSettings", "keep the name under 200 characters"
            )
        clean["name"] = name
    if "currency" in values:
        currency = str(values["currency"] or "").strip().upper()
        if currency not in current_currencies():
            errors["currency"] = QT_TRANSLATE_NOOP(
                "GroupSettings", "{code!r} is not an ISO 4217 currency code (like EUR, GBP, USD)"
            ).format(code=values["currency"])
        clean["currency"] = currency
    if "locale" in values:
        locale = str(values["locale"] or "").strip().replace("-", "_")
        try:
            locale = str(Locale.parse(locale))  # canonical spelling: "en-gb" is kept as "en_GB"
        except (UnknownLocaleError, ValueError):
            errors["locale"] = QT_TRANSLATE_NOOP(
                "GroupSettings", "{locale!r} is not a locale (like en_GB, fr_FR, ar_EG)"
            ).format(locale=values["locale"])
        clean["locale"] = locale
    if "paper_size" in values:
        paper = {p.lower(): p for p in PAPER_SIZES}.get(str(values["paper_size"]).strip().lower())
        if paper is None:
            errors["paper_size"] = QT_TRANSLATE_NOOP(
                "GroupSettings", "{paper!r} is not a paper size; choose A4 or Letter"
            ).format(paper=values["paper_size"])
        clean["paper_size"] = paper
    if "financial_year_start_month" in values or "financial_year_start_day" in values:
        try:
            month = int(values.get("financial_year_start_month", 1))  # type: ignore[call-overload]
            day = int(values.get("financial_year_start_day", 1))  # type: ignore[call-overload]
            _check_year_start(month, day)
            for key, number in (("month", month), ("day", day)):
                if f"financial_year_start_{key}" in values:
                    clean[f"financial_year_start_{key}"] = number
        except ValidationError as problem:
            errors.update(problem.errors)
        except (TypeError, ValueError):
            errors["financial_year_start"] = QT_TRANSLATE_NOOP(
                "GroupSettings", "give the month and day as numbers, like 04-01"
            )
    if "not_seen_weeks" in values:
        weeks = values["not_seen_weeks"]
        if not isinstance(weeks, int) or not 1 <= weeks <= 104:
            errors["not_seen_weeks"] = QT_TRANSLATE_NOOP(
                "GroupSettings", "{weeks!r} is not a number of weeks from 1 to 104"
            ).format(weeks=weeks)
    errors.update(_meeting_rule_errors(values, clean))
    unknown = set(values) - EDITABLE
    for key in sorted(unknown):
        errors[key] = "is not a group setting"
    if errors:
        raise ValidationError(errors)
    return clean


def _meeting_rule_errors(values: dict[str, object], clean: dict[str, object]) -> dict[str, str]:
    """Check the quorum and the decision rule as the meetings area reads them, and store each
    in its one spelling ("6/10" as "3/5")."""
    from groupdesk.services.meetings.outcomes import parse_quorum, parse_rule

    errors: dict[str, str] = {}
    readers: dict[str, Callable[[str], str]] = {
        "quorum": lambda text: parse_quorum(text).text,
        "decision_rule": lambda text: parse_rule(text, field="decision_rule").key,
    }
    for field, read in readers.items():
        if field in values:
            try:
                clean[field] = read(str(values[field] or ""))
            except ValidationError as problem:
                errors.update(problem.errors)
    if "proxies_allowed" in values and not isinstance(values["proxies_allowed"], bool):
        errors["proxies_allowed"] = QT_TRANSLATE_NOOP("GroupSettings", "say yes or no")
    if "zone" in values:
        from groupdesk.services.meetings.recurrence import zone_of

        zone = str(values["zone"] or "").strip()
        try:
            clean["zone"] = zone and zone_of(zone).key
        except ValidationError as problem:
            errors.update(problem.errors)
    return errors


def new_group_values(
    *,
    name: str,
    currency: str = "EUR",
    locale: str = "en_GB",
    paper_size: str = "A4",
    financial_year_start: str = "01-01",
) -> dict[str, object]:
    """Checked values for a new group (raises ValidationError naming every bad field)."""
    errors: dict[str, str] = {}
    try:
        month, day = parse_financial_year_start(financial_year_start)
    except ValidationError as problem:
        errors.update(problem.errors)
        month, day = 1, 1
    try:
        clean = validate(
            {
                "name": name,
                "currency": currency,
                "locale": locale,
                "paper_size": paper_size,
                "financial_year_start_month": month,
                "financial_year_start_day": day,
            }
        )
    except ValidationError as problem:
        errors = {**problem.errors, **errors}
    if errors:
        raise ValidationError(errors)
    return clean


def insert_group(uow: UnitOfWork, values: dict[str, object]) -> GroupSettingsData:
    """Add the group's settings row inside an open unit of work; refuses a second group."""
    existing = _live_row(uow)
    if existing is not None:
        raise SetupError(
            f"This data folder already holds the group {existing.name!r}; choose another folder.",
            remedy=Remedy("choose_data_folder"),
        )
    row = GroupSettings(**values)
    uow.session.add(row)
    uow.session.flush()
    return _data(row)


def create_group(uow: UnitOfWork, **values: str) -> GroupSettingsData:
    """Make the group in an empty data folder (arguments as for `new_group_values`)."""
    clean = new_group_values(**values)
    with uow:
        data = insert_group(uow, clean)
        uow.commit()
    return data


def update_settings(uow: UnitOfWork, **changes: object) -> GroupSettingsData:
    clean = validate(changes)
    with uow:
        row = _live_row(uow)
        if row is None:
            raise SetupError("This data folder has no group yet.")
        # A month or day changed alone must still make a real date with the stored other half.
        _check_year_start(
            int(clean.get("financial_year_start_month", row.financial_year_start_month)),  # type: ignore[call-overload]
            int(clean.get("financial_year_start_day", row.financial_year_start_day)),  # type: ignore[call-overload]
        )
        for key, value in clean.items():
            setattr(row, key, value)
        uow.session.flush()
        data = _data(row)
        uow.commit()
    return data


def set_logo(uow: UnitOfWork, *, image: Path) -> GroupSettingsData:
    """Keep `image` as the group's logo (printed on every report), checked as every attached
    picture is (`thumbnails.check_image`: a JPEG or PNG that reads whole, within the size
    limit), so a damaged or huge file is named now rather than when a report is printed."""
    from groupdesk.services.thumbnails import add_image

    with uow:
        row = _live_row(uow)
        if row is None:
            raise SetupError("This data folder has no group yet.")
        attachment = add_image(uow, source=image, field="logo")
        row.logo_attachment_id = attachment.id
        uow.session.flush()
        data = _data(row)
        uow.commit()
    return data
