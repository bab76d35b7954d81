"""The sample shop: made-up customers to try the app on, in a file of its own beside the
owner's shop (see :func:`arapp.core.paths.sample_db_path`), never mixed into it.

It is made once, off the UI thread with a progress dialog, and opened again as it was
left the next time the owner asks for it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from arapp.core.paths import sample_db_path
from arapp.core.services import Shop
from arapp.core.services.settings import BusinessDetails
from arapp.ui.ops.long_op import Cancelled, Progress, run_with_progress

SAMPLE_CUSTOMERS = 200


def prepare_sample_shop(
    parent: QWidget | None, owner: Shop, details: BusinessDetails | None = None
) -> Path | None:
    """Make the sample shop of the owner's shop if it does not exist yet; return its path,
    or None if the owner cancelled (then nothing was written). Its letters carry the
    owner's business details (``details``, the ones just typed, else those saved), not
    the made-up shop's."""
    path = sample_db_path(owner.path)
    if details is None:
        details = owner.settings.business()  # read before the sample file is opened aside
    with Shop.opened_aside(path) as sample:
        if not sample.has_customers():

            def work(progress: Progress) -> object:
                def report(done: int, total: int) -> None:
                    progress(done, total)
                    progress.check()  # Cancel stops before anything is written

                return sample.make_demo(customers=SAMPLE_CUSTOMERS, progress=report)

            try:
                run_with_progress(
                    parent,
                    QCoreApplication.translate("SampleShop", "Sample shop"),
                    QCoreApplication.translate("SampleShop", "Making the sample shop…"),
                    sample,
                    work,
                )
            except Cancelled:
                return None
        if details.name:
            sample.settings.save_business(details)
    return path
