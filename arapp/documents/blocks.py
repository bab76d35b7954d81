"""Pieces every document kind shares: letterhead, addressee and date, subject, body,
pay-by and payment details, signature.

Everything is built in *logical* order; :class:`Mirror` turns "first" into "right" for
Hebrew and Arabic, so the whole page is mirrored without each block thinking about it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from arapp.core.formatting import format_amount, format_date, format_number
from arapp.core.letters.data import DocumentData
from arapp.documents.layout import (
    ACCENT,
    MUTED,
    RULE,
    TextBlock,
    TextStyle,
    image_flowable,
    table_style,
)
from arapp.documents.pages import FRAME_WIDTH
from arapp.documents.text import is_rtl


@dataclass(frozen=True, slots=True)
class Styles:
    body: TextStyle
    small: TextStyle
    strong: TextStyle
    subject: TextStyle
    business: TextStyle
    cell: TextStyle
    cell_header: TextStyle
    dense: TextStyle  # wide tables (statement: seven columns)
    dense_header: TextStyle


def styles_for(lang: str) -> Styles:
    # Arabic letters hang well below the baseline; give its lines more air.
    lead = 1.5 if lang == "ar" else 1.4
    return Styles(
        body=TextStyle(size=10.5, leading=lead),
        small=TextStyle(size=8.5, color=MUTED, leading=lead),
        strong=TextStyle(size=10.5, bold=True, leading=lead),
        subject=TextStyle(size=12, bold=True, leading=lead),
        business=TextStyle(size=16, bold=True, color=ACCENT, leading=1.3),
        cell=TextStyle(size=9, leading=lead),
        cell_header=TextStyle(size=9, bold=True, color=ACCENT, leading=lead),
        dense=TextStyle(size=8.5, leading=lead),
        dense_header=TextStyle(size=8.5, bold=True, color=ACCENT, leading=lead),
    )


class Context:
    """The language-dependent helpers one document needs."""

    def __init__(self, data: DocumentData) -> None:
        self.data = data
        self.lang = data.lang
        self.rtl = is_rtl(data.lang)
        self.styles = styles_for(data.lang)
        self.width = FRAME_WIDTH

    def label(self, key: str) -> str:
        return self.data.labels.get(key, key)

    def text(self, text: str, style: TextStyle, **kwargs: object) -> TextBlock:
        return TextBlock(text, style, rtl=self.rtl, **kwargs)  # type: ignore[arg-type]

    def money(self, value: Decimal, *, sign: bool = False) -> str:
        """Two decimals; with the currency sign for totals, without inside tables."""
        value = value.quantize(Decimal("0.01"))
        if sign:
            return format_amount(value, self.lang, self.data.currency)
        return format_number(value, self.lang)

    def date(self, d: date | None) -> str:
        return format_date(d, self.lang) if d else ""

    def row(self, cells: Sequence[object], shares: Sequence[float]) -> Table:
        """One row of ``cells`` in logical order (the first where reading starts: right in
        RTL), each ``shares[i]`` of the width, without padding."""
        widths = [self.width * share for share in shares]
        cells = list(cells)
        if self.rtl:
            cells.reverse()
            widths.reverse()
        table = Table([cells], colWidths=widths)
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return table

    def side_by_side(self, first: object, second: object, first_share: float) -> Table:
        """Two cells on one row: ``first`` where reading starts (right in RTL)."""
        return self.row([first, second], [first_share, 1 - first_share])


def label_values(
    ctx: Context, pairs: Sequence[tuple[str, str]], label_share: float = 0.3
) -> Table:
    """Label–value rows (labels where reading starts, values in bold), a thin rule under
    each: a payment's details, an agreement's totals."""
    s = ctx.styles
    widths = [label_share * ctx.width, (1 - label_share) * ctx.width]
    rows = []
    for label, value in pairs:
        cells = [ctx.text(label, s.body), ctx.text(value, s.strong)]
        rows.append(list(reversed(cells)) if ctx.rtl else cells)
    table = Table(rows, colWidths=list(reversed(widths)) if ctx.rtl else widths)
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE),
            ]
        )
    )
    return table


def _labelled(ctx: Context, key: str, value: str) -> str:
    return f"{ctx.label(key)}: {value}"


def letterhead(ctx: Context) -> list[Flowable]:
    """Business name and particulars where reading starts, logo in the far top corner,
    and a rule under both."""
    biz = ctx.data.business
    s = ctx.styles
    lines: list[Flowable] = [ctx.text(biz.name, s.business, space_after=2)]
    details = [
        _labelled(ctx, "reg_no", biz.registration_number) if biz.registration_number else "",
        biz.address.replace("\n", ", ") if biz.address else "",
        _labelled(ctx, "phone", biz.phones) if biz.phones else "",
        _labelled(ctx, "email", biz.email) if biz.email else "",
    ]
    lines += [ctx.text(d, s.small) for d in details if d]
    logo = image_flowable(biz.logo_png, 42 * mm, 22 * mm)
    if logo is not None:
        logo.hAlign = "LEFT" if ctx.rtl else "RIGHT"
    block = ctx.side_by_side(lines, logo or "", 0.7)
    rule = Table([[""]], colWidths=[ctx.width], rowHeights=[1])
    rule.setStyle(table_style([("LINEBELOW", (0, 0), (-1, -1), 1.2, ACCENT)]))
    return [block, Spacer(1, 3 * mm), rule, Spacer(1, 6 * mm)]


def addressee(ctx: Context) -> Flowable:
    """The customer block (where reading starts) beside the letter's date."""
    rec = ctx.data.recipient
    s = ctx.styles
    # Arabic addresses "حضرة السيد/ة <name> المحترم/ة": the honorific follows the name.
    after = ctx.data.labels.get("to_after", "")
    lines: list[Flowable] = [
        ctx.text(ctx.label("to"), s.small),
        ctx.text(f"{rec.name} {after}" if after else rec.name, s.strong),
    ]
    if rec.code:
        lines.append(ctx.text(_labelled(ctx, "customer_code", rec.code), s.body))
    if rec.address:
        lines.append(ctx.text(rec.address, s.body))
    if rec.phones:
        lines.append(ctx.text(_labelled(ctx, "phone", rec.phones), s.body))
    if rec.id_number:
        lines.append(ctx.text(_labelled(ctx, "id_number", rec.id_number), s.body))
    when = ctx.text(
        _labelled(ctx, "letter_date", ctx.date(ctx.data.letter_date)), s.body, align="end"
    )
    extra = []
    # A warning before legal action: how it was sent and "without prejudice", at the top
    # beside the addressee (where an Israeli letter carries them; above the subject they
    # pushed a full letter onto a second sheet).
    for line in ctx.data.extra.get("sent_as", "").split("\n"):
        if line:
            extra.append(ctx.text(line, s.strong, align="end"))
    reference = ctx.data.extra.get("reference", "")
    if reference:
        extra.append(ctx.text(_labelled(ctx, "reference", reference), s.small, align="end"))
    registered = ctx.data.extra.get("registered_mail", "")
    if registered:
        extra.append(ctx.text(_labelled(ctx, "registered_mail", registered), s.small, align="end"))
    return ctx.side_by_side(lines, [when, *extra], 0.62)


