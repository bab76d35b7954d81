"""The command line as a user runs it: a subprocess, exit codes, output shapes."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from arapp import __version__

CORPUS = Path(__file__).resolve().parents[1] / "data" / "imports"
END = "2026-06-30"


def arapp(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "arapp", *map(str, args)],
        capture_output=True, text=True, timeout=300,
    )


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("demo") / "shop.sqlite3"
    done = arapp("demo", "--db", db, "--customers", "60", "--seed", "7", "--end", END)
    assert done.returncode == 0, done.stderr
    return db


def test_version_and_usage_errors() -> None:
    done = arapp("--version")
    assert done.returncode == 0 and __version__ in done.stdout
    assert arapp("no-such-command").returncode == 2
    assert arapp("aging", "--as-of", "31/12/2026").returncode == 2


def test_core_imports_neither_qt_nor_reportlab() -> None:
    code = (
        "import sys, arapp.core, arapp.core.services, arapp.core.services.importing, "
        "arapp.core.demo, arapp.core.dunning, arapp.core.services.letter_drafts, "
        "arapp.core.services.letter_batch, arapp.core.letters.kinds; "
        "bad = [m for m in sys.modules "
        "if m.split('.')[0] in ('PySide6', 'reportlab', 'pikepdf') "
        "or m.startswith('arapp.documents')]; "
        "print(bad); sys.exit(1 if bad else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_demo_is_deterministic_per_seed(demo_db: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.sqlite3"
    other = tmp_path / "other.sqlite3"
    assert arapp("demo", "--db", again, "--customers", "60", "--seed", "7", "--end", END
                 ).returncode == 0
    assert arapp("demo", "--db", other, "--customers", "60", "--seed", "8", "--end", END
                 ).returncode == 0
    report = [arapp("aging", "--db", p, "--as-of", END).stdout for p in (demo_db, again, other)]
    assert report[0] == report[1] != report[2]
    names = "SELECT name FROM customer"
    found = {n for (n,) in sqlite3.connect(demo_db).execute(names)}
    assert any("\u0590" <= ch <= "\u05ff" for n in found for ch in n)  # Hebrew names
    assert any("\u0600" <= ch <= "\u06ff" for n in found for ch in n)  # Arabic names
    assert arapp("demo", "--db", demo_db).returncode == 1  # never over an existing shop


def test_aging_json_shape_and_sums(demo_db: Path) -> None:
    done = arapp("aging", "--db", demo_db, "--as-of", END, "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["as_of"] == END and data["currency"] == "ILS"
    keys = ["current", "d1_30", "d31_60", "d61_90", "d91_plus", "credit", "total"]
    assert data["customers"]
    totals = dict.fromkeys(keys, Decimal(0))
    for row in data["customers"]:
        assert list(row) == ["code", "name", *keys]
        values = {k: Decimal(row[k]) for k in keys}
        assert all(row[k] == f"{values[k]:.2f}" for k in keys)  # decimal strings, 2 places
        assert values["credit"] <= 0
        assert values["total"] == sum(values[k] for k in keys[:-1])
        assert any(values[k] for k in keys)
        for k in keys:
            totals[k] += values[k]
    assert {k: Decimal(v) for k, v in data["totals"].items()} == totals


def test_aging_before_the_shop_existed_is_empty(demo_db: Path) -> None:
    data = json.loads(arapp("aging", "--db", demo_db, "--as-of", "2020-01-01").stdout)
    assert data["customers"] == [] and data["totals"]["total"] == "0.00"


def test_aging_csv_ends_with_total(demo_db: Path) -> None:
    lines = arapp("aging", "--db", demo_db, "--as-of", END, "--format", "csv").stdout.splitlines()
    assert lines[0] == "code,name,current,d1_30,d31_60,d61_90,d91_plus,credit,total"
    assert lines[-1].startswith(",TOTAL,")


def test_import_good_bad_and_again(tmp_path: Path) -> None:
    db = tmp_path / "shop.sqlite3"
    ok = arapp("import", "customers", CORPUS / "customers_utf8.csv", "--db", db)
    assert ok.returncode == 0, ok.stderr
    assert "4 added" in ok.stdout
    bad = arapp("import", "invoices", CORPUS / "invoices_bad_amounts.csv", "--db", db)
    assert bad.returncode == 1
    assert "row 2" in bad.stderr and "amount" in bad.stderr
    assert "Traceback" not in bad.stderr
    again = arapp("import", "customers", CORPUS / "customers_utf8.csv", "--db", db)
    assert "0 added, 4 already present" in again.stdout


def test_backup_restore_and_check(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "work.sqlite3"
    db.write_bytes(demo_db.read_bytes())
    assert arapp("check", "--db", db).returncode == 0
    done = arapp("backup", "--db", db, "--to", tmp_path / "backups")
    assert done.returncode == 0, done.stderr
    backup = next((tmp_path / "backups").glob("arapp-backup-*.sqlite3"))
    con = sqlite3.connect(db)
    con.execute("UPDATE customer SET balance = balance + 1 WHERE id = 1")
    con.commit()
    con.close()
    broken = arapp("check", "--db", db)
    assert broken.returncode == 1 and "cached balance" in broken.stderr
    assert arapp("restore", backup, "--db", db).returncode == 0
    assert arapp("check", "--db", db).returncode == 0
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    refused = arapp("restore", junk, "--db", db)
    assert refused.returncode == 1 and "Traceback" not in refused.stderr
    assert arapp("check", "--db", db).returncode == 0


def test_letters_due_letter_and_batch(demo_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "letters.sqlite3"
    db.write_bytes(demo_db.read_bytes())
    due = json.loads(arapp("letters", "due", "--db", db, "--as-of", END, "--format", "json"
                           ).stdout)
    assert due["as_of"] == END and due["letters"]
    first = due["letters"][0]
    assert set(first) == {"customer", "kind", "items", "amount", "past_notice_window",
                          "items_past_notice_window"}
    batch = arapp("letters", "batch", "--db", db, "--as-of", END, "--out", tmp_path / "batch")
    assert batch.returncode == 0, batch.stderr
    files = sorted((tmp_path / "batch").glob("*.pdf"))
    assert len(files) == len(due["letters"]) + 1  # one per letter, plus the combined file
    after = json.loads(arapp("letters", "due", "--db", db, "--as-of", END).stdout)
    assert after["letters"] == []
    out = tmp_path / "warning.pdf"
    done = arapp("letter", first["customer"], "--kind", "warning", "--out", out, "--db", db,
                 "--date", END)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    assert arapp("letter", "NOBODY", "--kind", "warning", "--out", out, "--db", db
                 ).returncode == 1


def test_a_batch_into_a_file_fails_cleanly_and_records_nothing(
    demo_db: Path, tmp_path: Path
) -> None:
    db = tmp_path / "letters.sqlite3"
    db.write_bytes(demo_db.read_bytes())
    before = arapp("letters", "due", "--db", db, "--as-of", END).stdout
    target = tmp_path / "out.pdf"
    target.write_bytes(b"a file")
    batch = arapp("letters", "batch", "--db", db, "--as-of", END, "--out", target)
    assert batch.returncode == 1 and "Traceback" not in batch.stderr
    assert "is a file, not a folder" in batch.stderr + batch.stdout
    assert arapp("letters", "due", "--db", db, "--as-of", END).stdout == before


def test_aging_csv_keeps_a_formula_name_as_text_and_amounts_as_numbers(tmp_path: Path) -> None:
    # A spreadsheet would run "=HYPERLINK(…)" from a CSV cell; the aging screen's export
    # guarded it, `arapp aging --format csv` did not.
    import csv
    from datetime import date

    from arapp.core.services import Shop
    from arapp.core.services.records import CustomerInput

    db = tmp_path / "shop.sqlite3"
    shop = Shop.open(db)
    try:
        bad = shop.customers.create(
            CustomerInput(code="@X1", name='=HYPERLINK("http://evil.example","pay here")')
        )
        shop.invoices.create_invoice(bad.id, "F-1", date(2026, 1, 1), Decimal("100.00"))
        shop.payments.record_payment(bad.id, date(2026, 1, 5), Decimal("112.50"))
    finally:
        shop.close()
    done = arapp("aging", "--db", db, "--as-of", "2026-03-31", "--format", "csv")
    assert done.returncode == 0, done.stderr
    header, row, total = list(csv.reader(done.stdout.splitlines()))
    assert row[0] == "'@X1"
    assert row[1] == "'=HYPERLINK(\"http://evil.example\",\"pay here\")"
    assert row[header.index("credit")] == "-12.50"  # a number, not guarded text
    assert total[header.index("total")] == "-12.50"


def test_a_damaged_shop_file_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    done = arapp("aging", "--db", junk)
    assert done.returncode == 1
    assert "is not an arapp shop file, or it is damaged" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_refusal_prints_its_date_readably(tmp_path: Path) -> None:
    """Issue #17 (6): the message names the day as 30/06/2026, not 2026-06-30, and says
    that the overdue debt is all disputed."""
    from datetime import date

    from arapp.core.services import Shop
    from arapp.core.services.records import CustomerInput

    db = tmp_path / "disputed.sqlite3"
    shop = Shop.open(db)
    try:
        c = shop.customers.create(CustomerInput(code="D1", name="Disputing", language="en"))
        inv = shop.invoices.create_invoice(c.id, "D-1", date(2026, 1, 1), Decimal("1959.28"),
                                           date(2026, 2, 1))
        shop.invoices.set_disputed(inv.id, True)
    finally:
        shop.close()
    done = arapp("letter", "D1", "--kind", "reminder", "--date", END, "--out",
                 tmp_path / "x.pdf", "--db", db)
    assert done.returncode == 1
    assert "30/06/2026" in done.stderr and "2026-06-30" not in done.stderr
    assert "all of it is disputed" in done.stderr and "1,959.28" in done.stderr


def test_confirmation_writes_and_records_a_payment_confirmation(tmp_path: Path) -> None:
    from datetime import date

    from arapp.core.services import Shop
    from arapp.core.services.records import CustomerInput

    db = tmp_path / "paid.sqlite3"
    shop = Shop.open(db)
    try:
        c = shop.customers.create(CustomerInput(code="P1", name="يوسف", language="ar"))
        shop.invoices.create_invoice(c.id, "I-1", date(2026, 1, 1), Decimal("100.00"))
        payment = shop.payments.record_payment(c.id, date(2026, 2, 1), Decimal("60.00"))
        note = shop.payments.record_credit_note(c.id, "CN-1", date(2026, 2, 2), Decimal("1.00"))
    finally:
        shop.close()
    out = tmp_path / "out" / "confirmation.pdf"
    done = arapp("confirmation", str(payment.id), "--out", out, "--db", db, "--date", END)
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    with sqlite3.connect(db) as conn:
        kinds = [r[0] for r in conn.execute("SELECT kind FROM document")]
    assert kinds == ["payment_confirmation"]
    refused = arapp("confirmation", str(note.id), "--out", out, "--db", db)
    assert refused.returncode == 1 and "credit note" in refused.stderr
    assert arapp("confirmation", "x", "--out", out, "--db", db).returncode == 2


def test_a_warning_by_hand_to_a_consumer_without_a_debt_notice_is_refused(
    tmp_path: Path,
) -> None:
    """Issue #22 (1): §13B2 holds for a letter made with ``arapp letter`` too."""
    from datetime import date
    from decimal import Decimal

    from arapp.core.services import Shop
    from arapp.core.services.records import CustomerInput

    db = tmp_path / "consumer.sqlite3"
    shop = Shop.open(db)
    try:
        c = shop.customers.create(CustomerInput(code="K1", name="Dana Levi", language="en"))
        shop.invoices.create_invoice(c.id, "K-1", date(2026, 3, 1), Decimal("250.00"),
                                     date(2026, 4, 1))
    finally:
        shop.close()
    out = tmp_path / "warning.pdf"
    refused = arapp("letter", "K1", "--kind", "warning", "--out", out, "--db", db,
                    "--date", "2026-06-30")
    assert refused.returncode == 1
    assert "needs a debt notice first (§13B2); none was sent for K-1" in refused.stderr
    assert "Traceback" not in refused.stderr and not out.exists()
    notice = arapp("letter", "K1", "--kind", "debt_notice", "--out", tmp_path / "n.pdf",
                   "--db", db, "--date", "2026-06-30")
    assert notice.returncode == 0, notice.stderr
    early = arapp("letter", "K1", "--kind", "warning", "--out", out, "--db", db,
                  "--date", "2026-07-01")
    assert early.returncode == 1
    assert "(sent on 30/06/2026); the earliest day is 14/07/2026" in early.stderr
    assert arapp("letter", "K1", "--kind", "warning", "--out", out, "--db", db,
                 "--date", "2026-07-14").returncode == 0


