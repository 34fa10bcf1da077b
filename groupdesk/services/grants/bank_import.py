"""Importing a grant's expenses from a bank's CSV export, all or nothing.

The file is read as the member import reads its files (`services/csv_files.py`: encoding, the
separator, Excel's `sep=` line); the person says which columns hold the day, the description
and the amount (or the headers are recognised: "Date", "Booking date", "Details", "Amount",
"Betrag", …). How the file writes numbers is detected: a decimal comma ("1.234,56") or point
("1,234.56"), and the day's order (31/12/2026, 2026-12-31, 31.12.2026; month first only when no
day says otherwise and the group writes months first).

Every row is checked and the report names each bad one by its line and column; one bad row and
nothing is imported (unless the person chooses to skip the bad rows). A statement lists money
out as negative amounts and money in as positive: when a file has negative amounts, those are
the expenses and the rest is listed as money in, not imported. A row already imported (the
same day, amount and description as an expense of the grant) is listed and not imported twice.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from babel.dates import get_date_format
from babel.numbers import get_decimal_symbol
from sqlalchemy import select

from groupdesk.errors import ValidationError
from groupdesk.models.grants import GrantExpense
from groupdesk.money import Money, exponent
from groupdesk.services import settings
from groupdesk.services.csv_files import (
    RowError,
    decode,
    header_key,
    open_table,
    peek,
    read_file,
    sniff_dialect,
)
from groupdesk.services.grants.expenses import budget_line_of
from groupdesk.services.grants.rules import live_grant
from groupdesk.services.imported_files import file_hash, record_import, refuse_a_second_import
from groupdesk.services.sync.capture import bulk_insert
from groupdesk.services.uow import UnitOfWork

#: What the wizard asks for: field → the headers banks give it, as matched (`header_key`).
FIELDS: dict[str, tuple[str, ...]] = {
    "spent_on": (
        "Date",
        "Booking date",
        "Transaction date",
        "Value date",
        "Posting date",
        "Datum",
        "Buchungstag",
        "Date opération",
        "Fecha",
    ),
    "description": (
        "Description",
        "Details",
        "Transaction details",
        "Payee",
        "Narrative",
        "Memo",
        "Reference",
        "Verwendungszweck",
        "Libellé",
        "Concepto",
    ),
    "amount": ("Amount", "Value", "Paid out", "Debit", "Betrag", "Montant", "Importe"),
}
_BY_KEY = {header_key(h): name for name, headers in FIELDS.items() for h in headers}
#: Day orders tried, in this order; month first is tried only for groups that write it so.
DAY_FIRST = ("%Y-%m-%d", "%d/%m/%Y", "%d.%m.%Y", "%d-%m-%Y", "%Y/%m/%d", "%d/%m/%y", "%d.%m.%y")
MONTH_FIRST = ("%Y-%m-%d", "%m/%d/%Y", "%m/%d/%y")
_NUMBER = re.compile(r"[0-9.,' \u00a0\u202f]+")


@dataclass(frozen=True)
class BankRow:
    """A good row: an expense to be."""

    line: int
    spent_on: date
    description: str
    amount: Money


@dataclass(frozen=True)
class BankImportReport:
    encoding: str
    #: field → the header it was read from.
    columns: dict[str, str]
    decimal_mark: str
    date_format: str
    rows: int
    errors: tuple[RowError, ...]
    #: Lines of money in (positive amounts in a file whose expenses are negative).
    money_in: tuple[int, ...]
    #: Lines already imported as an expense of the grant (the same day, amount, description).
    already_imported: tuple[int, ...]
    imported: int
    dry_run: bool
    skipped_lines: tuple[int, ...] = ()
    #: The expenses it would add (or added), for the wizard's preview.
    expenses: tuple[BankRow, ...] = field(default=(), repr=False)
    #: The rows already imported, as read from the file, for the wizard's preview.
    known: tuple[BankRow, ...] = field(default=(), repr=False)

    @property
    def bad_lines(self) -> tuple[int, ...]:
        return tuple(sorted({e.line for e in self.errors}))

    def as_dict(self) -> dict[str, Any]:
        return {
            "encoding": self.encoding,
            "columns": self.columns,
            "decimal_mark": self.decimal_mark,
            "date_format": self.date_format,
            "rows": self.rows,
            "imported": self.imported,
            "dry_run": self.dry_run,
            "errors": [
                {"line": e.line, "column": e.column, "message": e.message} for e in self.errors
            ],
            "money_in": list(self.money_in),
            "already_imported": list(self.already_imported),
            "skipped_lines": list(self.skipped_lines),
            "expenses": [
                {
                    "line": row.line,
                    "spent_on": row.spent_on,
                    "description": row.description,
                    "amount": row.amount.as_dict(),
                }
                for row in self.expenses
            ],
        }


@dataclass(frozen=True)
class BankColumns:
    """The columns of a bank file, for a person choosing which holds what."""

    headers: tuple[str, ...]
    #: field → the header recognised for it.
    guesses: dict[str, str]
    examples: dict[str, str]
    #: How the file was read: its encoding and the separator between its values.
    encoding: str = "utf-8"
    delimiter: str = ","


def recognise(headers: tuple[str, ...] | list[str]) -> dict[str, str]:
    """field → the first header that names it."""
    found: dict[str, str] = {}
    for header in headers:
        name = _BY_KEY.get(header_key(header))
        if name is not None:
            found.setdefault(name, header)
    return found


def bank_file_columns(*, path: Path, encoding: str | None = None) -> BankColumns:
    """The columns of the bank file at `path`, what each is taken for and an example of each,
    for the wizard's "which column holds what" step."""
    decoded = decode(read_file(path, None), encoding=encoding)
    headers, examples = peek(decoded.text)
    delimiter = str(sniff_dialect(decoded.text).delimiter)
    return BankColumns(headers, recognise(headers), examples, decoded.encoding, delimiter)


