"""A customer's risk summary (``shop.risk``; the rule: :mod:`arapp.core.collection.risk`)
in words: one line on the card, the same line as the list's tooltip."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication

from arapp.core.collection.risk import RiskSummary
from arapp.core.formatting import format_number, format_percent
from arapp.core.placeholders import arg
from arapp.ui import display
from arapp.ui.i18n.language import current_language

WHOLE_PERCENT = Decimal("0.01")


def on_time_text(risk: RiskSummary) -> str:
    """The share paid on time in whole percent ("" when nothing fell due yet): "43%",
    not "42.86%", for a glance down a list."""
    if risk.on_time_share is None:
        return ""
    whole = risk.on_time_share.quantize(WHOLE_PERCENT, ROUND_HALF_UP)
    return display.ltr(format_percent(whole, current_language()))


def risk_line(risk: RiskSummary | None, *, returned_cheques: bool = True) -> str:
    """"Payment record: pays on time: 80% · …" ("" when there is nothing to say).
    The card shows returned cheques among its flags, so it leaves them out here."""
    if risk is None:
        return ""
    # The context is written out in each call: lupdate reads literals only.
    parts = []
    if risk.on_time_share is not None:
        parts.append(arg(QCoreApplication.translate("RiskText", "pays on time: %1"),
                         on_time_text(risk)))
    if risk.avg_days_late is not None:
        parts.append(arg(QCoreApplication.translate("RiskText", "on average %1 days late"),
                         format_number(risk.avg_days_late, current_language())))
    if risk.days_late_now:
        parts.append(arg(QCoreApplication.translate("RiskText", "oldest debt %1 days late"),
                         str(risk.days_late_now)))
    if risk.broken_promises:
        parts.append(arg(QCoreApplication.translate("RiskText", "broken promises: %1"),
                         str(risk.broken_promises)))
    if returned_cheques and risk.returned_cheques:
        parts.append(arg(QCoreApplication.translate("RiskText", "returned cheques: %1"),
                         str(risk.returned_cheques)))
    if not parts:
        return ""
    return QCoreApplication.translate("RiskText", "Payment record:") + " " + " · ".join(parts)
