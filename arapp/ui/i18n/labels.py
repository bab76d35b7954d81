"""Owner-facing names of the codes services use (payment methods, item kinds, letter kinds).

Services speak in stable codes ("bank_transfer", "fee"); these are the words on screen, in
the UI language, under one translation context so the .ts file keeps them together.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

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


def _label(table: Mapping[str, object], code: str) -> str:
    source = table.get(code)
    # An unknown code (added to a service later) shows as itself rather than as nothing.
    return QCoreApplication.translate("Labels", str(source)) if source else code


def method_name(code: str) -> str:
    return _label(_METHODS, code)


def credit_kind_name(code: str) -> str:
    return _label(_CREDIT_KINDS, code)


def debit_kind_name(code: str) -> str:
    return _label(_DEBIT_KINDS, code)


def letter_kind_name(code: str) -> str:
    return _label(_LETTER_KINDS, code)
