"""`arapp checks …` and `arapp forecast` as a user runs them: a subprocess, exit codes,
warnings on stderr, the JSON shape DESIGN.md gives (money as decimal strings, ISO dates),
and bad input refused with a message and nothing changed."""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta
from pathlib import Path

import pytest

from arapp.core.plans.schedule import add_months
from tests.cli.test_cli import arapp

TODAY = date.today()
#: Dates relative to today, so the test holds whenever it runs: the forecast starts on
#: the first of next month; the plan's installments fall due at the end of that month
#: and the next two.
START = add_months(TODAY.replace(day=1), 1)
FIRST_DUE = add_months(START, 1) - timedelta(days=1)


@pytest.fixture
def shop_db(tmp_path: Path) -> Path:
    db = tmp_path / "shop.sqlite3"
    customers = tmp_path / "customers.csv"
    customers.write_text(
        "code,name,phone,email,address,id_number,credit_limit,language\n"
        "K1,דוד כהן,052-1234567,,,012345674,,he\n"
        "K2,Firm Ltd,03-1234567,,,,,en\n", encoding="utf-8")
    invoices = tmp_path / "invoices.csv"
    invoices.write_text(
        "customer_code,number,date,due_date,amount\n"
        "K1,1001,2026-06-01,2026-07-01,1000.00\n"
        "K1,1002,2026-06-02,2026-07-02,500.00\n"
        "K2,2001,2026-06-03,2026-07-03,700.00\n", encoding="utf-8")
    assert arapp("import", "customers", customers, "--db", db).returncode == 0
    assert arapp("import", "invoices", invoices, "--db", db).returncode == 0
    return db


def cheque_args(number: str, amount: str, on: date | str, account: str = "678901") -> list[str]:
    day = on if isinstance(on, str) else on.isoformat()
    return ["--number", number, "--bank", "12", "--branch", "345", "--account", account,
            "--amount", amount, "--date", day]


def rows(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(db) as conn:
        return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
                for t in ("credit", "allocation", "debit", "cheque", "cheque_event",
                          "cheque_deposit", "interaction")}


def test_add_list_deposit_return_and_the_json_shape(shop_db: Path) -> None:
    done = arapp("checks", "add", "K1", *cheque_args("1001", "1200", TODAY), "--db", shop_db)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    first = json.loads(done.stdout)["check"]
    over = arapp("checks", "add", "K1", *cheque_args("1002", "400", TODAY),
                 "--drawer", "שרה לוי", "--drawer-id", "12345674", "--db", shop_db)
    assert over.returncode == 0, over.stderr
    assert over.stderr == ("arapp: warning: Cheque 1002 is 100.00 more than דוד כהן owes: "
                           "the rest stays as credit on account\n")
    listed = arapp("checks", "list", "--format", "json", "--db", shop_db)
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == {"checks": [
        {"id": first["id"], "customer": "K1", "number": "1001", "bank": "12", "branch": "345",
         "account": "678901", "drawer": "דוד כהן", "amount": "1200.00",
         "date": TODAY.isoformat(), "status": "in_hand", "reason": "", "fee": None,
         "pays": ["1001", "1002"]},
        {"id": first["id"] + 1, "customer": "K1", "number": "1002", "bank": "12",
         "branch": "345", "account": "678901", "drawer": "שרה לוי", "amount": "400.00",
         "date": TODAY.isoformat(), "status": "in_hand", "reason": "", "fee": None,
         "pays": ["1002"]},
    ]}
    deposited = arapp("checks", "deposit", str(first["id"]), "--db", shop_db)
    assert deposited.returncode == 0, deposited.stderr
    batch = json.loads(deposited.stdout)
    assert (batch["count"], batch["total"]) == (1, "1200.00")

    returned = arapp("checks", "return", str(first["id"]), "--reason", "insufficient_funds",
                     "--db", shop_db)
    assert returned.returncode == 0, returned.stderr
    check = json.loads(returned.stdout)["check"]
    assert (check["status"], check["reason"], check["pays"]) == (
        "returned", "insufficient_funds", ["1001", "1002"])
    only = json.loads(arapp("checks", "list", "--status", "returned", "--customer", "K1",
                            "--format", "json", "--db", shop_db).stdout)
    assert [c["number"] for c in only["checks"]] == ["1001"]
    exposure = json.loads(arapp("checks", "exposure", "--customer", "K1", "--as-of",
                                TODAY.isoformat(), "--db", shop_db).stdout)
    # Owed 1500; the returned cheque pays nothing; 1002 (400, today) is counted as paid
    # but not cleared: debt 1100, at risk 400, exposure 1500.
    assert (exposure["debt"], exposure["at_risk"], exposure["exposure"],
            exposure["returned"]) == ("1100.00", "400.00", "1500.00", 1)
    # The next cheque from that account comes with a warning.
    again = arapp("checks", "add", "K1", *cheque_args("1003", "10", TODAY), "--db", shop_db)
    assert again.returncode == 0 and "returned cheques in the register (1)" in again.stderr
    assert again.stderr.startswith("arapp: warning: ")
    csv = arapp("checks", "list", "--format", "csv", "--db", shop_db)
    assert csv.stdout.splitlines()[0] == (
        "id,customer,number,bank,branch,account,drawer,amount,date,status,reason,fee,pays")
    assert "insufficient_funds" in csv.stdout.splitlines()[1]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["checks", "add", "K1", *cheque_args("1", "10", TODAY)[:4], "--branch", "1234",
          "--account", "1", "--amount", "10", "--date", TODAY.isoformat()],
         "the branch is a number of up to 3 digits"),
        (["checks", "add", "K1", *cheque_args("12ab", "10", TODAY)],
         "the cheque number is a number of up to 10 digits"),
        (["checks", "add", "K1", *cheque_args("1", "10", "31/02/2027")],
         "--date: “31/02/2027” does not exist: February 2027 has 28 days"),
        (["checks", "add", "K1", *cheque_args("1", "10", TODAY), "--endorser", "Moshe"],
         "an endorsed cheque needs the endorser's ID number (the Cash Law)"),
        (["checks", "add", "K9", *cheque_args("1", "10", TODAY)], "No customer with code"),
        (["checks", "return", "77", "--reason", "closed"], "No cheque 77 in the register"),
        (["checks", "deposit", "77"], "No cheque 77 in the register"),
        (["forecast", "--from", "2027-02-30", "--months", "2"], "does not exist"),
    ],
)
def test_bad_input_is_refused_with_a_message_and_nothing_changes(
    shop_db: Path, args: list[str], message: str,
) -> None:
    before = rows(shop_db)
    done = arapp(*args, "--db", shop_db)
    assert done.returncode == 1, (done.stdout, done.stderr)
    assert message in done.stderr
    assert done.stdout == ""
    assert rows(shop_db) == before


