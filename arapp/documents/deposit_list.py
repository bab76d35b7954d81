"""The cheque deposit list as PDF: for each deposit, oldest day first, the day and the
shop's account it went into above a table of its cheques (number, bank/branch/account,
date on the cheque, drawer, customer, amount) with the deposit's total; the list's total
at the end. What it lists is the core's (:class:`DepositListData`)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from arapp.core.letters.data import DepositDay, DepositListData
from arapp.documents import blocks
from arapp.documents.blocks import Context
from arapp.documents.pages import build_pdf
from arapp.documents.tables import Column, build_table


def _heading(ctx: Context, data: DepositListData) -> list[Flowable]:
    title = ctx.text(data.subject, ctx.styles.subject, space_after=1 * mm)
    dated = ctx.text(f"{ctx.label('letter_date')}: {ctx.date(data.letter_date)}",
                     ctx.styles.small, space_after=3 * mm)
    return [title, dated]


def deposit_table(ctx: Context, deposit: DepositDay) -> list[Flowable]:
    """One deposit: what, where and how many above its cheques and its total."""
    facts = [f"{ctx.label('dep_deposited_on')}: {ctx.date(deposit.date)}"]
    if deposit.bank_account:
        facts.append(f"{ctx.label('dep_bank_account')}: {deposit.bank_account}")
    facts.append(f"{ctx.label('dep_cheque_count')}: {len(deposit.cheques)}")
    heading = ctx.text("   ·   ".join(facts), ctx.styles.strong, space_after=1.5 * mm)
    columns = [
        Column(ctx.label("col_cheque"), 0.12, "center"),
        Column(ctx.label("col_bank"), 0.2, "center"),
        Column(ctx.label("col_cheque_date"), 0.13, "center"),
        Column(ctx.label("col_drawer"), 0.19),
        Column(ctx.label("col_customer"), 0.21),
        Column(ctx.label("col_amount"), 0.15, "right"),
    ]
    rows = [
        [c.number, c.bank, ctx.date(c.cheque_date), c.drawer, c.customer, ctx.money(c.amount)]
        for c in deposit.cheques
    ]
    table = build_table(
        columns,
        rows,
        width=ctx.width,
        rtl=ctx.rtl,
        body=ctx.styles.cell,
        header=ctx.styles.cell_header,
        total=[ctx.label("dep_day_total"), ctx.money(deposit.total, sign=True)],
        total_label_span=5,
    )
    # The heading never ends a page without its table (a longer table still splits).
    return [KeepTogether([heading, table]), Spacer(1, 5 * mm)]


def render_deposit_list(data: DepositListData) -> bytes:
    """The deposit list as A4 PDF bytes (mirrored for Hebrew and Arabic; the same data
    always gives the same bytes)."""
    ctx = Context(data)
    story: list[Flowable] = [*blocks.letterhead(ctx), *_heading(ctx, data)]
    for deposit in data.deposits:
        story += deposit_table(ctx, deposit)
    if len(data.deposits) > 1:
        line = (f"{ctx.label('dep_grand_total')} ({ctx.label('dep_cheque_count')}: "
                f"{data.count}): {ctx.money(data.total, sign=True)}")
        story.append(ctx.text(line, ctx.styles.subject, space_before=2 * mm))
    return build_pdf(data, story, title=data.subject)
