"""The batch writes and checks every file before it records a letter (issue #17, defect
15): whatever goes wrong on the way to the disk, nothing is recorded and a re-run lists the
same letters; a recorded letter is always on disk and reprints byte for byte."""

from __future__ import annotations

import errno
import io
import os
import tempfile
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from arapp.core.errors import UserError
from arapp.core.letters.filenames import letter_file_name, safe_code
from arapp.core.services import Shop
from arapp.core.services.records import CustomerInput
from tests.documents.conftest import run_batch

AS_OF = date(2026, 6, 30)


def late_customers(shop: Shop, *codes: str) -> None:
    for n, code in enumerate(codes):
        c = shop.customers.create(CustomerInput(code=code, name=f"לקוח {n}", language="he"))
        shop.invoices.create_invoice(
            c.id, f"F-{n}", date(2026, 5, 1), Decimal("120.00"), date(2026, 5, 31)
        )


def due_now(shop: Shop) -> list[tuple[str, str]]:
    return [(d.code, d.kind) for d in shop.letters.letters_due(AS_OF)]


def recorded(shop: Shop) -> int:
    return int(shop.db.execute_sql("SELECT COUNT(*) FROM document").fetchone()[0])


def leftovers(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.part"))


def test_written_letters_are_the_recorded_bytes_and_reprint_identically(
    shop: Shop, tmp_path: Path
) -> None:
    late_customers(shop, "L1", "L2", "L3")
    result = run_batch(shop, AS_OF, tmp_path)
    assert len(result.files) == len(result.document_ids) == 3
    for path, doc_id in zip(result.files, result.document_ids, strict=True):
        assert shop.letters.pdf(doc_id) == path.read_bytes()
    assert result.combined is not None
    with pikepdf.open(result.combined) as combined:
        assert len(combined.pages) == 3
    assert leftovers(tmp_path) == []
    assert due_now(shop) == []


def test_an_output_path_that_is_a_file_records_nothing(shop: Shop, tmp_path: Path) -> None:
    late_customers(shop, "L1", "L2")
    before = due_now(shop)
    target = tmp_path / "letters"
    target.write_text("not a folder")
    with pytest.raises(UserError, match="is a file"):
        run_batch(shop, AS_OF, target)
    assert recorded(shop) == 0
    assert due_now(shop) == before  # a re-run still makes them


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0,
                    reason="root writes into a read-only folder anyway")
def test_a_read_only_folder_records_nothing(shop: Shop, tmp_path: Path) -> None:
    late_customers(shop, "L1", "L2")
    before = due_now(shop)
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(UserError, match="could not be written"):
            run_batch(shop, AS_OF, folder)
    finally:
        folder.chmod(0o700)
    assert recorded(shop) == 0
    assert due_now(shop) == before


def test_a_folder_refusing_new_files_records_nothing(
    shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What a read-only folder does for a user who is not root (the test above)."""
    late_customers(shop, "L1")
    before = due_now(shop)

    def refused(*_args: Any, **_kwargs: Any) -> Any:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    with pytest.raises(UserError, match=r"could not be written.*Permission denied") as info:
        run_batch(shop, AS_OF, tmp_path)
    assert info.value.template == "The letters could not be written to “{path}”: {reason}"
    monkeypatch.undo()
    assert recorded(shop) == 0 and due_now(shop) == before


def test_a_write_failing_half_way_records_nothing_and_leaves_no_part_files(
    shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up on the second file: the first must not count as sent either."""
    late_customers(shop, "L1", "L2", "L3")
    before = due_now(shop)
    real_open = io.open
    opened = []

    def full_disk(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if "w" in mode:
            opened.append(file)
            if len(opened) >= 2:
                raise OSError(errno.ENOSPC, "No space left on device")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(io, "open", full_disk)
    with pytest.raises(UserError, match="No space left"):
        run_batch(shop, AS_OF, tmp_path)
    monkeypatch.undo()
    assert recorded(shop) == 0
    assert due_now(shop) == before
    assert leftovers(tmp_path) == []
    assert list(tmp_path.glob("*.pdf")) == []
    result = run_batch(shop, AS_OF, tmp_path)  # the re-run makes the same letters
    assert len(result.files) == len(before)


def test_a_crash_before_recording_leaves_the_letters_due(
    shop: Shop, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Killed after the files are in place but before the transaction: the letters were
    written but not recorded, so the next run makes them again (never the other way
    round: recorded but never written)."""
    late_customers(shop, "L1", "L2")
    before = due_now(shop)

    def killed(*_args: Any, **_kwargs: Any) -> list[int]:
        raise KeyboardInterrupt

    monkeypatch.setattr(shop.letters, "issue_all", killed)
    with pytest.raises(KeyboardInterrupt):
        run_batch(shop, AS_OF, tmp_path)
    monkeypatch.undo()
    assert recorded(shop) == 0 and due_now(shop) == before
    result = run_batch(shop, AS_OF, tmp_path)
    assert [p.name for p in result.files] == sorted(p.name for p in tmp_path.glob("*-L?-*.pdf"))


def test_a_code_with_a_slash_gets_a_safe_distinct_file(shop: Shop, tmp_path: Path) -> None:
    late_customers(shop, "A/17", "A_17")
    result = run_batch(shop, AS_OF, tmp_path)
    assert len(result.files) == 2
    assert all(p.parent == tmp_path and p.exists() for p in result.files)
    names = {p.name for p in result.files}
    # Consumers (the default kind): the debt notice is their first overdue letter.
    assert letter_file_name(AS_OF, "A_17", "debt_notice") in names
    assert letter_file_name(AS_OF, "A/17", "debt_notice") in names
    assert due_now(shop) == []


@pytest.mark.parametrize("code", ["A/17", "..", "C:17", "a\\b", "x" * 300, "", "ק/1", " A "])
def test_safe_code_makes_one_plain_file_name(code: str) -> None:
    name = letter_file_name(AS_OF, code, "reminder")
    assert "/" not in name and "\\" not in name and ":" not in name
    assert not name.startswith(".") and len(name.encode("utf-8")) < 255
    assert safe_code(code) != safe_code(code + "!")


def test_a_safe_code_is_kept_as_it_is() -> None:
    assert safe_code("C-042_b") == "C-042_b"
    assert safe_code("לקוח7") == "לקוח7"


def test_a_handover_marks_its_items_and_ends_the_ladder(shop: Shop, tmp_path: Path) -> None:
    """The handover prints a statement, but it is the last ladder step for the items it
    hands over: once made, the ladder stops for the customer (it used to ask for the
    handover again every week)."""
    c = shop.customers.create(CustomerInput(code="B1", name="Biz", language="en",
                                            kind="business"))
    due = date(2026, 1, 31)
    shop.invoices.create_invoice(c.id, "F-1", date(2026, 1, 1), Decimal("100.00"), due)
    made = []
    for late in (7, 21, 45, 59, 66, 73, 120):
        day = due + timedelta(days=late)
        made += [d.kind for d in shop.letters.letters_due(day)]
        run_batch(shop, day, tmp_path / str(late))
    assert made == ["reminder", "second", "warning", "handover"]
    documents = {d.kind: d for d in shop.letters.documents_for(c.id)}
    assert sorted(documents) == sorted(made)  # each letter made and recorded once
    assert shop.letters.pdf(documents["handover"].id).startswith(b"%PDF")
