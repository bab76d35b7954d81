"""Payment confirmation as PDF: the same letterhead, addressee and signature as the
letters, a band that says it is not a tax invoice or receipt, the payment's details and
the invoices it paid."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from arapp.core.letters.data import PaymentConfirmationData
from arapp.documents import blocks
from arapp.documents.blocks import Context, document_title
from arapp.documents.layout import ACCENT, HEADER_FILL, TextStyle, table_style
from arapp.documents.pages import build_pdf
from arapp.documents.tables import Column, build_table


def notice_band(ctx: Context, data: PaymentConfirmationData) -> list[Flowable]:
    """The document's name and the words "not a tax invoice or receipt", framed across
    the page under the letterhead, where nobody can miss them."""
    title = ctx.text(
        ctx.label("letter_payment_confirmation"),
        TextStyle(size=14, bold=True, color=ACCENT, leading=ctx.styles.subject.leading),
        align="center",
    )
    notice = ctx.text(data.notice, ctx.styles.strong, align="center")
    band = Table([[[title, notice]]], colWidths=[ctx.width])
    band.setStyle(table_style([
        ("BOX", (0, 0), (-1, -1), 1.0, ACCENT),
        ("BACKGROUND", (0, 0), (-1, -1), HEADER_FILL),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
    ]))
    return [band, Spacer(1, 4 * mm)]


def details(ctx: Context, data: PaymentConfirmationData) -> list[Flowable]:
    """Date, amount, method and reference as label–value rows (labels where reading
    starts)."""
    pairs = [
        ("payment_date", ctx.date(data.payment_date)),
        ("payment_amount", ctx.money(data.amount, sign=True)),
        ("payment_method", data.method),
    ]
    if data.reference:
        pairs.append(("payment_reference", data.reference))
    table = blocks.label_values(ctx, [(ctx.label(key), value) for key, value in pairs])
    return [Spacer(1, 2 * mm), table]


def paid_items_table(ctx: Context, data: PaymentConfirmationData) -> list[Flowable]:
    """The invoices the payment paid, with what was still open on each after it."""
    if not data.items:
        return []
    columns = [
        Column(ctx.label("col_number"), 0.22),
        Column(ctx.label("col_issue_date"), 0.15, "center"),
        Column(ctx.label("col_due_date"), 0.15, "center"),
        Column(ctx.label("col_amount"), 0.16, "right"),
        Column(ctx.label("col_paid_now"), 0.16, "right"),
        Column(ctx.label("col_open_after"), 0.16, "right"),
    ]
    rows = [
        [
            item.number,
            ctx.date(item.issue_date),
            ctx.date(item.due_date),
            ctx.money(item.amount),
            ctx.money(item.paid),
            ctx.money(item.open_after),
        ]
        for item in data.items
    ]
    applied = sum((item.paid for item in data.items), Decimal(0))
    total = [ctx.label("total_applied"), ctx.money(applied, sign=True), ""]
    table = build_table(
        columns,
        rows,
        width=ctx.width,
        rtl=ctx.rtl,
        body=ctx.styles.cell,
        header=ctx.styles.cell_header,
        total=total,
        total_label_span=4,
    )
    return [Spacer(1, 5 * mm), table]


def balance_lines(ctx: Context, data: PaymentConfirmationData) -> list[Flowable]:
    lines: list[Flowable] = []
    if data.unapplied > 0:
        line = f"{ctx.label('left_as_credit')}: {ctx.money(data.unapplied, sign=True)}"
        lines.append(ctx.text(line, ctx.styles.body, space_before=3 * mm))
    line = f"{ctx.label('balance_after')}: {ctx.money(data.balance_after, sign=True)}"
    lines.append(ctx.text(line, ctx.styles.strong, space_before=3 * mm))
    return lines


def render_confirmation(data: PaymentConfirmationData) -> bytes:
    """A payment confirmation as A4 PDF bytes (mirrored for Hebrew and Arabic, and the
    same data always gives the same bytes, like the letters)."""
    ctx = Context(data)
    story: list[Flowable] = [
        *blocks.letterhead(ctx),
        *notice_band(ctx, data),
        blocks.addressee(ctx),
        *blocks.subject(ctx),
        *blocks.body(ctx),
        *details(ctx, data),
        *paid_items_table(ctx, data),
        *balance_lines(ctx, data),
        KeepTogether(blocks.closing(ctx, space_before=6 * mm)),
    ]
    return build_pdf(data, story, title=document_title(ctx, "payment_confirmation"))
