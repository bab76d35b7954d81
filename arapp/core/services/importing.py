"""Import customers, invoices and payments from CSV or XLSX, all or nothing.

The reader turns the file into raw rows; here every row is parsed and checked against the
shop (unknown customer, duplicate numbers, a payment naming another customer's invoice).
Any bad row means nothing is imported and every problem is reported with its spreadsheet
row number. Rows identical to what the shop already has are skipped, so importing the same
file twice adds nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from peewee import SqliteDatabase

from arapp.core.errors import ImportFailed, ImportRowError
from arapp.core.importing import fields as f
from arapp.core.importing.headers import map_headers
from arapp.core.importing.reader import read_table
from arapp.core.money import from_minor, to_minor
from arapp.core.search import search_text
from arapp.core.services import ledger
from arapp.core.store.models import Credit, Customer, Debit

#: Called with (rows done, rows in all); return False to cancel before anything is written.
Progress = Callable[[int, int], bool]


@dataclass(slots=True)
class ImportResult:
    kind: str
    added: int = 0
    skipped: int = 0
    extra_columns: list[str] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class _Row:
    number: int
    values: dict[str, object]


class ImportCancelled(Exception):
    pass


class ImportService:
    def __init__(self, db: SqliteDatabase) -> None:
        self.db = db

    def import_file(
        self, kind: str, path: Path, progress: Progress | None = None
    ) -> ImportResult:
        """Import ``path`` as ``kind`` (customers, invoices, payments). Raises ImportFailed
        listing every bad row; on success returns what was added and skipped."""
        table = read_table(Path(path))
        columns, extra = map_headers(kind, table.headers)
        raw = [
            _Row(n, {key: cells[i] if i < len(cells) else None for key, i in columns.items()})
            for n, cells in table.rows
        ]
        if not raw:
            raise ImportFailed([ImportRowError(None, None, "The file has no data rows")])
        handler = {
            "customers": self._customers,
            "invoices": self._invoices,
            "payments": self._payments,
        }[kind]
        result = ImportResult(kind, extra_columns=extra)
        with self.db.atomic() as transaction:
            try:
                handler(raw, result, progress)
            except (ImportFailed, ImportCancelled):
                transaction.rollback()
                raise
        return result

    # -- customers -------------------------------------------------------------------
    def _customers(self, rows: list[_Row], result: ImportResult, progress: Progress | None) -> None:
        errors: list[ImportRowError] = []
        parsed: list[tuple[_Row, dict[str, object]]] = []
        for row in rows:
            try:
                parsed.append((row, _parse_customer(row)))
            except ImportRowError as e:
                errors.append(e)
        seen: dict[str, tuple[int, dict[str, object]]] = {}
        existing = {c.code: c for c in Customer.select().where(
            Customer.code.in_([p["code"] for _, p in parsed]))}
        to_add: list[dict[str, object]] = []
        for row, p in parsed:
            code = str(p["code"])
            if code in seen:
                first_row, first = seen[code]
                if first != p:
                    errors.append(ImportRowError(
                        row.number, "code", f"code {code} appears again with other details "
                        f"(first in row {first_row})"))
                else:
                    result.skipped += 1
                continue
            seen[code] = (row.number, p)
            if code in existing:
                if _same_customer(existing[code], p):
                    result.skipped += 1
                else:
                    errors.append(ImportRowError(
                        row.number, "code",
                        f"customer {code} already exists with different details"))
                continue
            to_add.append(p)
        _raise_if(errors)
        now = ledger.now_text()
        for i, p in enumerate(to_add):
            _tick(progress, i, len(to_add))
            Customer.create(
                **p,
                search_text=search_text(
                    str(p["name"]), str(p["code"]), str(p["phones"]), str(p["id_number"])),
                created_at=now,
            )
        result.added = len(to_add)

    # -- invoices --------------------------------------------------------------------
    def _invoices(self, rows: list[_Row], result: ImportResult, progress: Progress | None) -> None:
        errors: list[ImportRowError] = []
        customers = _customer_ids()
        seen: dict[str, tuple[int, tuple[object, ...]]] = {}
        to_add: list[dict[str, object]] = []
        numbers = []
        parsed: list[tuple[_Row, dict[str, object]]] = []
        for row in rows:
            try:
                p = _parse_invoice(row, customers)
            except ImportRowError as e:
                errors.append(e)
                continue
            parsed.append((row, p))
            numbers.append(p["number"])
        existing = {
            d.number: d
            for d in Debit.select().where((Debit.kind == "invoice") & Debit.number.in_(numbers))
        }
        for row, p in parsed:
            number = str(p["number"])
            key = (p["customer"], p["issue_date"], p["due_date"], p["amount"], p["description"])
            if number in seen:
                first_row, first_key = seen[number]
                if first_key != key:
                    errors.append(ImportRowError(
                        row.number, "number",
                        f"invoice {number} appears again with other details "
                        f"(first in row {first_row})"))
                else:
                    result.skipped += 1
                continue
            seen[number] = (row.number, key)
            old = existing.get(number)
            if old is not None:
                old_key = (old.customer_id, old.issue_date, old.due_date, old.amount,
                           old.description)
                if old_key == key and old.voided_at is None:
                    result.skipped += 1
                else:
                    errors.append(ImportRowError(
                        row.number, "number",
                        f"invoice {number} already exists with different details"))
                continue
            to_add.append(p)
        _raise_if(errors)
        now = ledger.now_text()
        touched: set[int] = set()
        for i, p in enumerate(to_add):
            _tick(progress, i, len(to_add))
            Debit.create(kind="invoice", created_at=now, **p)
            touched.add(int(p["customer"]))  # type: ignore[call-overload]
        for customer_id in touched:
            ledger.settle(customer_id)
        result.added = len(to_add)

    # -- payments --------------------------------------------------------------------
    def _payments(self, rows: list[_Row], result: ImportResult, progress: Progress | None) -> None:
        errors: list[ImportRowError] = []
        customers = _customer_ids()
        parsed: list[tuple[_Row, dict[str, object]]] = []
        for row in rows:
            try:
                parsed.append((row, _parse_payment(row, customers)))
            except ImportRowError as e:
                errors.append(e)
        _raise_if(errors)
        # A payment row identical to one already recorded is skipped; identical rows in
        # one file are separate payments, so compare counts, not mere presence.
        already: Counter[tuple[object, ...]] = Counter(
            _payment_key(c.customer_id, c.date, c.amount, c.method, c.reference,
                         c.target_debit_id)
            for c in Credit.select().where(
                (Credit.kind == "payment") & Credit.voided_at.is_null()
                & Credit.customer.in_({p["customer"] for _, p in parsed}))
        )
        to_add: list[tuple[_Row, dict[str, object]]] = []
        for row, p in parsed:
            key = _payment_key(p["customer"], p["date"], p["amount"], p["method"],
                               p["reference"], p["target"])
            if already[key] > 0:
                already[key] -= 1
                result.skipped += 1
            else:
                to_add.append((row, p))
        # Payments are applied in date order, then file order (DESIGN, import rules).
        to_add.sort(key=lambda rp: (rp[1]["date"], rp[0].number))  # type: ignore[return-value]
        now = ledger.now_text()
        touched: set[int] = set()
        for i, (_row, p) in enumerate(to_add):
            _tick(progress, i, len(to_add))
            target = p["target"]
            credit = Credit.create(
                customer=p["customer"], kind="payment", date=p["date"], amount=p["amount"],
                method=p["method"], reference=p["reference"], target_debit=target,
                created_at=now,
            )
            picked = [target] if target is not None else []
            ledger.apply_credit(credit.id, from_minor(int(p["amount"])),  # type: ignore[call-overload]
                                int(p["customer"]), picked)  # type: ignore[call-overload]
            touched.add(int(p["customer"]))  # type: ignore[call-overload]
        for customer_id in touched:
            ledger.settle(customer_id)
        result.added = len(to_add)


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and done % 200 == 0 and progress(done, total) is False:
        raise ImportCancelled()


def _raise_if(errors: list[ImportRowError]) -> None:
    if errors:
        errors.sort(key=lambda e: (e.row or 0, e.column or ""))
        raise ImportFailed(errors)


def _customer_ids() -> dict[str, int]:
    return {code: cid for cid, code in Customer.select(Customer.id, Customer.code).tuples()}


def _lookup_customer(row: _Row, customers: dict[str, int]) -> int:
    code = f.parse_text(row.values.get("customer_code"), row.number, "customer_code",
                        required=True, max_len=40)
    if code not in customers:
        raise ImportRowError(row.number, "customer_code", f"no customer with code {code}")
    return customers[code]


def _minor(amount: Decimal) -> int:
    return to_minor(amount)


def _parse_customer(row: _Row) -> dict[str, object]:
    v, n = row.values, row.number
    limit = v.get("credit_limit")
    terms = v.get("payment_terms")
    phone = v.get("phone")
    return {
        "code": f.parse_text(v.get("code"), n, "code", required=True, max_len=40),
        "name": f.parse_text(v.get("name"), n, "name", required=True, max_len=200),
        "phones": f.parse_phone(phone, n, "phone") if _present(phone) else "",
        "email": f.parse_text(v.get("email"), n, "email", required=False, max_len=200),
        "address": f.parse_text(v.get("address"), n, "address", required=False, max_len=300),
        "id_number": f.parse_text(v.get("id_number"), n, "id_number", required=False,
                                  max_len=20),
        "credit_limit": _minor(f.parse_amount(limit, n, "credit_limit", positive=False))
        if _present(limit) else None,
        "payment_terms_days": f.parse_int(terms, n, "payment_terms", minimum=0, maximum=365)
        if _present(terms) else 30,
        "language": f.parse_language(v.get("language"), n, "language"),
        "kind": f.parse_customer_kind(v.get("kind"), n, "kind"),
    }


def _present(value: object) -> bool:
    return value is not None and str(value).strip() != ""


def _same_customer(c: Customer, p: dict[str, object]) -> bool:
    return all(getattr(c, key) == value for key, value in p.items())


def _parse_invoice(row: _Row, customers: dict[str, int]) -> dict[str, object]:
    v, n = row.values, row.number
    problems: list[ImportRowError] = []

    def attempt(fn: Callable[[], object]) -> object:
        try:
            return fn()
        except ImportRowError as e:
            problems.append(e)
            return None

    customer = attempt(lambda: _lookup_customer(row, customers))
    number = attempt(lambda: f.parse_text(v.get("number"), n, "number", required=True,
                                          max_len=40))
    issue = attempt(lambda: f.parse_date(v.get("date"), n, "date"))
    due = attempt(lambda: f.parse_date(v.get("due_date"), n, "due_date"))
    amount = attempt(lambda: f.parse_amount(v.get("amount"), n, "amount"))
    description = attempt(lambda: f.parse_text(v.get("description"), n, "description",
                                               required=False, max_len=500))
    if isinstance(issue, date) and isinstance(due, date) and due < issue:
        problems.append(ImportRowError(n, "due_date", "the due date is before the invoice date"))
    if problems:
        raise _first_of(problems)
    assert isinstance(amount, Decimal)
    return {
        "customer": customer,
        "number": number,
        "issue_date": issue,
        "due_date": due,
        "amount": _minor(amount),
        "description": description or "",
    }


def _parse_payment(row: _Row, customers: dict[str, int]) -> dict[str, object]:
    v, n = row.values, row.number
    customer = _lookup_customer(row, customers)
    on = f.parse_date(v.get("date"), n, "date")
    amount = f.parse_amount(v.get("amount"), n, "amount")
    method = f.parse_method(v.get("method"), n, "method")
    reference = f.parse_text(v.get("reference"), n, "reference", required=False, max_len=100)
    target = None
    number = f.parse_text(v.get("invoice_number"), n, "invoice_number", required=False,
                          max_len=40)
    if number:
        debit = Debit.get_or_none((Debit.kind == "invoice") & (Debit.number == number))
        if debit is None or debit.voided_at is not None:
            raise ImportRowError(n, "invoice_number", f"no invoice with number {number}")
        if debit.customer_id != customer:
            raise ImportRowError(n, "invoice_number",
                                 f"invoice {number} belongs to another customer")
        target = debit.id
    return {"customer": customer, "date": on, "amount": _minor(amount), "method": method,
            "reference": reference, "target": target}


def _payment_key(customer: object, on: object, amount: object, method: object,
                 reference: object, target: object) -> tuple[object, ...]:
    return (customer, on, amount, method, reference, target)


class _MultipleProblems(ImportRowError):
    """Several problems in one row, reported together."""


def _first_of(problems: list[ImportRowError]) -> ImportRowError:
    if len(problems) == 1:
        return problems[0]
    row = problems[0].row
    text = "; ".join(f"{p.column}: {p.reason}" for p in problems)
    return _MultipleProblems(row, None, text)
