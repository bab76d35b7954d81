"""`import payments` with method check: the cheque enters the register when the reference
is its number; bank, branch and account columns are optional (all three or none)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path

import pytest

from arapp.core.errors import ImportFailed
from arapp.core.services import Shop
from arapp.core.services.importing import ImportService
from arapp.core.services.integrity import check_database
from tests.core.conftest import check_ledger
from tests.core.test_import_service import write

LATER = (date.today() + timedelta(days=30)).isoformat()


@pytest.fixture
def importer(shop: Shop, tmp_path: Path) -> Callable[[str, Path], object]:
    service = ImportService(shop.db)
    service.import_file("customers", write(tmp_path, "c.csv", "code,name\nC1,Cohen\nC2,Levi\n"))
    service.import_file("invoices", write(
        tmp_path, "i.csv", "customer_code,number,date,due_date,amount\n"
        "C1,I1,2026-01-01,2026-01-31,100\nC2,J1,2026-01-01,2026-01-31,100\n"))
    return lambda kind, path: service.import_file(kind, path)


def test_check_payments_enter_the_register(
    shop: Shop, importer: Callable[[str, Path], object], tmp_path: Path,
) -> None:
    payments = write(tmp_path, "p.csv", "customer_code,date,amount,method,reference,bank,"
                     "branch,account\n"
                     "C1,2026-02-01,60,check,1001,12,345,678901\n"
                     f"C1,{LATER},40,check,1002,12,345,678901\n"
                     "C2,2026-02-01,50,check,77,,,\n"
                     "C2,2026-02-02,10,cash,78,,,\n"
                     "C2,2026-02-03,5,check,no. 9,,,\n")
    result = importer("payments", payments)
    assert (result.added, result.cheques) == (5, 3)  # type: ignore[attr-defined]
    register = {c.number: c for c in shop.cheques.list()}
    assert set(register) == {"1001", "1002", "77"}
    # A payment of the past is taken as cleared; a post-dated one is in hand.
    assert (register["1001"].status, register["1001"].bank, register["1001"].pays) == (
        "cleared", "12", ("I1",))
    assert register["1002"].status == "in_hand"
    assert (register["77"].account, register["77"].status) == ("", "cleared")
    assert [e.note for e in shop.cheques.history(register["1001"].id)] == ["imported"] * 2
    check_ledger(shop.db)
    assert check_database(shop.db) == []
    # The same file again adds nothing, and is not refused for its cheques.
    again = importer("payments", payments)
    assert (again.added, again.skipped, again.cheques) == (0, 5, 0)  # type: ignore[attr-defined]
    assert len(shop.cheques.list()) == 3


def test_bad_or_duplicate_cheque_columns_import_nothing(
    shop: Shop, importer: Callable[[str, Path], object], tmp_path: Path,
) -> None:
    bad = write(tmp_path, "p.csv", "customer_code,date,amount,method,reference,bank,branch,"
                "account\n"
                "C1,2026-02-01,60,check,1001,12,3456,678901\n"
                "C1,2026-02-01,60,check,1002,12,345,\n")
    with pytest.raises(ImportFailed) as info:
        importer("payments", bad)
    assert [(e.row, e.column, e.reason) for e in info.value.errors] == [
        (2, "branch", "the branch is a number of up to 3 digits"),
        (3, "account", "the account is a number of up to 9 digits"),
    ]
    twice = write(tmp_path, "q.csv", "customer_code,date,amount,method,reference,bank,branch,"
                  "account\n"
                  "C1,2026-02-01,60,check,1003,12,345,1\n"
                  "C2,2026-02-01,60,check,1003,12,345,1\n")
    with pytest.raises(ImportFailed) as info:
        importer("payments", twice)
    assert [(e.row, e.column, e.reason) for e in info.value.errors] == [
        (3, "reference", "cheque 1003 of account 1 is already recorded")]
    assert shop.cheques.list() == []
    assert shop.db.execute_sql("SELECT COUNT(*) FROM credit").fetchone()[0] == 0
