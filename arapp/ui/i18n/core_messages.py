"""The core's refusals and form-field names, listed for translation.

The services raise English templates (see :mod:`arapp.core.errors`); pyside6-lupdate reads
them from here into the "UserError" context of the .ts files, and
:func:`arapp.ui.widgets.messages.user_message` shows them translated. A test keeps this list
in step with the raise sites in arapp/core and arapp/documents."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MESSAGES: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("UserError", "A chosen invoice is not open for this customer"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "A collection letter to a consumer may go only {days} days after the debt notice"
        " (sent on {day}); the earliest day is {earliest}",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "A collection letter to a consumer needs a debt notice first (§13B2); none was sent"
        " for {items}",
    ),
    QT_TRANSLATE_NOOP("UserError", "A customer with code “{code}” already exists"),
    QT_TRANSLATE_NOOP("UserError", "A letter needs a subject and a body"),
    QT_TRANSLATE_NOOP(
        "UserError", "A sample shop has between 1 and {most} of each; {count} is not"
    ),
    QT_TRANSLATE_NOOP("UserError", "Address"),
    QT_TRANSLATE_NOOP("UserError", "Amount"),
    QT_TRANSLATE_NOOP("UserError", "April"),
    QT_TRANSLATE_NOOP("UserError", "August"),
    QT_TRANSLATE_NOOP("UserError", "Code"),
    QT_TRANSLATE_NOOP("UserError", "Credit limit"),
    QT_TRANSLATE_NOOP("UserError", "Credit note number"),
    QT_TRANSLATE_NOOP("UserError", "Credit note number “{number}” is already in use"),
    QT_TRANSLATE_NOOP("UserError", "Date"),
    QT_TRANSLATE_NOOP("UserError", "December"),
    QT_TRANSLATE_NOOP("UserError", "Delivery date"),
    QT_TRANSLATE_NOOP("UserError", "Description"),
    QT_TRANSLATE_NOOP("UserError", "Due date"),
    QT_TRANSLATE_NOOP("UserError", "Email"),
    QT_TRANSLATE_NOOP("UserError", "Execution Office ceiling"),
    QT_TRANSLATE_NOOP("UserError", "February"),
    QT_TRANSLATE_NOOP("UserError", "Fee amount"),
    QT_TRANSLATE_NOOP("UserError", "Fee date"),
    QT_TRANSLATE_NOOP("UserError", "ID number"),
    QT_TRANSLATE_NOOP("UserError", "Invoice amount"),
    QT_TRANSLATE_NOOP("UserError", "Invoice date"),
    QT_TRANSLATE_NOOP("UserError", "Invoice number"),
    QT_TRANSLATE_NOOP("UserError", "Invoice number “{number}” is already in use"),
    QT_TRANSLATE_NOOP("UserError", "January"),
    QT_TRANSLATE_NOOP("UserError", "July"),
    QT_TRANSLATE_NOOP("UserError", "June"),
    QT_TRANSLATE_NOOP("UserError", "Letter date"),
    QT_TRANSLATE_NOOP("UserError", "March"),
    QT_TRANSLATE_NOOP("UserError", "May"),
    QT_TRANSLATE_NOOP("UserError", "Name"),
    QT_TRANSLATE_NOOP("UserError", "No customer with code “{code}”"),
    QT_TRANSLATE_NOOP("UserError", "No invoice with number “{number}”"),
    QT_TRANSLATE_NOOP("UserError", "Note"),
    QT_TRANSLATE_NOOP("UserError", "Notes"),
    QT_TRANSLATE_NOOP("UserError", "Nothing of {name} is overdue on {day}; no letter is needed"),
    QT_TRANSLATE_NOOP("UserError", "November"),
    QT_TRANSLATE_NOOP("UserError", "October"),
    QT_TRANSLATE_NOOP("UserError", "Payment amount"),
    QT_TRANSLATE_NOOP("UserError", "Payment terms must be between 0 and 365 days"),
    QT_TRANSLATE_NOOP("UserError", "Phones"),
    QT_TRANSLATE_NOOP("UserError", "Reason"),
    QT_TRANSLATE_NOOP("UserError", "Reference"),
    QT_TRANSLATE_NOOP("UserError", "Registered-mail number"),
    QT_TRANSLATE_NOOP("UserError", "September"),
    QT_TRANSLATE_NOOP("UserError", "Some of the items for this letter are no longer open"),
    QT_TRANSLATE_NOOP("UserError", "That customer no longer exists"),
    QT_TRANSLATE_NOOP("UserError", "That invoice no longer exists"),
    QT_TRANSLATE_NOOP("UserError", "That letter no longer exists"),
    QT_TRANSLATE_NOOP("UserError", "That payment is already void"),
    QT_TRANSLATE_NOOP("UserError", "That payment no longer exists"),
    QT_TRANSLATE_NOOP("UserError", "The delivery date is before the letter's date"),
    QT_TRANSLATE_NOOP("UserError", "The discount must be between 0 and 100 percent"),
    QT_TRANSLATE_NOOP(
        "UserError", "The period starts on {start}, after the day it ends ({end})"
    ),
    QT_TRANSLATE_NOOP("UserError", "The due date is before the invoice date"),
    QT_TRANSLATE_NOOP("UserError", "The folder “{path}” could not be made: {reason}"),
    QT_TRANSLATE_NOOP(
        "UserError", "The letters cannot go into “{path}”: it is a file, not a folder"
    ),
    QT_TRANSLATE_NOOP("UserError", "The letters could not be written to “{path}”: {reason}"),
    QT_TRANSLATE_NOOP("UserError", "The stored letter does not match its fingerprint (SHA-256)"),
    QT_TRANSLATE_NOOP("UserError", "There is no backup file at {path}"),
    QT_TRANSLATE_NOOP("UserError", "There is no database at {path}"),
    QT_TRANSLATE_NOOP("UserError", "Unknown customer kind “{kind}”"),
    QT_TRANSLATE_NOOP("UserError", "Unknown letter kind “{kind}”"),
    QT_TRANSLATE_NOOP("UserError", "Unknown letter language “{lang}”"),
    QT_TRANSLATE_NOOP("UserError", "Unknown payment method “{method}”"),
    QT_TRANSLATE_NOOP("UserError", "Unknown placeholder(s): {names}"),
    QT_TRANSLATE_NOOP("UserError", "Unknown message text “{key}”"),
    # The owner's wording of the messages (Settings › Messages): the texts' names fill
    # {field}, and the refusals of arapp.core.messages.texts.check_text.
    QT_TRANSLATE_NOOP("UserError", "Reminder message"),
    QT_TRANSLATE_NOOP("UserError", "Balance message"),
    QT_TRANSLATE_NOOP("UserError", "How to pay (bank transfer)"),
    QT_TRANSLATE_NOOP("UserError", "How to pay (phone)"),
    QT_TRANSLATE_NOOP("UserError", "E-mail subject"),
    QT_TRANSLATE_NOOP("UserError", "E-mail text"),
    QT_TRANSLATE_NOOP("UserError", "{field} is empty: write the text, or reset it to the default"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "{field} has {count} characters; a text message should stay short, at most {limit}",
    ),
    QT_TRANSLATE_NOOP("UserError", "{field} has {count} characters; at most {limit} fit"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "{field}: a brace has no partner; a placeholder is written as a name in braces,"
        " like {example}",
    ),
    QT_TRANSLATE_NOOP(
        "UserError", "{field}: unknown placeholder(s) {names}; this text may use {allowed}"
    ),
    QT_TRANSLATE_NOOP("UserError", "a credit limit cannot be negative"),
    QT_TRANSLATE_NOOP("UserError", "cannot read the file “{name}”: {problem}"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "code {code} appears again with other details (first in row {first_row})",
    ),
    QT_TRANSLATE_NOOP("UserError", "customer {code} already exists with different details"),
    QT_TRANSLATE_NOOP("UserError", "invoice {number} already exists with different details"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "invoice {number} appears again with other details (first in row {first_row})",
    ),
    QT_TRANSLATE_NOOP("UserError", "invoice {number} belongs to another customer"),
    QT_TRANSLATE_NOOP("UserError", "no customer with code {code}"),
    QT_TRANSLATE_NOOP("UserError", "no invoice with number {number}"),
    QT_TRANSLATE_NOOP("UserError", "row 1 must hold the column names, but it is empty"),
    QT_TRANSLATE_NOOP("UserError", "the CSV file is malformed on line {line}: {problem}"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "the Excel file is damaged or incomplete (perhaps not fully copied or downloaded); open it "
        "in Excel and save it again",
    ),
    QT_TRANSLATE_NOOP("UserError", "the amount is empty"),
    QT_TRANSLATE_NOOP("UserError", "the date is empty"),
    QT_TRANSLATE_NOOP("UserError", "the due date is before the invoice date"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "the file could not be read as an Excel workbook; open it in Excel and save it as .xlsx or "
        "as CSV UTF-8",
    ),
    QT_TRANSLATE_NOOP("UserError", "the file has only the header row; there are no rows to import"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "the file is UTF-8 text with a damaged character on line {line}; fix that line or open it "
        "in Excel and save it as .xlsx or as CSV UTF-8",
    ),
    QT_TRANSLATE_NOOP("UserError", "the file is empty"),
    QT_TRANSLATE_NOOP(
        "UserError", "the workbook is too large to import (over {limit} MB unpacked)"
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "the workbook has {rows} rows; at most {limit} can be imported at once: split it into "
        "smaller files",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "the text “{text}” reads as garbage: the file is not UTF-8, Windows Hebrew or "
        "Windows Arabic text; open it in Excel and save it as .xlsx or as CSV UTF-8",
    ),
    QT_TRANSLATE_NOOP("UserError", "the file is too large to import (over {limit} MB)"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "the file says it is {encoding} text but has an invalid character on line {line}; open it "
        "in Excel and save it as .xlsx or as CSV UTF-8",
    ),
    QT_TRANSLATE_NOOP("UserError", "the number is empty"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "the required column {key} is missing; name it {name}, {hebrew} or {arabic}",
    ),
    QT_TRANSLATE_NOOP("UserError", "the text is too long ({length} characters; at most {limit})"),
    QT_TRANSLATE_NOOP("UserError", "the workbook has no worksheet"),
    QT_TRANSLATE_NOOP("UserError", "this column is required but the cell is empty"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "this column means the same as column “{first}” ({key}); keep only one",
    ),
    QT_TRANSLATE_NOOP("UserError", "this file is a PDF document, not a CSV or Excel (.xlsx) file"),
    QT_TRANSLATE_NOOP("UserError", "this file is a {image} image, not a CSV or Excel (.xlsx) file"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "this file is not a CSV or Excel (.xlsx) file: it holds binary data",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "this is a web page (HTML) or XML file, not a spreadsheet; open it in Excel and save it as "
        ".xlsx or as CSV UTF-8",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "this is an old Excel 97-2003 (.xls) file or a password-protected workbook; open it in "
        "Excel and save it as .xlsx without a password, or as CSV UTF-8",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "this row has {used} values but the header has {width} columns; a value that contains a "
        "comma (like 1,234.50) must be inside double quotes",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "this row has {used} values but the header has {width} columns; a value that contains a "
        "semicolon must be inside double quotes",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "this row has {used} values but the header has {width} columns; a value that contains a "
        "tab must be inside double quotes",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "this row has {used} values but the header has {width} columns; a value that contains "
        "“{delimiter}” must be inside double quotes",
    ),
    QT_TRANSLATE_NOOP("UserError", "{field} is longer than {limit} characters"),
    QT_TRANSLATE_NOOP("UserError", "{field} is not a date"),
    QT_TRANSLATE_NOOP("UserError", "{field} is required"),
    QT_TRANSLATE_NOOP("UserError", "{field} must be a number"),
    QT_TRANSLATE_NOOP("UserError", "{field} must be more than zero"),
    QT_TRANSLATE_NOOP("UserError", "{field} {value} has more than two decimals"),
    QT_TRANSLATE_NOOP("UserError", "{field} {value} is out of range"),
    QT_TRANSLATE_NOOP("UserError", "{field} {value} is too large"),
    QT_TRANSLATE_NOOP("UserError", "{name} has nothing open to write about"),
    QT_TRANSLATE_NOOP("UserError", "{name} is damaged (integrity check failed)"),
    QT_TRANSLATE_NOOP("UserError", "{name} is not an arapp backup"),
    QT_TRANSLATE_NOOP("UserError", "{name} is not an arapp backup ({reason})"),
    QT_TRANSLATE_NOOP("UserError", "{name} was made by a newer arapp (schema {version})"),
    QT_TRANSLATE_NOOP("UserError", "{number} is already void"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "“{text}” does not exist: there is no month {month} (YYYY-MM-DD)",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "“{text}” does not exist: there is no month {month} (dates are day first: DD/MM/YYYY)",
    ),
    QT_TRANSLATE_NOOP("UserError", "“{text}” does not exist: {month_name} {year} has {days} days"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "“{text}” has more than two decimals; amounts are in shekels and agorot and are never "
        "rounded on import",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "“{text}” is a number, not a date; format the cell as a date or use DD/MM/YYYY (day "
        "first), DD.MM.YYYY or YYYY-MM-DD",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "“{text}” is not a date; use DD/MM/YYYY (day first), DD.MM.YYYY or YYYY-MM-DD",
    ),
    QT_TRANSLATE_NOOP("UserError", "“{text}” is not a number"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "“{text}” is not a phone number: it needs 9 to 13 digits (spaces, dashes, parentheses and "
        "a leading + are allowed; one number per cell)",
    ),
    QT_TRANSLATE_NOOP("UserError", "“{text}” is not a whole number"),
    QT_TRANSLATE_NOOP("UserError", "“{text}” is not an amount"),
    QT_TRANSLATE_NOOP("UserError", "“{text}” is not an amount (more than one decimal point)"),
    QT_TRANSLATE_NOOP("UserError", "“{text}” is not an amount (two minus signs)"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "“{text}” is not an amount; write digits with an optional decimal point, like 1234.50 or "
        "1,234.50",
    ),
    QT_TRANSLATE_NOOP("UserError", "“{text}” is not an email address (one address per cell)"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "“{text}” is not recognised; use consumer or business ({names})",
    ),
    QT_TRANSLATE_NOOP("UserError", "“{text}” is not recognised; use he, ar or en (or {names})"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "“{text}” is not recognised; use one of cash, check, credit_card, bank_transfer, app, "
        "other ({names})",
    ),
    QT_TRANSLATE_NOOP("UserError", "“{text}” is too large; amounts must be under {limit}"),
    QT_TRANSLATE_NOOP("UserError", "“{text}” must be from {minimum} to {maximum}"),
    QT_TRANSLATE_NOOP("UserError", "“{text}” must be more than zero"),
    QT_TRANSLATE_NOOP("UserError", "“{text}” cannot be negative"),
    QT_TRANSLATE_NOOP("UserError", "“{text}” must be on one line (no line breaks or tabs)"),
    QT_TRANSLATE_NOOP("UserError", "“{text}” needs a four-digit year, like 15/03/2026"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "“{text}” uses a comma as the decimal point; write it as {plain} (a dot before the agorot, "
        "commas only between thousands)",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "“{text}”: the year {year} is out of range; dates must be from {first} to {last}",
    ),
    # The shop file itself (arapp.core.errors.ShopFileError).
    QT_TRANSLATE_NOOP("UserError", "The file {path} is not an arapp shop file, or it is damaged."),
    QT_TRANSLATE_NOOP(
        "UserError",
        "The shop file {path} is busy in another program or window; try again in a moment.",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "The shop file {path} was made by a newer version of arapp; update arapp to open it.",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "The shop file {path} cannot be opened; check that its folder exists and that you may "
        "write in it.",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "{name} has {amount} overdue on {day}, but all of it is disputed; settle the dispute "
        "before sending a letter",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "{field} “{text}” is not an ID number: an Israeli ID or company number has up to "
        "9 digits",
    ),
    QT_TRANSLATE_NOOP("UserError", "{field} “{text}” is not valid: its check digit is wrong"),
    QT_TRANSLATE_NOOP("UserError", "{field} “{text}” is not an e-mail address"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "{field} “{text}” is not a phone number: each number needs 9 to 13 digits "
        "(spaces, dashes, parentheses and a leading + are allowed; separate numbers with "
        "a comma)",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "“{text}” is not an ID number: an Israeli ID or company number has up to 9 digits",
    ),
    QT_TRANSLATE_NOOP("UserError", "“{text}” is not a valid ID number: its check digit is wrong"),
    QT_TRANSLATE_NOOP("UserError", "A credit note has no payment confirmation"),
    QT_TRANSLATE_NOOP("UserError", "That payment is void; it has no confirmation"),
    # Installment plans and the cheques given for them (arapp/core/services/plans.py,
    # arapp/core/plans/schedule.py, arapp/core/cheques.py; a cheque refusal with its row too).
    QT_TRANSLATE_NOOP("UserError", "A chosen item is no longer open"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "Another plan was saved meanwhile; show the agreement again before saving",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "At {amount} each the debt would take more than {limit} installments",
    ),
    QT_TRANSLATE_NOOP("UserError", "Cheque {number} of account {account} is already recorded"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "Cheque {row}: the amount {amount} does not match the installment ({expected})",
    ),
    QT_TRANSLATE_NOOP("UserError", "Cheque {row}: the plan has no installment {row}"),
    QT_TRANSLATE_NOOP("UserError", "File name"),
    QT_TRANSLATE_NOOP("UserError", "Give either the number of installments or the amount of each"),
    QT_TRANSLATE_NOOP("UserError", "Grace days must be between 0 and {limit}"),
    QT_TRANSLATE_NOOP("UserError", "Guarantor's address"),
    QT_TRANSLATE_NOOP("UserError", "Guarantor's maximum liability"),
    QT_TRANSLATE_NOOP("UserError", "Guarantor's name"),
    QT_TRANSLATE_NOOP("UserError", "Guarantor's phone"),
    QT_TRANSLATE_NOOP("UserError", "Installment {row} has two cheques"),
    QT_TRANSLATE_NOOP("UserError", "No installment plan {plan}"),
    QT_TRANSLATE_NOOP("UserError", "Place"),
    QT_TRANSLATE_NOOP("UserError", "Plan {number} has nothing left to pay"),
    QT_TRANSLATE_NOOP("UserError", "Plan {number} is already cancelled"),
    QT_TRANSLATE_NOOP("UserError", "Plan {number} is cancelled"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "Plan {number} is in good standing: no installment is more than {days} days late",
    ),
    QT_TRANSLATE_NOOP("UserError", "Plan {number} is paid in full"),
    QT_TRANSLATE_NOOP("UserError", "That agreement is already signed"),
    QT_TRANSLATE_NOOP("UserError", "That agreement no longer exists"),
    QT_TRANSLATE_NOOP("UserError", "That is not a PDF document"),
    QT_TRANSLATE_NOOP("UserError", "That plan is another customer's"),
    QT_TRANSLATE_NOOP("UserError", "The annual interest rate must be between 0% and {limit}%"),
    QT_TRANSLATE_NOOP("UserError", "The down payment must be less than the debt ({debt})"),
    QT_TRANSLATE_NOOP("UserError", "The first installment cannot be due before {day}"),
    QT_TRANSLATE_NOOP("UserError", "The guarantor's ID number “{value}” is not valid"),
    QT_TRANSLATE_NOOP("UserError", "The kept agreement is damaged: its fingerprint does not match"),
    QT_TRANSLATE_NOOP("UserError", "The number of installments must be between 1 and {limit}"),
    QT_TRANSLATE_NOOP("UserError", "The scan is larger than {limit} MB"),
    QT_TRANSLATE_NOOP("UserError", "There is no debt to spread"),
    QT_TRANSLATE_NOOP("UserError", "There is no open debt to spread"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "This moved invoices into installment plan {number}; cancel the plan instead",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "This shop file already holds a shop (business details or records): the sample"
        " shop goes into a new file",
    ),
    QT_TRANSLATE_NOOP("UserError", "Unknown language “{lang}”"),
    QT_TRANSLATE_NOOP("UserError", "The period ends before it starts"),
    QT_TRANSLATE_NOOP("UserError", "No cheques were deposited in that period"),
    QT_TRANSLATE_NOOP("UserError", "Name the deposits, or give --from and --to"),
    QT_TRANSLATE_NOOP("UserError", "Unknown way of signing “{how}”"),
    QT_TRANSLATE_NOOP("UserError", "{count} installments are too many for a debt of {debt}"),
    QT_TRANSLATE_NOOP("UserError", "{field} cannot be negative"),
    QT_TRANSLATE_NOOP("UserError", "{field} must be on one line"),
    QT_TRANSLATE_NOOP("UserError", "{field} is too large"),
    QT_TRANSLATE_NOOP("UserError", "{field} must be an amount with at most two decimals"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "{number} is an installment of plan {plan}; cancel the plan instead",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "{number} was moved into installment plan {plan}; correct it with a credit note "
        "instead",
    ),
    QT_TRANSLATE_NOOP("UserError", "Debt"),
    QT_TRANSLATE_NOOP("UserError", "Down payment"),
    QT_TRANSLATE_NOOP("UserError", "Annual interest rate"),
    QT_TRANSLATE_NOOP("UserError", "Amount of each installment"),
    QT_TRANSLATE_NOOP("UserError", "the bank is a number of up to 2 digits"),
    QT_TRANSLATE_NOOP("UserError", "Cheque {row}: the bank is a number of up to 2 digits"),
    QT_TRANSLATE_NOOP("UserError", "the branch is a number of up to 3 digits"),
    QT_TRANSLATE_NOOP("UserError", "Cheque {row}: the branch is a number of up to 3 digits"),
    QT_TRANSLATE_NOOP("UserError", "the account is a number of up to 9 digits"),
    QT_TRANSLATE_NOOP("UserError", "Cheque {row}: the account is a number of up to 9 digits"),
    QT_TRANSLATE_NOOP("UserError", "the cheque number is a number of up to 10 digits"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "Cheque {row}: the cheque number is a number of up to 10 digits",
    ),
    QT_TRANSLATE_NOOP("UserError", "the amount must have at most two decimals"),
    QT_TRANSLATE_NOOP("UserError", "Cheque {row}: the amount must have at most two decimals"),
    QT_TRANSLATE_NOOP("UserError", "the amount must be more than zero"),
    QT_TRANSLATE_NOOP("UserError", "Cheque {row}: the amount must be more than zero"),
    QT_TRANSLATE_NOOP("UserError", "a cheque drawn by someone else needs the drawer's ID number"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "Cheque {row}: a cheque drawn by someone else needs the drawer's ID number",
    ),
    QT_TRANSLATE_NOOP("UserError", "the drawer's ID number {value} is not valid"),
    QT_TRANSLATE_NOOP("UserError", "Cheque {row}: the drawer's ID number {value} is not valid"),
    # The cheque register (issue #19): refusals, field names and warnings.
    QT_TRANSLATE_NOOP("UserError", "the number of endorsements must be between 0 and {limit}"),
    QT_TRANSLATE_NOOP("UserError", "an endorsed cheque needs the endorser's name"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "an endorsed cheque needs the endorser's ID number (the Cash Law)",
    ),
    QT_TRANSLATE_NOOP("UserError", "the endorser's ID number {value} is not valid"),
    QT_TRANSLATE_NOOP("UserError", "a name is longer than {limit} characters"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "Cheque {row}: the number of endorsements must be between 0 and {limit}",
    ),
    QT_TRANSLATE_NOOP("UserError", "Cheque {row}: an endorsed cheque needs the endorser's name"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "Cheque {row}: an endorsed cheque needs the endorser's ID number (the Cash Law)",
    ),
    QT_TRANSLATE_NOOP("UserError", "Cheque {row}: the endorser's ID number {value} is not valid"),
    QT_TRANSLATE_NOOP("UserError", "Cheque {row}: a name is longer than {limit} characters"),
    QT_TRANSLATE_NOOP("UserError", "Plan {number} has no installment {n}"),
    QT_TRANSLATE_NOOP("UserError", "Installment {n} of plan {number} has nothing left to pay"),
    QT_TRANSLATE_NOOP("UserError", "The number of returned cheques must be between 1 and 100"),
    QT_TRANSLATE_NOOP("UserError", "No cheque {cheque} in the register"),
    QT_TRANSLATE_NOOP("UserError", "No deposit {deposit}"),
    QT_TRANSLATE_NOOP("UserError", "Bank account"),
    QT_TRANSLATE_NOOP("UserError", "Deposit date"),
    QT_TRANSLATE_NOOP("UserError", "Cash amount"),
    QT_TRANSLATE_NOOP("UserError", "Choose the cheques to deposit"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "These cheques are dated after {day} and cannot be deposited yet: {numbers}",
    ),
    QT_TRANSLATE_NOOP("UserError", "Choose the cheques that cleared"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "Cheque {number} was deposited on {day}; it cannot clear before that",
    ),
    QT_TRANSLATE_NOOP("UserError", "Unknown reason “{reason}” for a returned cheque"),
    QT_TRANSLATE_NOOP("UserError", "Cheque {number} was not returned by the bank"),
    QT_TRANSLATE_NOOP("UserError", "The fee of cheque {number} is already charged"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "{name} is a consumer: no collection cost may be charged before 14 days have "
        "passed since the debt notice (§13B2). Return the cheque without the fee",
    ),
    QT_TRANSLATE_NOOP("UserError", "Replace a cheque with another cheque or with cash"),
    QT_TRANSLATE_NOOP("UserError", "The forecast covers 1 to 60 months"),
    QT_TRANSLATE_NOOP("UserError", "Cheque {number} was already returned"),
    QT_TRANSLATE_NOOP("UserError", "Cheque {number} was given back to the customer"),
    QT_TRANSLATE_NOOP("UserError", "Cheque {number} was replaced"),
    QT_TRANSLATE_NOOP("UserError", "Cheque {number} has already cleared"),
    QT_TRANSLATE_NOOP("UserError", "Cheque {number} is already deposited"),
    QT_TRANSLATE_NOOP("UserError", "Cheque {number} is still in hand: it was not deposited"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "Cheque {number} is over {limit} and endorsed {count} times: under the Cash Law "
        "the bank will return it",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "Cheque {number} is dated {day}, more than six months ago: the bank will return "
        "it as stale",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "Cheque {number} is {extra} more than {name} owes: the rest stays as credit on "
        "account",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "Account {account} has returned cheques in the register ({count}) and was never "
        "checked against the Bank of Israel's restricted accounts",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "Account {account} has returned cheques in the register ({count}); it was last "
        "checked against the Bank of Israel's restricted accounts on {day}",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "Cheque {number} is dated {day}: deposited before its date, the bank returns it",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "The replacement is {extra} more than {name} owes: the rest stays as credit on "
        "account",
    ),
    QT_TRANSLATE_NOOP("UserError", "cheque {number} of account {account} is already recorded"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "Account {account} had {count} cheques returned in the last 12 months: under the "
        "Cheques Without Cover Law it is probably restricted",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "Cheque {number} was deposited on {day}; it cannot come back before that",
    ),
    # Backups, restores and the one-writer lock (issue #21).
    QT_TRANSLATE_NOOP(
        "UserError",
        "The shop file {path} is open in arapp on the computer {host} since {since}. Close "
        "arapp there first; only one copy may work on a shop at a time.",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "There is no shop file at {path}. Check the name; a new shop is made by the app, by "
        "“arapp demo” or by “arapp import customers”.",
    ),
    QT_TRANSLATE_NOOP(
        "UserError", "The backup cannot go into “{path}”: it is a file, not a folder"
    ),
    QT_TRANSLATE_NOOP("UserError", "The backup could not be written to {path}: {reason}"),
    QT_TRANSLATE_NOOP("UserError", "{name} does not pass the ledger checks: {problem}"),
    QT_TRANSLATE_NOOP("UserError", "This shop has no backup yet"),
    QT_TRANSLATE_NOOP("UserError", "The newest backup of this shop is from {day}, {days} days ago"),
    QT_TRANSLATE_NOOP("UserError", "The case file cannot be written to {path}"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "The second backup folder {path} cannot be written to; check that the USB stick or the "
        "synced folder is there",
    ),
    QT_TRANSLATE_NOOP("UserError", "The automatic backup failed"),
    QT_TRANSLATE_NOOP("UserError", "{field} must be between {low} and {high}"),
    QT_TRANSLATE_NOOP("UserError", "{field} must be a full path to a folder"),
    QT_TRANSLATE_NOOP("UserError", "{field} must be a folder other than the automatic one"),
    QT_TRANSLATE_NOOP("UserError", "Daily backups kept"),
    QT_TRANSLATE_NOOP("UserError", "Monthly backups kept"),
    QT_TRANSLATE_NOOP("UserError", "Second backup folder"),
    QT_TRANSLATE_NOOP("UserError", "The current password is not right"),
    QT_TRANSLATE_NOOP("UserError", "{field} must have from {low} to {high} characters"),
    QT_TRANSLATE_NOOP("UserError", "Password"),
    # Messages (WhatsApp, SMS, e-mail) and the editable ladder (issue #20, 4-5)
    QT_TRANSLATE_NOOP(
        "UserError",
        "A collection message to a consumer may go only {days} days after the debt notice "
        "(sent on {day}); the earliest day is {earliest}",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "A collection message to a consumer needs a debt notice first (§13B2); none was "
        "sent for {items}",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "Cannot reach the mail server {host}:{port}; check the e-mail settings and the "
        "connection",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "Each delay of the ladder must be a whole number of days from {least} to {most}",
    ),
    QT_TRANSLATE_NOOP("UserError", "Nothing of {name} is overdue on {day}; no reminder is needed"),
    QT_TRANSLATE_NOOP("UserError", "Set up the mail server in Settings › E-mail first"),
    QT_TRANSLATE_NOOP("UserError", "The customer has no phone number"),
    QT_TRANSLATE_NOOP("UserError", "The handover comes after the warning: keep the warning too"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "The mail server did not accept the message; nothing was sent ({reason})",
    ),
    QT_TRANSLATE_NOOP("UserError", "The mail server refused the address “{address}”"),
    QT_TRANSLATE_NOOP(
        "UserError", "The mail server refused the message ({code}); nothing was sent"
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "The mail server refused the user name or password; check the e-mail settings",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "The wait after the debt notice must be at least {days} days (§13B2)",
    ),
    QT_TRANSLATE_NOOP("UserError", "Unknown connection security “{security}”"),
    QT_TRANSLATE_NOOP("UserError", "Unknown ladder level “{level}”"),
    QT_TRANSLATE_NOOP("UserError", "Unknown message kind “{kind}”"),
    QT_TRANSLATE_NOOP("UserError", "{field} must be from 1 to 65535"),
    QT_TRANSLATE_NOOP("UserError", "{field}: enter the mail server's name"),
    QT_TRANSLATE_NOOP("UserError", "{field}: “{value}” is not an e-mail address"),
    QT_TRANSLATE_NOOP("UserError", "{name} has no e-mail address"),
    QT_TRANSLATE_NOOP("UserError", "{name} owes nothing on {day}"),
    QT_TRANSLATE_NOOP("UserError", "“{address}” is not an e-mail address"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "“{phone}” is a landline, not a mobile number: it cannot receive WhatsApp or SMS "
        "messages",
    ),
    QT_TRANSLATE_NOOP("UserError", "“{phone}” is not a phone number"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "“{phone}” is not an Israeli phone number (it should start with 0 or +972)",
    ),
    QT_TRANSLATE_NOOP("UserError", "Mail server"),
    QT_TRANSLATE_NOOP("UserError", "Port"),
    QT_TRANSLATE_NOOP("UserError", "Sender address"),
    QT_TRANSLATE_NOOP("UserError", "No program on this computer opens this kind of link"),
    # The collection workflow (#20): the interaction log, promises to pay.
    QT_TRANSLATE_NOOP("UserError", "Unknown kind of entry “{value}”"),
    QT_TRANSLATE_NOOP("UserError", "Unknown direction “{value}”"),
    QT_TRANSLATE_NOOP("UserError", "Unknown outcome “{value}”"),
    QT_TRANSLATE_NOOP("UserError", "Unknown reason for not paying “{value}”"),
    QT_TRANSLATE_NOOP("UserError", "The entry's day {day} is in the future"),
    QT_TRANSLATE_NOOP("UserError", "The entry's time {time} is later than now"),
    QT_TRANSLATE_NOOP("UserError", "A promise to pay needs both an amount and a date"),
    QT_TRANSLATE_NOOP(
        "UserError", "An entry with a promise to pay has the outcome “promised”"
    ),
    QT_TRANSLATE_NOOP("UserError", "The promise date {day} is in the past"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "The follow-up date {day} is before the day of the entry ({entry_day})",
    ),
    QT_TRANSLATE_NOOP("UserError", "That entry of the log no longer exists"),
    QT_TRANSLATE_NOOP(
        "UserError",
        "An entry written by the app cannot be corrected by hand; correct the record "
        "behind it",
    ),
    QT_TRANSLATE_NOOP("UserError", "That entry was already corrected; correct its newest version"),
    QT_TRANSLATE_NOOP(
        "UserError", "The grace days of a promise to pay must be between 0 and {limit}"
    ),
    QT_TRANSLATE_NOOP(
        "UserError", "{name} is on stop credit: a new invoice needs the owner's override"
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "This invoice takes {name} to {exposure}, {over} over the credit limit of {limit}; it "
        "needs the owner's override",
    ),
    QT_TRANSLATE_NOOP(
        "UserError",
        "{name} was handed over to {to} on {day}: letters asking for payment go through "
        "them now (a statement of account can still be made)",
    ),
    QT_TRANSLATE_NOOP("UserError", "The handover date {day} is in the future"),
    QT_TRANSLATE_NOOP("UserError", "{name} was already handed over to {to} on {day}"),
    QT_TRANSLATE_NOOP("UserError", "{name} is not handed over"),
    QT_TRANSLATE_NOOP("UserError", "Handed over to"),
    QT_TRANSLATE_NOOP("UserError", "Handover date"),
    QT_TRANSLATE_NOOP("UserError", "Promise amount"),
    QT_TRANSLATE_NOOP("UserError", "Promise date"),
    QT_TRANSLATE_NOOP("UserError", "Follow-up date"),
)