def subject(ctx: Context) -> list[Flowable]:
    line = _labelled(ctx, "subject", ctx.data.subject)
    return [Spacer(1, 5 * mm), ctx.text(line, ctx.styles.subject, space_after=4 * mm)]


def body(ctx: Context) -> list[Flowable]:
    return [ctx.text(p, ctx.styles.body, space_after=2.5 * mm) for p in ctx.data.paragraphs]


def settlement_to_pay(ctx: Context, amount: Decimal | None) -> list[Flowable]:
    """A settlement offer: the reduced amount it asks for (the table shows the debt)."""
    if amount is None:
        return []
    line = _labelled(ctx, "settlement_to_pay", ctx.money(amount, sign=True))
    return [ctx.text(line, ctx.styles.strong, space_before=4 * mm)]


def pay_by(ctx: Context, when: date | None) -> list[Flowable]:
    if when is None:
        return []
    line = _labelled(ctx, "pay_by", ctx.date(when))
    return [ctx.text(line, ctx.styles.strong, space_before=4 * mm)]


def how_to_pay(ctx: Context, space_before: float = 4 * mm) -> list[Flowable]:
    """The heading, then every way the business takes money: its bank details line by
    line, then Bit / PayBox and a card by phone on one line and paying at the shop in its
    opening hours (issue #22), in the small size: the block sits beside the signature and
    must not push a one-page letter onto a second sheet."""
    biz = ctx.data.business
    quick = "  ·  ".join(
        _labelled(ctx, key, value.strip())
        for key, value in (("method_app", biz.pay_app_number),
                           ("pay_card_by_phone", biz.card_phone))
        if value.strip()
    )
    hours = biz.opening_hours.strip()
    shop = _labelled(ctx, "pay_at_shop", hours) if hours else ""
    bank = biz.bank_details.strip()
    parts = [ctx.text(bank, ctx.styles.body)] if bank else []
    parts += [ctx.text(line, ctx.styles.small) for line in (quick, shop) if line]
    if not parts:
        return []
    return [ctx.text(ctx.label("how_to_pay"), ctx.styles.strong, space_before=space_before), *parts]


