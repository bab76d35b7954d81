"""The owner's decisions on a plan, each one service call behind a dialog that says what
will happen: invoke the acceleration clause, cancel the plan (with a reason), and mark its
agreement signed on paper (with a scan, if there is one).

Each is a :class:`ServiceDialog`: a refusal from ``shop.plans`` shows inside the dialog,
which stays open; on success the change is announced and the card reloads.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from arapp.core.placeholders import arg
from arapp.core.services import Shop
from arapp.core.services.plan_records import AgreementRecord, PlanRecord
from arapp.core.services.plans import MAX_SCAN_BYTES
from arapp.ui import display
from arapp.ui.ops.changes import Changes
from arapp.ui.widgets.service_dialog import ServiceDialog
from arapp.ui.widgets.wrapping_label import WrappingLabel

MAX_REASON = 500


class _PlanDialog(ServiceDialog):
    """What the three dialogs share: the plan, a sentence naming it, the buttons' roles
    (the safe button is the default, so a reflexive Enter changes nothing)."""

    def __init__(self, shop: Shop, plan: PlanRecord, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.plan = plan
        self.result_record: object = None
        self.what = WrappingLabel(parent=self)
        self.explain = WrappingLabel(parent=self)
        ok = self.ok_button()
        ok.setAutoDefault(False)
        ok.setDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.setMinimumWidth(480)

    def plan_name(self) -> str:
        return arg(self.tr("plan %1 (version %2)"), display.ltr(self.plan.number),
                   str(self.plan.version))

    def changes(self) -> Changes:
        return Changes(customers=frozenset({self.plan.customer_id}), ledger=True)


class BreachDialog(_PlanDialog):
    """Invoke the acceleration clause: ``shop.plans.breach(plan)``."""

    def __init__(self, shop: Shop, plan: PlanRecord, parent: QWidget | None = None) -> None:
        super().__init__(shop, plan, parent)
        self.late = WrappingLabel(parent=self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.late)
        layout.addWidget(self.explain)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()

    def submit(self) -> None:
        self.result_record = self.shop.plans.breach(self.plan.id)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Breach (acceleration)"))
        self.what.setText(
            arg(self.tr("Invoke the acceleration clause of %1 for %2?"), self.plan_name(),
                display.isolate(self.plan.customer_name))
        )
        late = [i for i in self.plan.installments if i.status == "late"]
        if late:
            worst = max(late, key=lambda i: i.days_late)
            self.late.setText(
                arg(
                    self.tr("The installment due %1 is %2 days late (the plan allows %3)."),
                    display.day(worst.due_date),
                    str(worst.days_late),
                    str(self.plan.grace_days),
                )
            )
        self.late.setStyleSheet(f"color: {display.DANGER.name()};")
        lines = [
            self.tr("• Every unpaid installment falls due today."),
            self.tr("• The interest of installments not yet due is waived."),
        ]
        if any(
            i.cheque is not None and i.cheque.status == "in_hand" and i.open_amount > 0
            for i in self.plan.installments
        ):
            # The service leaves them alone: the cheque already pays them on its date.
            lines.append(
                self.tr("• Installments a cheque in hand pays keep their dates and cheques.")
            )
        lines += [
            self.tr(
                "• The customer may then get collection letters for what is overdue, as "
                "for any late debt."
            ),
            self.tr("• This cannot be undone."),
        ]
        self.explain.setText("\n".join(lines))
        self.ok_button().setText(self.tr("&Accelerate the plan"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Not now"))


class CancelPlanDialog(_PlanDialog):
    """Drop the plan, with the owner's reason: ``shop.plans.cancel(plan, reason)``."""

    def __init__(self, shop: Shop, plan: PlanRecord, parent: QWidget | None = None) -> None:
        super().__init__(shop, plan, parent)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(MAX_REASON)
        self.reason_label = QLabel(self)
        self.reason_label.setBuddy(self.reason)
        self.reason.textChanged.connect(self._update_ok)
        form = QFormLayout()
        form.addRow(self.reason_label, self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.explain)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.retranslate()
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button().setEnabled(self.can_submit())

    def can_submit(self) -> bool:
        return bool(self.reason.text().strip())

    def submit(self) -> None:
        self.result_record = self.shop.plans.cancel(self.plan.id, self.reason.text().strip())

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cancel the plan"))
        self.what.setText(
            arg(self.tr("Cancel %1 for %2?"), self.plan_name(),
                display.isolate(self.plan.customer_name))
        )
        self.explain.setText(
            self.tr(
                "The unpaid installments stay open as ordinary items with their own due "
                "dates; the balance does not change. The plan and its agreement are kept, "
                "marked cancelled. It cannot be undone."
            )
        )
        self.reason_label.setText(self.tr("&Reason (required):"))
        self.ok_button().setText(self.tr("&Cancel the plan"))
        # Not Qt's "Cancel" beside "Cancel the plan": in Hebrew and Arabic they would be
        # the same word (ביטול, إلغاء).
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("&Keep the plan")
        )


