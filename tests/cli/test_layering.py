"""The layers keep to their places (DESIGN: Architecture), checked on the source like the
test beside this one that keeps Qt out of the core:

- the UI and the CLI go through services only: no peewee, no sqlite3, no store, no SQL;
- the documents layer turns data into bytes and calls no service;
- the Qt print path, which ``arapp letter --print`` uses, loads nothing of the UI (and
  still applies the PySide6 work-around the UI applies).
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ARAPP = Path(__file__).resolve().parents[2] / "arapp"
FORBIDDEN_IN_UI_AND_CLI = ("peewee", "sqlite3", "arapp.core.store")
SQL = re.compile(r"\b(SELECT\s.+\sFROM|INSERT INTO|UPDATE\s+\w+\s+SET|DELETE FROM)\b", re.S)


def modules(*folders: str) -> list[Path]:
    return sorted(p for folder in folders for p in (ARAPP / folder).rglob("*.py"))


def imported(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"


def is_under(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def violations(paths: list[Path], forbidden: tuple[str, ...]) -> list[str]:
    found = []
    for path in paths:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for line, name in imported(tree):
            where = f"{path.name}:{line}"
            if any(is_under(name, p) for p in forbidden) and not any(
                f.startswith(where + ":") for f in found
            ):
                found.append(f"{where}: imports {name}")
    return found


def test_ui_and_cli_import_no_database_layer() -> None:
    assert violations(modules("ui", "cli"), FORBIDDEN_IN_UI_AND_CLI) == []


def test_ui_and_cli_hold_no_sql() -> None:
    found = []
    for path in modules("ui", "cli"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            text = node.value if isinstance(node, ast.Constant) else None
            if isinstance(text, str) and SQL.search(text):
                found.append(f"{path.relative_to(ARAPP.parent)}:{node.lineno}")
    assert found == []


def orm_reached_through_a_shop(paths: list[Path]) -> list[str]:
    """``shop.db`` / ``self.shop.db``: the peewee database handed around by hand."""
    found = []
    for path in paths:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Attribute) and node.attr in ("db", "_db")):
                continue
            owner = node.value
            name = owner.id if isinstance(owner, ast.Name) else getattr(owner, "attr", "")
            if name.endswith("shop"):
                found.append(f"{path.name}:{node.lineno}")
    return found


def test_ui_and_cli_do_not_take_the_orm_from_the_shop() -> None:
    assert orm_reached_through_a_shop(modules("ui", "cli")) == []


def test_the_checks_catch_what_they_are_for(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "import sqlite3\nfrom arapp.core.store.db import open_database\n"
        "from arapp.core import store\nQ = 'SELECT COUNT(*) FROM customer'\n"
    )
    assert len(violations([bad], FORBIDDEN_IN_UI_AND_CLI)) == 3
    orm = tmp_path / "orm.py"
    orm.write_text("run(shop.db)\nrun(self.shop.db)\nrun(args.db)\n")
    assert orm_reached_through_a_shop([orm]) == ["orm.py:1", "orm.py:2"]
    assert SQL.search("SELECT COUNT(*) FROM customer")
    assert not SQL.search("Select the customers to print from the list.")


def test_documents_call_no_service() -> None:
    assert violations(modules("documents"), ("arapp.core.services",)) == []


def test_the_print_path_needs_no_ui() -> None:
    assert violations([ARAPP / "printing.py"], ("arapp.ui",)) == []
    code = (
        "import sys, arapp.cli, arapp.cli.letter_commands, arapp.printing, arapp.pyside_fix; "
        "bad = [m for m in sys.modules if m == 'arapp.ui' or m.startswith('arapp.ui.')]; "
        "fixed = arapp.pyside_fix._applied or sys.version_info >= (3, 12); "
        "print(bad, fixed); sys.exit(1 if bad or not fixed else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
