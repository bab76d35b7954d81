"""Crash safety, proven (issue #21 deliver 2): the app is killed (SIGKILL) at random
moments during its long writes — an import of 50,000 payments, a batch of letters
(rendered in worker processes), a plan with a post-dated cheque for each of its 60
installments — and after every kill:

* SQLite's integrity check and every ledger invariant pass, and the audit trail replays
  (``arapp check``'s own function);
* the action is wholly there or wholly absent (50,000 payments or none; every letter of
  the batch and its ladder step or none; the plan with all its installments and cheques
  or none);
* no letter file and no combined print file is left half-written, and each letter the
  database holds is on disk byte for byte;
* no record that was there before the kill is lost or changed;
* no worker process of the killed app is left running.

Slow (a few minutes), so the normal run skips it: ``ARAPP_KILL_TEST=1 pytest
tests/safety`` runs it (CI does, as its own step). ``ARAPP_KILLS`` sets the number of
kills (51: 12 imports, 18 batches, 21 plans), ``ARAPP_KILL_PAYMENTS`` the size of the
import (50,000). The figures are printed and written to
``kill-report.json`` in pytest's temporary folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from arapp.core.services import Shop
from arapp.core.services.integrity import check_database
from arapp.core.store.db import close_database, open_database
from tests.safety.kill_driver import PLAN_CUSTOMER, PLAN_INSTALLMENTS

pytestmark = pytest.mark.skipif(
    os.environ.get("ARAPP_KILL_TEST") != "1",
    reason="the kill test runs as its own CI step (ARAPP_KILL_TEST=1)",
)

ROOT = Path(__file__).resolve().parents[2]
PAYMENTS = int(os.environ.get("ARAPP_KILL_PAYMENTS", "50000"))
LETTER_CUSTOMERS = 40
AS_OF = "2026-06-01"
ACTIONS = ("import", "batch", "plan")
#: How the kills are shared out: an import of 50,000 payments takes longest.
SHARE = {"import": 12, "batch": 18, "plan": 21}
MONEY = ("debit", "credit", "allocation", "plan", "plan_installment", "cheque")


@dataclass
class Figures:
    kills: int = 0
    survived: int = 0
    finished_before_kill: int = 0
    records_lost: int = 0
    all_present: int = 0
    all_absent: int = 0
    workers_left: int = 0
    #: Kills that found render workers running beside the app (the batch's pool).
    killed_with_workers: int = 0
    per_action: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)


def _csv(path: Path, header: str, rows: Iterator[str]) -> Path:
    with path.open("w", encoding="utf-8") as out:
        out.write(header + "\n")
        for row in rows:
            out.write(row + "\n")
    return path


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A shop with overdue invoices for the letters and the plan, and the payments file."""
    folder = tmp_path_factory.mktemp("kill")
    codes = [f"K{n:03d}" for n in range(1, LETTER_CUSTOMERS + 1)]
    customers = _csv(folder / "customers.csv", "code,name,phone",
                     (f"{c},לקוח {c},052-{n:07d}" for n, c in enumerate([*codes, PLAN_CUSTOMER])))
    invoices = _csv(
        folder / "invoices.csv", "customer_code,number,date,due_date,amount",
        (f"{c},INV-{c},2025-01-01,2025-01-31,50000.00" for c in [*codes, PLAN_CUSTOMER]),
    )
    payments = _csv(
        folder / "payments.csv", "customer_code,date,amount,method,reference",
        (f"{codes[n % len(codes)]},2026-05-01,0.{10 + n % 80},cash,R{n}"
         for n in range(PAYMENTS)),
    )
    db = folder / "base.sqlite3"
    shop = Shop.open(db)
    try:
        shop.importer.import_file("customers", customers)
        shop.importer.import_file("invoices", invoices)
    finally:
        shop.close()
    _checkpoint(db)
    return db, payments


def _checkpoint(db: Path) -> None:
    """Fold the WAL into the file, so that a copy of the one file is the whole shop."""
    import sqlite3

    conn = sqlite3.connect(db)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()


