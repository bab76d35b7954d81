"""The sample shop has a believable collection history around its end day: promises
kept in the past, open ones (some due that day), broken ones and follow-ups for Today."""

from __future__ import annotations

from collections import Counter
from datetime import date

from arapp.core.demo import make_demo_shop
from arapp.core.services import Shop

END = date(2026, 6, 30)


def history(shop: Shop) -> list[tuple[object, ...]]:
    return [tuple(r) for r in shop.db.execute_sql(
        "SELECT customer_id, at, kind, outcome, promise_amount, promise_date, follow_up_date"
        " FROM interaction ORDER BY id")]


def test_the_sample_shop_gives_today_work() -> None:
    shop = Shop.open(":memory:")
    try:
        make_demo_shop(shop.db, customers=250, seed=5, end=END)
        states = Counter(p.state for p in shop.interactions.promises_of(range(1, 251), END))
        assert states["kept"] >= 10 and states["open"] >= 3 and states["broken"] >= 2
        assert shop.interactions.open_promises(END)
        assert shop.interactions.broken_promises(END)
        assert shop.interactions.follow_ups_due(END)
        # Nothing is logged after the end day, and the ledger is sound.
        (last,) = shop.db.execute_sql("SELECT MAX(at) FROM interaction").fetchone()
        assert last < "2026-07-01"
        assert shop.check() == []
        first = history(shop)
    finally:
        shop.close()
    again = Shop.open(":memory:")
    try:
        make_demo_shop(again.db, customers=250, seed=5, end=END)
        assert history(again) == first
    finally:
        again.close()
