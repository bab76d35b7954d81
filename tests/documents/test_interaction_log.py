"""The record of contacts (issue #20, item 8): a customer's whole interaction log as PDF in
he/ar/en, read back with pdftotext — oldest first and numbered, a corrected entry still
there and marked, automatic entries in words (a letter's kind, a payment's method, the
bank's reason for a returned cheque), promises with their state on the export day, the
table's header and the page number on every page."""

from __future__ import annotations

import base64
import re
import shutil
import zlib
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from arapp.core.cheques import ChequeInput
from arapp.core.errors import UserError
from arapp.core.letters.data import InteractionLogData
from arapp.core.services import Shop, clock, letters
from arapp.core.services.interaction_records import InteractionInput
from arapp.core.services.letters import PRINTED
from arapp.core.services.records import CustomerInput
from arapp.core.templates import labels
from arapp.documents.render import render_document
from tests.documents.test_letter_pdf import extract, nospace, page_count

pytestmark = pytest.mark.skipif(
    shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed"
)

DAY = date(2027, 1, 20)  # the export
#: The fill colour operator of layout.FADED (#8A929C) as reportlab writes it.
FADED_INK = b".541176 .572549 .611765 rg"


def drawing(pdf: bytes) -> bytes:
    """Every content stream of ``pdf`` decoded (reportlab writes them ASCII85 + Flate)."""
    out = []
    for m in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        data = m.group(1).strip()
        if data.endswith(b"~>"):
            try:
                out.append(zlib.decompress(base64.a85decode(data.removesuffix(b"~>"))))
            except (ValueError, zlib.error):
                continue  # a font or an image, not a page
    return b"\n".join(out)
NAME = "סמיר חורי"


