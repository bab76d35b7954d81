"""One print-ready file from many PDFs: the pages of each, in order."""

from __future__ import annotations

import io
from collections.abc import Sequence

import pikepdf


def combine_pdfs(pdfs: Sequence[bytes]) -> bytes:
    """The pages of every PDF in ``pdfs``, in order, as one PDF."""
    combined = pikepdf.Pdf.new()
    for pdf in pdfs:
        combined.pages.extend(pikepdf.Pdf.open(io.BytesIO(pdf)).pages)
    out = io.BytesIO()
    combined.save(out)
    return out.getvalue()
