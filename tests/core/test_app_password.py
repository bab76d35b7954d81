"""The optional app password is never stored in clear (issue #21, privacy)."""

from __future__ import annotations

import pytest

from arapp.core.errors import InvalidField
from arapp.core.services import Shop
from arapp.core.services.app_password import KEY, hash_password, matches


def test_no_password_lets_everyone_in(shop: Shop) -> None:
    assert not shop.password.is_set() and shop.password.check("")


def test_the_password_is_kept_as_a_salted_scrypt_hash(shop: Shop) -> None:
    shop.password.set("סיסמה-1234")
    stored = shop.settings.get_value(KEY)
    assert stored.startswith("scrypt$") and "1234" not in stored
    assert shop.password.check("סיסמה-1234") and not shop.password.check("סיסמה-1235")
    assert hash_password("same") != hash_password("same")  # salted
    assert matches("same", hash_password("same"))
    assert not matches("same", "garbage") and not matches("same", "md5$x$y$z$aa$bb")


def test_changing_or_removing_needs_the_current_password(shop: Shop) -> None:
    shop.password.set("first")
    with pytest.raises(InvalidField, match="current password"):
        shop.password.set("second", "wrong")
    shop.password.set("second", "first")
    assert shop.password.check("second")
    with pytest.raises(InvalidField):
        shop.password.remove("first")
    shop.password.remove("second")
    assert not shop.password.is_set()


@pytest.mark.parametrize("bad", ["", "abc", "x" * 201])
def test_a_too_short_or_long_password_is_refused(shop: Shop, bad: str) -> None:
    with pytest.raises(InvalidField):
        shop.password.set(bad)
    assert not shop.password.is_set()
