"""render_document draws each kind of document data with its own module, and the data
crosses to the worker processes of a batch intact."""

from __future__ import annotations

import pickle
from dataclasses import fields

import pytest

from arapp.core.letters.data import DocumentData, LetterData, StatementData
from arapp.documents import parallel
from arapp.documents.letter import render_letter
from arapp.documents.render import render_document
from arapp.documents.statement import render_statement
from tests.documents.conftest import make_letter, make_statement


def test_each_data_type_goes_to_its_document() -> None:
    letter, statement = make_letter("he"), make_statement("he")
    assert render_document(letter) == render_letter(letter)
    assert render_document(statement) == render_statement(statement)


def test_data_without_a_document_is_a_programming_error() -> None:
    bare = DocumentData(**{f.name: getattr(make_letter("en"), f.name)
                           for f in fields(DocumentData)})
    with pytest.raises(TypeError):
        render_document(bare)


def test_document_data_survives_pickling() -> None:
    for data in (make_letter("ar"), make_statement("ar")):
        again = pickle.loads(pickle.dumps(data))
        assert again == data and type(again) is type(data)


def test_worker_processes_render_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    letters: list[LetterData | StatementData] = [
        make_letter("he"), make_statement("ar"), make_letter("en", count=2)
    ]
    monkeypatch.setattr(parallel, "PARALLEL_FROM", 2)
    monkeypatch.setattr(parallel, "_workers", lambda: 2)
    assert list(parallel.render_all(letters)) == [render_document(d) for d in letters]
