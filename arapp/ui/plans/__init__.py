"""Installment plans at the counter: the wizard that sets a plan up with the customer
(what it covers, the terms with a live schedule, the post-dated cheques, the agreement in
the customer's language, signatures), saves it in one service call and prints the
agreement. Entry point: :func:`arapp.ui.plans.plan_wizard.open_plan_wizard`."""
