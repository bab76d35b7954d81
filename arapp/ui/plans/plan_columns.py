"""The columns of the card's Plans tab: the plans, and the selected plan's installments,
cheques and agreement versions. Kept here so that card_plans.py reads as the tab's
behaviour; the texts are in the tab's translation context ("PlansTab")."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from arapp.core.placeholders import arg
from arapp.core.services.plan_records import (
    AgreementRecord,
    ChequeRecord,
    InstallmentRecord,
    PlanRecord,
)
from arapp.ui import display
from arapp.ui.i18n.labels import (
    cheque_status_name,
    installment_status_name,
    plan_status_name,
    signed_how_name,
)
from arapp.ui.i18n.language import NATIVE_NAMES
from arapp.ui.widgets.record_table import Column


# -- plans -----------------------------------------------------------------------------
def _next_open(plan: PlanRecord) -> InstallmentRecord | None:
    """The plan's earliest installment that is still open."""
    unpaid = [i for i in plan.installments if i.open_amount > 0]
    return min(unpaid, key=lambda i: (i.due_date, i.n)) if unpaid else None


def next_due(plan: PlanRecord) -> date | None:
    """The due date of the plan's earliest installment that is still open."""
    installment = _next_open(plan)
    return installment.due_date if installment is not None else None


def plan_status_text(plan: PlanRecord) -> str:
    if plan.replaced_by is not None:
        return QCoreApplication.translate("PlansTab", "Replaced by a new version")
    if plan.breachable:
        return QCoreApplication.translate("PlansTab", "Active — may be accelerated")
    return plan_status_name(plan.status)


def _plan_color(plan: PlanRecord) -> Any:
    if plan.breachable or plan.status == "breached":
        return display.DANGER
    if plan.status == "cancelled":
        return display.MUTED
    return display.OK if plan.status == "completed" else None


def _next_due_color(plan: PlanRecord) -> Any:
    # Late as the service reckons it (on the shop's day), not by the clock of this screen.
    installment = _next_open(plan)
    return display.DANGER if installment is not None and installment.status == "late" else None


def plan_columns() -> list[Column[PlanRecord]]:
    return [
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Plan"),
            lambda r: arg(
                QCoreApplication.translate("PlansTab", "%1 (version %2)"), r.number, r.version
            ),
        ),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Status"),
            plan_status_text,
            color=_plan_color,
        ),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Plan date"),
            lambda r: r.plan_date,
            "date",
        ),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Total payable"),
            lambda r: r.total_payable,
            "money",
        ),
        Column(lambda: QCoreApplication.translate("PlansTab", "Paid"), lambda r: r.paid, "money"),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Open"),
            lambda r: r.open_amount,
            "money",
        ),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Next due"),
            next_due,
            "date",
            color=_next_due_color,
        ),
    ]


# -- installments ----------------------------------------------------------------------
def _installment_n(item: InstallmentRecord) -> str:
    if item.n == 0:
        return QCoreApplication.translate("PlansTab", "Down payment")
    return str(item.n)


def _accelerated(item: InstallmentRecord) -> bool:
    return item.agreed_due is not None and item.agreed_due != item.due_date


def _due_text(item: InstallmentRecord) -> str:
    """The due date; after an acceleration, with the date first agreed."""
    if _accelerated(item):
        return arg(
            QCoreApplication.translate("PlansTab", "%1 (agreed %2)"),
            display.day(item.due_date),
            display.day(item.agreed_due),
        )
    return display.day(item.due_date)


def _status_color(item: InstallmentRecord) -> Any:
    if item.status == "late":
        return display.DANGER
    if item.status == "partly_paid":
        return display.WARNING
    return display.OK if item.status == "paid" else None


def cheque_text(cheque: ChequeRecord | None) -> str:
    """"No. 1234, bank 12, 15/05/2026": which cheque was given for an installment."""
    if cheque is None:
        return ""
    return arg(
        QCoreApplication.translate("PlansTab", "No. %1, bank %2, %3"),
        display.ltr(cheque.number),
        display.ltr(cheque.bank),
        display.day(cheque.date),
    )


