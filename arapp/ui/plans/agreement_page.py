"""Step 4: the agreement as it will print, in the customer's language (switchable).

The page asks the plan service for the draft (``shop.plans.draft``: nothing is written)
and shows the exact PDF bytes the documents layer renders from it, in the letters'
preview widget. The work runs off the UI thread (:func:`arapp.ui.ops.query.run_query`);
a newer request replaces an older one still under way.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QComboBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from shiboken6 import isValid

from arapp.core.errors import UserError
from arapp.core.letters.data import SignatureMark
from arapp.core.services import Shop
from arapp.core.services.plan_records import PlanDraft, PlanInput
from arapp.documents.render import render_document
from arapp.ui.i18n.language import LANGUAGES, NATIVE_NAMES
from arapp.ui.letters.print_preview import PdfPreview
from arapp.ui.ops.query import QueryHandle, run_query, show_failure, wait_for_queries
from arapp.ui.plans.wizard_page import WizardPage
from arapp.ui.widgets.messages import user_message
from arapp.ui.widgets.money_edit import ErrorLabel
from arapp.ui.widgets.wrapping_label import WrappingLabel


def draft_and_render(shop: Shop, plan: PlanInput, lang: str,
                     signatures: Sequence[SignatureMark] = ()) -> tuple[PlanDraft, bytes]:
    """The plan's draft and its agreement's PDF bytes (on a worker thread)."""
    draft = shop.plans.draft(plan, lang, signatures=signatures)
    return draft, render_document(draft.agreement)


class AgreementView(QWidget):
    """A PDF preview of a plan's agreement with the line saying why it cannot be shown.
    :meth:`show_for` renders; ``pdf``/``draft`` hold what is shown."""

    def __init__(self, shop: Shop, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.shop = shop
        self.draft: PlanDraft | None = None
        self.pdf: bytes | None = None
        self.on_ready: Callable[[], None] = lambda: None
        self._request = 0
        self._handle: QueryHandle | None = None
        self.problem = ErrorLabel(self)
        self.preview = PdfPreview(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.problem)
        layout.addWidget(self.preview, 1)

    def show_for(self, plan: PlanInput, lang: str,
                 signatures: Sequence[SignatureMark] = ()) -> None:
        self._request += 1
        request = self._request
        self.draft = self.pdf = None
        self.problem.show_message("")
        shop = self.shop
        self._handle = run_query(
            shop,
            lambda: draft_and_render(shop, plan, lang, signatures),
            lambda result: self._shown(request, result),
            lambda exc: self._failed(request, exc),
        )

    def wait(self) -> None:
        """Block until the agreement under way (if any) is shown."""
        if self._handle is not None and not self._handle.done:
            wait_for_queries()
            while not self._handle.done:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def _shown(self, request: int, result: tuple[PlanDraft, bytes]) -> None:
        if not isValid(self) or request != self._request:
            return
        self.draft, self.pdf = result
        self.preview.set_pdf(self.pdf)
        self.on_ready()

    def _failed(self, request: int, exc: BaseException) -> None:
        if not isValid(self) or request != self._request:
            return
        self.preview.clear()
        if isinstance(exc, UserError):
            self.problem.show_message(user_message(exc))
        else:
            self.problem.show_message(self.tr("The agreement could not be made."))
            show_failure(self)(exc)  # a bug: to the exception hook
        self.on_ready()


class AgreementPage(WizardPage):
    """``plan_input`` is called for the plan as the earlier pages have it."""

    def __init__(self, shop: Shop, lang: str, plan_input: Callable[[], PlanInput],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan_input = plan_input
        self.hint = WrappingLabel(parent=self)
        self.lang_box = QComboBox(self)
        for code in LANGUAGES:
            self.lang_box.addItem(NATIVE_NAMES[code], code)
        self.lang_box.setCurrentIndex(max(0, self.lang_box.findData(lang)))
        self.view = AgreementView(shop, self)
        self.view.on_ready = self.completeChanged.emit
        self.lang_caption = QLabel(self)
        self.lang_caption.setBuddy(self.lang_box)
        self.form = QFormLayout()
        self.form.addRow(self.lang_caption, self.lang_box)
        top = QHBoxLayout()
        top.addLayout(self.form)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hint)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        self.lang_box.currentIndexChanged.connect(self.enter)
        self.retranslate()

    def lang(self) -> str:
        return str(self.lang_box.currentData())

    def enter(self, *_args: object) -> None:
        self.view.show_for(self.plan_input(), self.lang())
        self.completeChanged.emit()

    def is_complete(self) -> bool:
        return self.view.pdf is not None

    def title(self) -> str:
        return self.tr("Agreement")

    def focus_first(self) -> None:
        self.lang_box.setFocus()

    def retranslate(self) -> None:
        self.hint.setText(self.tr(
            "Read the agreement through with the customer. It is printed in the language "
            "chosen here."))
        self.lang_caption.setText(self.tr("Agreement &language:"))