def _mapping(headers: list[str], mapping: Mapping[str, str] | None) -> dict[str, int]:
    """field → index of its column; a missing one is a ValidationError naming it."""
    chosen = {**recognise(headers), **(mapping or {})}
    missing = [name for name in FIELDS if name not in chosen]
    if missing:
        words = {"spent_on": "the day", "description": "the description", "amount": "the amount"}
        raise ValidationError.single(
            "columns",
            "choose the column that holds " + " and ".join(words[name] for name in missing),
        )
    unknown = [h for h in chosen.values() if h not in headers]
    if unknown:
        raise ValidationError.single("columns", f"the file has no column {unknown[0]!r}")
    return {name: headers.index(chosen[name]) for name in FIELDS}


def decimal_mark_of(cells: list[str], *, default: str = ".") -> str:
    """ "," or ".": what the amounts use before their decimals. A mark followed by exactly
    three digits may be grouping ("1,234"), so it only counts when nothing else decides."""
    votes = {",": 0, ".": 0}
    for cell in cells:
        marks = [(at, ch) for at, ch in enumerate(cell) if ch in ",."]
        if not marks:
            continue
        at, mark = marks[-1]
        decimals = len(cell[at + 1 :]) - len(cell[at + 1 :].lstrip("0123456789"))
        if len({ch for _at, ch in marks}) == 2 or decimals != 3:
            votes[mark] += 1
    if votes[","] == votes["."]:
        return default
    return "," if votes[","] > votes["."] else "."


def date_format_of(cells: list[str], *, month_first: bool) -> str:
    """The first day order that reads every cell (the group's order first when it is month
    first); ISO when none does (each bad cell is then named)."""
    for candidate in MONTH_FIRST + DAY_FIRST if month_first else DAY_FIRST + MONTH_FIRST:
        if all(_day(cell, candidate) is not None for cell in cells if cell.strip()):
            return candidate
    return DAY_FIRST[0]


def _day(cell: str, pattern: str) -> date | None:
    try:
        return datetime.strptime(cell.strip(), pattern).date()
    except ValueError:
        return None


