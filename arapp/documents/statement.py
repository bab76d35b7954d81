"""Statement of account: every movement in a period with a running balance, as PDF."""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from arapp.core.letters.data import StatementData
from arapp.documents import blocks
from arapp.documents.blocks import Context, EndTogether, document_title, kept_flat
from arapp.documents.pages import build_pdf
from arapp.documents.tables import Column, build_table


def _period(ctx: Context, data: StatementData) -> list[Flowable]:
    start, end = data.period_start, data.period_end
    line = f"{ctx.label('period')}: {ctx.date(start)} – {ctx.date(end)}"
    return [ctx.text(line, ctx.styles.strong, space_after=2 * mm)]


def _optional(ctx: Context, value: Decimal) -> str:
    # A movement is either a debit or a credit; the other column stays empty, not "0.00".
    return ctx.money(value) if value else ""


def movements_table(ctx: Context, data: StatementData) -> list[Flowable]:
    """Opening balance row, one row per movement, closing balance as the total row."""
    columns = [
        Column(ctx.label("col_date"), 0.115, "center"),
        Column(ctx.label("col_kind"), 0.10),
        Column(ctx.label("col_reference"), 0.125),
        Column(ctx.label("col_description"), 0.284),
        Column(ctx.label("col_debit"), 0.122, "right"),
        Column(ctx.label("col_credit"), 0.122, "right"),
        Column(ctx.label("col_balance"), 0.132, "right"),
    ]
    rows = [
        [
            ctx.date(data.period_start),
            "",
            "",
            ctx.label("opening_balance"),
            "",
            "",
            ctx.money(data.opening_balance),
        ]
    ]
    rows += [
        [
            ctx.date(row.date),
            ctx.label(f"kind_{row.kind}"),
            row.reference,
            row.description,
            _optional(ctx, row.debit),
            _optional(ctx, row.credit),
            ctx.money(row.balance),
        ]
        for row in data.movements
    ]
    total = [ctx.label("closing_balance"), ctx.money(data.closing_balance, sign=True)]
    table = build_table(
        columns,
        rows,
        width=ctx.width,
        rtl=ctx.rtl,
        body=ctx.styles.dense,
        header=ctx.styles.dense_header,
        total=total,
        total_label_span=6,
    )
    return [Spacer(1, 2 * mm), table]


def render_statement(data: StatementData) -> bytes:
    """A statement of account as A4 PDF bytes (same letterhead and page chrome as the
    letters; deterministic like them)."""
    ctx = Context(data)
    story: list[Flowable] = [
        *blocks.letterhead(ctx),
        blocks.addressee(ctx),
        *blocks.subject(ctx),
        *blocks.body(ctx),
        *_period(ctx, data),
        # How to pay never stands alone on a last sheet: it moves with the end of the
        # table, as a letter's closing does.
        EndTogether(kept_flat([*movements_table(ctx, data), *blocks.how_to_pay(ctx)])),
    ]
    return build_pdf(data, story, title=document_title(ctx, "statement"))
