"""Errors a user can cause. Each carries a message meant for the user.

A message is an English *template* with named fields (``"Invoice number {number} is
already in use"``) and the values for them. The CLI prints ``message`` (the template
filled in); the desktop app translates the template through Qt (context "UserError") and
fills in the same values, so a refusal reads in Hebrew or Arabic too. A day is passed as
a ``date``, never as ISO text: ``message`` writes it dd/mm/yyyy (the Israeli convention
the letters use), and the app can format the value itself for its language. A field called
``field`` names a form field ("Invoice amount") and is translated as well, and so is one
called ``month_name`` (an English month name, "February").
Programming errors are not wrapped in these.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime


def _shown(value: object) -> object:
    """A value as the English message prints it: a day as dd/mm/yyyy."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return f"{value.day:02d}/{value.month:02d}/{value.year:04d}"
    return value


def fill_template(template: str, params: Mapping[str, object]) -> str:
    """``template`` with ``params`` filled in as the English message shows them."""
    return template.format(**{k: _shown(v) for k, v in params.items()}) if params else template


class UserError(Exception):
    """Base of every error caused by input; the CLI maps it to exit status 1."""

    def __init__(self, template: str, **params: object) -> None:
        message = fill_template(template, params)
        super().__init__(message)
        self.template = template
        self.params = params
        self.message = message


class NotFound(UserError):
    pass


class CustomerNotFound(NotFound):
    def __init__(self, code: str) -> None:
        super().__init__("No customer with code “{code}”", code=code)
        self.code = code


class InvoiceNotFound(NotFound):
    def __init__(self, number: str) -> None:
        super().__init__("No invoice with number “{number}”", number=number)
        self.number = number


class InvalidAmount(UserError):
    pass


class InvalidField(UserError):
    """One field of a form is wrong. ``input_field`` is the attribute of the input it is
    about (``"id_number"`` of a ``CustomerInput``), so a form can show the message next
    to that field; the template names the field for the user as ``{field}``."""

    def __init__(self, template: str, *, input_field: str, **params: object) -> None:
        super().__init__(template, **params)
        self.input_field = input_field


class InvalidDate(UserError):
    pass


class DuplicateRecord(UserError):
    pass


class LedgerRuleViolation(UserError):
    """An action that the ledger rules forbid (e.g. voiding twice)."""


class DebtNoticeMissing(LedgerRuleViolation):
    """§13B2: a collection letter or message (a step that ``waits_for_debt_notice``) to a
    consumer for items that never had the debt notice."""

    def __init__(self, items: str, message: bool = False) -> None:
        if message:
            super().__init__(
                "A collection message to a consumer needs a debt notice first (§13B2); "
                "none was sent for {items}",
                items=items,
            )
            return
        super().__init__(
            "A collection letter to a consumer needs a debt notice first (§13B2); none "
            "was sent for {items}",
            items=items,
        )


class DebtNoticeWait(LedgerRuleViolation):
    """§13B2(b): a collection letter or message to a consumer before the debt notice's
    wait is over."""

    def __init__(self, days: int, day: date, earliest: date, message: bool = False) -> None:
        if message:
            super().__init__(
                "A collection message to a consumer may go only {days} days after the debt "
                "notice (sent on {day}); the earliest day is {earliest}",
                days=days, day=day, earliest=earliest,
            )
            return
        super().__init__(
            "A collection letter to a consumer may go only {days} days after the debt "
            "notice (sent on {day}); the earliest day is {earliest}",
            days=days, day=day, earliest=earliest,
        )


class AllOverdueDisputed(UserError):
    """A collection letter was asked for, but everything overdue is disputed: there is a
    debt, and a letter is not the way to collect it while the dispute stands."""

    def __init__(self, name: str, amount: object, day: date) -> None:
        super().__init__(
            "{name} has {amount} overdue on {day}, but all of it is disputed; settle the "
            "dispute before sending a letter",
            name=name, amount=amount, day=day,
        )


class CustomerHandedOver(LedgerRuleViolation):
    """A letter for a customer handed over to a lawyer or an agency: they collect now."""

    def __init__(self, name: str, to: str, day: date) -> None:
        super().__init__(
            "{name} was handed over to {to} on {day}: letters asking for payment go "
            "through them now (a statement of account can still be made)",
            name=name, to=to, day=day,
        )