def _amount(cell: str, *, mark: str, currency: str) -> Decimal:
    """The amount in `cell` ("-1.234,56", "(12.00)", "€ 12.00", "12.00-"), or ValueError saying
    why not."""
    text = cell.strip()
    negative = text.startswith("(") and text.endswith(")")
    text = text.strip("()").replace("\u2212", "-").strip()
    if text.startswith("-") or text.endswith("-"):
        negative, text = not negative, text.strip("-")
    elif text.startswith("+"):
        text = text[1:]
    digits = "".join(part for part in _NUMBER.findall(text))
    rest = _NUMBER.sub("", text).strip()
    if not digits.strip() or (rest and rest.upper() not in (currency, "€", "$", "£", "¥")):
        raise ValueError(f"{cell.strip()!r} is not an amount")
    group = "." if mark == "," else ","
    plain = re.sub(rf"[{re.escape(group)}' \u00a0\u202f]", "", digits).replace(mark, ".")
    try:
        amount = Decimal(plain)
    except InvalidOperation:
        raise ValueError(f"{cell.strip()!r} is not an amount") from None
    places = exponent(currency)
    if amount != amount.quantize(Decimal(1).scaleb(-places)):
        raise ValueError(
            f"{cell.strip()!r} has more decimal places than {currency} amounts have ({places})"
        )
    return -amount if negative else amount


@dataclass
class _Parsed:
    encoding: str
    columns: dict[str, str]
    mark: str
    date_format: str
    rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    good: list[BankRow] = field(default_factory=list)
    money_in: list[int] = field(default_factory=list)


def parse_bank_csv(
    data: bytes,
    *,
    currency: str,
    month_first: bool = False,
    default_mark: str = ".",
    mapping: Mapping[str, str] | None = None,
    encoding: str | None = None,
    decimal_mark: str | None = None,
) -> _Parsed:
    """Decode, find the columns, the number and day formats, and check every row, without
    touching the database."""
    decoded = decode(data, encoding=encoding)
    headers, body = open_table(decoded.text)
    at = _mapping(headers, mapping)
    rows = list(body)
    cells_of = [row.cells for row in rows if row.problem is None and not row.blank]
    mark = decimal_mark or decimal_mark_of(
        [c[at["amount"]] for c in cells_of if len(c) > at["amount"]],
        default=default_mark,
    )
    if mark not in (",", "."):
        raise ValidationError.single("decimal_mark", "the decimal mark is a comma or a point")
    pattern = date_format_of(
        [c[at["spent_on"]] for c in cells_of if len(c) > at["spent_on"]], month_first=month_first
    )
    parsed = _Parsed(
        decoded.encoding, {name: headers[index] for name, index in at.items()}, mark, pattern
    )
    amounts: list[tuple[int, date, str, Decimal]] = []
    for row in rows:
        if row.problem is not None:
            parsed.rows += 1
            parsed.errors.append(
                RowError(row.line, None, f"this row is not valid CSV ({row.problem})")
            )
            continue
        if row.blank:
            continue
        parsed.rows += 1
        checked = _check_row(parsed, row.line, list(row.cells), headers, at, currency)
        if checked is not None:
            amounts.append(checked)
    spending_negative = any(amount < 0 for _l, _d, _t, amount in amounts)
    for line, day, text, amount in amounts:
        if spending_negative and amount >= 0:
            parsed.money_in.append(line)
        elif amount == 0:
            parsed.errors.append(RowError(line, parsed.columns["amount"], "the amount is zero"))
        else:
            parsed.good.append(BankRow(line, day, text, Money(abs(amount), currency)))
    return parsed


def _check_row(
    parsed: _Parsed,
    line: int,
    cells: list[str],
    headers: list[str],
    at: dict[str, int],
    currency: str,
) -> tuple[int, date, str, Decimal] | None:
    if len(cells) != len(headers):
        parsed.errors.append(
            RowError(
                line,
                None,
                f"this row has {len(cells)} values but the header has {len(headers)} columns",
            )
        )
        return None
    errors = []
    day = _day(cells[at["spent_on"]], parsed.date_format)
    if day is None:
        example = date(2026, 5, 3).strftime(parsed.date_format)
        errors.append(
            RowError(
                line,
                parsed.columns["spent_on"],
                f"{cells[at['spent_on']].strip()!r} is not a day written like {example}",
            )
        )
    text = " ".join(cells[at["description"]].split())
    if not text:
        errors.append(RowError(line, parsed.columns["description"], "the description is empty"))
    try:
        amount = _amount(cells[at["amount"]], mark=parsed.mark, currency=currency)
    except ValueError as problem:
        errors.append(RowError(line, parsed.columns["amount"], str(problem)))
    if errors or day is None:
        parsed.errors.extend(errors)
        return None
    return line, day, text, amount


