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

from arapp.core import id_number
from arapp.core.collection import kinds as log
from arapp.core.errors import ImportFailed, ImportRowError
from arapp.core.importing import fields as f
from arapp.core.importing.headers import map_headers
from arapp.core.importing.reader import read_table
from arapp.core.money import from_minor, money_str, to_minor
from arapp.core.search import search_text
from arapp.core.services import ledger
from arapp.core.services.clock import now_text
from arapp.core.services.interactions import record_event
from arapp.core.store.models import Credit, Customer, Debit

#: Called with (rows done, rows in all); return False to cancel before anything is written.
Progress = Callable[[int, int], bool]


@dataclass(slots=True)
class ImportResult:
    kind: str
    added: int = 0
    skipped: int = 0
    extra_columns: list[str] = field(default_factory=list)
    #: Check payments that entered the cheque register.
    cheques: int = 0


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
        raw = [_Row(n, {key: cells[i] for key, i in columns.items()}) for n, cells in table.rows]
        handler = {
            "customers": self._customers,
            "invoices": self._invoices,
            "payments": self._payments,
        }[kind]
        result = ImportResult(kind, extra_columns=extra)
        with self.db.atomic() as transaction:
            try:
                handler(raw, result, progress)
            except ImportFailed as failed:
                transaction.rollback()
                # Name columns as the owner wrote them in the file (e.g. סכום, not amount).
                shown = {key: table.headers[i] for key, i in columns.items()}
                raise ImportFailed([
                    _renamed(e, shown) for e in failed.errors
                ]) from None
            except ImportCancelled:
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
            except _RowProblems as e:
                errors.extend(e.problems)
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
                        row.number, "code",
                        "code {code} appears again with other details (first in row {first_row})",
                        code=code, first_row=first_row))
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
                        "customer {code} already exists with different details", code=code))
                continue
            to_add.append(p)
        _raise_if(errors)
        now = now_text()
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
            except _RowProblems as e:
                errors.extend(e.problems)
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
                        "invoice {number} appears again with other details "
                        "(first in row {first_row})", number=number, first_row=first_row))
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
                        "invoice {number} already exists with different details", number=number))
                continue
            to_add.append(p)
        _raise_if(errors)
        now = now_text()
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
            except _RowProblems as e:
                errors.extend(e.problems)
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
        _raise_if(_cheque_clashes(to_add))
        # Payments are applied in date order, then file order (DESIGN, import rules).
        to_add.sort(key=lambda rp: (rp[1]["date"], rp[0].number))  # type: ignore[return-value]
        now = now_text()
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
            customer_id = int(p["customer"])  # type: ignore[call-overload]
            eligible = ledger.open_items(customer_id, include_disputed=False, picked=picked)
            amount = from_minor(int(p["amount"]))  # type: ignore[call-overload]
            ledger.apply_credit(credit.id, amount, eligible, picked)
            # The card's timeline shows an imported payment like one taken at the counter.
            record_event(customer_id, log.PAYMENT, "payment", int(credit.id),
                         note=money_str(amount), outcome=str(p["method"]))
            if p["cheque"] is not None and self._register_cheque(
                    customer_id, int(credit.id), p, now):
                result.cheques += 1
            touched.add(int(p["customer"]))  # type: ignore[call-overload]
        for customer_id in touched:
            ledger.settle(customer_id)
        result.added = len(to_add)

    def _register_cheque(self, customer_id: int, credit_id: int, p: dict[str, object],
                         now: str) -> bool:
        """An imported check payment's row in the cheque register: post-dated ones (dated
        after today) in hand; older ones assumed cleared, as the payments of the past
        they are (the step says "imported", so nobody takes it for a bank's word)."""
        from arapp.core.cheques import ChequeInput
        from arapp.core.services import clock
        from arapp.core.services.cheque_writer import on_record, register_payment

        bank, branch, account, number = p["cheque"]  # type: ignore[misc]
        if not account and on_record(bank, branch, account, number):
            return False  # the same number, account unknown: it cannot be told apart
        on: date = p["date"]  # type: ignore[assignment]
        cheque = ChequeInput(bank=bank, branch=branch, account=account, number=number,
                             amount=from_minor(int(p["amount"])), date=on)  # type: ignore[call-overload]
        register_payment(customer_id, credit_id, cheque, now=now, note="imported",
                         status="in_hand" if on > clock.today() else "cleared")
        return True


