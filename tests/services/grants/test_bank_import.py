"""Importing a grant's expenses from a bank's CSV: the file's way of writing numbers and days
found, every bad row named and nothing imported, a row imported before not imported twice."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from babel.numbers import format_decimal
from hypothesis import given
from hypothesis import strategies as st
from support.grant_rows import add_grant, add_line, money

from groupdesk.errors import ValidationError
from groupdesk.services.grants.bank_import import (
    bank_file_columns,
    decimal_mark_of,
    import_bank_expenses,
    parse_bank_csv,
)
from groupdesk.services.grants.expenses import list_expenses
from groupdesk.services.workspace import Workspace

Rows = Callable[[Path], dict[str, list[tuple[Any, ...]]]]

GERMAN = (
    "Buchungstag;Verwendungszweck;Betrag\r\n"
    "03.05.2026;Baumarkt Müller;-42,10\r\n"
    "04.05.2026;Zuwendung Stiftung;1.500,00\r\n"
    '05.05.2026;"Druckerei; Flyer";-1.234,56\r\n'
)


def write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "statement.csv"
    path.write_bytes(text.encode(encoding))
    return path


@pytest.fixture
def grant(members_ws: Workspace) -> str:
    return add_grant(members_ws, awarded="5000.00")


def test_a_german_export_is_read_with_its_decimal_comma_and_money_in_left_out(
    members_ws: Workspace, grant: str, tmp_path: Path
) -> None:
    report = import_bank_expenses(
        members_ws.uow(), grant_id=grant, path=write(tmp_path, GERMAN, "cp1252")
    )
    assert (report.encoding, report.decimal_mark, report.date_format) == (
        "Windows-1252",
        ",",
        "%d.%m.%Y",
    )
    assert report.columns == {
        "spent_on": "Buchungstag",
        "description": "Verwendungszweck",
        "amount": "Betrag",
    }
    assert (report.imported, report.money_in, report.errors) == (2, (3,), ())
    assert [(e.spent_on, e.payee, e.amount) for e in list_expenses(members_ws.uow())] == [
        (date(2026, 5, 3), "Baumarkt Müller", money("42.10", "EUR")),
        (date(2026, 5, 5), "Druckerei; Flyer", money("1234.56", "EUR")),
    ]


def test_a_bad_row_is_named_by_line_and_column_and_nothing_is_imported(
    members_ws: Workspace, grant: str, tmp_path: Path, database_rows: Rows
) -> None:
    broken = (
        "Date,Description,Amount\n"
        "2026-05-03,Hardware store,42.10\n"
        "2026-05-32,Printer,80.00\n"
        "2026-05-04,,12.00\n"
        "2026-05-05,Hall hire,twelve\n"
        "2026-05-06,Café,1.005\n"
    )
    before = database_rows(members_ws.paths.database)
    report = import_bank_expenses(members_ws.uow(), grant_id=grant, path=write(tmp_path, broken))
    assert [str(e) for e in report.errors] == [
        "line 3, Date: '2026-05-32' is not a day written like 2026-05-03",
        "line 4, Description: the description is empty",
        "line 5, Amount: 'twelve' is not an amount",
        "line 6, Amount: '1.005' has more decimal places than EUR amounts have (2)",
    ]
    assert report.imported == 0
    assert database_rows(members_ws.paths.database) == before
    skipped = import_bank_expenses(
        members_ws.uow(), grant_id=grant, path=write(tmp_path, broken), skip_bad_rows=True
    )
    assert (skipped.imported, skipped.skipped_lines) == (1, (3, 4, 5, 6))


def test_a_row_imported_before_is_flagged_and_not_imported_twice(
    members_ws: Workspace, grant: str, tmp_path: Path
) -> None:
    first = "Date,Description,Amount\n03/05/2026,Hardware store,-42.10\n04/05/2026,Printer,-80.00\n"
    assert (
        import_bank_expenses(members_ws.uow(), grant_id=grant, path=write(tmp_path, first)).imported
        == 2
    )
    later = first + "06/05/2026,Hall hire,-120.00\n"
    dry = import_bank_expenses(
        members_ws.uow(), grant_id=grant, path=write(tmp_path, later), dry_run=True
    )
    assert (dry.already_imported, dry.imported, len(dry.expenses)) == ((2, 3), 0, 1)
    report = import_bank_expenses(members_ws.uow(), grant_id=grant, path=write(tmp_path, later))
    assert (report.already_imported, report.imported) == ((2, 3), 1)
    assert [e.payee for e in list_expenses(members_ws.uow(), grant_id=grant)] == [
        "Hardware store",
        "Printer",
        "Hall hire",
    ]


def test_columns_the_person_chose_and_a_budget_line(
    members_ws: Workspace, grant: str, tmp_path: Path
) -> None:
    tools = add_line(members_ws, grant, "Tools", "500.00")
    text = "When\tWhat\tHow much\tBalance\n2026-05-03\tSaw\t25.00\t975.00\n"
    path = write(tmp_path, text)
    columns = bank_file_columns(path=path)
    assert (columns.headers, columns.guesses, columns.examples["What"]) == (
        ("When", "What", "How much", "Balance"),
        {},
        "Saw",
    )
    assert (columns.encoding, columns.delimiter) == ("UTF-8", "\t")
    with pytest.raises(ValidationError) as unchosen:
        import_bank_expenses(members_ws.uow(), grant_id=grant, path=path)
    assert unchosen.value.errors == {
        "columns": "choose the column that holds the day and the description and the amount"
    }
    report = import_bank_expenses(
        members_ws.uow(),
        grant_id=grant,
        path=path,
        line_id=tools,
        mapping={"spent_on": "When", "description": "What", "amount": "How much"},
    )
    assert report.imported == 1
    [saw] = list_expenses(members_ws.uow(), grant_id=grant)
    assert (saw.line, saw.amount) == ("Tools", money("25.00", "EUR"))


@given(
    cents=st.lists(st.integers(1, 10**11), min_size=1, max_size=8),
    locale=st.sampled_from(["de_DE", "en_GB", "fr_FR", "nl_NL", "en_US"]),
)
def test_amounts_read_back_as_any_of_these_locales_writes_them(
    cents: list[int], locale: str
) -> None:
    amounts = [Decimal(c).scaleb(-2) for c in cents]
    lines = [
        f'2026-05-03,Shop,"-{format_decimal(a, format="#,##0.00", locale=locale)}"' for a in amounts
    ]
    mark = "," if locale in ("de_DE", "fr_FR", "nl_NL") else "."
    parsed = parse_bank_csv(
        ("Date,Description,Amount\n" + "\n".join(lines)).encode(),
        currency="EUR",
        default_mark=mark,
    )
    assert parsed.errors == []
    assert [row.amount.amount for row in parsed.good] == amounts


def test_the_decimal_mark_is_found_from_the_amounts() -> None:
    assert decimal_mark_of(["-42,10", "1.500,00"]) == ","
    assert decimal_mark_of(["-42.10", "1,500.00"]) == "."
    # "1,234" alone could be either: the group's own mark decides.
    assert decimal_mark_of(["1,234"], default=",") == ","


def test_a_bank_file_imported_before_is_refused_with_when_and_how_many(
    members_ws: Workspace, grant: str, tmp_path: Path
) -> None:
    statement = write(tmp_path, "Date,Description,Amount\n03/05/2026,Hardware store,-42.10\n")
    assert import_bank_expenses(members_ws.uow(), grant_id=grant, path=statement).imported == 1
    with pytest.raises(ValidationError, match=r"already imported on .* \(1 expense\)") as refused:
        import_bank_expenses(members_ws.uow(), grant_id=grant, path=statement)
    assert refused.value.remedy is not None and refused.value.remedy.action == "import_again"
    again = import_bank_expenses(members_ws.uow(), grant_id=grant, path=statement, again=True)
    assert (again.imported, again.already_imported) == (0, (2,))
