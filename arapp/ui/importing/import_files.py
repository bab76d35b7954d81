"""Import the owner's customers, invoices and payments files, in that order (payments need
invoices, invoices need customers), each off the UI thread with a progress dialog.

Each file is all-or-nothing (the service's rule). A refused file stops the run and its
problems are listed; files imported before it stay imported, and importing them again
later adds nothing, so the owner can fix the one file and run the whole import again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from arapp.core.errors import ImportFailed, ImportRowError, UserError
from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.core.services.importing import ImportCancelled, ImportResult
from arapp.ui.importing.import_errors_dialog import ImportErrorsDialog
from arapp.ui.ops.changes import Changes, announce
from arapp.ui.ops.long_op import Cancelled, Progress, run_with_progress
from arapp.ui.widgets.messages import show_user_error

IMPORT_ORDER: tuple[str, ...] = ("customers", "invoices", "payments")


@dataclass(slots=True)
class ImportOutcome:
    results: list[ImportResult] = field(default_factory=list)
    failed: str | None = None  # the kind that was refused or cancelled
    cancelled: bool = False

    @property
    def ok(self) -> bool:
        return self.failed is None


def kind_title(kind: str) -> str:
    titles = {
        "customers": QCoreApplication.translate("ImportFiles", "Customers"),
        "invoices": QCoreApplication.translate("ImportFiles", "Invoices"),
        "payments": QCoreApplication.translate("ImportFiles", "Payments"),
    }
    return titles[kind]


def import_files(parent: QWidget | None, shop: Shop, files: Mapping[str, Path]) -> ImportOutcome:
    """Import ``files`` (kind → path) in :data:`IMPORT_ORDER`; show what went wrong, and
    announce the change if any file added something (a later file may have failed)."""
    outcome = _import_in_order(parent, shop, files)
    if any(result.added for result in outcome.results):
        announce(Changes(all_customers=True, ledger=True))
    return outcome


def _import_in_order(
    parent: QWidget | None, shop: Shop, files: Mapping[str, Path]
) -> ImportOutcome:
    service = shop.importer
    outcome = ImportOutcome()
    for kind in IMPORT_ORDER:
        path = files.get(kind)
        if path is None:
            continue

        def work(progress: Progress, kind: str = kind, path: Path = path) -> ImportResult:
            return service.import_file(kind, path, progress)

        title = QCoreApplication.translate("ImportFiles", "Importing")
        label = QCoreApplication.translate("ImportFiles", "Importing %1 from %2…")
        label = arg(label, kind_title(kind), path.name)
        try:
            outcome.results.append(run_with_progress(parent, title, label, shop, work))
        except (ImportCancelled, Cancelled):
            outcome.failed, outcome.cancelled = kind, True
            return outcome
        except (ImportFailed, ImportRowError) as exc:
            outcome.failed = kind
            errors = exc.errors if isinstance(exc, ImportFailed) else [exc]
            ImportErrorsDialog(path.name, errors, parent).exec()
            return outcome
        except UserError as exc:
            outcome.failed = kind
            show_user_error(parent, exc)
            return outcome
    return outcome


def summary_text(outcome: ImportOutcome) -> str:
    """ "Customers: 120 added, 3 already there." one line per imported file."""
    lines = []
    for result in outcome.results:
        line = QCoreApplication.translate("ImportFiles", "%1: %2 added, %3 already there.")
        lines.append(arg(line, kind_title(result.kind), str(result.added), str(result.skipped)))
    return "\n".join(lines)
