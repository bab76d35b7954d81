"""One way for screens to learn what changed: whoever records something announces a
:class:`Changes` on the application's :class:`ChangeBus`, and every screen, card and
window that shows it subscribes and refreshes what it shows. No screen calls another's
``refresh()``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication, QObject, Signal


@dataclass(frozen=True, slots=True)
class Changes:
    """What an action changed. ``customers`` are the ids whose records changed;
    ``all_customers`` says any may have (an import); ``ledger`` covers invoices, payments
    and voids (balances, aging); ``letters`` letters recorded; ``settings`` the shop's
    settings."""

    customers: frozenset[int] = field(default_factory=frozenset)
    all_customers: bool = False
    ledger: bool = False
    letters: bool = False
    settings: bool = False

    def touches(self, customer_id: int) -> bool:
        return self.all_customers or customer_id in self.customers

    def __bool__(self) -> bool:
        return bool(
            self.customers or self.all_customers or self.ledger or self.letters or self.settings
        )


class ChangeBus(QObject):
    """``changed(Changes)`` after something was recorded (delivered on the UI thread)."""

    changed = Signal(object)

    def announce(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)


def change_bus() -> ChangeBus:
    """The application's bus (one per QCoreApplication; made on first use)."""
    app = QCoreApplication.instance()
    bus = app.findChild(ChangeBus, "arapp-change-bus") if app is not None else None
    if bus is None:
        bus = ChangeBus(app)
        bus.setObjectName("arapp-change-bus")
    return bus


def announce(changes: Changes) -> None:
    change_bus().announce(changes)
