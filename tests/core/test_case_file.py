"""The case file for a lawyer (issue #20, item 8): one private ZIP with the statement, the
letters' exact bytes and their records, the log, the agreements and the cheques."""

from __future__ import annotations

import csv
import io
import os
import stat
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from arapp.core.cheques import ChequeInput
from arapp.core.errors import UserError
from arapp.core.services import Shop, clock, letters
from arapp.core.services.interaction_records import InteractionInput
from arapp.core.services.letters import PRINTED
from arapp.core.services.plan_records import PlanInput
from arapp.core.services.records import CustomerRecord
from arapp.documents.render import render_document
from tests.documents.test_letter_pdf import extract

TODAY = date(2027, 1, 10)


@pytest.fixture(autouse=True)
def fixed_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(clock, "today", lambda: TODAY)
    monkeypatch.setattr(clock, "now_text", lambda: f"{TODAY.isoformat()}T09:00:00")
    monkeypatch.setattr(letters, "now_text", lambda: f"{TODAY.isoformat()}T09:00:00")
    yield


def build_case(shop: Shop, customer: CustomerRecord) -> dict[str, object]:
    """Invoices, a payment, two kept letters (one registered), a logged call, a plan with
    a signed agreement and a scan, and a returned cheque."""
    for k, amount in enumerate(["2000.00", "3000.00", "1500.00"]):
        issued = date(2026, 6, 1) + timedelta(days=20 * k)
        shop.invoices.create_invoice(customer.id, f"10{k}", issued, Decimal(amount),
                                     issued + timedelta(days=30))
    shop.payments.record_payment(customer.id, date(2026, 9, 1), Decimal("500.00"))
    pdfs = []
    for kind, day in (("debt_notice", date(2026, 9, 10)), ("reminder", date(2026, 10, 10))):
        draft = shop.letter_drafts.draft(customer.id, kind, "he", day)
        pdf = render_document(draft.data)
        pdfs.append((shop.letters.issue(draft, pdf, how=PRINTED), pdf))
    shop.letters.set_registered_mail(pdfs[1][0], "RR123456789IL", date(2026, 10, 14))
    shop.interactions.log(customer.id, InteractionInput(
        kind="call", direction="out", outcome="no_answer", reason="unreachable",
        note="=HYPERLINK(\"x\")", follow_up_date=date(2027, 1, 20)))
    agreement = b"%PDF-1.4 agreement bytes"
    plan = shop.plans.create(
        PlanInput(customer_id=customer.id, first_due=date(2027, 1, 31), count=6,
                  annual_rate=Decimal("0")),
        agreement_pdf=agreement, agreement_lang="he", signed="screen")
    paper = shop.plans.keep_agreement(plan.id, agreement + b" v2", "ar", signed="")
    shop.plans.mark_signed_on_paper(paper.id, b"scan-bytes", "scan.PNG")
    cheque = shop.cheques.add(customer.id, ChequeInput(
        bank="12", branch="345", account="678901", number="1001", amount=Decimal("300.00"),
        date=date(2026, 12, 1))).record
    shop.cheques.deposit([cheque.id], date(2026, 12, 2))
    shop.cheques.return_cheque(cheque.id, "insufficient_funds", None, date(2026, 12, 5))
    return {"letters": pdfs, "plan": plan}


def rows(z: zipfile.ZipFile, name: str) -> list[list[str]]:
    raw = z.read(name)
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads Hebrew only with the BOM
    return list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))


