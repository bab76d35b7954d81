"""One ZIP with everything a lawyer or agency needs for a customer (issue #20, item 8).

``statement.pdf``, every kept letter's exact bytes with a ``letters/letters.csv`` of
their registered-mail records, the interaction log twice — ``log.pdf``, the record of
contacts a lawyer reads (in the language of the statement, corrected entries marked),
and ``log.csv`` with its codes for a spreadsheet —, every kept agreement (and its scan)
and the customer's cheques as ``cheques.csv``. The core draws no PDF: the caller hands
in the renderer (``arapp.documents.render.render_document``); both PDFs are dated the
day of the export (``as_of``), so the same records give the same archive byte for byte.

The archive is written to a temporary name in the target folder and moved into place,
so a failure leaves no half file; it is private (mode 0600) like every file arapp makes.
"""

from __future__ import annotations

import io
import os
import tempfile
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from arapp.core.csv_safe import write_csv
from arapp.core.errors import UserError
from arapp.core.private_files import FILE_MODE, make_private

if TYPE_CHECKING:
    from arapp.core.letters.data import DocumentData
    from arapp.core.services import Shop

#: A fixed time stamp on every member, so the same records give the same archive.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)

LETTER_COLUMNS = ("date", "kind", "amount", "registered_mail_number", "delivered_on",
                  "printed_at", "saved_at", "file", "sha256")
LOG_COLUMNS = ("when", "kind", "direction", "outcome", "reason", "promise_amount",
               "promise_date", "follow_up_date", "note", "corrected_by")
CHEQUE_COLUMNS = ("date", "number", "bank", "branch", "account", "amount", "status",
                  "status_date", "reason", "fee", "drawer_name", "endorser_name")


@dataclass(frozen=True, slots=True)
class CaseFileSummary:
    path: Path
    files: tuple[str, ...]
    letters: int
    log_entries: int
    agreements: int
    cheques: int


def _csv_bytes(header: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    stream = io.StringIO()
    write_csv(stream, header, rows)
    # UTF-8 with a BOM: Excel reads Hebrew and Arabic right only with it.
    return stream.getvalue().encode("utf-8-sig")


class CaseFileService:
    def __init__(self, shop: Shop) -> None:
        self.shop = shop

    def export(
        self, customer_id: int, path: Path | str, lang: str | None = None,
        as_of: date | None = None, *, render: Callable[[DocumentData], bytes],
    ) -> CaseFileSummary:
        shop = self.shop
        shop.customers.get(customer_id)  # "That customer no longer exists"
        target = Path(path)
        members: list[tuple[str, bytes]] = []

        draft = shop.letter_drafts.draft(customer_id, "statement", lang, as_of)
        members.append(("statement.pdf", render(draft.data)))

        docs = sorted(shop.letters.documents_for(customer_id),
                      key=lambda d: (d.created_at, d.id))
        letter_rows: list[list[object]] = []
        for n, doc in enumerate(docs, start=1):
            name = f"letters/{n:03d}-{doc.letter_date.isoformat()}-{doc.kind}.pdf"
            members.append((name, shop.letters.pdf(doc.id)))
            letter_rows.append([
                doc.letter_date.isoformat(), doc.kind, doc.amount, doc.registered_mail_number,
                doc.delivered_on.isoformat() if doc.delivered_on else "",
                doc.printed_at or "", doc.saved_at or "", name.removeprefix("letters/"),
                doc.sha256,
            ])
        members.append(("letters/letters.csv", _csv_bytes(LETTER_COLUMNS, letter_rows)))

        record = shop.interaction_log.document(customer_id, draft.lang, draft.letter_date)
        members.append(("log.pdf", render(record)))
        log = list(reversed(shop.interactions.timeline(customer_id)))  # oldest first
        members.append(("log.csv", _csv_bytes(LOG_COLUMNS, [
            [e.at.isoformat(sep=" ", timespec="minutes"), e.kind, e.direction, e.outcome,
             e.reason, e.promise_amount,
             e.promise_date.isoformat() if e.promise_date else "",
             e.follow_up_date.isoformat() if e.follow_up_date else "",
             e.note, e.superseded_by if e.superseded_by is not None else ""]
            for e in log
        ])))

        agreements = 0
        for plan in sorted(shop.plans.for_customer(customer_id, as_of), key=lambda p: p.id):
            for agreement in shop.plans.agreements(plan.id):
                agreements += 1
                stem = f"agreements/plan-{plan.number}-v{agreement.version}-{agreement.lang}" \
                    f"-{agreement.id}"
                members.append((f"{stem}.pdf", shop.plans.agreement_pdf(agreement.id)))
                scan = shop.plans.agreement_scan(agreement.id)
                if scan is not None:
                    suffix = Path(scan[1]).suffix.lower() or ".bin"
                    members.append((f"{stem}-scan{suffix}", scan[0]))

        cheques = shop.cheques.list(customer_id=customer_id)
        members.append(("cheques.csv", _csv_bytes(CHEQUE_COLUMNS, [
            [c.date.isoformat(), c.number, c.bank, c.branch, c.account, c.amount, c.status,
             c.status_date.isoformat() if c.status_date else "", c.reason, c.fee,
             c.drawer_name, c.endorser_name]
            for c in cheques
        ])))

        _write_zip(target, members)
        return CaseFileSummary(
            path=target, files=tuple(name for name, _ in members), letters=len(docs),
            log_entries=len(log), agreements=agreements, cheques=len(cheques),
        )


def _write_zip(target: Path, members: Sequence[tuple[str, bytes]]) -> None:
    folder = target.parent
    try:
        fd, temp = tempfile.mkstemp(prefix=".casefile-", suffix=".part", dir=folder)
    except OSError as exc:
        raise UserError("The case file cannot be written to {path}", path=str(target)) from exc
    try:
        with os.fdopen(fd, "wb") as raw, zipfile.ZipFile(raw, "w", zipfile.ZIP_DEFLATED) as z:
            for name, data in members:
                info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
                info.compress_type = zipfile.ZIP_DEFLATED
                info.external_attr = FILE_MODE << 16
                z.writestr(info, data)
        make_private(Path(temp))  # mkstemp made it 0600 already; said, not assumed
        os.replace(temp, target)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        raise UserError("The case file cannot be written to {path}", path=str(target)) from exc
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
