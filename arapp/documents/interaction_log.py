"""The record of contacts with a customer as PDF (issue #20, item 8): the letterhead, the
title with the customer's name and number, the period the log covers, how many entries
and the day it was exported, a line saying the log is append-only, then one table row
per entry, oldest first — when, what, the outcome, the promise to pay and how it stands,
the follow-up date and the note. A corrected entry stays, in faded, saying
which entry corrected it; the correction says which entry it corrects. The header row
repeats on every page and every page is numbered. What it lists is the core's
(:class:`InteractionLogData`)."""

from __future__ import annotations

from datetime import datetime

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from arapp.core.letters.data import InteractionLogData, LogEntryRow
from arapp.core.templates import fill
from arapp.documents import blocks
from arapp.documents.blocks import Context
from arapp.documents.pages import build_pdf
from arapp.documents.tables import Column, build_table

_SEPARATOR = "   ·   "


def _when(ctx: Context, moment: datetime) -> str:
    return f"{ctx.date(moment.date())} {moment.strftime('%H:%M')}"


def _heading(ctx: Context, data: InteractionLogData) -> list[Flowable]:
    s = ctx.styles
    customer = data.recipient
    facts = [f"{ctx.label('customer_code')}: {customer.code}"]
    if customer.id_number:
        facts.append(f"{ctx.label('id_number')}: {customer.id_number}")
    period = data.period
    dated = []
    if period is not None:
        dated.append(f"{ctx.label('period')}: {ctx.date(period[0])} – {ctx.date(period[1])}")
    dated.append(f"{ctx.label('log_entry_count')}: {len(data.entries)}")
    dated.append(f"{ctx.label('log_exported_on')}: {ctx.date(data.letter_date)}")
    return [
        ctx.text(data.subject, s.subject, space_after=1 * mm),
        ctx.text(_SEPARATOR.join(facts), s.strong, space_after=0.5 * mm),
        ctx.text(_SEPARATOR.join(dated), s.body, space_after=2 * mm),
        ctx.text(ctx.label("log_notice"), s.small, space_after=3 * mm),
    ]


def _when_cell(ctx: Context, entry: LogEntryRow) -> str:
    text = _when(ctx, entry.at)
    recorded = entry.recorded_at
    # Written into the log on a later day than it happened: said, so a back-dated entry
    # is seen as one.
    if recorded is not None and recorded.date() != entry.at.date():
        text += f" ({fill(ctx.label('log_recorded'), {'date': ctx.date(recorded.date())})})"
    return text


def _what_cell(ctx: Context, entry: LogEntryRow) -> str:
    parts = [entry.what]
    if entry.corrects is not None:
        parts.append(fill(ctx.label("log_correction_of"), {"number": str(entry.corrects)}))
    if entry.corrected_by is not None:
        parts.append(fill(ctx.label("log_corrected_by"), {"number": str(entry.corrected_by)}))
    return " · ".join(parts)


def _promise_cell(ctx: Context, entry: LogEntryRow) -> str:
    if entry.promise_amount is None or entry.promise_date is None:
        return ""
    text = fill(ctx.label("log_promise_by"), {
        "amount": ctx.money(entry.promise_amount, sign=True),
        "date": ctx.date(entry.promise_date),
    })
    return f"{text} · {entry.promise_state}" if entry.promise_state else text


def entries_table(ctx: Context, data: InteractionLogData) -> list[Flowable]:
    s = ctx.styles
    if not data.entries:
        return [ctx.text(ctx.label("log_empty"), s.body)]
    columns = [
        Column(ctx.label("log_col_number"), 0.055, "center"),
        Column(ctx.label("log_col_when"), 0.135, "center"),
        Column(ctx.label("log_col_what"), 0.165),
        Column(ctx.label("log_col_outcome"), 0.15),
        Column(ctx.label("log_col_promise"), 0.15),
        Column(ctx.label("log_col_follow_up"), 0.11, "center"),
        Column(ctx.label("log_col_note"), 0.235),
    ]
    rows = [
        [str(e.number), _when_cell(ctx, e), _what_cell(ctx, e), e.outcome,
         _promise_cell(ctx, e), ctx.date(e.follow_up_date), _note_cell(ctx, e)]
        for e in data.entries
    ]
    muted = {i for i, e in enumerate(data.entries) if e.superseded}
    table = build_table(columns, rows, width=ctx.width, rtl=ctx.rtl, body=s.dense,
                        header=s.dense_header, muted_rows=muted, split_in_row=True)
    return [Spacer(1, 1 * mm), table]


def _note_cell(ctx: Context, e: LogEntryRow) -> str:
    if e.amount is None:
        return e.note
    amount = ctx.money(e.amount, sign=True)
    return f"{amount} · {e.note}" if e.note else amount


def render_interaction_log(data: InteractionLogData) -> bytes:
    """The record of contacts as A4 PDF bytes (mirrored for Hebrew and Arabic; the same
    data always gives the same bytes)."""
    ctx = Context(data)
    story: list[Flowable] = [
        *blocks.letterhead(ctx), *_heading(ctx, data), *entries_table(ctx, data),
    ]
    return build_pdf(data, story, title=data.subject)