class CreditRefused(LedgerRuleViolation):
    """An invoice that credit control refuses unless the owner overrides it (DESIGN.md,
    Credit control); ``check`` (a :class:`arapp.core.collection.credit.CreditCheck`)
    says why, for a form that offers the override."""

    def __init__(self, template: str, check: object, **params: object) -> None:
        super().__init__(template, **params)
        self.check = check


class CreditStopped(CreditRefused):
    def __init__(self, name: str, check: object) -> None:
        super().__init__(
            "{name} is on stop credit: a new invoice needs the owner's override",
            check, name=name,
        )


class CreditLimitExceeded(CreditRefused):
    def __init__(self, name: str, check: object, exposure: object, limit: object,
                 over: object) -> None:
        super().__init__(
            "This invoice takes {name} to {exposure}, {over} over the credit limit of "
            "{limit}; it needs the owner's override",
            check, name=name, exposure=exposure, limit=limit, over=over,
        )


class ImportRowError(UserError):
    """One bad cell or row of an import file. ``row`` is the spreadsheet row number as the
    owner sees it in Excel (the header is row 1); ``column`` is the header name or ``None``
    when the problem is the whole row or file. ``reason`` is an English template with named
    fields filled from ``params`` (like every UserError), so the app can show it translated;
    ``self.reason`` is the filled-in English text."""

    def __init__(
        self, row: int | None, column: str | None, reason: str, **params: object
    ) -> None:
        filled = fill_template(reason, params)
        where = []
        if row is not None:
            where.append(f"row {row}")
        if column:
            where.append(f"column {column!r}")
        prefix = ", ".join(where)
        super().__init__(f"{prefix}: {filled}" if prefix else filled)
        self.row = row
        self.column = column
        self.reason = filled
        self.reason_template = reason
        self.reason_params = params


class ImportFailed(UserError):
    """An import that was refused as a whole; ``errors`` lists every bad row."""

    def __init__(self, errors: list[ImportRowError]) -> None:
        lines = [e.message for e in errors]
        super().__init__(
            f"Nothing was imported: {len(errors)} problem(s) found.\n" + "\n".join(lines)
        )
        self.errors = errors


class ShopFileError(UserError):
    """The shop file itself cannot be used; ``path`` names it. The store's own errors
    (sqlite3's, peewee's) are turned into these by :class:`arapp.core.services.Shop`, so
    the UI and the CLI never see or import them."""

    def __init__(self, template: str, path: str, **params: object) -> None:
        super().__init__(template, path=path, **params)
        self.path = path


class DamagedShopFile(ShopFileError):
    def __init__(self, path: str) -> None:
        super().__init__("The file {path} is not an arapp shop file, or it is damaged.", path)


class ShopFileLocked(ShopFileError):
    def __init__(self, path: str) -> None:
        super().__init__(
            "The shop file {path} is busy in another program or window; try again in a "
            "moment.",
            path,
        )


class ShopFileInUse(ShopFileError):
    """Another copy of arapp (or a command) has the shop open: one writer at a time."""

    def __init__(self, path: str, host: str, since: str) -> None:
        super().__init__(
            "The shop file {path} is open in arapp on the computer {host} since {since}. "
            "Close arapp there first; only one copy may work on a shop at a time.",
            path, host=host, since=since,
        )


class NoShopFile(ShopFileError):
    """A command named a shop file that does not exist (a mistyped ``--db``)."""

    def __init__(self, path: str) -> None:
        super().__init__(
            "There is no shop file at {path}. Check the name; a new shop is made by the "
            "app, by “arapp demo” or by “arapp import customers”.",
            path,
        )


class NewerShopFile(ShopFileError):
    def __init__(self, path: str) -> None:
        super().__init__(
            "The shop file {path} was made by a newer version of arapp; update arapp to "
            "open it.",
            path,
        )


class CannotOpenShopFile(ShopFileError):
    def __init__(self, path: str) -> None:
        super().__init__(
            "The shop file {path} cannot be opened; check that its folder exists and that "
            "you may write in it.",
            path,
        )
