"""What the kill test runs and kills (tests/safety/test_kill.py): one long write each,
through the app's own entry points. ``python -m tests.safety.kill_driver ACTION DB ...``.

``import`` and ``batch`` are the ``arapp`` commands themselves; ``plan`` makes a plan with
a post-dated cheque for every installment, which the command line cannot (the plan window
does it through the same service)."""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from arapp.cli import main as arapp_main
from arapp.core.cheques import ChequeInput
from arapp.core.services import Shop
from arapp.core.services.plan_records import PlanCheque, PlanInput

PLAN_CUSTOMER = "P001"
PLAN_INSTALLMENTS = 60


def make_plan(db: Path) -> int:
    shop = Shop.open(db)
    try:
        customer = shop.customers.by_code(PLAN_CUSTOMER)
        # A plan starts today (the service refuses a first installment in the past).
        plan = PlanInput(customer_id=customer.id, first_due=date.today() + timedelta(days=30),
                         count=PLAN_INSTALLMENTS)
        lines = shop.plans.draft(plan, "he").schedule.lines
        cheques = tuple(
            PlanCheque(line.n, ChequeInput(bank="12", branch="345", account="123456",
                                           number=str(7000 + line.n), amount=line.amount,
                                           date=line.due))
            for line in lines
        )
        shop.plans.create(PlanInput(**{**_fields(plan), "cheques": cheques}))
    finally:
        shop.close()
    return 0


def _fields(plan: PlanInput) -> dict[str, object]:
    return {name: getattr(plan, name) for name in plan.__dataclass_fields__}


def main(argv: list[str]) -> int:
    action, db, *rest = argv
    if action == "plan":
        return make_plan(Path(db))
    if action == "import":
        return arapp_main(["--db", db, "import", "payments", rest[0]])
    if action == "batch":
        return arapp_main(["--db", db, "letters", "batch", "--as-of", rest[0], "--out", rest[1]])
    raise SystemExit(f"unknown action {action}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
