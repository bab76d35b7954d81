"""The English texts of every refusal the core and the documents layer can raise, found in
their source: message templates given to UserError and its kinds, and the form-field
names handed to the validators (they fill ``{field}``)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ERRORS = {"UserError", "NotFound", "InvalidAmount", "InvalidDate", "DuplicateRecord",
          "LedgerRuleViolation", "CustomerNotFound", "InvoiceNotFound"}
VALIDATORS = {"clean_text", "positive_amount", "real_date"}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def refusal_texts() -> set[str]:
    found: set[str] = set()
    sources = [*(ROOT / "arapp" / "core").rglob("*.py")]
    sources += (ROOT / "arapp" / "documents").rglob("*.py")
    for path in sources:
        if "importing" in path.parts:
            continue  # import-row reasons: listed in the import-errors dialog as written
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call):
                continue
            name = _name(node)
            args = node.args
            first = args[0] if args else None
            if (
                name in ERRORS | {"__init__"}
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                found.add(first.value)
            if name in VALIDATORS and len(args) > 1 and isinstance(args[1], ast.Constant):
                found.add(str(args[1].value))
            for kw in node.keywords:
                if name in VALIDATORS and kw.arg == "what" and isinstance(kw.value, ast.Constant):
                    found.add(str(kw.value.value))
    return found
