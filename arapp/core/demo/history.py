"""The sample shop's collection history (issue #20): calls, messages and promises around
the end day, so the timeline has something to show and Today has work — follow-ups due,
promises due and broken, kept ones in the past.

Drawn from its own random stream (seeded from the shop's seed), so the ledger part of a
sample shop stays what it was for the same seed. Promises are written as the owner would
have logged them; whether each was kept is not written anywhere: it follows from the
payments, like every promise.
"""

from __future__ import annotations

import random
from collections.abc import Mapping, Sequence

#: Notes an owner might type, in the customer's language.
_NOTES = {
    "he": {
        "promise": ("אמר שיעביר בסוף החודש", "יעביר בביט אחרי המשכורת", "הבטיח לשלם חלק"),
        "no_answer": ("לא ענה, להתקשר שוב", "תא קולי", "לא זמין"),
        "dispute": ("טוען שהחשבונית כבר שולמה", "טוען שהסחורה הגיעה פגומה"),
        "hardship": ("איבד את העבודה, ביקש פריסה", "קשיים, ביקש עוד שבוע"),
        "visit": ("עבר בחנות, אמר שיסדיר", "נפגשנו, יביא צ'ק"),
    },
    "ar": {
        "promise": ("قال إنه سيدفع في نهاية الشهر", "سيحوّل المبلغ بعد الراتب",
                    "وعد بدفع جزء من المبلغ"),
        "no_answer": ("لم يرد، أتصل مرة أخرى", "البريد الصوتي", "الهاتف مغلق"),
        "dispute": ("يقول إن الفاتورة دُفعت", "يقول إن البضاعة وصلت تالفة"),
        "hardship": ("فقد عمله وطلب تقسيط المبلغ", "ظروف صعبة، طلب أسبوعًا آخر"),
        "visit": ("مرّ على المحل وقال إنه سيسدد", "التقينا، سيحضر شيكًا"),
    },
    "en": {
        "promise": ("Will pay at the end of the month", "Transfer after payday",
                    "Promised part of it"),
        "no_answer": ("No answer, call again", "Voicemail", "Phone off"),
        "dispute": ("Says the invoice was paid", "Says the goods arrived damaged"),
        "hardship": ("Lost his job, asked for installments", "Hard times, asked for a week"),
        "visit": ("Came by the shop, will settle", "Met, will bring a cheque"),
    },
}

Row = tuple[object, ...]


class _Log:
    """Entries for one customer, written in the order they happened."""

    def __init__(self, rng: random.Random, iso: Sequence[str], cid: int, lang: str,
                 now: str) -> None:
        self.rng, self.iso, self.cid, self.lang, self.now = rng, iso, cid, lang, now
        self.rows: list[Row] = []

    def note(self, topic: str) -> str:
        return self.rng.choice(_NOTES[self.lang][topic])

    def add(self, day: int, kind: str, direction: str = "out", outcome: str = "",
            reason: str = "", promise: tuple[int, int] | None = None,
            follow_up: int | None = None, note: str = "") -> None:
        at = f"{self.iso[day]}T{self.rng.randrange(9, 19):02d}:{self.rng.randrange(60):02d}:00"
        amount, promised = promise if promise else (None, None)
        self.rows.append((
            self.cid, at, kind, direction, outcome, reason, amount,
            None if promised is None else self.iso[promised],
            None if follow_up is None else self.iso[follow_up], note, self.now,
        ))


def collection_history(
    seed: int,
    iso: Sequence[str],
    end: int,
    customers: Sequence[tuple[int, str, str]],
    late: Mapping[int, tuple[int, int]],
    payments: Mapping[int, Sequence[tuple[int, int]]],
    now: str,
) -> list[Row]:
    """Interaction rows (customer, at, kind, direction, outcome, reason, promise amount,
    promise date, follow-up date, note, created at) for a sample shop whose end day is
    ``iso[end]``. ``customers``: (id, language, profile); ``late``: customer → (oldest
    open due day, balance in agorot) for those with something open; ``payments``:
    customer → (day, agorot) of their payments."""
    rng = random.Random(f"collection-history-{seed}")
    rows: list[Row] = []
    for cid, lang, profile in customers:
        log = _Log(rng, iso, cid, lang, now)
        if profile == "slow" and rng.random() < 0.5:
            _kept_promises(log, end, payments.get(cid, ()))
        owed = late.get(cid)
        if owed is not None and owed[0] < end - 7 and owed[1] > 0 and rng.random() < 0.6:
            _recent_trail(log, end, owed[1])
        rows.extend(sorted(log.rows, key=lambda r: str(r[1])))
    return rows


def _kept_promises(log: _Log, end: int, paid: Sequence[tuple[int, int]]) -> None:
    """A promise logged a few days before each of one or two late payments of the last
    year, for what was then paid: kept, as the payments will show."""
    recent = [(day, amount) for day, amount in paid if end - 330 <= day <= end - 20]
    for day, amount in log.rng.sample(recent, min(len(recent), log.rng.choice((1, 2)))):
        made = day - log.rng.randrange(3, 10)
        promised = max(made, day - log.rng.randrange(0, 3))
        log.add(made - log.rng.randrange(3, 8), "call", outcome="no_answer",
                note=log.note("no_answer"))
        log.add(made, "call", outcome="promised", reason=log.rng.choice(("forgot", "hardship")),
                promise=(amount // 100 * 100 or amount, promised), note=log.note("promise"))


def _recent_trail(log: _Log, end: int, balance: int) -> None:
    """What the owner did lately about a late customer, ending in one of: a broken
    promise, an open promise (some due today), a follow-up due or coming, a dispute."""
    rng = log.rng
    first = end - rng.randrange(20, 45)
    log.add(first, rng.choice(("call", "call", "sms", "whatsapp")), outcome="no_answer",
            follow_up=first + 3, note=log.note("no_answer"))
    part = max(5000, min(balance, rng.choice((balance, balance // 2, 50000, 100000))))
    amount = part // 100 * 100
    scenario = rng.choices(("broken", "open", "follow_up", "dispute", "visit"),
                           (25, 30, 30, 8, 7))[0]
    if scenario == "broken":
        made = end - rng.randrange(8, 18)
        log.add(made, "call", outcome="promised", reason=rng.choice(("hardship", "forgot")),
                promise=(amount, made + rng.randrange(2, 5)), note=log.note("promise"))
    elif scenario == "open":
        made = end - rng.randrange(0, 6)
        log.add(made, "call", outcome="promised", reason=rng.choice(("hardship", "forgot",
                                                                      "job_loss")),
                promise=(amount, end + rng.choice((0, 0, 1, 3, 7, 10))),
                note=log.note("promise"))
    elif scenario == "follow_up":
        made = end - rng.randrange(1, 10)
        reason = rng.choice(("hardship", "job_loss", "unreachable"))
        log.add(made, rng.choice(("call", "whatsapp")), outcome=rng.choice(
                    ("reached", "no_answer")), reason=reason,
                follow_up=min(end + 6, made + rng.randrange(2, 9)),
                note=log.note("hardship" if reason != "unreachable" else "no_answer"))
    elif scenario == "dispute":
        made = end - rng.randrange(3, 15)
        log.add(made, "call", direction="in", outcome="disputed", reason="dispute",
                follow_up=made + 7, note=log.note("dispute"))
    else:
        made = end - rng.randrange(1, 12)
        log.add(made, "visit", direction="", outcome="reached", reason="other",
                follow_up=end + rng.randrange(1, 8), note=log.note("visit"))
