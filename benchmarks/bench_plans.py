"""Installment plan speed: the schedule a keystroke rebuilds (target ≤ 30 ms per keystroke
for the wizard's preview, which this computes and the wizard then shows), a plan's draft
with its agreement data, saving it, and reading it back. Prints figures; asserts nothing.

    python benchmarks/bench_plans.py [--db BIG.sqlite3] [--customers 2000]

With ``--db`` the figures are taken on a copy of that shop (e.g. 100,000 customers);
otherwise on a demo shop made for the run.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from arapp.core.plans.schedule import Frequency, Terms, build_schedule
from arapp.core.services import Shop
from arapp.core.services.plan_records import PlanInput


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float]:
    fn()  # warm
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), max(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", type=Path, default=None)
    parser.add_argument("--customers", type=int, default=2000)
    args = parser.parse_args()
    today = date.today()
    first = today + timedelta(days=30)

    for count, rate in ((12, "0"), (12, "6"), (120, "6")):
        terms = Terms(debt=Decimal("12000.00"), plan_date=today, first_due=first, count=count,
                      annual_rate=Decimal(rate), frequency=Frequency.MONTH)
        med, worst = timed(lambda t=terms: build_schedule(t, today=today), 200)
        print(f"schedule, {count} installments at {rate}%: median {med:.3f} ms, "
              f"max {worst:.3f} ms (a keystroke's share of the 30 ms target)")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        if args.db:
            shutil.copy(args.db, path)
            shop = Shop.open(path)
        else:
            shop = Shop.open(path)
            shop.make_demo(customers=args.customers, seed=5)
        (customer_id,) = shop.execute(
            "SELECT id FROM customer WHERE balance > 0 ORDER BY balance DESC LIMIT 1"
        ).fetchone()
        customers = shop.execute("SELECT COUNT(*) FROM customer").fetchone()[0]
        plan = PlanInput(customer_id=customer_id, first_due=first, count=12,
                         annual_rate=Decimal("6"))
        print(f"shop: {customers} customers")
        for lang in ("he", "ar"):
            med, worst = timed(lambda lang=lang: shop.plans.draft(plan, lang), 20)
            print(f"plan draft with its agreement data, {lang}: median {med:.1f} ms, "
                  f"max {worst:.1f} ms")
        start = time.perf_counter()
        saved = shop.plans.create(plan)
        print(f"saving a 12-installment plan: {(time.perf_counter() - start) * 1000:.1f} ms")
        med, worst = timed(lambda: shop.plans.get(saved.id), 20)
        print(f"reading it back (the card's Plans tab): median {med:.1f} ms, max {worst:.1f} ms")
        med, worst = timed(lambda: shop.plans.coverage(), 5)
        print(f"the shop's debt and cheque coverage: median {med:.1f} ms, max {worst:.1f} ms")
        shop.close()


if __name__ == "__main__":
    main()