class Clock:
    """The shop's clock, moved on by the test (entries the app writes take its time)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = datetime(2027, 1, 2, 9, 0)
        monkeypatch.setattr(clock, "today", lambda: self.now.date())
        monkeypatch.setattr(clock, "now_text", self.text)
        monkeypatch.setattr(letters, "now_text", self.text)

    def text(self) -> str:
        return self.now.isoformat(timespec="seconds")

    def at(self, moment: datetime) -> None:
        self.now = moment


@pytest.fixture
def case(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Shop, int]]:
    """In order: a debt notice (3 Jan), a call unanswered (3 Jan), a call with a promise
    (5 Jan) corrected the next day, a bank transfer (8 Jan), a cheque given (9 Jan) and
    returned for want of funds (11 Jan)."""
    now = Clock(monkeypatch)
    shop = Shop.open(":memory:")
    c = shop.customers.create(CustomerInput(code="C01", name=NAME, id_number="012345674"))
    shop.invoices.create_invoice(c.id, "1001", date(2026, 10, 1), Decimal("2500.00"),
                                 date(2026, 10, 31))
    now.at(datetime(2027, 1, 3, 8, 0))
    draft = shop.letter_drafts.draft(c.id, "debt_notice", "he", now.now.date())
    shop.letters.issue(draft, render_document(draft.data), how=PRINTED)
    now.at(datetime(2027, 1, 3, 9, 31))
    shop.interactions.log(c.id, InteractionInput(
        kind="call", direction="out", outcome="no_answer", at=datetime(2027, 1, 3, 9, 30),
        follow_up_date=date(2027, 1, 5)))
    now.at(datetime(2027, 1, 5, 11, 2))
    promised = shop.interactions.log(c.id, InteractionInput(
        kind="call", direction="in", outcome="promised", reason="hardship",
        promise_amount=Decimal("1500.00"), promise_date=date(2027, 1, 10),
        at=datetime(2027, 1, 5, 11, 0), note="Will pay after the salary"))
    now.at(datetime(2027, 1, 6, 8, 0))
    shop.interactions.correct(promised, InteractionInput(
        kind="call", direction="in", outcome="promised", reason="hardship",
        promise_amount=Decimal("1200.00"), promise_date=date(2027, 1, 12),
        note="The amount promised was 1,200, not 1,500"))
    now.at(datetime(2027, 1, 8, 12, 0))
    shop.payments.record_payment(c.id, date(2027, 1, 8), Decimal("400.00"), "bank_transfer")
    now.at(datetime(2027, 1, 9, 10, 0))
    cheque = shop.cheques.add(c.id, ChequeInput(
        bank="12", branch="345", account="678901", number="5001", amount=Decimal("300.00"),
        date=date(2027, 1, 9))).record
    shop.cheques.deposit([cheque.id], date(2027, 1, 10))
    now.at(datetime(2027, 1, 11, 15, 0))
    shop.cheques.return_cheque(cheque.id, "insufficient_funds", None, date(2027, 1, 11))
    now.at(datetime(2027, 1, 20, 9, 0))
    try:
        yield shop, c.id
    finally:
        shop.close()


def test_the_record_lists_the_whole_log_in_words(case: tuple[Shop, int]) -> None:
    shop, cid = case
    data = shop.interaction_log.document(cid, "en", DAY)
    assert isinstance(data, InteractionLogData)
    assert (data.letter_date, data.recipient.name, data.recipient.code) == (DAY, NAME, "C01")
    assert data.period == (date(2027, 1, 3), date(2027, 1, 11))
    rows = data.entries
    assert [r.number for r in rows] == list(range(1, len(rows) + 1))
    assert [r.at for r in rows] == sorted(r.at for r in rows)  # oldest first
    by_what = {r.what: r for r in rows}
    letter = by_what["Letter"]
    assert (letter.outcome, letter.note, letter.automatic) == ("Debt notice", "", True)
    unanswered = by_what["Call · We contacted the customer"]
    assert (unanswered.outcome, unanswered.follow_up_date) == ("No answer", date(2027, 1, 5))
    old, new = [r for r in rows if r.what == "Call · The customer contacted us"]
    # The corrected promise stays, pointing at its correction; only the correction is judged.
    assert (old.corrected_by, old.corrects, old.promise_state) == (new.number, None, "")
    assert (new.corrects, new.corrected_by) == (old.number, None)
    assert old.superseded and not new.superseded
    assert new.outcome == "Promised to pay · Financial hardship"
    # 400.00 by the 14th (the 12th and two days' grace); the cheque came back.
    assert (new.promise_amount, new.promise_date, new.promise_state) == (
        Decimal("1200.00"), date(2027, 1, 12), "Partly kept")
    assert new.recorded_at == datetime(2027, 1, 6, 8, 0)  # written the next day
    payments = [r for r in rows if r.what == "Payment"]
    assert [p.outcome for p in payments] == ["Bank transfer", "Cheque"]
    # The amount paid in its own field (the PDF prints it as money), not in the note.
    assert payments[0].amount == Decimal("400.00") and payments[0].note == ""
    assert by_what["Cheque returned"].outcome == "Insufficient funds"
    assert by_what["Cheque deposited"].automatic


def test_promises_stand_as_on_the_day_of_the_record(case: tuple[Shop, int]) -> None:
    shop, cid = case
    before = shop.interaction_log.document(cid, "en", date(2027, 1, 11))
    promise = next(r for r in before.entries if r.promise_state)
    assert promise.promise_state == "Open"  # its deadline (the 14th) had not passed


def test_refusals(case: tuple[Shop, int]) -> None:
    shop, cid = case
    with pytest.raises(UserError, match="Unknown language"):
        shop.interaction_log.document(cid, "fr", DAY)
    with pytest.raises(UserError, match="no longer exists"):
        shop.interaction_log.document(9999, "he", DAY)
    # The customer's own language by default.
    assert shop.interaction_log.document(cid, on=DAY).lang == "he"


def _phrase(words: dict[str, str], key: str, **values: str) -> str:
    text = words[key]
    for name, value in values.items():
        text = text.replace("{" + name + "}", value)
    return nospace(text)


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_the_pdf_reads_back_in_every_language(
    case: tuple[Shop, int], lang: str, tmp_path: Path
) -> None:
    shop, cid = case
    data = shop.interaction_log.document(cid, lang, DAY)
    pdf = render_document(data)
    assert pdf == render_document(data)  # the same records, the same bytes
    text = extract(pdf, tmp_path)
    compact = nospace(text)
    words = dict(labels(lang))
    corrected = next(r for r in data.entries if r.superseded)
    assert _phrase(words, "log_title", customer=NAME) in compact
    assert _phrase(words, "log_notice") in compact
    for phrase in (f"{words['customer_code']}: C01", f"{words['id_number']}: 012345674",
                   f"{words['period']}: 03/01/2027 – 11/01/2027",
                   f"{words['log_entry_count']}: {len(data.entries)}",
                   f"{words['log_exported_on']}: 20/01/2027",
                   _phrase(words, "page_of", page="1", pages="1")):
        assert nospace(phrase) in compact, phrase
    for key in ("log_col_number", "log_col_when", "log_col_what", "log_col_outcome",
                "log_col_promise", "log_col_follow_up", "log_col_note"):
        # A narrow column's header may wrap: every word of it is there.
        assert all(word in text for word in words[key].split()), key
    # Cells wrap in their columns: each of their words is there, in its own order.
    for key in ("letter_debt_notice", "method_bank_transfer", "method_check",
                "return_reason_insufficient_funds", "log_kind_cheque_returned",
                "log_outcome_no_answer", "log_reason_hardship", "log_promise_partly_kept",
                "log_direction_in", "log_corrected_by", "log_correction_of"):
        phrase = words[key].replace("{number}", "")
        assert all(word in text for word in phrase.split()), key
    # The correction and the corrected entry name each other by number.
    assert f"{corrected.corrected_by}" in text and f"{corrected.number}" in text
    assert "₪400.00" in compact or "400.00₪" in compact  # the payment's amount as money
    for number in ("1,500.00", "1,200.00", "12/01/2027", "05/01/2027", "400.00",
                   "03/01/2027", "09:30", "11:00", "5001"):
        assert number in text, number
    assert "0.00,1" not in text and "7202/10" not in text  # never reversed


def test_a_corrected_entry_is_marked_and_faded(case: tuple[Shop, int], tmp_path: Path) -> None:
    shop, cid = case
    data = shop.interaction_log.document(cid, "en", DAY)
    pdf = render_document(data)
    flat = " ".join(extract(pdf, tmp_path).split())
    old = next(r for r in data.entries if r.superseded)
    assert f"Corrected by entry no. {old.corrected_by}" in flat
    assert f"Correction of entry no. {old.number}" in flat
    assert "Will pay after the salary" in flat  # what it said is still there
    # The correction was written the next day: its cell says so (wrapped in the column).
    assert "(logged" in flat and "06/01/2027)" in flat
    # The corrected row is drawn in the faded grey (#8A929C), nothing else is.
    assert FADED_INK in drawing(pdf)
    clean = InteractionLogData(**{
        **{f: getattr(data, f) for f in ("lang", "letter_date", "business", "recipient",
                                         "subject", "paragraphs", "labels", "currency")},
        "entries": tuple(r for r in data.entries if not r.superseded)})
    assert FADED_INK not in drawing(render_document(clean))


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_a_long_log_runs_over_pages_with_the_header_on_each(
    lang: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    now = Clock(monkeypatch)
    now.at(datetime(2027, 6, 1, 9, 0))
    shop = Shop.open(":memory:")
    try:
        c = shop.customers.create(CustomerInput(code="C07", name="Long Log"))
        start = datetime(2027, 1, 1, 8, 0)
        long_note = "He asked us to call back after the holidays, " * 6
        for n in range(120):
            shop.interactions.log(c.id, InteractionInput(
                kind="call", direction="out", outcome="no_answer",
                at=start + timedelta(hours=25 * n),
                note=long_note if n % 10 == 0 else f"Attempt {n + 1}"))
        data = shop.interaction_log.document(c.id, lang, date(2027, 6, 1))
    finally:
        shop.close()
    pdf = render_document(data)
    pages = page_count(pdf, tmp_path)
    assert pages >= 3
    words = dict(labels(lang))
    for page in range(1, pages + 1):
        text = extract(pdf, tmp_path, page=page)
        for key in ("log_col_outcome", "log_col_note", "log_col_promise"):
            assert all(word in text for word in words[key].split()), (page, key)
        # The footer: its words and both numbers. (pdftotext reads a Hebrew or Arabic line
        # of two-digit numbers back in visual order, "10 מתוך 2 עמוד"; the page shows it
        # right, see the report; one-digit pages read back whole above.)
        footer = [line for line in text.splitlines() if line.strip()][-1]
        label = words["page_of"].replace("{page}", " ").replace("{pages}", " ")
        assert all(word in footer for word in label.split()), page
        assert sorted(re.findall(r"\d+", footer)) == sorted([str(page), str(pages)]), footer
    everything = extract(pdf, tmp_path)
    # Every entry once: the long notes wrapped whole, nothing cut off or printed twice.
    assert everything.count("Attempt ") == 108 and "Attempt 120" in everything
    assert everything.count("holidays") == 12 * 6


def test_an_empty_log_says_so(shop: Shop, tmp_path: Path) -> None:
    c = shop.customers.create(CustomerInput(code="C09", name="Nobody Yet", language="ar"))
    data = shop.interaction_log.document(c.id, on=DAY)
    assert data.entries == () and data.period is None
    text = extract(render_document(data), tmp_path)
    assert nospace(labels("ar")["log_empty"]) in nospace(text)


def test_a_note_longer_than_a_page_splits_inside_its_row(
    shop: Shop, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A note may hold 4,000 characters: its row runs on over the next page (a row is
    otherwise moved whole, and one taller than a page could not be placed at all)."""
    Clock(monkeypatch).at(datetime(2027, 6, 1, 9, 0))
    c = shop.customers.create(CustomerInput(code="C08", name="Long Note"))
    shop.interactions.log(c.id, InteractionInput(kind="note", note="before"))
    shop.interactions.log(c.id, InteractionInput(kind="note", note=" ".join(
        f"w{n:03d}" for n in range(800))))
    shop.interactions.log(c.id, InteractionInput(kind="note", note="after"))
    pdf = render_document(shop.interaction_log.document(c.id, "en", date(2027, 6, 1)))
    text = extract(pdf, tmp_path)
    assert page_count(pdf, tmp_path) >= 3
    assert re.findall(r"w\d{3}", text) == [f"w{n:03d}" for n in range(800)]  # in order
    assert text.index("before") < text.index("w000") and text.index("w799") < text.index("after")