def _start(action: str, db: Path, payments: Path, out: Path) -> subprocess.Popen[bytes]:
    extra = {"import": [str(payments)], "batch": [AS_OF, str(out)], "plan": []}[action]
    return subprocess.Popen(
        [sys.executable, "-m", "tests.safety.kill_driver", action, str(db), *extra],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        start_new_session=True,  # its own process group: its workers are found by it
    )


def _group(pgid: int) -> list[int]:
    """The live processes of process group ``pgid`` (zombies are not running)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        fields = stat.rsplit(")", 1)[1].split()
        if fields[0] != "Z" and int(fields[2]) == pgid:
            found.append(int(entry.name))
    return found


#: What a record is, per table: the columns none of these actions may change (a plan
#: rightly changes an invoice's paid amount; nothing may change its number or amount).
KEPT = {
    "debit": "id, customer_id, kind, number, issue_date, due_date, amount, voided_at",
    "credit": "id, customer_id, kind, date, amount, reference, voided_at",
    "allocation": "id, credit_id, debit_id, amount",
    "plan": "id, customer_id, number, version, debt",
    "plan_installment": "id, plan_id, n, debit_id",
    "cheque": "id, credit_id, number, amount",
}


def _rows(db: Path) -> dict[str, set[tuple[object, ...]]]:
    shop = Shop.open(db)
    try:
        return {t: {tuple(r) for r in shop.db.execute_sql(f"SELECT {KEPT[t]} FROM {t}")}
                for t in MONEY}
    finally:
        shop.close()


def _count(db: object, sql: str) -> int:
    return int(db.execute_sql(sql).fetchone()[0])  # type: ignore[attr-defined]


def _complete_pdf(path: Path) -> bool:
    data = path.read_bytes()
    return data.startswith(b"%PDF-") and b"%%EOF" in data[-1024:]


def _verify(action: str, db: Path, out: Path, before: dict[str, set[tuple[object, ...]]],
            expected: int) -> tuple[list[str], bool, int]:
    """(problems, whether the action is present, records lost) after a kill."""
    problems: list[str] = []
    conn = open_database(db)
    try:
        problems += check_database(conn)
        if action == "import":
            added = _count(conn, "SELECT COUNT(*) FROM credit") - len(before["credit"])
        elif action == "plan":
            added = _count(conn, "SELECT COUNT(*) FROM plan")
            parts = (_count(conn, "SELECT COUNT(*) FROM plan_installment"),
                     _count(conn, "SELECT COUNT(*) FROM cheque"))
            if parts != (added * PLAN_INSTALLMENTS, added * PLAN_INSTALLMENTS):
                problems.append(f"plan: {added} plans with {parts} installments, cheques")
        else:
            added = _count(conn, "SELECT COUNT(*) FROM document")
            steps = _count(conn, "SELECT COUNT(*) FROM dunning_step")
            if steps != added:
                problems.append(f"batch: {added} letters recorded, {steps} ladder steps")
            for name, sha in conn.execute_sql(
                "SELECT c.code, d.sha256 FROM document d JOIN customer c ON c.id = d.customer_id"
            ):
                files = list(out.glob(f"*-{name}-*.pdf"))
                if len(files) != 1 or hashlib.sha256(files[0].read_bytes()).hexdigest() != sha:
                    problems.append(f"batch: the letter of {name} is recorded but not on disk")
            if added and not any(out.glob("*-letters.pdf")):
                problems.append("batch: recorded, but the combined print file is missing")
        for pdf in out.glob("*.pdf") if out.exists() else ():
            if not _complete_pdf(pdf):
                problems.append(f"half-written file left: {pdf.name}")
        if added not in (0, expected):
            problems.append(f"{action}: {added} of {expected} records: not all or nothing")
    finally:
        close_database(conn)
    after = _rows(db)
    lost = sum(len(before[t] - after[t]) for t in ("debit", "credit"))
    # Allocations of the base shop stay unless an action voids something: none of these do.
    lost += len(before["allocation"] - after["allocation"])
    if lost:
        problems.append(f"{lost} records of before the kill lost or changed")
    return problems, added == expected, lost


def _full_run(action: str, work: Path, base: Path, payments: Path) -> tuple[float, int]:
    """How long an uninterrupted run takes and how many records it makes."""
    db, out = work / "full.sqlite3", work / "full-out"
    shutil.copy(base, db)
    started = time.monotonic()
    proc = _start(action, db, payments, out)
    _, err = proc.communicate(timeout=900)
    took = time.monotonic() - started
    assert proc.returncode == 0, err.decode()
    conn = open_database(db)
    try:
        assert check_database(conn) == []
        made = {
            "import": lambda: _count(conn, "SELECT COUNT(*) FROM credit"),
            "batch": lambda: _count(conn, "SELECT COUNT(*) FROM document"),
            "plan": lambda: _count(conn, "SELECT COUNT(*) FROM plan"),
        }[action]()
    finally:
        close_database(conn)
    return took, made


def test_killed_at_random_moments_nothing_is_lost(
    base: tuple[Path, Path], tmp_path: Path
) -> None:
    base_db, payments = base
    before = _rows(base_db)
    kills_wanted = int(os.environ.get("ARAPP_KILLS", "51"))
    rng = random.Random(int(os.environ.get("ARAPP_KILL_SEED", "21")))
    figures = Figures()
    for action in ACTIONS:
        took, made = _full_run(action, tmp_path, base_db, payments)
        expected = made - (len(before["credit"]) if action == "import" else 0)
        assert expected == {"import": PAYMENTS, "batch": LETTER_CUSTOMERS + 1, "plan": 1}[action]
        print(f"{action}: a full run takes {took:.1f} s and writes {expected} records")
        share = round(kills_wanted * SHARE[action] / sum(SHARE.values()))
        if action == ACTIONS[-1]:  # what rounding left over
            share = kills_wanted - sum(figures.per_action.values())
        kills = 0
        while kills < share:
            n = figures.kills + figures.finished_before_kill
            db, out = tmp_path / f"k{n}.sqlite3", tmp_path / f"k{n}-out"
            shutil.copy(base_db, db)
            proc = _start(action, db, payments, out)
            time.sleep(rng.uniform(0.05, took))
            if proc.poll() is not None:  # it finished first: not a kill
                figures.finished_before_kill += 1
                proc.communicate()
                continue
            figures.killed_with_workers += len(_group(proc.pid)) > 1
            os.kill(proc.pid, signal.SIGKILL)
            # Not communicate(): a worker left running would hold the stderr pipe open
            # and the test would wait on it (the very defect 9 it checks).
            proc.wait()
            if proc.stderr is not None:
                proc.stderr.close()
            kills += 1
            figures.kills += 1
            deadline = time.monotonic() + 5
            while _group(proc.pid) and time.monotonic() < deadline:
                time.sleep(0.1)
            left = _group(proc.pid)
            problems, present, lost = _verify(action, db, out, before, expected)
            if left:
                figures.workers_left += len(left)
                problems.append(f"{len(left)} worker processes left running: {left}")
                for pid in left:  # ours: started by this test in its own group
                    os.kill(pid, signal.SIGKILL)
            figures.records_lost += lost
            figures.all_present += present
            figures.all_absent += not present
            if problems:
                figures.failures.append(f"{action} kill {kills}: {'; '.join(problems)}")
            else:
                figures.survived += 1
            db.unlink()
            for extra in (db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
                extra.unlink(missing_ok=True)
            shutil.rmtree(out, ignore_errors=True)
        figures.per_action[action] = kills
    report = json.dumps(figures.__dict__, indent=2, ensure_ascii=False)
    print(report)
    (tmp_path / "kill-report.json").write_text(report, encoding="utf-8")
    assert figures.failures == []
    assert figures.kills == kills_wanted and figures.survived == figures.kills
    assert figures.records_lost == 0 and figures.workers_left == 0
