"""The English texts of every refusal the core and the documents layer can raise, found in
their source: message templates given to UserError and its kinds, the reasons given to
ImportRowError (its third argument) and to the importer's helpers that build one, the
form-field names handed to the validators (they fill ``{field}``) and the month names the
importer names in a reason (they fill ``{month_name}``)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ERRORS = {"UserError", "NotFound", "InvalidAmount", "InvalidDate", "DuplicateRecord",
          "LedgerRuleViolation", "CustomerNotFound", "InvoiceNotFound", "InvalidField",
          "NotAMobileNumber", "MailNotSent",
          # A cheque's warnings (arapp.core.cheques.warning) are translated like refusals.
          "warning"}
VALIDATORS = {"clean_text", "positive_amount", "real_date"}
#: Calls whose reason template is not the first argument: name -> its position.
REASONS = {"ImportRowError": 2, "AmountError": 1, "_failed": 0, "fail": 1}
#: Module-level tuples of English words that the app translates as values.
TRANSLATED_WORDS = {"_MONTHS"}


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def refusal_texts() -> set[str]:
    found: set[str] = set()
    sources = [*(ROOT / "arapp" / "core").rglob("*.py")]
    sources += (ROOT / "arapp" / "documents").rglob("*.py")
    for path in sources:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple) and any(
                isinstance(t, ast.Name) and t.id in TRANSLATED_WORDS for t in node.targets
            ):
                found.update(
                    e.value for e in node.value.elts
                    if isinstance(e, ast.Constant) and isinstance(e.value, str) and e.value
                )
            if not isinstance(node, ast.Call):
                continue
            name = _name(node)
            if name == "warning" and not isinstance(node.func, ast.Name):
                continue  # a logger's warning (log.warning) is for engineers, not translated
            args = node.args
            first = args[0] if args else None
            if (
                name in ERRORS | {"__init__"}
                and isinstance(first, ast.Constant)
                and isinstance(first.value, str)
            ):
                found.add(first.value)
            if name in REASONS and len(args) > REASONS[name]:
                reason = args[REASONS[name]]
                # A reason is written as one constant template where it is raised; a name
                # (a helper passing its ``reason`` on) was checked where it was written.
                assert not isinstance(reason, ast.JoinedStr | ast.BinOp | ast.Call), (
                    f"{path}:{node.lineno}: the reason of {name}() must be a constant "
                    "template with named values, not built from pieces"
                )
                if isinstance(reason, ast.Constant) and isinstance(reason.value, str):
                    found.add(reason.value)
            if name in VALIDATORS and len(args) > 1 and isinstance(args[1], ast.Constant):
                found.add(str(args[1].value))
            for kw in node.keywords:
                if name in VALIDATORS and kw.arg == "what" and isinstance(kw.value, ast.Constant):
                    found.add(str(kw.value.value))
    return found
