"""A grant's expenses and budget against actual as CSV, and the evidence pack: every receipt
named date_payee_amount.ext beside the CSV that lists it."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from support.grant_rows import add_grant, add_line, money
from support.receipt_photos import jpeg_bytes

from groupdesk.errors import ValidationError
from groupdesk.services.grants.expenses import add_expense
from groupdesk.services.grants.export import export_budget, export_evidence_pack, receipt_name
from groupdesk.services.workspace import Workspace

TILL_RECEIPT = jpeg_bytes("ivory")


def read_csv(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


@pytest.fixture
def grant(members_ws: Workspace, tmp_path: Path) -> str:
    grant_id = add_grant(members_ws, awarded="500.00")
    tools = add_line(members_ws, grant_id, "Tools", "100.00")
    photo, proof = tmp_path / "IMG_0412.JPG", tmp_path / "bank.pdf"
    photo.write_bytes(TILL_RECEIPT)
    proof.write_bytes(b"%PDF-1.4 transfer")
    add_expense(
        members_ws.uow(),
        grant_id=grant_id,
        line_id=tools,
        spent_on=date(2026, 5, 3),
        payee="Hardware store / Müller",
        amount=money("42.10", "EUR"),
        receipts=[photo, proof],
    )
    add_expense(
        members_ws.uow(),
        grant_id=grant_id,
        spent_on=date(2026, 5, 4),
        payee='=HYPERLINK("http://x")',
        amount=money("0.20", "EUR"),
    )
    return grant_id


def test_the_evidence_pack_names_each_receipt_by_date_payee_and_amount(
    members_ws: Workspace, grant: str, tmp_path: Path
) -> None:
    out = tmp_path / "pack"
    pack = export_evidence_pack(members_ws.uow(), grant_id=grant, out=out)
    names = [
        "2026-05-03_Hardware-store-Müller_42.10.jpg",
        "2026-05-03_Hardware-store-Müller_42.10.pdf",
    ]
    assert (pack.expenses, list(pack.receipts), pack.missing) == (2, names, ())
    assert sorted(p.name for p in out.iterdir()) == sorted(
        [*names, "budget-vs-actual.csv", "expenses.csv"]
    )
    assert (out / names[0]).read_bytes() == TILL_RECEIPT
    rows = read_csv((out / "expenses.csv").read_bytes())
    assert rows[1][0:2] == ["2026-05-03", "Hardware store / Müller"]
    assert rows[1][4:6] == ["42.10", "EUR"]
    assert rows[1][7] == "; ".join(names)
    # A payee a spreadsheet would run as a formula is written as text.
    assert rows[2][1] == '\'=HYPERLINK("http://x")'


def test_the_pack_as_a_zip_holds_the_same_files(
    members_ws: Workspace, grant: str, tmp_path: Path
) -> None:
    out = tmp_path / "pack.zip"
    export_evidence_pack(members_ws.uow(), grant_id=grant, out=out)
    with zipfile.ZipFile(out) as pack:
        assert sorted(pack.namelist()) == [
            "2026-05-03_Hardware-store-Müller_42.10.jpg",
            "2026-05-03_Hardware-store-Müller_42.10.pdf",
            "budget-vs-actual.csv",
            "expenses.csv",
        ]
    with pytest.raises(ValidationError) as again:
        export_evidence_pack(members_ws.uow(), grant_id=grant, out=out)
    assert again.value.errors == {"out": f"{out} exists already; choose a new file name"}


def test_budget_against_actual_to_the_cent(
    members_ws: Workspace, grant: str, tmp_path: Path
) -> None:
    path = tmp_path / "budget.csv"
    export_budget(members_ws.uow(), grant_id=grant, path=path)
    assert read_csv(path.read_bytes()) == [
        ["Budget line", "Description", "Budget", "Spent", "Remaining", "Over by", "Currency"],
        ["Tools", "", "100.00", "42.10", "57.90", "", "EUR"],
        ["On no budget line", "", "", "0.20", "", "", "EUR"],
        ["Total", "", "100.00", "42.30", "57.70", "", "EUR"],
    ]


def test_two_receipts_that_would_share_a_name_are_told_apart() -> None:
    from groupdesk.services.grants.expenses import Expense

    coffee = Expense(
        "e1", "g1", None, None, date(2026, 5, 3), "Café", money("3.50", "EUR"), None, None, None, 2
    )
    taken: set[str] = set()
    assert [receipt_name(coffee, name, taken) for name in ("a.PNG", "b.png", "c.png")] == [
        "2026-05-03_Café_3.50.png",
        "2026-05-03_Café_3.50-2.png",
        "2026-05-03_Café_3.50-3.png",
    ]


@settings(max_examples=300, deadline=None)
@given(payee=st.text(), amount=st.decimals(min_value=0, max_value=10**9, places=2))
def test_a_receipt_name_is_safe_on_every_file_system_whatever_the_payee(
    payee: str, amount: Decimal
) -> None:
    from groupdesk.services.grants.expenses import Expense

    expense = Expense(
        "e1",
        "g1",
        None,
        None,
        date(2026, 5, 3),
        payee,
        money(str(amount), "EUR"),
        None,
        None,
        None,
        1,
    )
    taken: set[str] = set()
    names = [receipt_name(expense, "IMG_0412.JPG", taken) for _ in range(3)]
    for name in names:
        assert not re.search(r'[<>:"/\\|?*\x00-\x1f\x7f]', name)  # what Windows refuses
        assert name.startswith("2026-05-03_") and name.endswith(".jpg")  # never CON, never a dot
        assert len(name.encode("utf-8")) <= 255  # the longest name ext4, APFS and NTFS allow
        assert name not in (".", "..") and name == name.strip()
    assert len({name.casefold() for name in names}) == 3  # apart on a case-blind disk too


@pytest.mark.parametrize(
    "inside", ["attachments", "backups/pack", "pack", ".", "attachments/p.zip"]
)
def test_the_pack_is_never_written_inside_the_data_folder(
    members_ws: Workspace, grant: str, inside: str
) -> None:
    """A folder or zip inside the data folder could take the name of an attachment or a backup."""
    root = members_ws.paths.root
    with pytest.raises(ValidationError) as refused:
        export_evidence_pack(members_ws.uow(), grant_id=grant, out=root / inside)
    assert "data folder" in refused.value.errors["out"]
    assert not (root / "pack").exists() and not (root / "backups" / "pack").exists()
    assert not (root / "attachments" / "p.zip").exists()
