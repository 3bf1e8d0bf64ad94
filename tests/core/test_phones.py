from __future__ import annotations

import random

import phonenumbers
import pytest

from tomoni_desktop.core.errors import ValidationError
from tomoni_desktop.core.i18n import translator
from tomoni_desktop.core.phones import format_local, parse_phone, parse_whatsapp, whatsapp_link


@pytest.mark.parametrize(
    "written",
    ["081234567890", "0812-3456-7890", "+62 812 3456 7890", "6281234567890", " 0812 3456 7890 "],
)
def test_ways_of_writing_one_mobile_number(written):
    phone = parse_phone(written)
    assert phone.e164 == "+6281234567890" and phone.mobile
    assert format_local(phone.e164) == "0812-3456-7890"


def test_a_landline_is_a_phone_but_not_whatsapp():
    phone = parse_phone("(0411) 452345")
    assert phone.e164 == "+62411452345" and not phone.mobile
    with pytest.raises(ValidationError) as caught:
        parse_whatsapp("(0411) 452345")
    assert caught.value.field == "whatsapp"
    assert "nomor telepon rumah" in caught.value.translated(translator("id"))


@pytest.mark.parametrize("bad", ["12345", "08123", "0812-ABCD-7890", "+1 202 555 01"])
def test_bad_numbers_are_refused_with_the_field(bad):
    with pytest.raises(ValidationError) as caught:
        parse_phone(bad, field="mobile")
    assert caught.value.field == "mobile"
    assert "bukan nomor telepon Indonesia yang sah" in caught.value.translated(translator("id"))


def test_empty_is_no_number():
    assert parse_phone("  ") is None


def test_fast_formatting_agrees_with_phonenumbers():
    rng = random.Random(4)
    for _ in range(2000):
        prefix = rng.choice(["811", "812", "813", "821", "852", "857", "877", "895", "838"])
        number = (
            "+62"
            + prefix
            + "".join(rng.choice("0123456789") for _ in range(rng.choice((6, 7, 8, 9))))
        )
        parsed = phonenumbers.parse(number, "ID")
        if not phonenumbers.is_valid_number(parsed):
            continue
        assert format_local(number) == phonenumbers.format_number(
            parsed, phonenumbers.PhoneNumberFormat.NATIONAL
        ), number


def test_whatsapp_link_with_a_message():
    assert whatsapp_link("+6281234567890") == "https://wa.me/6281234567890"
    assert whatsapp_link("+6281234567890", "Ananda Ayu tidak hadir hari ini") == (
        "https://wa.me/6281234567890?text=Ananda%20Ayu%20tidak%20hadir%20hari%20ini"
    )
