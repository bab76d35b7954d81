"""Letter speed: one letter warm (target ≤ 150 ms) and a batch of 1,000 letters
(target ≤ 60 s on a 2-core machine). Prints figures; asserts nothing.

    python benchmarks/bench_letters.py [--customers 7000] [--letters 1000]
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from arapp.core.demo import make_demo_shop
from arapp.core.dunning import LetterDue
from arapp.core.services import Shop
from arapp.documents.combine import combine_pdfs
from arapp.documents.parallel import render_all
from arapp.documents.render import render_document

AS_OF = date(2026, 6, 30)


def one_letter(shop: Shop, due: LetterDue, lang: str) -> bytes:
    draft = shop.letter_drafts.draft(
        due.customer_id, due.kind, lang=lang, letter_date=AS_OF, item_ids=due.item_ids
    )
    return render_document(draft.data)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=7000)
    parser.add_argument("--letters", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "bench.sqlite3"
        shop = Shop.open(db_path)
        make_demo_shop(shop.db, customers=args.customers, seed=3, end=AS_OF)
        due = shop.letters.letters_due(AS_OF)
        print(f"shop: {args.customers} customers; {len(due)} letters due on {AS_OF}")

        # A warning the ladder asks for, with its items: a warning to a consumer for
        # items without the §13B2 debt notice (or within its 14 days) is refused.
        target = next((d for d in due if d.kind == "warning"), due[0])
        for lang in ("he", "ar", "en"):
            one_letter(shop, target, lang)
            times = []
            for _ in range(15):
                start = time.perf_counter()
                one_letter(shop, target, lang)
                times.append((time.perf_counter() - start) * 1000)
            print(f"one warning letter, warm, {lang}: median {statistics.median(times):.1f} ms, "
                  f"max {max(times):.1f} ms (target ≤ 150 ms)")

        if len(due) < args.letters:
            print(f"only {len(due)} letters due; raise --customers for a {args.letters} batch")
        limited = due[: args.letters]
        shop.letters.letters_due = lambda as_of: limited  # type: ignore[method-assign]
        start = time.perf_counter()
        result = shop.letter_batch.run(
            AS_OF, Path(tmp) / "out", render_all=render_all, combine=combine_pdfs
        )
        elapsed = time.perf_counter() - start
        print(f"batch of {len(result.files)} letters: {elapsed:.1f} s "
              f"({elapsed / max(1, len(result.files)) * 1000:.0f} ms a letter; target ≤ 60 s "
              f"for 1,000)")
        shop.close()


if __name__ == "__main__":
    main()
