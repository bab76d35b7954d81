"""The columns of each import kind and the header names (English, Hebrew, Arabic) that
mean them.

Header names are compared with :func:`fields.fold`, so case, spaces, underscores, dots
and quote marks do not count: ``Customer_Code``, ``customer code``, ``מס' לקוח`` and
``מס׳ לקוח`` all match. Within one kind a folded name means exactly one column; across
kinds it may differ on purpose (``קוד לקוח`` is the customer's ``code`` in a customers
file and ``customer_code`` in an invoices or payments file). Bare words that could mean
two things in a kind are left out: in a payments file "number" or "מספר" could be the
invoice's or the check's, so neither is an alias there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from arapp.core.errors import ImportFailed, ImportRowError
from arapp.core.importing.fields import fold

KINDS = ("customers", "invoices", "payments")


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """One column of an import kind: its ``key`` (which is also its English header), whether
    a file must have it, and every header name that means it (``aliases`` starts with the
    key)."""

    key: str
    required: bool
    aliases: tuple[str, ...]


def _col(key: str, required: bool, *, en: str = "", he: str = "", ar: str = "") -> ColumnSpec:
    """A column whose aliases are its key, then the comma-separated English, Hebrew and
    Arabic names (no header name contains a comma)."""
    names = (name.strip() for names in (en, he, ar) for name in names.split(","))
    return ColumnSpec(key, required, (key, *(name for name in names if name)))


# In invoices and payments files the only code is the customer's, so a bare "code" is it.
_CUSTOMER_CODE_IN_DOCUMENTS = dict(
    en="customer code, customer no, customer number, customer id, code",
    he="קוד לקוח, מס' לקוח, מספר לקוח, קוד",
    ar="رمز الزبون, رقم الزبون, رمز العميل, رقم العميل, رمز, كود",
)

COLUMNS: dict[str, tuple[ColumnSpec, ...]] = {
    "customers": (
        _col(
            "code",
            True,
            en="customer code, customer no, customer number, customer id",
            he="קוד, קוד לקוח, מס' לקוח, מספר לקוח",
            ar="رمز, رمز الزبون, رقم الزبون, رمز العميل, رقم العميل, كود",
        ),
        _col(
            "name",
            True,
            en="customer name, full name",
            he="שם, שם לקוח, שם הלקוח, שם מלא",
            ar="اسم, الاسم, اسم الزبون, اسم العميل, الاسم الكامل",
        ),
        _col(
            "phone",
            False,
            en="telephone, tel, mobile, cell, phone number",
            he="טלפון, נייד, טלפון נייד, פלאפון, מס' טלפון",
            ar="هاتف, الهاتف, جوال, الجوال, رقم الهاتف, موبايل, خلوي",
        ),
        _col(
            "email",
            False,
            en="e-mail, mail, email address",
            he='דוא"ל, אימייל, מייל, דואר אלקטרוני',
            ar="بريد إلكتروني, البريد الإلكتروني, البريد, ايميل",
        ),
        _col("address", False, he="כתובת", ar="عنوان, العنوان"),
        _col(
            "id_number",
            False,
            en="id no, identity number, tax id, vat number, company number",
            he="ת.ז., תעודת זהות, מספר זהות, ח.פ., ע.מ., מס' עוסק, ת.ז./ח.פ., ח.פ./ע.מ.",
            ar="رقم الهوية, الهوية, هوية, رقم الشركة",
        ),
        _col(
            "credit_limit",
            False,
            en="credit, limit",
            he="מסגרת אשראי, תקרת אשראי, אובליגו",
            ar="سقف الائتمان, حد الائتمان, سقف الدين",
        ),
        _col(
            "language",
            False,
            en="lang, letter language",
            he="שפה, שפת מכתבים",
            ar="لغة, اللغة, لغة الرسائل",
        ),
        _col(
            "kind",
            False,
            en="type, customer type, customer kind",
            he="סוג, סוג לקוח",
            ar="نوع, نوع الزبون, نوع العميل",
        ),
        _col(
            "payment_terms",
            False,
            en="terms, credit days, days",
            he="תנאי תשלום, ימי אשראי",
            ar="شروط الدفع, أيام الائتمان, مدة الدفع",
        ),
    ),
    "invoices": (
        _col("customer_code", True, **_CUSTOMER_CODE_IN_DOCUMENTS),
        _col(
            "number",
            True,
            en="invoice number, invoice no, invoice, no, document number",
            he="מספר חשבונית, מס' חשבונית, חשבונית, מספר, מספר מסמך, מס' מסמך",
            ar="رقم الفاتورة, الفاتورة, رقم, رقم المستند",
        ),
        _col(
            "date",
            True,
            en="invoice date, issue date, issued",
            he="תאריך, תאריך חשבונית, תאריך הפקה, תאריך מסמך",
            ar="التاريخ, تاريخ, تاريخ الفاتورة, تاريخ الإصدار",
        ),
        _col(
            "due_date",
            True,
            en="due, pay by, payment due",
            he="תאריך פירעון, מועד תשלום, תאריך לתשלום, לתשלום עד",
            ar="تاريخ الاستحقاق, الاستحقاق, موعد الدفع",
        ),
        _col(
            "amount",
            True,
            en="total, sum, amount due, invoice total",
            he='סכום, סכום כולל, סה"כ, סכום לתשלום, סכום חשבונית',
            ar="المبلغ, مبلغ, المجموع, الإجمالي, قيمة الفاتورة",
        ),
        _col(
            "description",
            False,
            en="details, notes",
            he="תיאור, פירוט, הערות",
            ar="الوصف, البيان, تفاصيل, ملاحظات",
        ),
    ),
    # No bare "number" / "מספר" / "رقم" here: the invoice's or the check's?
    "payments": (
        _col("customer_code", True, **_CUSTOMER_CODE_IN_DOCUMENTS),
        _col(
            "date",
            True,
            en="payment date, paid on",
            he="תאריך, תאריך תשלום, תאריך קבלה",
            ar="التاريخ, تاريخ, تاريخ الدفع",
        ),
        _col(
            "amount",
            True,
            en="sum, paid, amount paid",
            he="סכום, סכום ששולם, סכום תשלום",
            ar="المبلغ, مبلغ, المبلغ المدفوع",
        ),
        _col(
            "method",
            False,
            en="payment method, payment type",
            he="אמצעי תשלום, אופן תשלום, סוג תשלום",
            ar="طريقة الدفع, وسيلة الدفع",
        ),
        _col(
            "reference",
            False,
            en="ref, check number, cheque number, receipt number",
            he="אסמכתא, מס' צ'ק, מספר צ'ק, מס' שיק, מספר המחאה, מס' קבלה",
            ar="المرجع, مرجع, رقم الشيك, رقم الإيصال",
        ),
        _col(
            "invoice_number",
            False,
            en="invoice, invoice no",
            he="מספר חשבונית, מס' חשבונית, חשבונית",
            ar="رقم الفاتورة, الفاتورة",
        ),
        # A check payment's MICR details: with them the cheque enters the register.
        _col("bank", False, en="bank code, bank number", he="בנק, קוד בנק, מספר בנק",
             ar="البنك, رقم البنك"),
        _col("branch", False, en="branch number", he="סניף, מספר סניף",
             ar="الفرع, رقم الفرع"),
        _col("account", False, en="account number", he="חשבון, מספר חשבון",
             ar="الحساب, رقم الحساب"),
    ),
}


def _index(kind: str) -> dict[str, str]:
    """Folded header name -> column key for ``kind``; refuses an alias with two meanings."""
    index: dict[str, str] = {}
    for spec in COLUMNS[kind]:
        for alias in spec.aliases:
            if index.setdefault(fold(alias), spec.key) != spec.key:
                raise ValueError(
                    f"{kind}: {alias!r} means both {index[fold(alias)]} and {spec.key}"
                )
    return index


_INDEX = {kind: _index(kind) for kind in KINDS}
_HEBREW = re.compile("[\u05d0-\u05ea]")
_ARABIC = re.compile("[\u0620-\u064a]")


def _accepted_names(spec: ColumnSpec) -> tuple[str, str]:
    """The first Hebrew and the first Arabic alias, for a message that shows the owner what
    to call the column (besides its English key) without listing every spelling."""
    hebrew = next(a for a in spec.aliases if _HEBREW.search(a))
    arabic = next(a for a in spec.aliases if _ARABIC.search(a))
    return hebrew, arabic


def map_headers(kind: str, headers: list[str]) -> tuple[dict[str, int], list[str]]:
    """Match a file's header row to the columns of ``kind``.

    Returns ``{key: column index}`` for every known column present and the header names
    that mean nothing for this kind (ignored; blank headers are not listed). Raises
    :class:`ImportFailed` with one row-1 error per missing required column (naming it and
    what to call it) and per column that repeats another (two headers with one meaning).
    An unknown ``kind`` is a programming error (``ValueError``).
    """
    if kind not in _INDEX:
        raise ValueError(f"unknown import kind {kind!r}; expected one of {KINDS}")
    index = _INDEX[kind]
    found: dict[str, int] = {}
    extra: list[str] = []
    errors: list[ImportRowError] = []
    for position, header in enumerate(headers):
        key = index.get(fold(header))
        if key is None:
            if header.strip():
                extra.append(header)
        elif key in found:
            first = headers[found[key]]
            errors.append(
                ImportRowError(
                    1,
                    header,
                    "this column means the same as column “{first}” ({key}); keep only one",
                    first=first,
                    key=key,
                )
            )
        else:
            found[key] = position
    for spec in COLUMNS[kind]:
        if spec.required and spec.key not in found:
            hebrew, arabic = _accepted_names(spec)
            errors.append(
                ImportRowError(
                    1,
                    spec.key,
                    "the required column {key} is missing; name it {name}, {hebrew} or {arabic}",
                    key=spec.key,
                    name=spec.key,
                    hebrew=hebrew,
                    arabic=arabic,
                )
            )
    if errors:
        raise ImportFailed(errors)
    return found, extra
