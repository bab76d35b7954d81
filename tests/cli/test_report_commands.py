"""`arapp today` and `arapp kpi` as a user runs them, on the hand-computed shop of
:mod:`tests.core.hand_shop`: the printed JSON is the hand computation."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from arapp.core.services import Shop, clock
from tests.core.hand_shop import EXPECTED_KPI, EXPECTED_TODAY, D, build_hand_shop


def arapp(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "arapp", *map(str, args)],
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def hand_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("hand") / "shop.sqlite3"
    day = {"value": D}
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(clock, "today", lambda: day["value"])
        shop = Shop.open(db)
        try:
            build_hand_shop(shop, lambda to: day.__setitem__("value", to))
        finally:
            shop.close()
    return db


def test_today_prints_the_hand_computation(hand_db: Path) -> None:
    done = arapp("today", "--db", hand_db, "--as-of", D.isoformat(), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == EXPECTED_TODAY


def test_today_as_text_has_the_figures_and_one_line_a_task(hand_db: Path) -> None:
    done = arapp("today", "--db", hand_db, "--as-of", D.isoformat(), "--format", "text")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == ("Today 2026-03-31: receivable 3600.00, overdue 1800.00, collected "
                        "this month 2000.00 of 2450.00 that fell due, DSO 113.7")
    assert [line.split()[:2] for line in lines[1:]] == [
        [t["kind"], t["customer"]] for t in EXPECTED_TODAY["tasks"]]  # type: ignore[index]


def test_kpi_prints_the_hand_computation(hand_db: Path) -> None:
    done = arapp("kpi", "--db", hand_db, "--as-of", D.isoformat(), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout) == EXPECTED_KPI
    explicit = arapp("kpi", "--db", hand_db, "--as-of", D.isoformat(), "--from", "2026-03-02")
    assert json.loads(explicit.stdout) == EXPECTED_KPI


def test_kpi_as_csv(hand_db: Path) -> None:
    done = arapp("kpi", "--db", hand_db, "--as-of", D.isoformat(), "--format", "csv")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[:3] == ["kpi,value", "as_of,2026-03-31", "from,2026-03-02"]
    assert "dso,113.7" in lines and "promises_kept_share,0.5000" in lines
    assert lines[-5:] == ["top_debtor:C0B,1500.00", "top_debtor:C0A,1200.00",
                          "top_debtor:C0D,450.00", "top_debtor:C0C,300.00",
                          "top_debtor:C0E,250.00"]


def test_kpi_trend(hand_db: Path) -> None:
    done = arapp("kpi", "--db", hand_db, "--as-of", D.isoformat(), "--trend", "--months", "2",
                 "--format", "csv")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "month,end,receivable,overdue,collected,invoiced,dso",
        "2026-02,2026-02-28,4700.00,1250.00,0.00,1950.00,100.7",
        "2026-03,2026-03-31,3600.00,1800.00,2000.00,900.00,113.7",
    ]
    as_json = arapp("kpi", "--db", hand_db, "--as-of", D.isoformat(), "--trend", "--months", "1")
    assert json.loads(as_json.stdout)["months"] == [
        {"month": "2026-03", "end": "2026-03-31", "receivable": "3600.00",
         "overdue": "1800.00", "collected": "2000.00", "invoiced": "900.00", "dso": "113.7"}]


def test_bad_input_and_usage(hand_db: Path) -> None:
    backwards = arapp("kpi", "--db", hand_db, "--as-of", "2026-03-31", "--from", "2026-04-01")
    assert backwards.returncode == 1
    assert "01/04/2026" in backwards.stderr and backwards.stdout == ""
    assert arapp("today", "--db", hand_db, "--as-of", "31/03/2026").returncode == 2
    assert arapp("kpi", "--db", hand_db, "--trend", "--months", "0").returncode == 2
    assert arapp("kpi", "--db", hand_db, "--format", "xml").returncode == 2


def test_an_empty_shop_prints_nulls(tmp_path: Path) -> None:
    db = tmp_path / "empty.sqlite3"
    Shop.open(db).close()  # the CLI refuses a missing file rather than making one (#21)
    done = arapp("kpi", "--db", db, "--as-of", "2026-03-31")
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    assert [figures[k] for k in ("overdue_share", "dso", "collection_rate",
                                 "avg_days_to_pay", "promises_kept_share")] == [None] * 5
    today = arapp("today", "--db", db, "--as-of", "2026-03-31")
    assert json.loads(today.stdout) == {"as_of": "2026-03-31", "tasks": []}
    assert date.fromisoformat(figures["from"]) == date(2026, 3, 2)
