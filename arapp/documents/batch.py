"""The ladder's letters for a date, all at once: one PDF per letter and one combined file
ready to print, each letter recorded exactly as written."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

import pikepdf

from arapp.core.services import Shop
from arapp.documents.issue import PreparedLetter, draft_due_letter, record_letter
from arapp.documents.parallel import render_all


@dataclass(frozen=True, slots=True)
class BatchResult:
    combined: Path | None
    files: tuple[Path, ...]


class BatchCancelled(Exception):
    pass


def run_batch(
    shop: Shop,
    as_of: date,
    out_dir: Path,
    progress: Callable[[int, int], bool] | None = None,
) -> BatchResult:
    """Make and record every letter the ladder lists for ``as_of``.

    Letters render on every core; then all are recorded in one transaction, so a batch
    is recorded whole or not at all (and one disk sync serves a thousand letters). A
    second run for the same date finds nothing due and writes nothing. ``progress``
    returning False cancels before anything is recorded or written."""
    due = shop.letters.letters_due(as_of)
    if not due:
        return BatchResult(None, ())
    drafts = [draft_due_letter(shop, entry, as_of) for entry in due]
    combined_pdf = pikepdf.Pdf.new()
    prepared: list[PreparedLetter] = []
    # Pages are appended as each letter comes back, so merging overlaps the rendering.
    for draft, pdf in zip(drafts, render_all([d.data for d in drafts], progress), strict=False):
        prepared.append(replace(draft, pdf=pdf))
        combined_pdf.pages.extend(pikepdf.Pdf.open(io.BytesIO(pdf)).pages)
    if len(prepared) != len(drafts):
        raise BatchCancelled()
    with shop.db.atomic():
        for letter in prepared:
            record_letter(shop, letter)
    out_dir.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    for entry, letter in zip(due, prepared, strict=True):
        path = out_dir / f"{as_of.isoformat()}-{entry.code}-{entry.kind}.pdf"
        path.write_bytes(letter.pdf)
        files.append(path)
    combined = out_dir / f"{as_of.isoformat()}-letters.pdf"
    combined_pdf.save(combined)
    return BatchResult(combined, tuple(files))
