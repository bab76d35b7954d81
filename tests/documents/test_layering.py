"""Documents are functions from data to bytes: ``arapp/documents`` renders what the core
decided and reaches for no service, no shop and no database."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

DOCUMENTS = Path(__file__).resolve().parents[2] / "arapp" / "documents"
#: What a document may take from the core: its data, and pure helpers for wording.
ALLOWED_CORE = (
    "arapp.core.letters.data",
    "arapp.core.letters.kinds",
    "arapp.core.formatting",
    "arapp.core.templates",
    "arapp.core.textclean",
    "arapp.core.money",
    "arapp.core.errors",
)
FORBIDDEN_NAMES = {"Shop", "SqliteDatabase"}


def imports_of(path: Path) -> list[tuple[str, set[str]]]:
    """Every ``(module, names)`` that ``path`` imports, lazy imports inside functions too."""
    found: list[tuple[str, set[str]]] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found += [(alias.name, set()) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.module, {alias.name for alias in node.names}))
    return found


def documents_sources() -> list[Path]:
    return sorted(DOCUMENTS.rglob("*.py"))


def test_the_scan_sees_the_documents_modules() -> None:
    names = {p.stem for p in documents_sources()}
    assert {"letter", "statement", "render", "tables", "parallel"} <= names


@pytest.mark.parametrize("path", documents_sources(), ids=lambda p: p.name)
def test_documents_import_no_service_and_no_shop(path: Path) -> None:
    for module, names in imports_of(path):
        assert not module.startswith(("arapp.core.services", "arapp.core.store", "peewee")), (
            f"{path.name} imports {module}"
        )
        assert not module.startswith("arapp.ui"), f"{path.name} imports {module}"
        assert not module.startswith("PySide6"), f"{path.name} imports {module}"
        if module.startswith("arapp.core"):
            assert module in ALLOWED_CORE, f"{path.name} imports {module}"
        assert not names & FORBIDDEN_NAMES, f"{path.name} imports {names & FORBIDDEN_NAMES}"


def test_the_scan_catches_a_service_import(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text("def f():\n    from arapp.core.services import Shop\n", encoding="utf-8")
    assert imports_of(bad) == [("arapp.core.services", {"Shop"})]
