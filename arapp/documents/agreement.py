"""An installment plan's agreement (הסכם לפריסת חוב / اتفاقية تقسيط دين) as PDF.

In order: the letterhead, the title with the plan's number and version, place and date,
the parties, the acknowledged debt with the invoices it consists of, the down payment,
the schedule, the totals, the numbered clauses of the agreement's template, and a
signature box per party. Built from the letters' pieces (:mod:`blocks`, the one table
builder, the bidi text flowable), so it is mirrored for Hebrew and Arabic like them, and
the same data gives the same bytes.
"""

from __future__ import annotations

from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from arapp.core.formatting import format_percent
from arapp.core.letters.data import AgreementData, Party, ScheduleRow, SignatureMark
from arapp.documents import blocks
from arapp.documents.blocks import Context, document_title
from arapp.documents.layout import ACCENT, RULE, TextStyle, image_flowable, table_style
from arapp.documents.pages import build_pdf
from arapp.documents.tables import Column, build_table

#: Room for a signature in its box, drawn or to be signed on paper.
SIGNATURE_HEIGHT = 20 * mm
_BOX_GAP = 4 * mm


def _heading(ctx: Context, key: str) -> Flowable:
    style = TextStyle(size=11.5, bold=True, color=ACCENT, leading=ctx.styles.subject.leading)
    return ctx.text(ctx.label(key), style, space_before=5 * mm, space_after=1.5 * mm)


def _field(ctx: Context, key: str, value: str) -> str:
    return f"{ctx.label(key)}: {value}"


def title(ctx: Context, data: AgreementData) -> list[Flowable]:
    """The agreement's title, its plan number and version, and where and when it is made
    (the place where reading starts, the date at the other side)."""
    s = ctx.styles
    big = TextStyle(size=16, bold=True, color=ACCENT, leading=ctx.styles.business.leading)
    number = (
        f"{ctx.label('agr_plan_number')} {data.plan_number} · "
        f"{ctx.label('agr_version')} {data.version}"
    )
    place = ctx.text(_field(ctx, "agr_place", data.place), s.body) if data.place.strip() else ""
    when = ctx.text(_field(ctx, "letter_date", ctx.date(data.letter_date)), s.body, align="end")
    return [
        ctx.text(data.subject, big, align="center"),
        ctx.text(number, s.body, align="center", space_after=3 * mm),
        ctx.side_by_side(place, when, 0.6),
    ]


def _party_box(ctx: Context, role: str, lines: list[str]) -> list[Flowable]:
    s = ctx.styles
    head = TextStyle(size=s.small.size, bold=True, color=ACCENT, leading=s.small.leading)
    name, *rest = lines
    content: list[Flowable] = [ctx.text(role, head), ctx.text(name, s.strong)]
    return content + [ctx.text(line, s.cell) for line in rest if line]


def _boxes(ctx: Context, boxes: list[object], widths: list[float]) -> Table:
    """Framed boxes side by side on one row (so all as tall as the tallest), the first
    where reading starts, a gap between them."""
    cells: list[object] = []
    shares: list[float] = []
    for i, (box, width) in enumerate(zip(boxes, widths, strict=True)):
        if i:
            cells.append("")
            shares.append(_BOX_GAP / ctx.width)
        cells.append(box)
        shares.append(width / ctx.width)
    table = ctx.row(cells, shares)
    # Boxes sit at even physical columns whichever way the row runs (gaps at odd ones).
    commands: list[tuple[object, ...]] = []
    for col in range(0, len(cells), 2):
        commands += [
            ("BOX", (col, 0), (col, 0), 0.5, RULE),
            ("LEFTPADDING", (col, 0), (col, 0), 5),
            ("RIGHTPADDING", (col, 0), (col, 0), 5),
            ("TOPPADDING", (col, 0), (col, 0), 4),
            ("BOTTOMPADDING", (col, 0), (col, 0), 5),
        ]
    table.setStyle(TableStyle(commands))
    return table


def _box_widths(ctx: Context, count: int) -> list[float]:
    return [(ctx.width - _BOX_GAP * (count - 1)) / count] * count


def _person_lines(ctx: Context, party: Party) -> list[str]:
    return [
        party.name,
        _field(ctx, "id_number", party.id_number) if party.id_number else "",
        party.address.replace("\n", ", ") if party.address else "",
        _field(ctx, "phone", party.phones) if party.phones else "",
    ]


