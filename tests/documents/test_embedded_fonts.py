"""Every font a letter or statement names is embedded, so the page prints the same on any
machine: reportlab's own default (Helvetica, stated by table cells and by the page before
any text) is never left in, named but not embedded."""

from __future__ import annotations

import io

import pikepdf
import pytest

from arapp.documents.letter import render_letter
from arapp.documents.statement import render_statement
from tests.documents.conftest import make_letter, make_statement


def fonts(pdf: bytes) -> dict[str, bool]:
    """Base font name → embedded, for every font on every page."""
    found: dict[str, bool] = {}
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        for page in doc.pages:
            for font in page.resources.get("/Font", {}).values():
                descriptor = font.get("/FontDescriptor")
                embedded = descriptor is not None and any(
                    key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
                )
                found[str(font.BaseFont)] = embedded
    return found


@pytest.mark.parametrize("lang", ["he", "ar", "en"])
def test_every_font_is_embedded(lang: str) -> None:
    for pdf in (render_letter(make_letter(lang)), render_statement(make_statement(lang))):
        named = fonts(pdf)
        assert named, "no fonts at all"
        assert all(named.values()), named
        assert not any("Helvetica" in name for name in named), named
