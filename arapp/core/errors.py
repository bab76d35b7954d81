"""Errors a user can cause. Each carries a message meant for the user.

A message is an English *template* with named fields (``"Invoice number {number} is
already in use"``) and the values for them. The CLI prints ``message`` (the template
filled in); the desktop app translates the template through Qt (context "UserError") and
fills in the same values, so a refusal reads in Hebrew or Arabic too. A field called
``field`` names a form field ("Invoice amount") and is translated as well, and so is one
called ``month_name`` (an English month name, "February").
Programming errors are not wrapped in these.
"""

from __future__ import annotations


class UserError(Exception):
    """Base of every error caused by input; the CLI maps it to exit status 1."""

    def __init__(self, template: str, **params: object) -> None:
        message = template.format(**params) if params else template
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


class InvalidDate(UserError):
    pass


class DuplicateRecord(UserError):
    pass


class LedgerRuleViolation(UserError):
    """An action that the ledger rules forbid (e.g. voiding twice)."""


class ImportRowError(UserError):
    """One bad cell or row of an import file. ``row`` is the spreadsheet row number as the
    owner sees it in Excel (the header is row 1); ``column`` is the header name or ``None``
    when the problem is the whole row or file. ``reason`` is an English template with named
    fields filled from ``params`` (like every UserError), so the app can show it translated;
    ``self.reason`` is the filled-in English text."""

    def __init__(
        self, row: int | None, column: str | None, reason: str, **params: object
    ) -> None:
        filled = reason.format(**params) if params else reason
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

    def __init__(self, template: str, path: str) -> None:
        super().__init__(template, path=path)
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
