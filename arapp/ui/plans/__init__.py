"""Installment plans: setting one up at the counter (the wizard: what it covers, the terms
with a live schedule, the post-dated cheques, the agreement in the customer's language,
signatures; saved in one service call, the agreement printed — entry point
:func:`arapp.ui.plans.plan_wizard.open_plan_wizard`), paying against a plan, its
decisions (acceleration, cancellation, signature on paper) and its kept agreement."""
