"""The ladder's letters for a date, all at once: one PDF per letter and one combined file
ready to print, each letter recorded exactly as written.

The order is what makes a batch safe to fail (issue #17, defect 15): draft, render,
write every file under a temporary name and check it, rename them into place, and only
then record the letters and their ladder steps, all in one transaction. Any failure
before the recording leaves the ledger as it was, so a re-run lists the same letters.

Core does not render PDF: the caller hands in the renderer and the combiner from
``arapp.documents`` (``render_all``, ``combine_pdfs``).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from arapp.core.letters.data import DocumentData
from arapp.core.letters.filenames import combined_file_name, letter_file_name
from arapp.core.letters.staged_files import prepare_folder, write_all
from arapp.core.services.letters import SAVED

if TYPE_CHECKING:
    from arapp.core.services import Shop

#: ``progress(done, total)``; returning False cancels.
Progress = Callable[[int, int], object]
#: PDF bytes for each letter, in order; may stop early when ``progress`` says cancel.
RenderAll = Callable[[Sequence[DocumentData], Progress | None], Iterable[bytes]]
#: One print-ready PDF of all the letters, in order.
Combine = Callable[[Sequence[bytes]], bytes]


@dataclass(frozen=True, slots=True)
class BatchResult:
    combined: Path | None
    files: tuple[Path, ...]
    document_ids: tuple[int, ...]


class BatchCancelled(Exception):
    """The owner cancelled while the letters were rendering; nothing was written."""


class LetterBatchService:
    def __init__(self, shop: Shop) -> None:
        self.shop = shop

    def run(
        self,
        as_of: date,
        out_dir: Path,
        *,
        render_all: RenderAll,
        combine: Combine,
        progress: Progress | None = None,
        only: Collection[tuple[int, str]] | None = None,
    ) -> BatchResult:
        """Make, write and record every letter the ladder lists for ``as_of``.

        The files are ``<date>-<code>-<kind>.pdf`` (codes made file-safe) and
        ``<date>-letters.pdf`` with all of them. A second run for the same date finds
        nothing due and writes nothing. Raises ``UserError`` when ``out_dir`` is a file
        or cannot be written, and :class:`BatchCancelled` when ``progress`` returns
        False; in both cases nothing is recorded.

        ``only`` — ``(customer id, kind)`` pairs — makes just those of the letters due (the
        ones the owner kept ticked); the others stay due. A pair no longer due (made
        meanwhile, paid) is not made."""
        due = self.shop.letters.letters_due(as_of)
        if only is not None:
            kept = set(only)
            due = [entry for entry in due if (entry.customer_id, entry.kind) in kept]
        if not due:
            return BatchResult(None, (), ())
        prepare_folder(out_dir)
        drafts = [self.shop.letter_drafts.for_due(entry, as_of) for entry in due]
        pdfs = list(render_all([d.data for d in drafts], progress))
        if len(pdfs) != len(drafts):
            raise BatchCancelled()
        names = _unique([letter_file_name(as_of, e.code, e.kind) for e in due])
        written = write_all(
            out_dir, [*zip(names, pdfs, strict=True), (combined_file_name(as_of), combine(pdfs))]
        )
        ids = self.shop.letters.issue_all(list(zip(drafts, pdfs, strict=True)), how=SAVED)
        return BatchResult(written[-1], written[:-1], tuple(ids))


def _unique(names: list[str]) -> list[str]:
    """The names, with ``-2``, ``-3``… before the extension of any repeat. Safe codes
    are already distinct; this guards a fingerprint collision too."""
    # Compared case-blind: on Windows and macOS "a1" and "A1" are the same file.
    seen: set[str] = set()
    result = []
    for name in names:
        candidate, n = name, 1
        while candidate.casefold() in seen:
            n += 1
            candidate = name.removesuffix(".pdf") + f"-{n}.pdf"
        seen.add(candidate.casefold())
        result.append(candidate)
    return result
