"""How long Today takes to open on a big shop (issue #20: ≤ 500 ms on the 100,000-customer
demo shop), against a bare floor: the sqlite3 shell counting the shop's largest table.

    python benchmarks/bench_today.py --db big.sqlite3 [--runs 7] [--as-of 2026-11-27]
                                     [--work 300] [--due-index] [--screen]

The shop is copied to a temporary folder first (opening it migrates an older file and
moves its cached balances to today; the original is never touched). ``--work N`` gives
the copy N open promises, N broken ones, N follow-ups due, N cheques to deposit and N
returned, and N running plans, so that every kind of task is there to find (a demo shop
has none of them). ``--due-index`` adds the index on due dates that "fell due this
month" would read (not in the schema yet) to show what it changes.

Measured in one process with the shop open, as the app has it: the summary (receivable,
overdue, aging totals, collected and fell due this month, DSO), the work list without
the letters (what Today shows first) and ``kpi``, runs interleaved with the floor,
medians printed with their ratios to it; then, once each (they take seconds), the letters
due (the ladder over every late item, added to the list when ready) and the 12-month
trend of the Reports screen.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from arapp.core.errors import UserError
from arapp.core.services import Shop, clock
from arapp.core.services.today import QUICK_KINDS, SLOW_KINDS

DUE_INDEX = ("CREATE INDEX IF NOT EXISTS debit_due ON debit (due_date, amount)"
             " WHERE voided_at IS NULL")


def largest_table(db: Path) -> str:
    with sqlite3.connect(db) as conn:
        (name,) = conn.execute(
            "SELECT name FROM dbstat WHERE name IN"
            " (SELECT name FROM sqlite_master WHERE type = 'table')"
            " GROUP BY name ORDER BY SUM(pgsize) DESC LIMIT 1"
        ).fetchone()
    return str(name)


def timed_process(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def add_work(shop: Shop, count: int, as_of: date) -> None:
    """Give ``count`` customers with open items each kind of task (see the module)."""
    from arapp.core.cheques import ChequeInput
    from arapp.core.services.interaction_records import InteractionInput
    from arapp.core.services.plan_records import PlanInput

    ids = [cid for (cid,) in shop.execute(
        "SELECT id FROM customer WHERE balance > 0 ORDER BY id LIMIT ?", (count * 6,))]
    groups = [ids[k::6] for k in range(6)]
    earlier = as_of - timedelta(days=10)
    at = datetime(earlier.year, earlier.month, earlier.day, 10, 0)
    real_today = clock.today
    clock.today = lambda: earlier  # type: ignore[assignment]
    try:
        for cid in groups[0]:  # open promises, due on as_of
            shop.interactions.log(cid, InteractionInput(
                kind="call", at=at, promise_amount=Decimal("100.00"), promise_date=as_of))
        for cid in groups[1]:  # broken promises
            shop.interactions.log(cid, InteractionInput(
                kind="call", at=at, promise_amount=Decimal("100.00"), promise_date=earlier))
        for cid in groups[2]:  # follow-ups due
            shop.interactions.log(cid, InteractionInput(
                kind="call", at=at, follow_up_date=as_of - timedelta(days=1)))
        for k, cid in enumerate(groups[3]):  # cheques to deposit
            shop.cheques.add(cid, ChequeInput(
                bank="12", branch="345", account="600000", number=str(10000 + k),
                amount=Decimal("50.00"), date=earlier))
        for k, cid in enumerate(groups[4]):  # returned cheques
            record = shop.cheques.add(cid, ChequeInput(
                bank="12", branch="345", account="700000", number=str(10000 + k),
                amount=Decimal("50.00"), date=earlier)).record
            shop.cheques.return_cheque(record.id, "insufficient_funds", on=earlier)
        for k, cid in enumerate(groups[5]):  # running plans: an installment late or due
            first = as_of if k % 2 else earlier + timedelta(days=1)
            with contextlib.suppress(UserError):  # only disputed items: nothing to spread
                shop.plans.create(PlanInput(customer_id=cid, first_due=first, count=6,
                                            plan_date=earlier))
    finally:
        clock.today = real_today  # type: ignore[assignment]


def _until(done: Callable[[], bool], limit: float = 120.0) -> float:
    """Seconds until ``done()`` holds, the event loop running meanwhile. The loop waits
    in Qt between checks: spinning on processEvents would hold Python's lock and slow
    the worker thread being measured."""
    from PySide6.QtCore import QEventLoop, QTimer

    start = time.perf_counter()
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(2)

    def check() -> None:
        if done() or time.perf_counter() - start > limit:
            loop.quit()

    timer.timeout.connect(check)
    timer.start()
    if not done():
        loop.exec()
    timer.stop()
    if not done():
        raise SystemExit("Today did not finish loading")
    return time.perf_counter() - start


def time_screen(shop: Shop, runs: int) -> dict[str, list[float]]:
    """The bare window, Today's first part on screen, and Today complete, ``runs`` times."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication, QWidget

    from arapp.ui.collection.today_view import TodayView
    from arapp.ui.ops.query import wait_for_queries

    app = QApplication.instance() or QApplication(sys.argv[:1])
    times: dict[str, list[float]] = {"bare": [], "first": [], "complete": []}
    for _ in range(runs):
        start = time.perf_counter()
        bare = QWidget()
        bare.resize(1366, 700)
        bare.show()
        app.processEvents()
        times["bare"].append(time.perf_counter() - start)
        bare.close()
        bare.deleteLater()

        start = time.perf_counter()
        view = TodayView(shop)
        view.resize(1366, 700)
        view.show()
        _until(lambda v=view: bool(v.tasks()))  # type: ignore[misc]
        times["first"].append(time.perf_counter() - start)
        _until(view.is_loaded)
        times["complete"].append(time.perf_counter() - start)
        wait_for_queries(60000)
        view.close()
        view.deleteLater()
        app.processEvents()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--as-of", type=date.fromisoformat, default=None)
    parser.add_argument("--work", type=int, default=0, metavar="N")
    parser.add_argument("--due-index", action="store_true")
    parser.add_argument("--screen", action="store_true")
    args = parser.parse_args()
    if not shutil.which("sqlite3"):
        sys.exit("the floor needs SQLite's command-line shell: apt-get install sqlite3")
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "today.sqlite3"
        shutil.copyfile(args.db, copy)
        shop = Shop.open(copy)
        as_of = args.as_of or clock.today()
        if args.work:
            add_work(shop, args.work, as_of)
        if args.due_index:
            shop.execute(DUE_INDEX)
        shop.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        table = largest_table(copy)
        with sqlite3.connect(copy) as conn:
            last = conn.execute(f'PRAGMA table_info("{table}")').fetchall()[-1][1]
        floor = ["sqlite3", str(copy), f'SELECT COUNT(*), MAX("{last}") FROM "{table}"']
        today = shop.today
        measures: dict[str, Callable[[], object]] = {
            "summary": lambda: today.summary(as_of),
            "quick": lambda: today.tasks(as_of, QUICK_KINDS),
            "opens": lambda: (today.summary(as_of), today.tasks(as_of, QUICK_KINDS)),
            "kpi": lambda: shop.kpi.compute(as_of),
        }
        counts = {kind: 0 for kind in (*QUICK_KINDS, *SLOW_KINDS)}
        for task in today.tasks(as_of):  # also the warm-up: the ORM and caches loaded
            counts[task.kind] += 1
        # Seconds, not milliseconds, each: timed once.
        once = {
            "letters": timed(lambda: today.tasks(as_of, SLOW_KINDS)),
            "trend": timed(lambda: shop.kpi.trend(as_of, 12)),
        }
        runs: dict[str, list[float]] = {"floor": [], **{name: [] for name in measures}}
        for _ in range(args.runs):
            runs["floor"].append(timed_process(floor))
            for name, work in measures.items():
                runs[name].append(timed(work))
        screen = time_screen(shop, args.runs) if args.screen else {}
        shop.close()
    median = {name: statistics.median(times) for name, times in runs.items()}
    print(f"shop: {args.db} as of {as_of}; largest table {table}"
          f"{'; with the due-date index' if args.due_index else ''}")
    print("tasks: " + ", ".join(f"{kind} {n}" for kind, n in counts.items()))
    labels = {
        "floor": f"sqlite3: MAX({last}) (floor)",
        "summary": "Today's figures",
        "quick": "work list without letters",
        "opens": "Today opens (both)",
        "kpi": "kpi (30 days)",
    }
    for name, label in labels.items():
        times = runs[name]
        print(f"{label:28s} median {median[name]:.3f} s  best {min(times):.3f} s  "
              f"ratio {median[name] / median['floor']:.2f}x")
    for name, label in (("letters", "letters due (added later)"), ("trend", "trend, 12 months")):
        print(f"{label:28s} once   {once[name]:.3f} s  ratio {once[name] / median['floor']:.2f}x")
    verdict = "within" if median["opens"] <= 0.5 else "OVER"
    print(f"Today opens in {median['opens'] * 1000:.0f} ms: {verdict} the 500 ms target")
    if screen:
        bare = statistics.median(screen["bare"])
        print(f"screen: bare PySide6 window (floor) median {bare * 1000:.0f} ms")
        for name, label in (("first", "figures and list on screen"),
                            ("complete", "letters due added")):
            m = statistics.median(screen[name])
            print(f"screen: {label:26s} median {m * 1000:.0f} ms  best "
                  f"{min(screen[name]) * 1000:.0f} ms  ({m / bare:.1f}x the bare window)")
        first = statistics.median(screen["first"])
        verdict = "within" if first <= 0.5 else "OVER"
        print(f"Today on screen in {first * 1000:.0f} ms: {verdict} the 500 ms target")


if __name__ == "__main__":
    main()
