"""`arapp plan …` and `arapp agreement` as a user runs them: a subprocess, exit codes, the
JSON shape DESIGN.md gives, money as decimal strings."""

from __future__ import annotations

import calendar
import json
from datetime import date
from pathlib import Path

import pytest

from tests.cli.test_cli import arapp

INVOICES = [("1001", "2000.00"), ("1002", "3000.00"), ("1003", "1500.00"),
            ("1004", "4000.00"), ("1005", "1500.00")]


def next_january_31() -> date:
    today = date.today()
    year = today.year if today < date(today.year, 1, 31) else today.year + 1
    return date(year, 1, 31)


@pytest.fixture
def shop_db(tmp_path: Path) -> Path:
    db = tmp_path / "shop.sqlite3"
    customers = tmp_path / "customers.csv"
    customers.write_text(
        "code,name,phone,email,address,id_number,credit_limit,language\n"
        "K1,דוד כהן,052-1234567,,הרצל 5 חיפה,012345674,,he\n", encoding="utf-8")
    invoices = tmp_path / "invoices.csv"
    invoices.write_text(
        "customer_code,number,date,due_date,amount\n"
        + "".join(f"K1,{n},2026-06-0{k + 1},2026-07-0{k + 1},{a}\n"
                  for k, (n, a) in enumerate(INVOICES)), encoding="utf-8")
    assert arapp("import", "customers", customers, "--db", db).returncode == 0
    assert arapp("import", "invoices", invoices, "--db", db).returncode == 0
    return db


def test_plan_create_gives_the_textbook_annuity_to_the_agora(shop_db: Path) -> None:
    first = next_january_31()
    done = arapp("plan", "create", "K1", "--installments", "12", "--first-due",
                 first.isoformat(), "--annual-rate", "6", "--db", shop_db)
    assert done.returncode == 0, done.stderr
    plan = json.loads(done.stdout)
    assert plan["customer"] == "K1" and plan["status"] == "active"
    assert plan["principal"] == "12000.00" and plan["down_payment"] == "0.00"
    assert plan["annual_rate"] == "6" and plan["total_interest"] == "393.58"
    lines = plan["installments"]
    assert [x["amount"] for x in lines] == ["1032.80"] * 11 + ["1032.78"]
    assert lines[0]["interest"] == "60.00" and lines[0]["principal"] == "972.80"
    feb = calendar.monthrange(first.year + 1 if first.month == 12 else first.year, 2)[1]
    assert [x["due"] for x in lines[:3]] == [
        first.isoformat(), date(first.year, 2, feb).isoformat(),
        date(first.year, 3, 31).isoformat()]
    assert {x["status"] for x in lines} == {"due"} and {x["paid"] for x in lines} == {"0.00"}

    shown = arapp("plan", "show", str(plan["plan"]), "--format", "json", "--db", shop_db)
    assert json.loads(shown.stdout)["installments"] == lines
    listed = json.loads(arapp("plan", "list", "K1", "--db", shop_db).stdout)
    assert [p["plan"] for p in listed["plans"]] == [plan["plan"]]
    assert arapp("check", "--db", shop_db).returncode == 0


@pytest.mark.parametrize(
    "bad",
    [
        ["--installments", "0"],
        ["--installments", "1000"],
        ["--installments", "12", "--annual-rate", "-1"],
        ["--installments", "12", "--annual-rate", "400"],
        ["--installments", "12", "--down-payment", "12000.01"],
        ["--installments", "12", "--first-due", "2020-01-31"],
    ],
)
def test_bad_terms_exit_1_and_save_nothing(shop_db: Path, bad: list[str]) -> None:
    args = ["plan", "create", "K1", "--first-due", next_january_31().isoformat(), *bad]
    done = arapp(*args, "--db", shop_db)
    assert done.returncode == 1, done.stdout
    assert done.stderr.startswith("arapp: ")
    assert json.loads(arapp("plan", "list", "K1", "--db", shop_db).stdout)["plans"] == []


def test_usage_errors_exit_2(shop_db: Path) -> None:
    assert arapp("plan", "create", "K1", "--db", shop_db).returncode == 2  # no --first-due
    assert arapp("plan", "show", "x", "--db", shop_db).returncode == 2
    assert arapp("plan", "frobnicate", "--db", shop_db).returncode == 2


def test_cancel_and_breach(shop_db: Path) -> None:
    done = arapp("plan", "create", "K1", "--installments", "3", "--first-due",
                 next_january_31().isoformat(), "--db", shop_db)
    plan = json.loads(done.stdout)["plan"]
    breach = arapp("plan", "breach", str(plan), "--db", shop_db)
    assert breach.returncode == 1 and "good standing" in breach.stderr
    assert arapp("plan", "cancel", str(plan), "--reason", "typo", "--db", shop_db
                 ).returncode == 0
    shown = json.loads(arapp("plan", "show", str(plan), "--format", "json", "--db",
                             shop_db).stdout)
    assert shown["status"] == "cancelled"
    assert arapp("plan", "show", "99", "--db", shop_db).returncode == 1