def installment_columns() -> list[Column[InstallmentRecord]]:
    return [
        Column(lambda: QCoreApplication.translate("PlansTab", "No."), _installment_n),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Due"),
            _due_text,
            color=lambda r: display.DANGER if _accelerated(r) else None,
        ),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Amount"), lambda r: r.amount, "money"
        ),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Principal"),
            lambda r: r.principal,
            "money",
        ),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Interest"),
            lambda r: r.interest,
            "money",
        ),
        Column(lambda: QCoreApplication.translate("PlansTab", "Paid"), lambda r: r.paid, "money"),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Open"),
            lambda r: r.open_amount,
            "money",
            color=lambda r: display.DANGER if r.status == "late" else None,
        ),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Status"),
            lambda r: installment_status_name(r.status, r.days_late),
            color=_status_color,
        ),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Cheque"),
            lambda r: cheque_text(r.cheque),
        ),
    ]


# -- cheques ---------------------------------------------------------------------------
def account_text(cheque: ChequeRecord) -> str:
    """Bank-branch-account as on the cheque's MICR line, kept left to right."""
    return display.ltr(f"{cheque.bank}-{cheque.branch}-{cheque.account}")


def _drawer(cheque: ChequeRecord) -> str:
    if not cheque.drawer_name:
        return QCoreApplication.translate("PlansTab", "The customer")
    if cheque.drawer_id:
        return f"{display.isolate(cheque.drawer_name)} ({display.ltr(cheque.drawer_id)})"
    return display.isolate(cheque.drawer_name)


def _cheque_for(cheque: ChequeRecord) -> str:
    if cheque.installment is None:
        return ""
    if cheque.installment == 0:
        return QCoreApplication.translate("PlansTab", "Down payment")
    return arg(QCoreApplication.translate("PlansTab", "Installment %1"), cheque.installment)


def _cheque_color(cheque: ChequeRecord) -> Any:
    if cheque.status == "returned":
        return display.DANGER
    return display.MUTED if cheque.status in ("given_back", "replaced") else None


def cheque_columns() -> list[Column[ChequeRecord]]:
    return [
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Bank-branch-account"), account_text
        ),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Cheque no."),
            lambda r: display.ltr(r.number),
        ),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Amount"), lambda r: r.amount, "money"
        ),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Date on the cheque"),
            lambda r: r.date,
            "date",
        ),
        Column(lambda: QCoreApplication.translate("PlansTab", "Drawer"), _drawer),
        Column(lambda: QCoreApplication.translate("PlansTab", "For"), _cheque_for),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Status"),
            lambda r: cheque_status_name(r.status),
            color=_cheque_color,
        ),
    ]


# -- agreement versions ------------------------------------------------------------------
def moment(at: str | None) -> str:
    """``2026-06-30T10:15:00`` as the reader writes the day, with the time."""
    if not at:
        return ""
    try:
        when = datetime.fromisoformat(at)
    except ValueError:
        return at
    return f"{display.day(when.date())} {when:%H:%M}"


def _signed(agreement: AgreementRecord) -> str:
    how = signed_how_name(agreement.signed)
    if agreement.signed and agreement.signed_at:
        return f"{how}, {moment(agreement.signed_at)}"
    return how


def agreement_columns() -> list[Column[AgreementRecord]]:
    return [
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Version"),
            lambda r: r.version,
            "number",
        ),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Language"),
            lambda r: NATIVE_NAMES.get(r.lang, r.lang),
        ),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Made"), lambda r: moment(r.created_at)
        ),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Signature"),
            _signed,
            color=lambda r: None if r.signed else display.WARNING,
        ),
        Column(
            lambda: QCoreApplication.translate("PlansTab", "Scan"),
            lambda r: display.isolate(r.scan_name)
            if r.scan_name
            else QCoreApplication.translate("PlansTab", "None attached"),
        ),
    ]