def test_a_warning_by_registered_mail_is_the_owners_choice(tmp_path: Path) -> None:
    """`arapp letter` prints "by registered mail" on a warning unless told
    `--no-registered-mail`; a reminder only with `--registered-mail` (issue #22)."""
    from datetime import date

    from arapp.core.services import Shop
    from arapp.core.services.records import CustomerInput

    db = tmp_path / "shop.sqlite3"
    shop = Shop.open(db)
    c = shop.customers.create(CustomerInput(code="B1", name="Martin Ltd", language="en",
                                            kind="business"))
    shop.invoices.create_invoice(c.id, "F-1", date(2026, 1, 1), Decimal("100"),
                                 date(2026, 2, 1))
    shop.close()

    def heading(*options: str) -> bool:
        out = tmp_path / "letter.pdf"
        done = arapp("letter", "B1", *options, "--out", out, "--db", db, "--date",
                     "2026-06-30")
        assert done.returncode == 0, done.stderr
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                              text=True).stdout
        return "By registered mail" in text

    if subprocess.run(["which", "pdftotext"], capture_output=True).returncode:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    assert heading("--kind", "warning")
    assert not heading("--kind", "warning", "--no-registered-mail")
    assert not heading("--kind", "reminder")
    assert heading("--kind", "reminder", "--registered-mail")
