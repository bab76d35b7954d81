"""Shop settings: business details that letters print, including logo and signature bytes."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from arapp.core.services import Shop
from arapp.core.services.settings import BusinessDetails

# Every byte value, NULs included: an image is stored as it is, never as text.
LOGO = bytes(range(256)) * 4
SIGNATURE = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00\xff" * 100


def details() -> BusinessDetails:
    return BusinessDetails(
        name="מכולת השכונה בע״מ",
        registration_number="514000000",
        address="רחוב הרצל 1\nתל אביב",
        phones="03-5551234",
        email="shop@example.com",
        bank_details="בנק לאומי 10, סניף 800, חשבון 12345",
        owner_name="محمد خليل",
        currency="ILS",
        logo_png=LOGO,
        signature_png=SIGNATURE,
    )


def test_defaults_on_a_new_shop(shop: Shop) -> None:
    assert shop.settings.business() == BusinessDetails()
    assert shop.settings.business().currency == "ILS"
    assert not shop.settings.is_set_up()


def test_business_details_round_trip(shop: Shop) -> None:
    shop.settings.save_business(details())
    back = shop.settings.business()
    assert back == details()
    assert back.logo_png == LOGO and isinstance(back.logo_png, bytes)
    assert back.signature_png == SIGNATURE
    assert shop.settings.is_set_up()


def test_round_trip_survives_reopening(tmp_path: Path) -> None:
    path = tmp_path / "shop.sqlite3"
    first = Shop.open(path)
    first.settings.save_business(details())
    first.close()
    again = Shop.open(path)
    try:
        assert again.settings.business() == details()
    finally:
        again.close()


def test_images_can_be_removed(shop: Shop) -> None:
    shop.settings.save_business(details())
    shop.settings.save_business(replace(details(), logo_png=None, signature_png=b""))
    back = shop.settings.business()
    assert back.logo_png is None
    assert back.signature_png is None
    assert back.name == details().name


def test_text_is_cleaned(shop: Shop) -> None:
    shop.settings.save_business(
        BusinessDetails(name="  \u202eחנות\u202c  ", owner_name="\u2066Ann\u2069")
    )
    back = shop.settings.business()
    assert back.name == "חנות"
    assert back.owner_name == "Ann"


def test_values(shop: Shop) -> None:
    assert shop.settings.get_value("ui.language", "he") == "he"
    shop.settings.set_value("ui.language", "ar")
    assert shop.settings.get_value("ui.language") == "ar"
    shop.settings.set_value("ui.language", "en")
    assert shop.settings.get_value("ui.language") == "en"
    count = "SELECT COUNT(*) FROM setting WHERE key = 'ui.language'"
    assert shop.db.execute_sql(count).fetchone()[0] == 1