def parties(ctx: Context, data: AgreementData) -> list[Flowable]:
    """The business, the customer and the guarantor (when there is one), each in a box
    with what identifies them."""
    biz = data.business
    business = [
        biz.name,
        _field(ctx, "reg_no", biz.registration_number) if biz.registration_number else "",
        biz.address.replace("\n", ", ") if biz.address else "",
        _field(ctx, "phone", biz.phones) if biz.phones else "",
    ]
    people = [("agr_business", business), ("agr_customer", _person_lines(ctx, data.customer))]
    guarantor = data.guarantor
    if guarantor is not None:
        lines = _person_lines(ctx, guarantor)
        if guarantor.max_liability is not None:
            ceiling = ctx.money(guarantor.max_liability, sign=True)
            lines.append(_field(ctx, "agr_max_liability", ceiling))
        people.append(("agr_guarantor", lines))
    widths = _box_widths(ctx, len(people))
    boxes: list[object] = [_party_box(ctx, ctx.label(role), lines) for role, lines in people]
    return [KeepTogether([_heading(ctx, "agr_parties"), _boxes(ctx, boxes, widths)])]


def acknowledgement(ctx: Context, data: AgreementData) -> list[Flowable]:
    """The debt the customer acknowledges, the invoices it consists of and its total."""
    heading = _heading(ctx, "agr_acknowledgement")
    text = ctx.text(ctx.label("agr_acknowledgement_text"), ctx.styles.body, space_after=2 * mm)
    total_line = _field(ctx, "agr_total_debt", ctx.money(data.debt, sign=True))
    if not data.covered:
        return [KeepTogether([heading, text]), ctx.text(total_line, ctx.styles.strong)]
    columns = [
        Column(ctx.label("col_number"), 0.28),
        Column(ctx.label("col_issue_date"), 0.17, "center"),
        Column(ctx.label("col_due_date"), 0.17, "center"),
        Column(ctx.label("col_amount"), 0.19, "right"),
        Column(ctx.label("col_open_amount"), 0.19, "right"),
    ]
    rows = [
        [
            item.number,
            ctx.date(item.issue_date),
            ctx.date(item.due_date),
            ctx.money(item.amount),
            ctx.money(item.open_amount),
        ]
        for item in data.covered
    ]
    table = build_table(
        columns,
        rows,
        width=ctx.width,
        rtl=ctx.rtl,
        body=ctx.styles.cell,
        header=ctx.styles.cell_header,
        total=[ctx.label("agr_total_debt"), ctx.money(data.debt, sign=True)],
        total_label_span=4,
    )
    return [KeepTogether([heading, text]), table]


def _down_payment_row(data: AgreementData) -> ScheduleRow | None:
    return next((row for row in data.schedule if row.n == 0), None)


def down_payment(ctx: Context, data: AgreementData) -> list[Flowable]:
    """The down payment and the day it is due (the plan's date when the schedule does not
    list it)."""
    if not data.down_payment:
        return []
    row = _down_payment_row(data)
    day = row.due_date if row is not None else data.letter_date
    line = (
        f"{ctx.label('agr_down_payment')}: {ctx.money(data.down_payment, sign=True)}, "
        f"{ctx.label('agr_due_on')} {ctx.date(day)}"
    )
    return [ctx.text(line, ctx.styles.strong, space_before=4 * mm)]


def schedule_table(ctx: Context, data: AgreementData) -> list[Flowable]:
    """Every installment (the down payment first, when the schedule lists it) with the
    cheque given for it, and the totals; the header repeats on every page."""
    columns = [
        Column(ctx.label("col_installment"), 0.09, "center"),
        Column(ctx.label("col_due_date"), 0.13, "center"),
        Column(ctx.label("col_amount"), 0.14, "right"),
        Column(ctx.label("col_principal"), 0.14, "right"),
        Column(ctx.label("col_interest"), 0.11, "right"),
        Column(ctx.label("col_cheque"), 0.15, "center"),
        Column(ctx.label("col_bank"), 0.24, "center"),
    ]
    rows = [
        [
            str(row.n) if row.n else ctx.label("agr_down_payment"),
            ctx.date(row.due_date),
            ctx.money(row.amount),
            ctx.money(row.principal),
            ctx.money(row.interest),
            row.cheque_number,
            row.cheque_bank,
        ]
        for row in data.schedule
    ]

    def total(values: list[Decimal]) -> str:
        return ctx.money(sum(values, Decimal(0)))

    totals = [
        ctx.label("agr_schedule_total"),
        ctx.money(sum((row.amount for row in data.schedule), Decimal(0)), sign=True),
        total([row.principal for row in data.schedule]),
        total([row.interest for row in data.schedule]),
        "",
        "",
    ]
    table = build_table(
        columns,
        rows,
        width=ctx.width,
        rtl=ctx.rtl,
        body=ctx.styles.dense,
        header=ctx.styles.dense_header,
        total=totals,
        total_label_span=2,
    )
    return [_heading(ctx, "agr_schedule"), table]