def _renamed(error: ImportRowError, shown: dict[str, str]) -> ImportRowError:
    if error.column in shown and shown[error.column] != error.column:
        return ImportRowError(
            error.row, shown[error.column], error.reason_template, **error.reason_params
        )
    return error


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
    code = f.parse_code(row.values.get("customer_code"), row.number, "customer_code")
    if code not in customers:
        raise ImportRowError(
            row.number, "customer_code", "no customer with code {code}", code=code
        )
    return customers[code]


def _minor(amount: Decimal) -> int:
    return to_minor(amount)


class _RowProblems(Exception):
    """Every bad cell of one row, so the owner fixes a row in one go."""

    def __init__(self, problems: list[ImportRowError]) -> None:
        super().__init__(problems)
        self.problems = problems


class _Cells:
    """Parses a row's cells, collecting each cell's problem instead of stopping at the
    first one."""

    def __init__(self, row: _Row) -> None:
        self.row = row
        self.problems: list[ImportRowError] = []

    def get(self, key: str, parse: Callable[[object, int, str], object],
            default: object = None, *, optional: bool = False) -> object:
        value = self.row.values.get(key)
        if optional and not _present(value):
            return default
        try:
            return parse(value, self.row.number, key)
        except ImportRowError as e:
            self.problems.append(e)
            return default

    def fail(self, column: str, reason: str, **params: object) -> None:
        """Record a problem the parsers cannot see (it spans cells or needs the shop);
        ``reason`` is a constant template filled from ``params``, like ImportRowError's."""
        self.problems.append(ImportRowError(self.row.number, column, reason, **params))

    def done(self) -> None:
        if self.problems:
            raise _RowProblems(self.problems)


def _parse_customer(row: _Row) -> dict[str, object]:
    cells = _Cells(row)
    limit = cells.get("credit_limit", lambda v, n, c: _minor(
        f.parse_amount(v, n, c, positive=False)), optional=True)
    if isinstance(limit, int) and limit < 0:
        cells.fail("credit_limit", "a credit limit cannot be negative")
    parsed = {
        "code": cells.get("code", f.parse_code),
        "name": cells.get("name", lambda v, n, c: f.parse_text(v, n, c, required=True,
                                                              max_len=200)),
        "phones": cells.get("phone", f.parse_phone, "", optional=True),
        "email": cells.get("email", f.parse_email, ""),
        "address": cells.get("address", lambda v, n, c: f.parse_text(v, n, c, required=False,
                                                                    max_len=300), ""),
        "id_number": cells.get("id_number", f.parse_id_number, ""),
        "credit_limit": limit,
        "payment_terms_days": cells.get("payment_terms", lambda v, n, c: f.parse_int(
            v, n, c, minimum=0, maximum=365), 30, optional=True),
        "language": cells.get("language", f.parse_language, "he"),
        "kind": cells.get("kind", f.parse_customer_kind, "consumer"),
    }
    cells.done()
    return parsed


def _present(value: object) -> bool:
    return not f.is_blank(value)


def _same_customer(c: Customer, p: dict[str, object]) -> bool:
    def same(key: str, value: object) -> bool:
        stored = getattr(c, key)
        if key == "id_number" and stored != value:
            # Imported before the ID number was stored as nine digits ("513 456 780").
            return id_number.digits_of(stored) == value
        return bool(stored == value)

    return all(same(key, value) for key, value in p.items())


