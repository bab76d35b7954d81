"""Export a customer's case file (issue #20, item 8) from the card: ask where, then write
the ZIP off the UI thread (rendering the statement takes a moment) and say where it went."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from arapp.core.placeholders import arg
from arapp.core.services import Shop, clock
from arapp.core.services.case_file import CaseFileSummary
from arapp.ui.ops.query import QueryHandle, run_query


def ask_case_file_path(parent: QWidget, customer_code: str) -> Path | None:
    """Where to write the ZIP (the documents folder by default); None if cancelled."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = Path(folder) / f"case_{customer_code}_{clock.today().isoformat()}.zip"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("CaseFileExport", "Export case file"),
        str(suggested),
        QCoreApplication.translate("CaseFileExport", "ZIP archives (*.zip)"),
    )
    if not chosen:
        return None
    return Path(chosen if chosen.lower().endswith(".zip") else chosen + ".zip")


def export_case_file(
    parent: QWidget, shop: Shop, customer_id: int, path: Path,
    on_done: Callable[[CaseFileSummary], object] | None = None,
) -> QueryHandle:
    """Write the case file to ``path`` off the UI thread; a refusal is shown over
    ``parent``, success is told in a message (and passed to ``on_done``)."""
    from arapp.documents.render import render_document

    def done(summary: CaseFileSummary) -> None:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("CaseFileExport", "Case file exported"),
            arg(QCoreApplication.translate("CaseFileExport", "The case file was saved as %1"),
                str(summary.path)),
        )
        if on_done is not None:
            on_done(summary)

    return run_query(
        shop,
        lambda: shop.case_file.export(customer_id, path, render=render_document),
        done, parent=parent,
    )
