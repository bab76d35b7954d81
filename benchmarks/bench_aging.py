"""How long `arapp aging --format json` takes on a big shop, against the floor of the same
run: a bare sqlite3 process reading every row of the shop's largest table.

    python benchmarks/bench_aging.py --db big.sqlite3 [--runs 7] [--as-of 2026-08-31]

Runs are interleaved (floor, aging as of today, aging as of the past date, …) so that a
busy moment of the machine falls on all of them; medians are printed with their ratios.
Make the shop first: `arapp demo --db big.sqlite3 --customers 100000`.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path


def largest_table(db: Path) -> str:
    import sqlite3

    with sqlite3.connect(db) as conn:
        counts = {
            name: conn.execute(f'SELECT COUNT(*) FROM "{name}"').fetchone()[0]
            for (name,) in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'customer_%'"
            )
        }
    return max(counts, key=lambda name: counts[name])


def timed(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--as-of", type=date.fromisoformat,
                        default=date.today() - timedelta(days=90))
    args = parser.parse_args()
    table = largest_table(args.db)
    scan = f'SELECT COUNT(*), SUM(LENGTH(CAST("{table}" AS TEXT))) FROM "{table}"'
    scan = f'SELECT * FROM "{table}"'
    if shutil.which("sqlite3"):
        floor = ["sqlite3", str(args.db), scan]
    else:
        floor = [sys.executable, "-c",
                 f"import sqlite3; [r for r in sqlite3.connect({str(args.db)!r}).execute({scan!r})]"]
    aging = [sys.executable, "-m", "arapp", "aging", "--db", str(args.db), "--format", "json"]
    past = [*aging, "--as-of", args.as_of.isoformat()]
    # The first open of a day moves the cached balances to today; not what is measured.
    timed(aging)
    runs: dict[str, list[float]] = {"floor": [], "today": [], "past": []}
    for _ in range(args.runs):
        runs["floor"].append(timed(floor))
        runs["today"].append(timed(aging))
        runs["past"].append(timed(past))
    median = {name: statistics.median(times) for name, times in runs.items()}
    print(f"largest table: {table}; floor: {' '.join(floor[:1])} reading every row")
    for name, label in (("floor", "bare sqlite3 scan"), ("today", "aging as of today"),
                        ("past", f"aging as of {args.as_of}")):
        times = runs[name]
        print(f"{label:28s} median {median[name]:.3f} s  best {min(times):.3f} s  "
              f"ratio {median[name] / median['floor']:.2f}x")


if __name__ == "__main__":
    main()