def _parse_invoice(row: _Row, customers: dict[str, int]) -> dict[str, object]:
    cells = _Cells(row)
    customer = cells.get("customer_code", lambda v, n, c: _lookup_customer(row, customers))
    number = cells.get("number", f.parse_code)
    issue = cells.get("date", f.parse_date)
    due = cells.get("due_date", f.parse_date)
    amount = cells.get("amount", lambda v, n, c: _minor(f.parse_amount(v, n, c)))
    description = cells.get("description", lambda v, n, c: f.parse_text(
        v, n, c, required=False, max_len=500), "")
    if isinstance(issue, date) and isinstance(due, date) and due < issue:
        cells.fail("due_date", "the due date is before the invoice date")
    cells.done()
    return {"customer": customer, "number": number, "issue_date": issue, "due_date": due,
            "amount": amount, "description": description}


def _parse_payment(row: _Row, customers: dict[str, int]) -> dict[str, object]:
    cells = _Cells(row)
    customer = cells.get("customer_code", lambda v, n, c: _lookup_customer(row, customers))
    parsed = {
        "customer": customer,
        "date": cells.get("date", f.parse_date),
        "amount": cells.get("amount", lambda v, n, c: _minor(f.parse_amount(v, n, c))),
        "method": cells.get("method", f.parse_method, "cash"),
        "reference": cells.get("reference", lambda v, n, c: f.parse_text(
            v, n, c, required=False, max_len=100), ""),
        "target": None,
    }
    number = cells.get("invoice_number", f.parse_code, "", optional=True)
    if number:
        debit = Debit.get_or_none((Debit.kind == "invoice") & (Debit.number == number))
        if debit is None or debit.voided_at is not None:
            cells.fail("invoice_number", "no invoice with number {number}", number=number)
        elif customer is not None and debit.customer_id != customer:
            cells.fail(
                "invoice_number", "invoice {number} belongs to another customer", number=number
            )
        else:
            parsed["target"] = debit.id
    parsed["cheque"] = _parse_cheque(cells, parsed)
    cells.done()
    return parsed


def _parse_cheque(cells: _Cells, parsed: dict[str, object]) -> tuple[str, ...] | None:
    """(bank, branch, account, number) when a check payment's reference is its cheque
    number (1–10 digits): the cheque enters the register. The bank, branch and account
    columns are optional, but all three or none (an unknown account is kept empty)."""
    reference = "".join(str(parsed["reference"] or "").split()).replace("-", "")
    if parsed["method"] != "check" or not (
            reference.isascii() and reference.isdigit() and len(reference) <= 10):
        return None
    micr = {key: "".join(str(cells.get(key, lambda v, n, c: f.parse_text(
        v, n, c, required=False, max_len=20), "", optional=True)).split()).replace("-", "")
        for key in ("bank", "branch", "account")}
    if not any(micr.values()):
        return ("", "", "", reference)
    for key, most, reason in (
        ("bank", 2, "the bank is a number of up to 2 digits"),
        ("branch", 3, "the branch is a number of up to 3 digits"),
        ("account", 9, "the account is a number of up to 9 digits"),
    ):
        value = micr[key]
        if not (value.isascii() and value.isdigit() and len(value) <= most):
            cells.fail(key, reason)
            return None
    return (micr["bank"].zfill(2), micr["branch"].zfill(3), micr["account"], reference)


def _cheque_clashes(to_add: list[tuple[_Row, dict[str, object]]]) -> list[ImportRowError]:
    """Rows whose cheque (account known) is already in the register or twice in the
    file. Checked on the rows to add only, so the same file imported again still adds
    nothing instead of failing."""
    from arapp.core.services.cheque_writer import on_record

    errors = []
    seen: set[tuple[str, ...]] = set()
    for row, p in to_add:
        paper = p["cheque"]
        if not isinstance(paper, tuple) or not paper[2]:
            continue
        if paper in seen or on_record(*paper):
            errors.append(ImportRowError(
                row.number, "reference", "cheque {number} of account {account} is already "
                "recorded", number=paper[3], account=paper[2]))
        seen.add(paper)
    return errors


def _payment_key(customer: object, on: object, amount: object, method: object,
                 reference: object, target: object) -> tuple[object, ...]:
    return (customer, on, amount, method, reference, target)