def import_bank_expenses(
    uow: UnitOfWork,
    *,
    grant_id: str,
    path: Path | None = None,
    data: bytes | None = None,
    line_id: str | None = None,
    dry_run: bool = False,
    skip_bad_rows: bool = False,
    mapping: Mapping[str, str] | None = None,
    encoding: str | None = None,
    decimal_mark: str | None = None,
    again: bool = False,
) -> BankImportReport:
    """Import a bank file's spending as expenses of `grant_id` (on the budget line `line_id`,
    or on none, to be sorted later); see the module docstring. Problems with the file as a
    whole (not a CSV, a column not found) raise ValidationError, as does a file imported here
    before unless `again` (`groupdesk.services.imported_files`)."""
    data = read_file(path, data)
    locale = settings.get_settings(uow).locale
    sha256 = file_hash(data)
    if not again and not dry_run:
        refuse_a_second_import(
            uow, sha256=sha256, what=f"bank:{grant_id}", noun="expense", locale=locale
        )
    with uow:
        grant = live_grant(uow.session, grant_id, direction="incoming")
        currency = grant.currency
        budget_line_of(uow.session, line_id, grant)
    parsed = parse_bank_csv(
        data,
        currency=currency,
        month_first=_month_first(locale),
        default_mark=get_decimal_symbol(locale) if get_decimal_symbol(locale) in ",." else ".",
        mapping=mapping,
        encoding=encoding,
        decimal_mark=decimal_mark,
    )
    with uow:
        known = _already(uow, grant_id, parsed.good)
        fresh = [row for row in parsed.good if _key(row) not in known]
        blocked = bool(parsed.errors) and not skip_bad_rows
        imported = 0
        if not dry_run and not blocked and fresh:
            bulk_insert(
                uow.session,
                GrantExpense,
                [
                    {
                        "grant_id": grant_id,
                        "line_id": line_id,
                        "spent_on": row.spent_on,
                        "payee": row.description[:200],
                        "description": row.description,
                        "amount_minor": row.amount.minor_units,
                        "amount_currency": currency,
                    }
                    for row in fresh
                ],
            )
            record_import(uow, sha256=sha256, what=f"bank:{grant_id}", rows=len(fresh))
            uow.commit()
            imported = len(fresh)
    return BankImportReport(
        encoding=parsed.encoding,
        columns=parsed.columns,
        decimal_mark=parsed.mark,
        date_format=parsed.date_format,
        rows=parsed.rows,
        errors=tuple(parsed.errors),
        money_in=tuple(parsed.money_in),
        already_imported=tuple(row.line for row in parsed.good if _key(row) in known),
        imported=imported,
        dry_run=dry_run,
        skipped_lines=tuple(sorted({e.line for e in parsed.errors})) if imported else (),
        expenses=tuple(fresh),
        known=tuple(row for row in parsed.good if _key(row) in known),
    )


def _month_first(locale: str) -> bool:
    pattern = get_date_format("short", locale=locale).pattern
    return pattern.find("M") < pattern.find("d")


def _key(row: BankRow) -> tuple[date, int, str]:
    return row.spent_on, row.amount.minor_units, row.description


def _already(uow: UnitOfWork, grant_id: str, rows: list[BankRow]) -> set[tuple[date, int, str]]:
    """The (day, amount, description) of `rows` that are expenses of the grant already."""
    if not rows:
        return set()
    days = {row.spent_on for row in rows}
    found = uow.session.execute(
        select(GrantExpense.spent_on, GrantExpense.amount_minor, GrantExpense.description).where(
            GrantExpense.grant_id == grant_id,
            GrantExpense.deleted_at.is_(None),
            GrantExpense.spent_on.between(min(days), max(days)),
        )
    ).all()
    return {(day, minor, " ".join((text or "").split())) for day, minor, text in found}
