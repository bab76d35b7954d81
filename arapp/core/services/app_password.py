"""An optional app password (issue #21, privacy): asked when the app starts and before a
void, a restore and the settings, so that someone at the counter who is not the owner
cannot undo a payment or replace the shop.

Never stored in clear: only a salted scrypt hash, ``scrypt$n$r$p$salt$hash`` (hex), in
the shop's settings. It guards the app, not the file: the file itself is protected by the
operating system (readable by the owner's account only, see :mod:`arapp.core.private_files`).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from arapp.core.errors import InvalidField

if TYPE_CHECKING:
    from arapp.core.services import Shop

KEY = "security.password"
MIN_LENGTH = 4
MAX_LENGTH = 200
# scrypt's cost: about 50 ms and 16 MB on a shop's PC, so a guess costs the same.
_N, _R, _P = 2**14, 8, 1


def hash_password(password: str, salt: bytes | None = None) -> str:
    import hashlib  # here: the app asks whether a password is set before it needs OpenSSL

    salt = salt if salt is not None else os.urandom(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def matches(password: str, stored: str) -> bool:
    """Whether ``password`` is the one ``stored`` (a :func:`hash_password` text) hashes."""
    import hashlib
    import hmac

    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        again = hashlib.scrypt(password.encode("utf-8"), salt=bytes.fromhex(salt),
                               n=int(n), r=int(r), p=int(p), dklen=len(bytes.fromhex(digest)))
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(again.hex(), digest)


class PasswordService:
    def __init__(self, shop: Shop) -> None:
        self.shop = shop

    def is_set(self) -> bool:
        # Through the plain connection: the app asks before the ORM is loaded.
        return bool(self.shop.info.get_value(KEY))

    def check(self, password: str) -> bool:
        """True when no password is set, or ``password`` is it."""
        stored = self.shop.info.get_value(KEY)
        return not stored or matches(password, stored)

    def set(self, new: str, current: str = "") -> None:
        """Set or change the password; the current one is needed to change it."""
        if not self.check(current):
            raise InvalidField("The current password is not right", input_field="current")
        if not MIN_LENGTH <= len(new) <= MAX_LENGTH:
            raise InvalidField(
                "{field} must have from {low} to {high} characters",
                input_field="new", field="Password", low=MIN_LENGTH, high=MAX_LENGTH,
            )
        self.shop.settings.set_value(KEY, hash_password(new))

    def remove(self, current: str) -> None:
        if not self.check(current):
            raise InvalidField("The current password is not right", input_field="current")
        self.shop.settings.set_value(KEY, "")