def test_the_case_file_holds_everything_and_the_letters_byte_for_byte(
    shop: Shop, customer: CustomerRecord, tmp_path: Path
) -> None:
    case = build_case(shop, customer)
    out = tmp_path / "case.zip"
    summary = shop.case_file.export(customer.id, out, "he", TODAY, render=render_document)
    assert (summary.letters, summary.agreements, summary.cheques) == (2, 2, 1)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["case.zip"]  # no temp file left
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
        plan_no = case["plan"].number  # type: ignore[attr-defined]
        a1, a2 = shop.plans.agreements(case["plan"].id)  # type: ignore[attr-defined]
        assert names == [
            "statement.pdf",
            "letters/001-2026-09-10-debt_notice.pdf",
            "letters/002-2026-10-10-reminder.pdf",
            "letters/letters.csv",
            "log.pdf",
            "log.csv",
            f"agreements/plan-{plan_no}-v1-he-{a1.id}.pdf",
            f"agreements/plan-{plan_no}-v1-ar-{a2.id}.pdf",
            f"agreements/plan-{plan_no}-v1-ar-{a2.id}-scan.png",
            "cheques.csv",
        ]
        assert z.read("statement.pdf").startswith(b"%PDF")
        for (_, pdf), name in zip(case["letters"], names[1:3], strict=True):  # type: ignore[call-overload]
            assert z.read(name) == pdf
        assert z.read(names[6]) == b"%PDF-1.4 agreement bytes"
        assert z.read(names[8]) == b"scan-bytes"
        kept = rows(z, "letters/letters.csv")
        assert kept[0][:5] == ["date", "kind", "amount", "registered_mail_number",
                                  "delivered_on"]
        assert [r[:2] for r in kept[1:]] == [["2026-09-10", "debt_notice"],
                                                ["2026-10-10", "reminder"]]
        assert kept[1][3] == "" and kept[2][3:5] == ["RR123456789IL", "2026-10-14"]
        assert kept[1][5:7] == ["2027-01-10T09:00:00", ""]  # printed, not saved
        log = rows(z, "log.csv")
        calls = [r for r in log[1:] if r[1] == "call"]
        assert len(calls) == 1
        assert calls[0][2:5] == ["out", "no_answer", "unreachable"]
        assert calls[0][7] == "2027-01-20"
        assert calls[0][8] == "'=HYPERLINK(\"x\")"  # no formula for the spreadsheet
        whens = [r[0] for r in log[1:]]
        assert whens == sorted(whens)  # oldest first
        # The log as the lawyer reads it: in the statement's language, every entry of the
        # CSV, the automatic ones in words.
        record = extract(z.read("log.pdf"), tmp_path)
        flat = " ".join(record.split())
        assert "תיעוד הקשר עם דוד כהן" in flat
        assert "מספר רישומים: " + str(len(log) - 1) in flat
        assert "20/01/2027" in record  # the call's follow-up date
        assert all(word in record for word in ("הודעת", "חוב", "אין", "כיסוי", "מספיק"))
        assert z.read("log.pdf") == render_document(
            shop.interaction_log.document(customer.id, "he", TODAY))
        cheques = rows(z, "cheques.csv")
        assert cheques[1][:2] == ["2026-12-01", "1001"]
        assert cheques[1][5:10] == ["300.00", "returned", "2026-12-05",
                                    "insufficient_funds", ""]


def test_the_same_records_give_the_same_archive(
    shop: Shop, customer: CustomerRecord, tmp_path: Path
) -> None:
    build_case(shop, customer)
    first = shop.case_file.export(customer.id, tmp_path / "a.zip", "en", TODAY,
                                  render=render_document)
    second = shop.case_file.export(customer.id, tmp_path / "b.zip", "en", TODAY,
                                   render=render_document)
    assert first.path.read_bytes() == second.path.read_bytes()


def test_an_unwritable_place_or_unknown_customer_writes_nothing(
    shop: Shop, customer: CustomerRecord, tmp_path: Path
) -> None:
    with pytest.raises(UserError, match="cannot be written"):
        shop.case_file.export(customer.id, tmp_path / "missing" / "c.zip",
                              render=render_document)
    with pytest.raises(UserError, match="no longer exists"):
        shop.case_file.export(9999, tmp_path / "c.zip", render=render_document)
    out = tmp_path / "c.zip"
    out.write_bytes(b"old")

    def broken(data: object) -> bytes:
        raise RuntimeError("renderer failed")

    with pytest.raises(RuntimeError):
        shop.case_file.export(customer.id, out, render=broken)
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.zip"]
