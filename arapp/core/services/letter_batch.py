"""The ladder's letters for a date, all at once: one PDF per letter and one combined file
ready to print, each letter recorded exactly as written.

Core does not render PDF: the caller hands in the renderer and the combiner from
``arapp.documents`` (``render_all``, ``combine_pdfs``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from arapp.core.letters.data import LetterData

if TYPE_CHECKING:
    from arapp.core.services import Shop

#: ``progress(done, total)``; returning False cancels.
Progress = Callable[[int, int], object]
#: PDF bytes for each letter, in order; may stop early when ``progress`` says cancel.
RenderAll = Callable[[Sequence[LetterData], Progress | None], Iterable[bytes]]
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
    ) -> BatchResult:
        """Make, write and record every letter the ladder lists for ``as_of``.

        The files are ``<date>-<code>-<kind>.pdf`` and
        ``<date>-letters.pdf`` with all of them. A second run for the same date finds
        nothing due and writes nothing. Raises :class:`BatchCancelled` when ``progress``
        returns False, before anything is recorded or written."""
        due = self.shop.letters.letters_due(as_of)
        if not due:
            return BatchResult(None, (), ())
        drafts = [self.shop.letter_drafts.for_due(entry, as_of) for entry in due]
        pdfs = list(render_all([d.data for d in drafts], progress))
        if len(pdfs) != len(drafts):
            raise BatchCancelled()
        ids = self.shop.letters.issue_all(list(zip(drafts, pdfs, strict=True)))
        out_dir.mkdir(parents=True, exist_ok=True)
        files: list[Path] = []
        for entry, pdf in zip(due, pdfs, strict=True):
            path = out_dir / f"{as_of.isoformat()}-{entry.code}-{entry.kind}.pdf"
            path.write_bytes(pdf)
            files.append(path)
        combined = out_dir / f"{as_of.isoformat()}-letters.pdf"
        combined.write_bytes(combine(pdfs))
        return BatchResult(combined, tuple(files), tuple(ids))
