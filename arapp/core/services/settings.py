"""Shop settings: business details that letters print, currency, the dunning ladder, the
mail server, the owner's wording of the messages to customers, UI preferences."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace

from peewee import SqliteDatabase

from arapp.core.collection.promises import DEFAULT_GRACE_DAYS, MAX_GRACE_DAYS
from arapp.core.dunning import DAY_FIELDS, DEFAULT_POLICY, LadderPolicy, check_policy
from arapp.core.errors import UserError
from arapp.core.letters.terms import LetterTerms, check_terms, read_terms, terms_values
from arapp.core.messages.email import SmtpSettings, check_smtp
from arapp.core.messages.texts import TEXT_KEYS, check_text, default_wording, wording
from arapp.core.services.shop_info import SAMPLE_KEY, ShopInfo
from arapp.core.services.validation import clean_text
from arapp.core.store.models import Setting


@dataclass(frozen=True, slots=True)
class BusinessDetails:
    name: str = ""
    registration_number: str = ""
    address: str = ""
    phones: str = ""
    email: str = ""
    bank_details: str = ""
    owner_name: str = ""
    #: How to pay beyond a bank transfer (issue #22): a Bit / PayBox number, a phone for
    #: paying by card, the shop's opening hours for paying at the counter. Empty: not
    #: offered, not printed.
    pay_app_number: str = ""
    card_phone: str = ""
    opening_hours: str = ""
    currency: str = "ILS"
    logo_png: bytes | None = None
    signature_png: bytes | None = None


_BLOBS = ("logo_png", "signature_png")
_LADDER = "ladder."
_SMTP = "smtp."
_SMTP_TEXT = ("host", "security", "user", "password", "from_address")
#: The owner's wording of a message text: ``message.<lang>.<key>``; no row: the default.
_MESSAGE = "message."
#: Days after its date that a payment still keeps a promise (:mod:`~arapp.core.collection`).
PROMISE_GRACE_KEY = "collection.promise_grace_days"


class SettingsService:
    def __init__(self, db: SqliteDatabase) -> None:
        self.db = db
        self._info = ShopInfo(db.execute_sql)

    def get_value(self, key: str, default: str = "") -> str:
        return self._info.get_value(key, default)

    def set_value(self, key: str, value: str) -> None:
        with self.db.atomic():
            Setting.insert(key=key, value=value).on_conflict_replace().execute()

    def promise_grace_days(self) -> int:
        """Days after a promise's date that a payment still keeps it (default 2)."""
        text = self.get_value(PROMISE_GRACE_KEY, "")
        try:
            days = int(text)
        except ValueError:
            return DEFAULT_GRACE_DAYS
        return days if 0 <= days <= MAX_GRACE_DAYS else DEFAULT_GRACE_DAYS

    def set_promise_grace_days(self, days: int) -> None:
        if isinstance(days, bool) or not isinstance(days, int) or not 0 <= days <= MAX_GRACE_DAYS:
            raise UserError(
                "The grace days of a promise to pay must be between 0 and {limit}",
                limit=MAX_GRACE_DAYS,
            )
        self.set_value(PROMISE_GRACE_KEY, str(days))

    def business(self) -> BusinessDetails:
        rows = {
            s.key.removeprefix("business."): s
            for s in Setting.select().where(Setting.key.startswith("business."))
        }
        values: dict[str, object] = {}
        for f in fields(BusinessDetails):
            row = rows.get(f.name)
            if row is not None:
                values[f.name] = bytes(row.data) if f.name in _BLOBS and row.data else row.value
        details = BusinessDetails(**values)  # type: ignore[arg-type]
        if details.logo_png == "":
            details = replace(details, logo_png=None)
        if details.signature_png == "":
            details = replace(details, signature_png=None)
        return details

    def save_business(self, details: BusinessDetails) -> None:
        with self.db.atomic():
            for f in fields(BusinessDetails):
                value = getattr(details, f.name)
                key = f"business.{f.name}"
                if f.name in _BLOBS:
                    Setting.insert(key=key, value="", data=value).on_conflict_replace().execute()
                else:
                    text = clean_text(str(value), f.name, max_len=1000)
                    Setting.insert(key=key, value=text).on_conflict_replace().execute()

    def letter_terms(self) -> LetterTerms:
        return read_terms(self.get_value)

    def save_letter_terms(self, terms: LetterTerms) -> None:
        """Raises ``InvalidField`` (and saves nothing) for a negative ceiling or a rate
        outside 0–20%."""
        values = terms_values(check_terms(terms))
        with self.db.atomic():
            for key, value in values.items():
                Setting.insert(key=key, value=value).on_conflict_replace().execute()

    @property
    def currency(self) -> str:
        return self._info.currency

    def business_name(self) -> str:
        return self._info.business_name()

    def is_sample(self) -> bool:
        return self._info.is_sample()

    def mark_sample(self) -> None:
        self.set_value(SAMPLE_KEY, "1")

    def is_set_up(self) -> bool:
        return self._info.is_set_up()

    # -- the dunning ladder -------------------------------------------------------------
    def ladder(self) -> LadderPolicy:
        """The ladder as the owner set it; the defaults for anything never set (or
        unreadable: the defaults are the lawful choice)."""
        values = self._prefixed(_LADDER)
        changes: dict[str, object] = {}
        for name in DAY_FIELDS:
            text = values.get(name, "")
            if text.isdigit():
                changes[name] = int(text)
        for name in ("business_levels", "consumer_levels"):
            if name in values:
                changes[name] = tuple(lv for lv in values[name].split(",") if lv)
        policy = replace(DEFAULT_POLICY, **changes)  # type: ignore[arg-type]
        try:
            return check_policy(policy)
        except UserError:
            return DEFAULT_POLICY

    def save_ladder(self, policy: LadderPolicy) -> LadderPolicy:
        """Keep the owner's ladder; a ``UserError`` (and nothing kept) for a wrong one."""
        check_policy(policy)
        rows = {name: str(getattr(policy, name)) for name in DAY_FIELDS}
        rows["business_levels"] = ",".join(policy.business_levels)
        rows["consumer_levels"] = ",".join(policy.consumer_levels)
        self._save_prefixed(_LADDER, rows)
        return policy

    # -- the mail server ----------------------------------------------------------------
    def smtp(self) -> SmtpSettings:
        """The owner's mail server settings (empty host: not set up yet)."""
        values = self._prefixed(_SMTP)
        port = values.get("port", "")
        base = SmtpSettings()
        return SmtpSettings(
            host=values.get("host", ""),
            port=int(port) if port.isdigit() else base.port,
            security=values.get("security", base.security),
            user=values.get("user", ""),
            password=values.get("password", ""),
            from_address=values.get("from_address", ""),
        )

    def save_smtp(self, settings: SmtpSettings) -> SmtpSettings:
        """Keep the mail server settings; an ``InvalidField`` (nothing kept) for a wrong
        one. The password is kept in the shop file as typed (see
        :mod:`arapp.core.messages.email`)."""
        settings = check_smtp(settings)
        rows = {name: str(getattr(settings, name)) for name in _SMTP_TEXT}
        rows["port"] = str(settings.port)
        self._save_prefixed(_SMTP, rows)
        return settings

    # -- the wording of messages to customers -------------------------------------------
    def message_texts(self, lang: str) -> dict[str, str]:
        """The texts of ``lang`` the owner worded their own way, by key (none: all
        default). A stored text that no longer passes the check is left out: the default
        is the safe wording."""
        default_wording(lang)  # an unknown language is refused
        own: dict[str, str] = {}
        for key, text in self._prefixed(f"{_MESSAGE}{lang}.").items():
            if key not in TEXT_KEYS:
                continue
            try:
                own[key] = check_text(key, text)
            except UserError:
                continue
        return own

    def message_wording(self, lang: str) -> dict[str, str]:
        """Every text of ``lang`` as messages say it: the owner's where they wrote one,
        else the bundled default."""
        return wording(lang, self.message_texts(lang))

    def save_message_texts(self, lang: str, texts: Mapping[str, str | None]) -> None:
        """Keep the owner's wording of the texts given (``None``, or the default's own
        words: back to the default, which then follows the app's updates). Every text is
        checked first (:func:`~arapp.core.messages.texts.check_text`); an
        ``InvalidField`` for the first wrong one, and nothing kept."""
        defaults = default_wording(lang)
        rows: dict[str, str | None] = {}
        for key, text in texts.items():
            if key not in TEXT_KEYS:
                raise UserError("Unknown message text “{key}”", key=key)
            checked = None if text is None else check_text(key, text)
            rows[key] = None if checked == defaults[key] else checked
        with self.db.atomic():
            for key, value in rows.items():
                name = f"{_MESSAGE}{lang}.{key}"
                if value is None:
                    Setting.delete().where(Setting.key == name).execute()
                else:
                    Setting.insert(key=name, value=value).on_conflict_replace().execute()

    def reset_message_text(self, lang: str, key: str) -> None:
        """Put text ``key`` of ``lang`` back to the bundled default."""
        self.save_message_texts(lang, {key: None})

    def _prefixed(self, prefix: str) -> dict[str, str]:
        return {
            s.key.removeprefix(prefix): s.value
            for s in Setting.select().where(Setting.key.startswith(prefix))
        }

    def _save_prefixed(self, prefix: str, rows: dict[str, str]) -> None:
        with self.db.atomic():
            for name, value in rows.items():
                Setting.insert(key=prefix + name, value=value).on_conflict_replace().execute()
