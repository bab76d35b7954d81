"""Owner-facing names of the collection workflow's codes: contact kinds, directions,
outcomes, reasons for non-payment and the kinds of work on the Today list.

The codes themselves, and which of them exist, belong to the core
(:mod:`arapp.core.collection`); these are only their words on screen, under the
"Labels" context like :mod:`arapp.ui.i18n.labels`. An unknown code shows as itself.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: What happened: the kinds the owner logs, then the entries other records write.
_KINDS = {
    "call": QT_TRANSLATE_NOOP("Labels", "Call"),
    "sms": QT_TRANSLATE_NOOP("Labels", "SMS"),
    "whatsapp": QT_TRANSLATE_NOOP("Labels", "WhatsApp"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "visit": QT_TRANSLATE_NOOP("Labels", "Visit"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "letter": QT_TRANSLATE_NOOP("Labels", "Letter"),
    "payment": QT_TRANSLATE_NOOP("Labels", "Payment"),
    "payment_voided": QT_TRANSLATE_NOOP("Labels", "Payment voided"),
    "invoice_voided": QT_TRANSLATE_NOOP("Labels", "Invoice voided"),
    "plan_created": QT_TRANSLATE_NOOP("Labels", "Installment plan made"),
    "plan_cancelled": QT_TRANSLATE_NOOP("Labels", "Installment plan cancelled"),
    "plan_breached": QT_TRANSLATE_NOOP("Labels", "Installment plan breached"),
    "cheque_deposited": QT_TRANSLATE_NOOP("Labels", "Cheque deposited"),
    "cheque_returned": QT_TRANSLATE_NOOP("Labels", "Cheque returned"),
    "cheque_given_back": QT_TRANSLATE_NOOP("Labels", "Cheque given back"),
    "cheque_replaced": QT_TRANSLATE_NOOP("Labels", "Cheque replaced"),
    "credit_override": QT_TRANSLATE_NOOP("Labels", "Credit limit overridden"),
    "handed_over": QT_TRANSLATE_NOOP("Labels", "Handed over"),
    "taken_back": QT_TRANSLATE_NOOP("Labels", "Taken back"),
}

_DIRECTIONS = {
    "": QT_TRANSLATE_NOOP("Labels", "No direction"),
    "out": QT_TRANSLATE_NOOP("Labels", "We contacted them"),
    "in": QT_TRANSLATE_NOOP("Labels", "They contacted us"),
}

_OUTCOMES = {
    "reached": QT_TRANSLATE_NOOP("Labels", "Spoke with them"),
    "no_answer": QT_TRANSLATE_NOOP("Labels", "No answer"),
    "promised": QT_TRANSLATE_NOOP("Labels", "Promised to pay"),
    "disputed": QT_TRANSLATE_NOOP("Labels", "Disputes the debt"),
    "refused": QT_TRANSLATE_NOOP("Labels", "Refused to pay"),
    "wrong_number": QT_TRANSLATE_NOOP("Labels", "Wrong number"),
}

#: DESIGN "Collection workflow": why a customer does not pay.
_REASONS = {
    "hardship": QT_TRANSLATE_NOOP("Labels", "Financial hardship"),
    "job_loss": QT_TRANSLATE_NOOP("Labels", "Lost their job"),
    "dispute": QT_TRANSLATE_NOOP("Labels", "Disputes the bill"),
    "forgot": QT_TRANSLATE_NOOP("Labels", "Forgot"),
    "refuses": QT_TRANSLATE_NOOP("Labels", "Refuses to pay"),
    "unreachable": QT_TRANSLATE_NOOP("Labels", "Cannot be reached"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}

#: The Today list's kinds of work (arapp.core.tasks.TASK_KINDS).
_TASKS = {
    "check_returned": QT_TRANSLATE_NOOP("Labels", "Returned cheque to handle"),
    "promise_broken": QT_TRANSLATE_NOOP("Labels", "Promise broken"),
    "installment_late": QT_TRANSLATE_NOOP("Labels", "Installment late"),
    "letter_due": QT_TRANSLATE_NOOP("Labels", "Letter due"),
    "follow_up": QT_TRANSLATE_NOOP("Labels", "Follow-up due"),
    "promise_due": QT_TRANSLATE_NOOP("Labels", "Promise due today"),
    "installment_due": QT_TRANSLATE_NOOP("Labels", "Installment due today"),
    "check_to_deposit": QT_TRANSLATE_NOOP("Labels", "Cheque to deposit"),
}

#: A promise's state, which follows from the payments.
_PROMISE_STATES = {
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "kept": QT_TRANSLATE_NOOP("Labels", "Kept"),
    "broken": QT_TRANSLATE_NOOP("Labels", "Broken"),
    "partly_kept": QT_TRANSLATE_NOOP("Labels", "Partly kept"),
}


#: Why a sale on credit needed the owner's "Add anyway" (arapp.core.collection.kinds).
_CREDIT_OVERRIDES = {
    "over_limit": QT_TRANSLATE_NOOP("Labels", "Sale over the credit limit"),
    "stop_credit": QT_TRANSLATE_NOOP("Labels", "Sale despite stop credit"),
}


def _label(table: Mapping[str, object], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate("Labels", str(source)) if source else code


def contact_kind_name(code: str) -> str:
    return _label(_KINDS, code)


def direction_name(code: str) -> str:
    return _label(_DIRECTIONS, code)


def outcome_name(code: str) -> str:
    return _label(_OUTCOMES, code) if code else ""


def reason_name(code: str) -> str:
    return _label(_REASONS, code) if code else ""


def task_kind_name(code: str) -> str:
    return _label(_TASKS, code)


def credit_override_name(code: str) -> str:
    return _label(_CREDIT_OVERRIDES, code) if code else ""


def promise_state_name(code: str) -> str:
    return _label(_PROMISE_STATES, code) if code else ""
