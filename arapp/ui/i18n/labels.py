"""Owner-facing names of the codes services use (payment methods, item kinds, letter kinds,
plan, installment and cheque states).

Services speak in stable codes ("bank_transfer", "fee"); these are the words on screen, in
the UI language, under one translation context so the .ts file keeps them together.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from arapp.core.cheques import cheque_void_reason, returned_cheque_of
from arapp.core.placeholders import arg
from arapp.ui.display import ltr

_METHODS = {
    "cash": QT_TRANSLATE_NOOP("Labels", "Cash"),
    "check": QT_TRANSLATE_NOOP("Labels", "Check"),
    "credit_card": QT_TRANSLATE_NOOP("Labels", "Credit card"),
    "bank_transfer": QT_TRANSLATE_NOOP("Labels", "Bank transfer"),
    "app": QT_TRANSLATE_NOOP("Labels", "Bit / PayBox"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

_CREDIT_KINDS = {
    "payment": QT_TRANSLATE_NOOP("Labels", "Payment"),
    "credit_note": QT_TRANSLATE_NOOP("Labels", "Credit note"),
    "restructure": QT_TRANSLATE_NOOP("Labels", "Moved into an installment plan"),
}

_DEBIT_KINDS = {
    "invoice": QT_TRANSLATE_NOOP("Labels", "Invoice"),
    "fee": QT_TRANSLATE_NOOP("Labels", "Fee"),
    "installment": QT_TRANSLATE_NOOP("Labels", "Installment"),
}

_LETTER_KINDS = {
    "reminder": QT_TRANSLATE_NOOP("Labels", "Friendly reminder"),
    "debt_notice": QT_TRANSLATE_NOOP("Labels", "Debt notice"),
    "second": QT_TRANSLATE_NOOP("Labels", "Second reminder"),
    "warning": QT_TRANSLATE_NOOP("Labels", "Warning before legal action"),
    "settlement": QT_TRANSLATE_NOOP("Labels", "Settlement offer"),
    "statement": QT_TRANSLATE_NOOP("Labels", "Statement of account"),
    "handover": QT_TRANSLATE_NOOP("Labels", "Handover to a lawyer"),
    "payment_confirmation": QT_TRANSLATE_NOOP("Labels", "Payment confirmation"),
    "agreement": QT_TRANSLATE_NOOP("Labels", "Installment agreement"),
}

#: arapp.core.services.plan_records.PLAN_STATUSES
_PLAN_STATUSES = {
    "active": QT_TRANSLATE_NOOP("Labels", "Active"),
    "completed": QT_TRANSLATE_NOOP("Labels", "Completed"),
    "breached": QT_TRANSLATE_NOOP("Labels", "Accelerated (breached)"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}

#: arapp.core.services.plan_records.INSTALLMENT_STATUSES
_INSTALLMENT_STATUSES = {
    "due": QT_TRANSLATE_NOOP("Labels", "Due"),
    "partly_paid": QT_TRANSLATE_NOOP("Labels", "Partly paid"),
    "paid": QT_TRANSLATE_NOOP("Labels", "Paid"),
    "late": QT_TRANSLATE_NOOP("Labels", "Late"),
}

#: arapp.core.cheques.STATUSES
_CHEQUE_STATUSES = {
    "in_hand": QT_TRANSLATE_NOOP("Labels", "In hand"),
    "deposited": QT_TRANSLATE_NOOP("Labels", "Deposited"),
    "cleared": QT_TRANSLATE_NOOP("Labels", "Cleared"),
    "returned": QT_TRANSLATE_NOOP("Labels", "Returned"),
    "given_back": QT_TRANSLATE_NOOP("Labels", "Given back"),
    "replaced": QT_TRANSLATE_NOOP("Labels", "Replaced"),
}

#: arapp.core.cheques.RETURN_REASONS: the bank's reason for returning a cheque
_RETURN_REASONS = {
    "insufficient_funds": QT_TRANSLATE_NOOP("Labels", "Insufficient funds"),
    "restricted": QT_TRANSLATE_NOOP("Labels", "Account restricted"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Account closed"),
    "stop_order": QT_TRANSLATE_NOOP("Labels", "Stop order"),
    "attached": QT_TRANSLATE_NOOP("Labels", "Account attached"),
    "signature": QT_TRANSLATE_NOOP("Labels", "Signature does not match"),
    "technical": QT_TRANSLATE_NOOP("Labels", "Technical fault"),
    "early": QT_TRANSLATE_NOOP("Labels", "Deposited before its date"),
    "stale": QT_TRANSLATE_NOOP("Labels", "Stale (over 6 months)"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

#: arapp.core.services.plan_records.SIGNED_HOW
_SIGNED_HOW = {
    "screen": QT_TRANSLATE_NOOP("Labels", "Signed on screen"),
    "paper": QT_TRANSLATE_NOOP("Labels", "Signed on paper"),
    "": QT_TRANSLATE_NOOP("Labels", "Not signed"),
}


def _label(table: Mapping[str, object], code: str) -> str:
    source = table.get(code)
    # An unknown code (added to a service later) shows as itself rather than as nothing.
    return QCoreApplication.translate("Labels", str(source)) if source else code


def _state(table: Mapping[str, object], code: str) -> str:
    # The empty code has a name of its own here ("Not signed").
    return QCoreApplication.translate("Labels", str(table[code])) if code in table else code


def method_name(code: str) -> str:
    return _label(_METHODS, code)


def credit_kind_name(code: str) -> str:
    return _label(_CREDIT_KINDS, code)


def debit_kind_name(code: str) -> str:
    return _label(_DEBIT_KINDS, code)


def debit_description(kind: str, number: str, description: str) -> str:
    """A debit's description as shown: a returned cheque's bank fee in the UI language
    (the ledger stores no words for it), anything else as the owner typed it."""
    cheque = returned_cheque_of(kind, number)
    if cheque is None:
        return description
    text = QCoreApplication.translate("Labels", "Bank fee, returned cheque %1")
    return arg(text, ltr(cheque))


def void_reason_text(text: str) -> str:
    """Why a record was voided, as shown: the cheque register's own reasons in the UI
    language (the ledger stores fixed words and a code), the owner's words as typed."""
    found = cheque_void_reason(text)
    if found is None:
        return text
    kind, reason = found
    if kind == "returned":
        returned = QCoreApplication.translate("Labels", "cheque returned: %1")
        return arg(returned, return_reason_name(reason))
    if kind == "given_back":
        return QCoreApplication.translate("Labels", "cheque given back")
    return QCoreApplication.translate("Labels", "cheque replaced")


def letter_kind_name(code: str) -> str:
    return _label(_LETTER_KINDS, code)


def plan_status_name(code: str) -> str:
    return _label(_PLAN_STATUSES, code)


def installment_status_name(code: str, days_late: int = 0) -> str:
    """"Late: 12 days" for a late installment that knows how late it is."""
    if code == "late" and days_late > 0:
        # No %n plural: the glossary writes counts as "%1 days" (Arabic "%1 يومًا").
        late = QCoreApplication.translate("Labels", "Late: %1 days")
        return arg(late, days_late)
    return _label(_INSTALLMENT_STATUSES, code)


def cheque_status_name(code: str) -> str:
    return _label(_CHEQUE_STATUSES, code)


def return_reason_name(code: str) -> str:
    return _label(_RETURN_REASONS, code)


def signed_how_name(code: str) -> str:
    return _state(_SIGNED_HOW, code)