def closing(ctx: Context, space_before: float = 8 * mm) -> list[Flowable]:
    """The closing phrase ("בכבוד רב,"), then the signature image (or a line to sign on),
    then the owner's name and the business (issue #22, 6: the phrase was dropped with an
    image, and printed under the line like a caption without one)."""
    biz = ctx.data.business
    s = ctx.styles
    parts: list[Flowable] = [Spacer(1, space_before), ctx.text(ctx.label("signature"), s.body)]
    signature = image_flowable(biz.signature_png, 50 * mm, 18 * mm)
    if signature is not None:
        signature.hAlign = "RIGHT" if ctx.rtl else "LEFT"
        parts.append(signature)
    else:
        line = Table([[""]], colWidths=[55 * mm], rowHeights=[12 * mm])
        line.hAlign = "RIGHT" if ctx.rtl else "LEFT"
        line.setStyle(table_style([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
        parts.append(line)
    if biz.owner_name:
        parts.append(ctx.text(biz.owner_name, s.strong, space_before=1 * mm))
    parts.append(ctx.text(biz.name, s.body))
    return parts


def payment_and_signature(ctx: Context) -> list[Flowable]:
    """How to pay where reading starts, the signature beside it at the other side: one
    row, so that neither is stranded alone on a last sheet, and short enough that a
    letter with a few open items still fits on one page (stacked, they pushed a full
    Arabic warning onto a second sheet)."""
    pay = how_to_pay(ctx, space_before=0)
    if not pay:
        return [KeepTogether(closing(ctx))]
    # Side by side, the signature's own room (the line, or the image) is space enough.
    row = ctx.side_by_side(pay, closing(ctx, space_before=0), 0.55)
    # A table cell places drawings (the signature image or line) by its own alignment,
    # not theirs: line them up with the name under them, at the column's reading start.
    column = 0 if ctx.rtl else 1
    row.setStyle(TableStyle([("ALIGN", (column, 0), (column, 0), "RIGHT" if ctx.rtl else "LEFT")]))
    return [Spacer(1, 4 * mm), row]


class EndTogether(KeepTogether):
    """The end of a letter kept on one sheet when it fits one (else it runs on, the table
    splitting as usual: its later pages carry rows)."""

    def split(self, aW: float, aH: float) -> list[Flowable]:
        parts = super().split(aW, aH)
        frame = getattr(self, "_frame", None)
        if frame is not None and frame._height < self._H:
            return list(self._content)
        return parts


def kept_flat(flowables: list[Flowable]) -> list[Flowable]:
    """``flowables`` with any KeepTogether opened: inside another KeepTogether it would
    measure as endless, and its content is kept together anyway."""
    out: list[Flowable] = []
    for f in flowables:
        out.extend(f._content if isinstance(f, KeepTogether) else [f])
    return out


def document_title(ctx: Context, kind: str) -> str:
    """PDF title: the kind of document and who it is for, e.g. "Reminder – David Cohen"."""
    kind = ctx.data.labels.get(f"letter_{kind}", ctx.data.subject)
    return f"{kind} – {ctx.data.recipient.name}"
