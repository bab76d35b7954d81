"""`arapp message` and `arapp email` as a user runs them: the link or text in JSON, the
§13B2 refusal and a landline as bad input (exit 1, the reason), nothing logged then."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from arapp.cli import main
from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "shop.sqlite3"
    shop = Shop.open(path)
    for code, kind, phones in (("B1", "business", "052-1234567"),
                               ("K1", "consumer", "054-7654321"),
                               ("L1", "business", "04-8123456")):
        c = shop.customers.create(CustomerInput(code=code, name=f"לקוח {code}", kind=kind,
                                                phones=phones, language="ar"))
        shop.invoices.create_invoice(c.id, f"{code}-1", date(2026, 3, 1), Decimal("99.90"),
                                     date(2026, 4, 1))
    shop.close()
    return path


def _logged(db: Path) -> list[tuple[str, int]]:
    shop = Shop.open(db)
    try:
        return [(k, c) for k, c in shop.execute("SELECT kind, collection FROM interaction")]
    finally:
        shop.close()


def test_a_whatsapp_reminder_in_arabic(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["message", "B1", "--via", "whatsapp", "--as-of", "2026-04-20",
                 "--sent", "--db", str(db)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["kind"], out["collection"], out["lang"], out["number"]) == (
        "reminder", True, "ar", "972521234567")
    (text,) = parse_qs(urlsplit(out["url"]).query)["text"]
    assert text == out["text"] and "99.90" in text and "نرجو السداد" in text
    assert out["logged"] is not None and _logged(db) == [("whatsapp", 1)]


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["K1", "--via", "sms"], "needs a debt notice first"),
        (["L1", "--via", "whatsapp"], "is a landline"),
    ],
)
def test_bad_input_exits_1_with_the_reason_and_logs_nothing(
    db: Path, capsys: pytest.CaptureFixture[str], args: list[str], reason: str
) -> None:
    assert main(["message", *args, "--as-of", "2026-04-20", "--sent", "--db", str(db)]) == 1
    assert reason in capsys.readouterr().err
    assert _logged(db) == []


def test_the_balance_goes_to_a_consumer(db: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["message", "K1", "--via", "sms", "--kind", "balance", "--lang", "he",
                 "--as-of", "2026-04-20", "--db", str(db)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["collection"] is False and out["url"].startswith("sms:+972547654321?body=")
    assert out["logged"] is None and _logged(db) == []


def test_email_without_a_mail_server_is_bad_input(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["email", "B1", "--letter", "1", "--db", str(db)]) == 1
    assert "Set up the mail server" in capsys.readouterr().err


def test_the_owner_words_a_message_text_and_resets_it(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = "مرحبًا {customer_name}، المبلغ {total}. {how_to_pay}"
    assert main(["message-text", "ar", "reminder", mine, "--db", str(db)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["text"], out["own"]) == (mine, True) and "how_to_pay" in out["placeholders"]
    assert main(["message", "B1", "--via", "sms", "--as-of", "2026-04-20", "--db", str(db)]) == 0
    text = json.loads(capsys.readouterr().out)["text"].replace("\u2068", "").replace("\u2069", "")
    assert text.startswith("مرحبًا לקוח B1، المبلغ 99.90")
    assert main(["message-text", "ar", "reminder", "--reset", "--db", str(db)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["own"] is False and out["text"].startswith("مرحبًا {customer_name}، معك")


def test_a_wrong_message_text_exits_1_naming_it(
    db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["message-text", "he", "balance", "שלום {nickname}", "--db", str(db)]) == 1
    err = capsys.readouterr().err
    assert "Balance message: unknown placeholder(s) {nickname}" in err
    assert main(["message-text", "he", "balance", "--db", str(db)]) == 0
    assert json.loads(capsys.readouterr().out)["own"] is False