def summary(ctx: Context, data: AgreementData) -> list[Flowable]:
    """Principal, annual rate, total interest and total payable: the figures the Fair
    Credit Law's disclosure asks for, on their own lines under the schedule."""
    pairs = [
        (ctx.label("agr_principal"), ctx.money(data.principal, sign=True)),
        (ctx.label("agr_annual_rate"), format_percent(data.annual_rate / 100, ctx.lang)),
        (ctx.label("agr_total_interest"), ctx.money(data.total_interest, sign=True)),
        (ctx.label("agr_total_payable"), ctx.money(data.total_payable, sign=True)),
    ]
    table = blocks.label_values(ctx, pairs, label_share=0.55)
    return [KeepTogether([Spacer(1, 4 * mm), table])]


def clauses(ctx: Context, data: AgreementData) -> list[Flowable]:
    """The template's paragraphs, numbered here (a clause left out, such as the guarantee
    without a guarantor, leaves no gap in the numbering)."""
    if not data.paragraphs:
        return []
    items: list[Flowable] = [
        ctx.text(f"{n}. {text}", ctx.styles.body, space_after=2 * mm)
        for n, text in enumerate(data.paragraphs, start=1)
    ]
    return [KeepTogether([_heading(ctx, "agr_terms"), items[0]]), *items[1:]]


def _signature_box(
    ctx: Context, role: str, name: str, mark: SignatureMark | None, width: float
) -> Table:
    s = ctx.styles
    inner = width - 10  # the frame's padding
    head = TextStyle(size=s.small.size, bold=True, color=ACCENT, leading=s.small.leading)
    drawn = image_flowable(mark.png, inner, SIGNATURE_HEIGHT) if mark is not None else None
    line = Table([[""]], colWidths=[inner * 0.85], rowHeights=[1])
    line.setStyle(table_style([("LINEABOVE", (0, 0), (-1, -1), 0.6, RULE)]))
    signed = (
        _field(ctx, "agr_signed_on", mark.signed_at) if mark is not None and drawn else ""
    )
    rows: list[list[object]] = [
        [ctx.text(role, head, align="center")],
        [drawn or ""],
        [line],
        [ctx.text(name, s.strong, align="center")],
        [ctx.text(signed, s.small, align="center")],
    ]
    box = Table(rows, colWidths=[inner], rowHeights=[None, SIGNATURE_HEIGHT, None, None, None])
    box.setStyle(
        table_style(
            [
                ("ALIGN", (0, 0), (-1, -1), "CENTER"),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 1),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
            ]
        )
    )
    return box


def signatures(ctx: Context, data: AgreementData) -> list[Flowable]:
    """A box per party (business, customer, guarantor), kept together on one page with
    their heading: a drawn signature with the time it was made, or room to sign."""
    marks = {mark.role: mark for mark in data.signatures}
    biz = data.business
    parties = [
        ("agr_signature_business", biz.owner_name or biz.name, "owner"),
        ("agr_signature_customer", data.customer.name, "customer"),
    ]
    if data.guarantor is not None:
        parties.append(("agr_signature_guarantor", data.guarantor.name, "guarantor"))
    widths = _box_widths(ctx, len(parties))
    boxes: list[object] = [
        _signature_box(ctx, ctx.label(key), name, marks.get(role), width)
        for (key, name, role), width in zip(parties, widths, strict=True)
    ]
    return [Spacer(1, 3 * mm), _heading(ctx, "agr_signatures"), _boxes(ctx, boxes, widths)]


def _last_clause_with_signatures(
    clause_flowables: list[Flowable], signature_flowables: list[Flowable]
) -> list[Flowable]:
    # A page of signatures with no text above them could be put under other terms; the
    # last clause goes onto the signatures' page with them, never split from them.
    if not clause_flowables:
        return [KeepTogether(signature_flowables)]
    *rest, last = clause_flowables
    return [*rest, KeepTogether([last, *signature_flowables])]


def render_agreement(data: AgreementData) -> bytes:
    """An installment agreement as A4 PDF bytes: mirrored for Hebrew and Arabic, a long
    schedule runs over pages with its header repeated, the signature boxes never split,
    and the same ``data`` always gives the same bytes."""
    ctx = Context(data)
    story: list[Flowable] = [
        *blocks.letterhead(ctx),
        *title(ctx, data),
        *parties(ctx, data),
        *acknowledgement(ctx, data),
        *down_payment(ctx, data),
        *schedule_table(ctx, data),
        *summary(ctx, data),
        *_last_clause_with_signatures(clauses(ctx, data), signatures(ctx, data)),
    ]
    return build_pdf(data, story, title=document_title(ctx, "agreement"))
