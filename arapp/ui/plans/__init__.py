"""Installment plans: setting one up, paying against it, its decisions (acceleration,
cancellation, signature on paper) and its kept agreement."""