class MarkSignedDialog(_PlanDialog):
    """The printed agreement came back signed: ``shop.plans.mark_signed_on_paper``, with
    a scan (an image or a PDF) if the owner attaches one."""

    def __init__(
        self,
        shop: Shop,
        plan: PlanRecord,
        agreement: AgreementRecord,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(shop, plan, parent)
        self.agreement = agreement
        self.scan: bytes | None = None
        self.scan_name = ""
        self.scan_label = QLabel(self)
        self.attach_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.attach_button.clicked.connect(lambda: self.choose_scan())
        self.remove_button.clicked.connect(self.remove_scan)
        row = QHBoxLayout()
        row.addWidget(self.scan_label, 1)
        row.addWidget(self.attach_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.what)
        layout.addWidget(self.explain)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        # Marking is what the owner came for: OK is the default here.
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(False)
        self.ok_button().setDefault(True)
        self.retranslate()

    # -- the scan ----------------------------------------------------------------------
    def choose_scan(self, path: str | Path | None = None) -> bool:
        """Attach the file at ``path`` (asked for when None); False if none was taken."""
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            chosen, _filter = QFileDialog.getOpenFileName(
                self,
                self.tr("Attach the signed agreement"),
                folder,
                self.tr("Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff *.bmp)"),
            )
            if not chosen:
                return False
            path = chosen
        path = Path(path)
        try:
            data = path.read_bytes()
        except OSError as exc:
            self.error.show_message(
                arg(self.tr("The file could not be read: %1"), exc.strerror or "")
            )
            return False
        if len(data) > MAX_SCAN_BYTES:  # the service's limit, said before OK
            self.error.show_message(
                arg(self.tr("The file is larger than %1 MB."), str(MAX_SCAN_BYTES >> 20))
            )
            return False
        if not (data.startswith(b"%PDF") or not QImage.fromData(data).isNull()):
            self.error.show_message(self.tr("The file is neither a PDF nor an image."))
            return False
        self.scan, self.scan_name = data, path.name
        self.error.show_message("")
        self._show_scan()
        return True

    def remove_scan(self) -> None:
        self.scan, self.scan_name = None, ""
        self._show_scan()

    def _show_scan(self) -> None:
        if self.scan_name:
            self.scan_label.setText(arg(self.tr("Scan: %1"), display.isolate(self.scan_name)))
        else:
            self.scan_label.setText(self.tr("No scan attached (optional)."))
        self.remove_button.setEnabled(self.scan is not None)

    # -- recording ---------------------------------------------------------------------
    def submit(self) -> None:
        self.result_record = self.shop.plans.mark_signed_on_paper(
            self.agreement.id, self.scan, self.scan_name
        )

    def changes(self) -> Changes:
        return Changes(customers=frozenset({self.plan.customer_id}))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Signed on paper"))
        self.what.setText(
            arg(
                self.tr("The printed agreement of %1 (agreement version %2) came back signed."),
                self.plan_name(),
                str(self.agreement.version),
            )
        )
        self.explain.setText(
            self.tr(
                "The agreement kept in the shop stays exactly as printed; a scan of the "
                "signed paper can be kept beside it."
            )
        )
        self.attach_button.setText(self.tr("&Attach a scan…"))
        self.remove_button.setText(self.tr("&Remove"))
        self.ok_button().setText(self.tr("Mark &signed"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self._show_scan()