def test_returning_twice_depositing_a_returned_one_and_early_deposits(shop_db: Path) -> None:
    first = json.loads(arapp("checks", "add", "K2", *cheque_args("5", "700", TODAY),
                             "--db", shop_db).stdout)["check"]["id"]
    later = TODAY + timedelta(days=40)
    post = json.loads(arapp("checks", "add", "K2", *cheque_args("6", "10", later),
                            "--db", shop_db).stdout)["check"]["id"]
    before = rows(shop_db)
    fee = arapp("checks", "return", str(first), "--reason", "closed", "--fee", "36.50",
                "--db", shop_db)
    # Customers imported without a kind are consumers: no fee before the debt notice.
    assert fee.returncode == 1 and "no collection cost" in fee.stderr
    assert rows(shop_db) == before
    done = arapp("checks", "return", str(first), "--reason", "closed", "--db", shop_db)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["check"]["fee"] is None
    before = rows(shop_db)
    twice = arapp("checks", "return", str(first), "--reason", "closed", "--db", shop_db)
    assert (twice.returncode, twice.stderr) == (1, "arapp: Cheque 5 was already returned\n")
    deposit = arapp("checks", "deposit", str(first), "--db", shop_db)
    assert (deposit.returncode, deposit.stderr) == (1, "arapp: Cheque 5 was already returned\n")
    early = arapp("checks", "deposit", str(post), "--db", shop_db)
    assert early.returncode == 1 and "cannot be deposited yet: 6" in early.stderr
    assert rows(shop_db) == before
    allowed = arapp("checks", "deposit", str(post), "--early", "--db", shop_db)
    assert allowed.returncode == 0, allowed.stderr
    assert allowed.stderr.startswith("arapp: warning: Cheque 6 is dated")
    cleared = arapp("checks", "clear", str(post), "--db", shop_db)
    assert cleared.returncode == 0, cleared.stderr
    replaced = arapp("checks", "replace", str(first), "--cash", "700", "--db", shop_db)
    assert replaced.returncode == 0, replaced.stderr
    assert json.loads(replaced.stdout)["replaced"]["status"] == "replaced"
    assert arapp("check", "--db", shop_db).returncode == 0


