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
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path


def largest_table(db: Path) -> str:
    """The table that takes the most pages of the file (the invoices, in a demo shop)."""
    with sqlite3.connect(db) as conn:
        (name,) = conn.execute(
            "SELECT name FROM dbstat WHERE name IN"
            " (SELECT name FROM sqlite_master WHERE type = 'table')"
            " GROUP BY name ORDER BY SUM(pgsize) DESC LIMIT 1"
        ).fetchone()
    return str(name)


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
    if not shutil.which("sqlite3"):
        sys.exit("the floor needs SQLite's command-line shell: apt-get install sqlite3")
    # The floor: the sqlite3 shell reading every row of the table and writing it out.
    floor = ["sqlite3", str(args.db), f'SELECT * FROM "{table}"']
    # A stricter one, for scale: reading every row's last column, writing nothing.
    with sqlite3.connect(args.db) as conn:
        last = conn.execute(f'PRAGMA table_info("{table}")').fetchall()[-1][1]
    strict = ["sqlite3", str(args.db), f'SELECT COUNT(*), MAX("{last}") FROM "{table}"']
    aging = [sys.executable, "-m", "arapp", "aging", "--db", str(args.db), "--format", "json"]
    past = [*aging, "--as-of", args.as_of.isoformat()]
    # The first open of a day moves the cached balances to today; not what is measured.
    timed(aging)
    runs: dict[str, list[float]] = {"floor": [], "strict": [], "today": [], "past": []}
    for _ in range(args.runs):
        runs["floor"].append(timed(floor))
        runs["strict"].append(timed(strict))
        runs["today"].append(timed(aging))
        runs["past"].append(timed(past))
    median = {name: statistics.median(times) for name, times in runs.items()}
    print(f"largest table: {table}")
    for name, label in (("floor", "sqlite3: SELECT * (floor)"),
                        ("strict", f"sqlite3: MAX({last})"), ("today", "aging as of today"),
                        ("past", f"aging as of {args.as_of}")):
        times = runs[name]
        print(f"{label:28s} median {median[name]:.3f} s  best {min(times):.3f} s  "
              f"ratio {median[name] / median['floor']:.2f}x")


if __name__ == "__main__":
    main()
