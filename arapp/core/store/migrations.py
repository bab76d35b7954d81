"""Schema versions. Each migration is frozen SQL: once released it never changes, so a
database made by any older version can be brought forward step by step at start-up.

The version lives in SQLite's ``PRAGMA user_version``. Migrations run inside one
transaction each; a failure leaves the database at the previous version.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # peewee is not loaded to read the schema version (store.connection)
    from peewee import SqliteDatabase

Migration = Callable[["SqliteDatabase"], None]


def _v1_ledger(db: SqliteDatabase) -> None:
    """Foundation: shop settings, customers, debits, credits and allocations."""
    for statement in (
        """CREATE TABLE setting (
            key TEXT PRIMARY KEY NOT NULL,
            value TEXT NOT NULL DEFAULT '',
            data BLOB
        )""",
        """CREATE TABLE customer (
            id INTEGER PRIMARY KEY,
            code TEXT NOT NULL UNIQUE,
            name TEXT NOT NULL,
            phones TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            id_number TEXT NOT NULL DEFAULT '',
            credit_limit INTEGER CHECK (credit_limit IS NULL OR credit_limit >= 0),
            payment_terms_days INTEGER NOT NULL DEFAULT 30 CHECK (payment_terms_days >= 0),
            language TEXT NOT NULL DEFAULT 'he' CHECK (language IN ('he', 'ar', 'en')),
            kind TEXT NOT NULL DEFAULT 'consumer' CHECK (kind IN ('consumer', 'business')),
            stop_credit INTEGER NOT NULL DEFAULT 0,
            notes TEXT NOT NULL DEFAULT '',
            search_text TEXT NOT NULL DEFAULT '',
            -- Cached from the ledger by the services after every change (and verified by
            -- `arapp check`), so that a list of 100,000 customers sorts by balance and
            -- days late without aggregating every invoice on each keystroke.
            balance INTEGER NOT NULL DEFAULT 0,
            oldest_due TEXT,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX customer_balance ON customer (balance)",
        "CREATE INDEX customer_oldest_due ON customer (oldest_due)",
        # Debits: what the customer owes. Invoices, fees (returned-check fee, late fee)
        # and, later, installments of a plan share one table so that allocation and aging
        # treat every open item alike.
        """CREATE TABLE debit (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customer (id),
            kind TEXT NOT NULL CHECK (kind IN ('invoice', 'fee', 'installment')),
            number TEXT NOT NULL,
            issue_date TEXT NOT NULL,
            due_date TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            description TEXT NOT NULL DEFAULT '',
            disputed INTEGER NOT NULL DEFAULT 0,
            voided_at TEXT,
            void_reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            CHECK (due_date >= issue_date)
        )""",
        "CREATE UNIQUE INDEX debit_invoice_number ON debit (number) WHERE kind = 'invoice'",
        "CREATE INDEX debit_customer ON debit (customer_id, due_date)",
        # Credits: what reduces the debt. Payments and credit notes.
        """CREATE TABLE credit (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customer (id),
            kind TEXT NOT NULL CHECK (kind IN ('payment', 'credit_note')),
            date TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            method TEXT NOT NULL DEFAULT '',
            reference TEXT NOT NULL DEFAULT '',
            number TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            target_debit_id INTEGER REFERENCES debit (id),
            voided_at TEXT,
            void_reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX credit_customer ON credit (customer_id, date)",
        """CREATE TABLE allocation (
            id INTEGER PRIMARY KEY,
            credit_id INTEGER NOT NULL REFERENCES credit (id),
            debit_id INTEGER NOT NULL REFERENCES debit (id),
            amount INTEGER NOT NULL CHECK (amount > 0),
            UNIQUE (credit_id, debit_id)
        )""",
        "CREATE INDEX allocation_debit ON allocation (debit_id)",
    ):
        db.execute_sql(statement)


def _v2_collection(db: SqliteDatabase) -> None:
    """Letters: stored documents, the interaction log, dunning steps, edited templates."""
    for statement in (
        # A produced document is kept as its exact bytes so a reprint is the same document.
        """CREATE TABLE document (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customer (id),
            kind TEXT NOT NULL,
            lang TEXT NOT NULL,
            created_at TEXT NOT NULL,
            letter_date TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            pdf BLOB NOT NULL,
            amount INTEGER NOT NULL DEFAULT 0,
            registered_mail_number TEXT NOT NULL DEFAULT '',
            delivered_on TEXT
        )""",
        "CREATE INDEX document_customer ON document (customer_id, created_at)",
        """CREATE TABLE interaction (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customer (id),
            at TEXT NOT NULL,
            kind TEXT NOT NULL,
            outcome TEXT NOT NULL DEFAULT '',
            reason TEXT NOT NULL DEFAULT '',
            promise_amount INTEGER,
            promise_date TEXT,
            follow_up_date TEXT,
            note TEXT NOT NULL DEFAULT '',
            document_id INTEGER REFERENCES document (id)
        )""",
        "CREATE INDEX interaction_customer ON interaction (customer_id, at)",
        # One row per open item and ladder level: the same level is never produced twice.
        """CREATE TABLE dunning_step (
            id INTEGER PRIMARY KEY,
            debit_id INTEGER NOT NULL REFERENCES debit (id),
            level TEXT NOT NULL,
            date TEXT NOT NULL,
            document_id INTEGER REFERENCES document (id),
            UNIQUE (debit_id, level)
        )""",
        """CREATE TABLE letter_template (
            kind TEXT NOT NULL,
            lang TEXT NOT NULL,
            subject TEXT NOT NULL,
            body TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            PRIMARY KEY (kind, lang)
        )""",
    ):
        db.execute_sql(statement)


def _v3_customer_search(db: SqliteDatabase) -> None:
    """Fast customer search on a big shop, over the folded search text: a trigram index
    (a fragment of three or more characters anywhere) and a word index with prefixes (one
    or two characters at the start of a word), both kept in step with the customer table
    by triggers; and an index for the list's default order."""
    statements = [
        "CREATE INDEX customer_name ON customer (name, id)",
        "CREATE INDEX customer_code_order ON customer (code, id)",
        # Most days late first, customers with nothing open last: the list's "days late".
        "CREATE INDEX customer_days_late ON customer (oldest_due IS NULL, oldest_due, id)",
        """CREATE VIRTUAL TABLE customer_fts USING fts5(
            search_text, content='customer', content_rowid='id', tokenize='trigram')""",
        """CREATE VIRTUAL TABLE customer_words USING fts5(
            search_text, content='customer', content_rowid='id',
            tokenize='unicode61 remove_diacritics 0', prefix='1 2')""",
    ]
    for table in ("customer_fts", "customer_words"):
        statements += [
            f"""CREATE TRIGGER {table}_insert AFTER INSERT ON customer BEGIN
                INSERT INTO {table} (rowid, search_text) VALUES (new.id, new.search_text);
            END""",
            f"""CREATE TRIGGER {table}_delete AFTER DELETE ON customer BEGIN
                INSERT INTO {table} ({table}, rowid, search_text)
                VALUES ('delete', old.id, old.search_text);
            END""",
            f"""CREATE TRIGGER {table}_update AFTER UPDATE OF search_text ON customer BEGIN
                INSERT INTO {table} ({table}, rowid, search_text)
                VALUES ('delete', old.id, old.search_text);
                INSERT INTO {table} (rowid, search_text) VALUES (new.id, new.search_text);
            END""",
            f"INSERT INTO {table} ({table}) VALUES ('rebuild')",
        ]
    for statement in statements:
        db.execute_sql(statement)


def _v4_names_by_script(db: SqliteDatabase) -> None:
    """The name order for a Hebrew or an Arabic reader: names in their own script first,
    then the other one, then Latin (code point order alone puts Latin first and Arabic
    last). The script is the first letter's; these expressions must stay word for word
    the ones in arapp.core.services.customer_search.NAME_ORDER."""
    hebrew = "unicode(name) BETWEEN 1424 AND 1535 OR unicode(name) BETWEEN 64285 AND 64335"
    arabic = (
        "unicode(name) BETWEEN 1536 AND 1791 OR unicode(name) BETWEEN 1872 AND 1919"
        " OR unicode(name) BETWEEN 2208 AND 2303 OR unicode(name) BETWEEN 64336 AND 65023"
        " OR unicode(name) BETWEEN 65136 AND 65279"
    )
    statements = [
        "CREATE INDEX customer_name_he ON customer "
        f"((CASE WHEN {hebrew} THEN 0 WHEN {arabic} THEN 1 ELSE 2 END), name, id)",
        "CREATE INDEX customer_name_ar ON customer "
        f"((CASE WHEN {arabic} THEN 0 WHEN {hebrew} THEN 1 ELSE 2 END), name, id)",
    ]
    for statement in statements:
        db.execute_sql(statement)


def _v5_ledger_read_model(db: SqliteDatabase) -> None:
    """What the ledger read model (arapp.core.services.ledger_read) reads fast: each
    item's money applied so far (``debit.paid``, kept by triggers on allocation, so that
    no code path can forget it), an index of the items still open, and date indexes for
    the records between two dates. The customers' cached balances are rebuilt as of
    today on the next open (``ledger_as_of`` set to the start of time)."""
    statements = [
        "ALTER TABLE debit ADD COLUMN paid INTEGER NOT NULL DEFAULT 0",
        "UPDATE debit SET paid = COALESCE((SELECT SUM(amount) FROM allocation"
        " WHERE debit_id = debit.id), 0)",
        """CREATE TRIGGER allocation_paid_insert AFTER INSERT ON allocation BEGIN
            UPDATE debit SET paid = paid + new.amount WHERE id = new.debit_id;
        END""",
        """CREATE TRIGGER allocation_paid_update AFTER UPDATE OF amount, debit_id
            ON allocation BEGIN
            UPDATE debit SET paid = paid - old.amount WHERE id = old.debit_id;
            UPDATE debit SET paid = paid + new.amount WHERE id = new.debit_id;
        END""",
        """CREATE TRIGGER allocation_paid_delete AFTER DELETE ON allocation BEGIN
            UPDATE debit SET paid = paid - old.amount WHERE id = old.debit_id;
        END""",
        # The items open now, with what aging needs: the report reads this index alone,
        # not every invoice the shop ever issued.
        "CREATE INDEX debit_open ON debit (customer_id, due_date, issue_date, amount, paid)"
        " WHERE voided_at IS NULL AND paid < amount",
        "CREATE INDEX debit_issue_date ON debit (issue_date) WHERE voided_at IS NULL",
        "CREATE INDEX credit_date ON credit (date) WHERE voided_at IS NULL",
        "INSERT OR REPLACE INTO setting (key, value) VALUES ('ledger_as_of', '0001-01-01')",
    ]
    for statement in statements:
        db.execute_sql(statement)


def _v6_document_delivery(db: SqliteDatabase) -> None:
    """When each kept letter was printed and when it was saved as a file (issue #17,
    defect 11): set by ``LetterService.issue(..., how=...)`` and ``mark_delivered``.
    Letters kept before this version know neither (both NULL)."""
    for statement in (
        "ALTER TABLE document ADD COLUMN printed_at TEXT",
        "ALTER TABLE document ADD COLUMN saved_at TEXT",
    ):
        db.execute_sql(statement)


def _v7_plans_and_cheques(db: SqliteDatabase) -> None:
    """Installment plans (issue #18): the plan, its installments (each an ``installment``
    debit of the ledger), the cheque register, and the kept agreements. A credit of the
    new kind ``restructure`` closes the items a plan covers. The credit table's CHECK is
    widened in place (SQLite's documented way to loosen a CHECK without rebuilding the
    table: every existing row still satisfies the new constraint)."""
    version = int(db.execute_sql("PRAGMA schema_version").fetchone()[0])
    db.execute_sql("PRAGMA writable_schema = ON")
    db.execute_sql(
        "UPDATE sqlite_master SET sql = replace(sql,"
        " \"CHECK (kind IN ('payment', 'credit_note'))\","
        " \"CHECK (kind IN ('payment', 'credit_note', 'restructure'))\")"
        " WHERE type = 'table' AND name = 'credit'"
    )
    db.execute_sql(f"PRAGMA schema_version = {version + 1:d}")
    db.execute_sql("PRAGMA writable_schema = OFF")
    for statement in (
        """CREATE TABLE plan (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customer (id),
            number TEXT NOT NULL,
            version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
            -- 'completed' is not stored: it follows from the installments being paid.
            status TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'breached', 'cancelled')),
            plan_date TEXT NOT NULL,
            first_due TEXT NOT NULL,
            frequency TEXT NOT NULL CHECK (frequency IN ('month', '2weeks', 'week')),
            annual_rate TEXT NOT NULL DEFAULT '0',
            grace_days INTEGER NOT NULL DEFAULT 10 CHECK (grace_days >= 0),
            debt INTEGER NOT NULL CHECK (debt > 0),
            down_payment INTEGER NOT NULL DEFAULT 0 CHECK (down_payment >= 0),
            restructure_id INTEGER NOT NULL REFERENCES credit (id),
            guarantor_name TEXT NOT NULL DEFAULT '',
            guarantor_id_number TEXT NOT NULL DEFAULT '',
            guarantor_address TEXT NOT NULL DEFAULT '',
            guarantor_phones TEXT NOT NULL DEFAULT '',
            guarantor_max INTEGER,
            place TEXT NOT NULL DEFAULT '',
            replaces_id INTEGER REFERENCES plan (id),
            breached_on TEXT,
            cancelled_on TEXT,
            cancel_reason TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            UNIQUE (number, version)
        )""",
        "CREATE INDEX plan_customer ON plan (customer_id)",
        """CREATE TABLE plan_installment (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plan (id),
            n INTEGER NOT NULL CHECK (n >= 0),
            debit_id INTEGER NOT NULL UNIQUE REFERENCES debit (id),
            principal INTEGER NOT NULL,
            interest INTEGER NOT NULL CHECK (interest >= 0),
            -- The due date agreed; the debit's own due date moves on acceleration.
            agreed_due TEXT NOT NULL,
            UNIQUE (plan_id, n)
        )""",
        # A deposit batch (issue #19): which cheques went to which of the shop's bank
        # accounts on which day.
        """CREATE TABLE cheque_deposit (
            id INTEGER PRIMARY KEY,
            date TEXT NOT NULL,
            bank_account TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )""",
        # Every cheque received, for a plan or as any payment: the payment it is (dated
        # with the date written on it) and its life in the register.
        """CREATE TABLE cheque (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customer (id),
            credit_id INTEGER NOT NULL UNIQUE REFERENCES credit (id),
            bank TEXT NOT NULL,
            branch TEXT NOT NULL,
            account TEXT NOT NULL,
            number TEXT NOT NULL,
            amount INTEGER NOT NULL CHECK (amount > 0),
            date TEXT NOT NULL,
            drawer_name TEXT NOT NULL DEFAULT '',
            drawer_id TEXT NOT NULL DEFAULT '',
            endorser_name TEXT NOT NULL DEFAULT '',
            endorser_id TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'in_hand' CHECK (status IN ('in_hand', 'deposited',
                'cleared', 'returned', 'given_back', 'replaced')),
            status_date TEXT,
            reason TEXT NOT NULL DEFAULT '',
            installment_id INTEGER REFERENCES plan_installment (id),
            created_at TEXT NOT NULL,
            -- Issue #19: how many times it was endorsed before it reached the shop, the
            -- deposit batch it went in, the fee debit charged when it came back, and what
            -- replaced it (another cheque, or a payment in cash).
            endorsements INTEGER NOT NULL DEFAULT 0 CHECK (endorsements >= 0),
            deposit_id INTEGER REFERENCES cheque_deposit (id),
            fee_debit_id INTEGER REFERENCES debit (id),
            replaced_by_id INTEGER REFERENCES cheque (id),
            replacement_credit_id INTEGER REFERENCES credit (id)
        )""",
        "CREATE INDEX cheque_customer ON cheque (customer_id, date)",
        "CREATE INDEX cheque_drawer_account ON cheque (bank, branch, account)",
        "CREATE INDEX cheque_deposit_batch ON cheque (deposit_id) WHERE deposit_id IS NOT NULL",
        # Each step of a cheque's life, dated; never rewritten or removed. ``items``: the
        # ids of the debits its payment paid at that step (comma separated), so a returned
        # cheque still shows what it paid.
        """CREATE TABLE cheque_event (
            id INTEGER PRIMARY KEY,
            cheque_id INTEGER NOT NULL REFERENCES cheque (id),
            kind TEXT NOT NULL CHECK (kind IN ('received', 'deposited', 'cleared',
                'returned', 'given_back', 'replaced', 'fee')),
            date TEXT NOT NULL,
            reason TEXT NOT NULL DEFAULT '',
            amount INTEGER NOT NULL DEFAULT 0,
            deposit_id INTEGER REFERENCES cheque_deposit (id),
            items TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX cheque_event_cheque ON cheque_event (cheque_id, id)",
        """CREATE TRIGGER cheque_event_kept BEFORE UPDATE ON cheque_event BEGIN
            SELECT RAISE(ABORT, 'the history of a cheque is never rewritten');
        END""",
        """CREATE TRIGGER cheque_event_not_deleted BEFORE DELETE ON cheque_event BEGIN
            SELECT RAISE(ABORT, 'the history of a cheque is never deleted');
        END""",
        """CREATE TRIGGER cheque_not_deleted BEFORE DELETE ON cheque BEGIN
            SELECT RAISE(ABORT, 'a cheque in the register is never deleted');
        END""",
        # When the owner last checked a drawer's account against the Bank of Israel's
        # list of restricted accounts.
        """CREATE TABLE drawer_account (
            bank TEXT NOT NULL,
            branch TEXT NOT NULL,
            account TEXT NOT NULL,
            checked_on TEXT NOT NULL,
            PRIMARY KEY (bank, branch, account)
        )""",
        "CREATE INDEX cheque_status ON cheque (status, date)",
        # The same paper cheque is recorded once, unless an earlier record of it was given
        # back or replaced.
        "CREATE UNIQUE INDEX cheque_paper ON cheque (bank, branch, account, number)"
        " WHERE status NOT IN ('given_back', 'replaced')",
        """CREATE TABLE agreement (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plan (id),
            version INTEGER NOT NULL,
            lang TEXT NOT NULL,
            created_at TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            pdf BLOB NOT NULL,
            signed TEXT NOT NULL DEFAULT '' CHECK (signed IN ('screen', 'paper', '')),
            signed_at TEXT,
            scan BLOB,
            scan_name TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX agreement_plan ON agreement (plan_id, version)",
        # A kept agreement is the document both parties signed: never rewritten or removed.
        """CREATE TRIGGER agreement_kept BEFORE UPDATE OF pdf, sha256, plan_id, version, lang
            ON agreement BEGIN
            SELECT RAISE(ABORT, 'a kept agreement is never rewritten');
        END""",
        """CREATE TRIGGER agreement_not_deleted BEFORE DELETE ON agreement BEGIN
            SELECT RAISE(ABORT, 'a kept agreement is never deleted');
        END""",
    ):
        db.execute_sql(statement)


def _v8_collection_workflow(db: SqliteDatabase) -> None:
    """The collection workflow (issue #20): the interaction log becomes append-only (a
    correction is a new entry pointing at the one it corrects), each entry says which way
    it went, whether it was a collection step (for §13B2), and which record wrote it (a
    payment, a plan, a cheque, a void); a customer can be handed over to a lawyer or an
    agency, which stops letters; debits are indexed by due date for Today and the KPIs."""
    for statement in (
        "ALTER TABLE interaction ADD COLUMN direction TEXT NOT NULL DEFAULT ''"
        " CHECK (direction IN ('', 'out', 'in'))",
        "ALTER TABLE interaction ADD COLUMN corrects_id INTEGER REFERENCES interaction (id)",
        "ALTER TABLE interaction ADD COLUMN collection INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE interaction ADD COLUMN ref_kind TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE interaction ADD COLUMN ref_id INTEGER",
        "ALTER TABLE interaction ADD COLUMN created_at TEXT",
        "CREATE INDEX interaction_follow_up ON interaction (follow_up_date)"
        " WHERE follow_up_date IS NOT NULL",
        "CREATE INDEX interaction_promise ON interaction (promise_date)"
        " WHERE promise_date IS NOT NULL",
        "CREATE INDEX interaction_ref ON interaction (ref_kind, ref_id) WHERE ref_id IS NOT NULL",
        # Today's "fell due this month" and the KPIs read open debits by due date.
        "CREATE INDEX debit_due ON debit (due_date, amount) WHERE voided_at IS NULL",
        """CREATE TRIGGER interaction_append_only BEFORE UPDATE ON interaction BEGIN
            SELECT RAISE(ABORT, 'the interaction log is append-only: add a correction');
        END""",
        """CREATE TRIGGER interaction_not_deleted BEFORE DELETE ON interaction BEGIN
            SELECT RAISE(ABORT, 'the interaction log is append-only: add a correction');
        END""",
        "ALTER TABLE customer ADD COLUMN handed_over_on TEXT",
        "ALTER TABLE customer ADD COLUMN handed_over_to TEXT NOT NULL DEFAULT ''",
    ):
        db.execute_sql(statement)


#: The money tables the audit trail (schema 9) follows, with their columns at schema 9.
#: Frozen like the migration that uses them: a later migration that adds a column to one
#: of these tables must recreate its triggers with :func:`audit_triggers` (new column
#: list) in the same step, so ``arapp check`` compares like with like.
AUDITED: dict[str, tuple[str, ...]] = {
    "debit": ("id", "customer_id", "kind", "number", "issue_date", "due_date", "amount",
              "description", "disputed", "voided_at", "void_reason", "created_at", "paid"),
    "credit": ("id", "customer_id", "kind", "date", "amount", "method", "reference",
               "number", "note", "target_debit_id", "voided_at", "void_reason",
               "created_at"),
    "allocation": ("id", "credit_id", "debit_id", "amount"),
    "plan": ("id", "customer_id", "number", "version", "status", "plan_date", "first_due",
             "frequency", "annual_rate", "grace_days", "debt", "down_payment",
             "restructure_id", "guarantor_name", "guarantor_id_number",
             "guarantor_address", "guarantor_phones", "guarantor_max", "place",
             "replaces_id", "breached_on", "cancelled_on", "cancel_reason", "created_at"),
    "plan_installment": ("id", "plan_id", "n", "debit_id", "principal", "interest",
                         "agreed_due"),
    "cheque": ("id", "customer_id", "credit_id", "bank", "branch", "account", "number",
               "amount", "date", "drawer_name", "drawer_id", "endorser_name", "endorser_id",
               "status", "status_date", "reason", "installment_id", "created_at",
               "endorsements", "deposit_id", "fee_debit_id", "replaced_by_id",
               "replacement_credit_id"),
}


def row_json(table: str, alias: str) -> str:
    """The SQL expression of one row of ``table`` (named ``alias``: ``new``, ``old`` or a
    table alias) as the audit trail stores it: a JSON array of its values in the order
    of ``AUDITED[table]`` (the column names are not repeated in every entry: a shop's
    file would grow by half again)."""
    values = ", ".join(f"{alias}.{column}" for column in AUDITED[table])
    return f"json_array({values})"


#: What the audit trail records as "when": UTC, to the millisecond.
_AUDIT_NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')"
#: Which action: the label the open transaction set (arapp.core.store.audit).
_AUDIT_ACTION = "COALESCE((SELECT name FROM audit_action WHERE id = 1), '')"


def audit_triggers(table: str) -> list[str]:
    """The three triggers that log every insert, change and removal of a row of
    ``table`` with its image before and after."""
    columns = "at, action, table_name, row_id, op, before, after"
    old, new = row_json(table, "old"), row_json(table, "new")
    return [
        f"""CREATE TRIGGER audit_{table}_insert AFTER INSERT ON {table} BEGIN
            INSERT INTO audit_log ({columns}) VALUES ({_AUDIT_NOW}, {_AUDIT_ACTION},
                '{table}', new.id, 'insert', NULL, {new});
        END""",
        f"""CREATE TRIGGER audit_{table}_update AFTER UPDATE ON {table}
            WHEN {old} IS NOT {new} BEGIN
            INSERT INTO audit_log ({columns}) VALUES ({_AUDIT_NOW}, {_AUDIT_ACTION},
                '{table}', new.id, 'update', {old}, {new});
        END""",
        f"""CREATE TRIGGER audit_{table}_delete AFTER DELETE ON {table} BEGIN
            INSERT INTO audit_log ({columns}) VALUES ({_AUDIT_NOW}, {_AUDIT_ACTION},
                '{table}', old.id, 'delete', {old}, NULL);
        END""",
    ]


def _v9_audit_trail(db: SqliteDatabase) -> None:
    """The audit trail (issue #21): every insert, change and removal of a money record
    (the ``AUDITED`` tables) is logged by triggers with when (UTC), which action (the
    label the service's transaction set in ``audit_action``), and the row as JSON before
    and after (an array of its values in ``AUDITED`` order). The log is append-only.
    Invoices and payments (debit, credit) are voided, never deleted: a delete is refused.
    The rows already there get an ``opening`` entry each, so that replaying the log gives
    today's ledger for a file made before this version too (``arapp check`` replays it)."""
    statements = [
        """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            action TEXT NOT NULL DEFAULT '',
            table_name TEXT NOT NULL,
            row_id INTEGER NOT NULL,
            op TEXT NOT NULL CHECK (op IN ('opening', 'insert', 'update', 'delete')),
            before TEXT,
            after TEXT
        )""",
        "CREATE INDEX audit_log_row ON audit_log (table_name, row_id, id)",
        # One row: the action the transaction in progress is part of.
        """CREATE TABLE audit_action (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL DEFAULT ''
        )""",
        "INSERT INTO audit_action (id, name) VALUES (1, 'migration 9')",
        """CREATE TRIGGER audit_log_kept BEFORE UPDATE ON audit_log BEGIN
            SELECT RAISE(ABORT, 'the audit trail is never rewritten');
        END""",
        """CREATE TRIGGER audit_log_not_deleted BEFORE DELETE ON audit_log BEGIN
            SELECT RAISE(ABORT, 'the audit trail is never deleted');
        END""",
        """CREATE TRIGGER debit_not_deleted BEFORE DELETE ON debit BEGIN
            SELECT RAISE(ABORT, 'an invoice or a charge is voided, never deleted');
        END""",
        """CREATE TRIGGER credit_not_deleted BEFORE DELETE ON credit BEGIN
            SELECT RAISE(ABORT, 'a payment or a credit is voided, never deleted');
        END""",
    ]
    for table in AUDITED:
        statements.append(
            "INSERT INTO audit_log (at, action, table_name, row_id, op, after)"
            f" SELECT {_AUDIT_NOW}, 'migration 9', '{table}', t.id, 'opening',"
            f" {row_json(table, 't')} FROM {table} t ORDER BY t.id"
        )
        statements += audit_triggers(table)
    for statement in statements:
        db.execute_sql(statement)


MIGRATIONS: Sequence[Migration] = (
    _v1_ledger,
    _v2_collection,
    _v3_customer_search,
    _v4_names_by_script,
    _v5_ledger_read_model,
    _v6_document_delivery,
    _v7_plans_and_cheques,
    _v8_collection_workflow,
    _v9_audit_trail,
)
SCHEMA_VERSION = len(MIGRATIONS)


class SchemaTooNew(RuntimeError):
    pass


def schema_version(db: SqliteDatabase) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def migrate(db: SqliteDatabase, target: int = SCHEMA_VERSION) -> int:
    """Bring ``db`` to schema ``target``; return the version it had before."""
    start = schema_version(db)
    if start > SCHEMA_VERSION:
        raise SchemaTooNew(
            f"This database was made by a newer arapp (schema {start}); "
            f"this version reads schema {SCHEMA_VERSION} at most."
        )
    for version in range(start + 1, target + 1):
        with db.atomic():
            MIGRATIONS[version - 1](db)
            # PRAGMA takes no parameters; version is an int we computed.
            db.execute_sql(f"PRAGMA user_version = {version:d}")
    return start