def test_forecast_agrees_with_a_hand_computation(shop_db: Path) -> None:
    plan = arapp("plan", "create", "K1", "--installments", "3", "--first-due",
                 FIRST_DUE.isoformat(), "--db", shop_db)
    assert plan.returncode == 0, plan.stderr
    made = json.loads(plan.stdout)
    assert [i["amount"] for i in made["installments"]] == ["500.00"] * 3
    month3 = add_months(START, 2)
    # Installment 2's cheque, dated in the third month: counted once, as the cheque.
    inst = arapp("checks", "add", "K1", *cheque_args("7", "500", month3 + timedelta(days=2)),
                 "--plan", str(made["plan"]), "--installment", "2", "--db", shop_db)
    assert inst.returncode == 0, inst.stderr
    assert json.loads(inst.stdout)["check"]["pays"] == [made["installments"][1]["number"]]
    # A cheque dated today, not deposited: expected on the first day; it pays 40 of
    # installment 1 (oldest due first), which leaves 460.
    assert arapp("checks", "add", "K1", *cheque_args("8", "40", TODAY),
                 "--db", shop_db).returncode == 0
    done = arapp("forecast", "--from", START.isoformat(), "--months", "3", "--format", "json",
                 "--db", shop_db)
    assert done.returncode == 0, done.stderr
    got = json.loads(done.stdout)
    assert (got["from"], got["to"]) == (START.isoformat(),
                                        (add_months(START, 3) - timedelta(days=1)).isoformat())
    assert [(m["start"], m["checks"], m["installments"], m["total"]) for m in got["months"]] == [
        (START.isoformat(), "40.00", "460.00", "500.00"),
        (add_months(START, 1).isoformat(), "0.00", "0.00", "0.00"),
        (month3.isoformat(), "500.00", "500.00", "1000.00"),
    ]
    assert got["totals"] == {"checks": "540.00", "installments": "960.00", "total": "1500.00"}
    assert got["weeks"][0]["start"] == START.isoformat()
    assert sum(float(w["total"]) for w in got["weeks"]) == 1500.0
    csv = arapp("forecast", "--from", START.isoformat(), "--months", "3", "--format", "csv",
                "--db", shop_db)
    lines = csv.stdout.splitlines()
    assert lines[0] == "period,start,end,checks,installments,total"
    assert lines[-3:] == [
        f"month,{START},{add_months(START, 1) - timedelta(days=1)},40.00,460.00,500.00",
        f"month,{add_months(START, 1)},{month3 - timedelta(days=1)},0.00,0.00,0.00",
        f"month,{month3},{add_months(START, 3) - timedelta(days=1)},500.00,500.00,1000.00",
    ]


def test_give_back_replace_by_a_cheque_and_a_drawer_account(shop_db: Path) -> None:
    first = json.loads(arapp("checks", "add", "K1", *cheque_args("21", "300", TODAY),
                             "--db", shop_db).stdout)["check"]["id"]
    second = json.loads(arapp("checks", "add", "K1", *cheque_args("22", "200", TODAY),
                              "--db", shop_db).stdout)["check"]["id"]
    back = arapp("checks", "give-back", str(first), "--db", shop_db)
    assert back.returncode == 0, back.stderr
    assert json.loads(back.stdout)["check"]["status"] == "given_back"
    new = arapp("checks", "replace", str(second), *cheque_args("23", "200", TODAY, "555"),
                "--db", shop_db)
    assert new.returncode == 0, new.stderr
    done = json.loads(new.stdout)
    assert (done["replaced"]["status"], done["check"]["number"], done["check"]["account"],
            done["check"]["pays"]) == ("replaced", "23", "555", ["1001"])
    account = arapp("checks", "account", "12", "345", "555", "--checked", "01/11/2026",
                    "--db", shop_db)
    assert account.returncode == 0, account.stderr
    assert json.loads(account.stdout) == {"returned": 0, "checked_on": "2026-11-01"}
    assert arapp("check", "--db", shop_db).returncode == 0


def test_deposit_writes_the_printable_list_and_deposit_list_reprints_it(
    shop_db: Path, tmp_path: Path
) -> None:
    import subprocess

    first = json.loads(arapp("checks", "add", "K1", *cheque_args("1001", "1200", TODAY),
                             "--db", shop_db).stdout)["check"]["id"]
    out = tmp_path / "lists" / "today.pdf"
    done = arapp("checks", "deposit", str(first), "--bank-account", "Leumi 10-800-1234567",
                 "--out", out, "--lang", "ar", "--db", shop_db)
    assert done.returncode == 0, done.stderr
    batch = json.loads(done.stdout)["deposit"]
    text = subprocess.run(["pdftotext", "-layout", out, "-"], capture_output=True,
                          check=True, text=True).stdout
    assert "12/345/678901" in text and "1,200.00" in text and "Leumi 10-800-1234567" in text
    again = tmp_path / "again.pdf"
    listed = arapp("checks", "deposit-list", "--from", TODAY.isoformat(), "--to",
                   TODAY.isoformat(), "--lang", "en", "--out", again, "--db", shop_db)
    assert listed.returncode == 0, listed.stderr
    text = subprocess.run(["pdftotext", "-layout", again, "-"], capture_output=True,
                          check=True, text=True).stdout
    assert "Cheque deposit list" in text and "1,200.00" in text
    by_id = arapp("checks", "deposit-list", str(batch), "--out", again, "--db", shop_db)
    assert by_id.returncode == 0, by_id.stderr
    none = arapp("checks", "deposit-list", "--from", "2020-01-01", "--to", "2020-01-31",
                 "--out", tmp_path / "none.pdf", "--db", shop_db)
    assert (none.returncode, none.stderr) == (
        1, "arapp: No cheques were deposited in that period\n")
    assert not (tmp_path / "none.pdf").exists()
    bad = arapp("checks", "deposit-list", "--from", "31/02/2026", "--out", again,
                "--db", shop_db)
    assert bad.returncode == 1 and "--from" in bad.stderr
