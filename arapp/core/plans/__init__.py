"""Installment plans: the schedule rules (:mod:`schedule`) and cheque fields
(:mod:`cheques`), pure and without a database; :mod:`arapp.core.services.plans` keeps
plans in the ledger."""
