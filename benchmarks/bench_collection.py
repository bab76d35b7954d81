"""How long the collection workflow's shop-wide queries take on a big shop: what Today's
list asks (open and broken promises, follow-ups due), the customer list's risk column
for a page of 200 customers, and one customer's timeline.

    python benchmarks/bench_collection.py --db big.sqlite3 [--runs 5] [--as-of 2026-08-31]

Make the shop first: `arapp demo --db big.sqlite3 --customers 100000 --end 2026-08-31`
(the sample shop's collection history is around its end day). Prints the median of each.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from arapp.core.services import Shop


def median_seconds(work: Callable[[], object], runs: int) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = work()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--as-of", type=date.fromisoformat, default=date.today())
    args = parser.parse_args()
    shop = Shop.open(args.db)
    day = args.as_of
    (customers,) = shop.execute("SELECT COUNT(*) FROM customer").fetchone()
    (entries,) = shop.execute("SELECT COUNT(*) FROM interaction").fetchone()
    print(f"{customers} customers, {entries} log entries, as of {day}")
    page = [cid for (cid,) in shop.execute("SELECT id FROM customer ORDER BY id LIMIT 200")]
    (busiest,) = shop.execute(
        "SELECT customer_id FROM interaction GROUP BY customer_id ORDER BY COUNT(*) DESC"
        " LIMIT 1").fetchone() or (page[0],)
    jobs: dict[str, Callable[[], object]] = {
        "open promises": lambda: shop.interactions.open_promises(day),
        "broken promises": lambda: shop.interactions.broken_promises(day),
        "follow-ups due": lambda: shop.interactions.follow_ups_due(day),
        "risk, 200 customers": lambda: shop.risk.summaries(page, day),
        "timeline, one customer": lambda: shop.interactions.timeline(busiest),
    }
    for name, job in jobs.items():
        seconds, result = median_seconds(job, args.runs)
        size = len(result) if isinstance(result, list | dict) else ""
        print(f"{name:<24} {seconds * 1000:8.1f} ms  ({size} rows)")
    shop.close()


if __name__ == "__main__":
    main()
