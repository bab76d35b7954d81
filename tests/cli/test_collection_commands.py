"""`arapp log`, `arapp timeline` and `arapp handover` as a user runs them: exit codes,
messages that name the field, JSON with decimal strings and ISO dates."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from tests.cli.test_cli import arapp


@pytest.fixture
def shop_db(tmp_path: Path) -> Path:
    db = tmp_path / "shop.sqlite3"
    customers = tmp_path / "customers.csv"
    customers.write_text(
        "code,name,phone,email,address,id_number,credit_limit,language\n"
        "K1,דוד כהן,052-1234567,,,,,he\nK2,Rana,,,,,,en\n", encoding="utf-8")
    assert arapp("import", "customers", customers, "--db", db).returncode == 0
    return db


def test_log_a_promise_and_read_the_timeline(shop_db: Path) -> None:
    soon = date.today() + timedelta(days=5)
    done = arapp("log", "K1", "--kind", "call", "--direction", "out",
                 "--promise-amount", "1,250.50", "--promise-date",
                 soon.strftime("%d/%m/%Y"), "--follow-up", soon.isoformat(),
                 "--reason", "hardship", "--note", "ישלם בשבוע הבא", "--db", shop_db)
    assert done.returncode == 0, done.stderr
    entry = json.loads(done.stdout)["entry"]
    assert (entry["kind"], entry["direction"], entry["outcome"], entry["reason"]) == (
        "call", "out", "promised", "hardship")
    assert (entry["promise_amount"], entry["promise_date"], entry["follow_up"]) == (
        "1250.50", soon.isoformat(), soon.isoformat())
    fixed = arapp("log", "K1", "--kind", "call", "--correct", str(entry["id"]),
                  "--promise-amount", "1000", "--promise-date", soon.isoformat(),
                  "--db", shop_db)
    assert fixed.returncode == 0, fixed.stderr
    new = json.loads(fixed.stdout)["entry"]
    assert new["corrects"] == entry["id"]
    shown = json.loads(arapp("timeline", "K1", "--format", "json", "--db", shop_db).stdout)
    assert [e["id"] for e in shown["entries"]] == [new["id"], entry["id"]]
    assert shown["entries"][1]["superseded_by"] == new["id"]
    (promise,) = shown["promises"]
    assert (promise["entry"], promise["amount"], promise["state"], promise["paid"]) == (
        new["id"], "1000.00", "open", "0.00")
    text = arapp("timeline", "K1", "--db", shop_db).stdout
    assert f"[corrected by {new['id']}]" in text and "(open)" in text
    # Another customer's entry cannot be corrected through this one.
    other = arapp("log", "K2", "--kind", "note", "--note", "x", "--correct", str(new["id"]),
                  "--db", shop_db)
    assert other.returncode == 1 and "another customer's" in other.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--follow-up", "31/02/2026"), "'--follow-up': “31/02/2026” does not exist"),
        (("--promise-amount", "0", "--promise-date", "2100-01-01"),
         "Promise amount must be more than zero"),
        (("--promise-amount", "10", "--promise-date", "01/01/2020"),
         "The promise date 01/01/2020 is in the past"),
        (("--promise-amount", "10",), "needs both an amount and a date"),
        (("--outcome", "promised",), "needs both an amount and a date"),
        (("--at", "30/03/2026"), "--at: give the day and the time"),
        (("--at", "30/03/2026 25:10"), "“25:10” is not a time of day (HH:MM)"),
        (("--at", "31/02/2026 10:00"), "“31/02/2026” does not exist"),
        (("--at", "01/01/2100 10:00"), "is in the future"),
    ],
)
def test_bad_input_exits_1_naming_the_problem_and_logs_nothing(
    shop_db: Path, args: tuple[str, ...], message: str
) -> None:
    done = arapp("log", "K1", "--kind", "call", *args, "--db", shop_db)
    assert done.returncode == 1
    assert message in done.stderr and "Traceback" not in done.stderr
    shown = json.loads(arapp("timeline", "K1", "--format", "json", "--db", shop_db).stdout)
    assert shown["entries"] == []


def test_a_contact_logged_later_keeps_the_time_it_happened(shop_db: Path) -> None:
    yesterday = date.today() - timedelta(days=1)
    done = arapp("log", "K1", "--kind", "visit", "--note", "came by the shop",
                 "--at", f"{yesterday.strftime('%d/%m/%Y')} 16:30", "--db", shop_db)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["entry"]["at"] == f"{yesterday.isoformat()}T16:30:00"


def test_usage_errors_exit_2(shop_db: Path) -> None:
    assert arapp("log", "K1", "--db", shop_db).returncode == 2  # no --kind
    assert arapp("log", "K1", "--kind", "fax", "--db", shop_db).returncode == 2
    assert arapp("handover", "K1", "--db", shop_db).returncode == 2  # no --to
    assert arapp("timeline", "K1", "--format", "xml", "--db", shop_db).returncode == 2
    assert arapp("log", "NOPE", "--kind", "call", "--db", shop_db).returncode == 1


def test_handover_and_take_back(shop_db: Path) -> None:
    done = arapp("handover", "K1", "--to", "עו״ד לוי", "--date", "01/01/2026",
                 "--db", shop_db)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == {
        "customer": "K1", "handed_over": {"on": "2026-01-01", "to": "עו״ד לוי"}}
    again = arapp("handover", "K1", "--to", "X", "--db", shop_db)
    assert again.returncode == 1 and "already handed over" in again.stderr
    back = arapp("handover", "K1", "--take-back", "--db", shop_db)
    assert json.loads(back.stdout) == {"customer": "K1", "handed_over": None}
    kinds = json.loads(arapp("timeline", "K1", "--kind", "handed_over", "--kind",
                             "taken_back", "--format", "json", "--db", shop_db).stdout)
    assert [e["kind"] for e in kinds["entries"]] == ["taken_back", "handed_over"]
