"""Letter templates: default wording from ``resources/templates/<lang>/`` and filling the
``{placeholder}`` fields. Pure apart from reading the bundled files."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from arapp.core.errors import UserError
from arapp.core.letters.kinds import TEMPLATE_KINDS
from arapp.resources import templates_dir

PLACEHOLDERS: frozenset[str] = frozenset(
    {
        "customer_name", "customer_code", "business_name", "business_phone", "owner_name",
        "business_email", "contact_ways", "earlier_letters", "interest_basis", "execution_office",
        "today", "total", "item_count", "oldest_due_date", "max_days_late", "pay_by",
        "pay_within_days", "debt_notice_date", "settlement_amount", "discount_amount",
        "discount_percent", "settlement_deadline", "period_start", "period_end",
        "opening_balance", "closing_balance", "payment_amount", "payment_date",
        "payment_method", "payment_reference", "balance_after",
        # The installment agreement (arapp.core.plans.agreement_text)
        "customer_id_number", "customer_address", "business_reg_no", "business_address",
        "place", "plan_number", "debt", "down_payment", "principal", "installment_count",
        "installment_amount", "first_due", "last_due", "frequency", "annual_rate",
        "total_interest", "total_payable", "grace_days", "guarantor_name",
        "guarantor_id_number", "guarantor_max", "language",
    }
)
_FIELD = re.compile(r"\{([a-z_]+)\}")


@dataclass(frozen=True, slots=True)
class TemplateText:
    subject: str
    body: str


@cache
def default_template(kind: str, lang: str) -> TemplateText:
    if kind not in TEMPLATE_KINDS:
        raise UserError("Unknown letter kind “{kind}”", kind=kind)
    with open(templates_dir(lang) / f"{kind}.toml", "rb") as fh:
        data = tomllib.load(fh)
    return TemplateText(subject=data["subject"].strip(), body=data["body"].strip())


@cache
def labels(lang: str) -> Mapping[str, str]:
    with open(templates_dir(lang) / "labels.toml", "rb") as fh:
        return dict(tomllib.load(fh))


def check_template(text: TemplateText) -> None:
    """Refuse a template that names an unknown placeholder or has no subject/body."""
    if not text.subject.strip() or not text.body.strip():
        raise UserError("A letter needs a subject and a body")
    unknown = sorted({m for m in _FIELD.findall(text.subject + text.body)} - PLACEHOLDERS)
    if unknown:
        raise UserError(
            "Unknown placeholder(s): {names}", names=", ".join("{" + u + "}" for u in unknown)
        )


#: First-strong isolate and pop-directional isolate (UAX #9): every inserted value is
#: wrapped in them, so a value in one direction (a Hebrew shop name, an amount) cannot
#: reorder the words around it in a paragraph of the other (issue #22, 2). The documents
#: layer lays each isolate out on its own (``arapp.documents.text``).
FSI, PDI = "\u2068", "\u2069"
#: Bidi controls a value may not bring in (it could unbalance or override the isolate).
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")


def isolate(value: str) -> str:
    """``value`` as a bidi isolate (empty stays empty), without bidi controls of its own."""
    value = _BIDI_CONTROLS.sub("", value).strip()
    return f"{FSI}{value}{PDI}" if value else value


def strip_isolates(text: str) -> str:
    """``text`` without the isolates :func:`fill` puts around values (for plain text)."""
    return text.replace(FSI, "").replace(PDI, "")


#: A placeholder, and a percent sign right after it (it goes into the value's isolate: "10%"
#: is one number, which the bidi algorithm keeps as "10%" in a right-to-left line too).
_FIELD_WITH_UNIT = re.compile(r"\{([a-z_]+)\}(%?)")


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with each ``{placeholder}`` replaced by its value, isolated."""

    def value(m: re.Match[str]) -> str:
        found = values.get(m.group(1), "")
        return isolate(found + m.group(2)) if found.strip() else m.group(2)

    return _FIELD_WITH_UNIT.sub(value, text)


def fill_paragraphs(body: str, values: Mapping[str, str]) -> tuple[str, ...]:
    """Paragraphs of ``body`` with placeholders filled. A paragraph whose placeholders are
    all empty (e.g. the debt-notice sentence when no notice was sent) is left out."""
    result = []
    for paragraph in re.split(r"\n\s*\n", body.strip()):
        names = _FIELD.findall(paragraph)
        if names and not any(values.get(n, "") for n in names):
            continue
        result.append(" ".join(fill(paragraph, values).split()))
    return tuple(p for p in result if p)
