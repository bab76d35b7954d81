"""Collection letters (reminder, debt notice, second reminder, warning, settlement) as PDF.

:func:`arapp.documents.render.render_document` is the one entry point by kind; statements
live in :mod:`arapp.documents.statement` and share the letterhead, blocks and page
machinery.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from arapp.core.letters.data import LetterData
from arapp.documents import blocks
from arapp.documents.blocks import Context, document_title
from arapp.documents.pages import build_pdf
from arapp.documents.tables import Column, build_table


def open_items_table(ctx: Context, data: LetterData) -> list[Flowable]:
    """The open items with a total row; the header repeats on every page it runs onto."""
    if not data.items:
        return []
    # What each item was for, when the invoices say (issue #22): a column of its own.
    described = any(item.description.strip() for item in data.items)
    columns = [
        Column(ctx.label("col_number"), 0.19 if described else 0.27),
        *([Column(ctx.label("col_description"), 0.25)] if described else []),
        Column(ctx.label("col_issue_date"), 0.13 if described else 0.17, "center"),
        Column(ctx.label("col_due_date"), 0.13 if described else 0.17, "center"),
        Column(ctx.label("col_days_late"), 0.11 if described else 0.16, "center"),
        Column(ctx.label("col_open_amount"), 0.19 if described else 0.23, "right"),
    ]
    not_due = ctx.label("not_yet_due")
    rows = [
        [
            item.number,
            *([" ".join(item.description.split())] if described else []),
            ctx.date(item.issue_date),
            ctx.date(item.due_date),
            str(item.days_late) if item.days_late > 0 else not_due,
            ctx.money(item.open_amount),
        ]
        for item in data.items
    ]
    # A settlement offer's table totals the debt; the box under it says what to pay.
    label = "total" if data.settlement_amount is None else "total_debt"
    total = [ctx.label(label), ctx.money(data.total, sign=True)]
    table = build_table(
        columns,
        rows,
        width=ctx.width,
        rtl=ctx.rtl,
        body=ctx.styles.cell,
        header=ctx.styles.cell_header,
        total=total,
        total_label_span=len(columns) - 1,
    )
    return [Spacer(1, 3 * mm), table]


class EndTogether(KeepTogether):
    """The end of a letter kept on one sheet when it fits one (else it runs on, the table
    splitting as usual: its later pages carry rows)."""

    def split(self, aW: float, aH: float) -> list[Flowable]:
        parts = super().split(aW, aH)
        frame = getattr(self, "_frame", None)
        if frame is not None and frame._height < self._H:
            return list(self._content)
        return parts


def _flat(flowables: list[Flowable]) -> list[Flowable]:
    # A KeepTogether inside another one measures as endless; its content is kept anyway.
    out: list[Flowable] = []
    for f in flowables:
        out.extend(f._content if isinstance(f, KeepTogether) else [f])
    return out


def render_letter(data: LetterData) -> bytes:
    """A collection letter as A4 PDF bytes. Hebrew and Arabic letters are mirrored (text
    from the right, table columns right to left). The same ``data`` always gives the same
    bytes."""
    ctx = Context(data)
    story: list[Flowable] = [
        *blocks.letterhead(ctx),
        blocks.addressee(ctx),
        *blocks.subject(ctx),
        *blocks.body(ctx),
        # The closing never stands alone on a sheet with no letter text (issue #22, 5):
        # the table, the box under it, how to pay and the signature move together.
        EndTogether(_flat([
            *open_items_table(ctx, data),
            *blocks.settlement_to_pay(ctx, data.settlement_amount),
            *blocks.pay_by(ctx, data.pay_by),
            *blocks.payment_and_signature(ctx),
        ])),
    ]
    return build_pdf(data, story, title=document_title(ctx, data.kind))

