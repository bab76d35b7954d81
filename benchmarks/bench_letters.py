"""Letter speed: one letter warm (target ≤ 150 ms, and ≤ 5× a bare reportlab page of the
same length in the same run) and a batch of 1,000 letters (target ≤ 60 s on a 2-core
machine). Prints figures; asserts nothing.

    python benchmarks/bench_letters.py [--customers 7000] [--letters 1000] [--no-batch]

The bare page draws the letter's own words with ``drawString`` in a built-in font, one
line per wrapped line and one per table row: what any reportlab page of that length
costs, so the ratio shows what the bidi, shaping and layout add.
"""

from __future__ import annotations

import argparse
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date
from io import BytesIO
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen.canvas import Canvas

from arapp.core.demo import make_demo_shop
from arapp.core.dunning import LetterDue
from arapp.core.letters.data import LetterData
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


def bare_page(data: LetterData) -> bytes:
    """The same letter's text as plain reportlab lines (no bidi, no shaping, no tables)."""
    out = BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=1)
    lines = [data.business.name, data.recipient.name, data.subject]
    for paragraph in data.paragraphs:
        lines += simpleSplit(paragraph, "Helvetica", 10.5, 480)
    lines += [f"{i.number} {i.issue_date} {i.due_date} {i.days_late} {i.open_amount}"
              for i in data.items]
    lines += data.business.bank_details.splitlines()
    y = 800.0
    for line in lines:
        if y < 60:
            canvas.showPage()
            y = 800.0
        canvas.setFont("Helvetica", 10.5)
        canvas.drawString(57, y, line)
        y -= 15
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def interleaved_ms(works: list[Callable[[], object]], runs: int = 21) -> list[list[float]]:
    """CPU times of each of ``works`` (rendering is single-threaded: the process's own CPU
    time is what it costs, however busy the shared machine is), run in turn so that what
    noise is left falls on all of them alike."""
    times: list[list[float]] = [[] for _ in works]
    for _ in range(runs):
        for work, spent in zip(works, times, strict=True):
            start = time.process_time()
            work()
            spent.append((time.process_time() - start) * 1000)
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=7000)
    parser.add_argument("--letters", type=int, default=1000)
    parser.add_argument("--no-batch", action="store_true", help="time one letter only")
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
            data = shop.letter_drafts.draft(
                target.customer_id, target.kind, lang=lang, letter_date=AS_OF,
                item_ids=target.item_ids,
            ).data
            render_document(data)
            bare_page(data)
            rendered, plain, whole = interleaved_ms([
                lambda data=data: render_document(data),
                lambda data=data: bare_page(data),
                lambda lang=lang: one_letter(shop, target, lang),
            ])
            letter, worst = statistics.median(rendered), max(rendered)
            bare, drafted = statistics.median(plain), statistics.median(whole)
            print(f"one warning letter, warm, {lang}: render median CPU {letter:.1f} ms "
                  f"(max {worst:.1f}), bare reportlab page of the same length {bare:.1f} ms "
                  f"= {letter / bare:.1f}x (target ≤ 5x); drafted and rendered "
                  f"{drafted:.1f} ms (target ≤ 150 ms)")
        if args.no_batch:
            shop.close()
            return

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
