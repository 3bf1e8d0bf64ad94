"""Indonesian phone numbers: parsed with `phonenumbers`, stored E.164, shown the local way."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError

REGION = "ID"


@dataclass(frozen=True)
class Phone:
    e164: str  # +6281234567890
    mobile: bool  # only a mobile number can be a WhatsApp number


def parse_phone(text: str, field: str = "phone") -> Phone | None:
    """A number as people write it (0812-3456-7890, +62 812..., 62812..., (0411) 452345)."""
    import phonenumbers  # large tables: loaded when a number is first read, not at start-up

    cleaned = (text or "").strip()
    if not cleaned:
        return None
    if cleaned.startswith("62") and cleaned[2:3] == "8":
        cleaned = "+" + cleaned
    try:
        # Letters are typing mistakes here, not the vanity numbers phonenumbers reads them as.
        number = None if any(c.isalpha() for c in cleaned) else phonenumbers.parse(cleaned, REGION)
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{value} is not a valid Indonesian phone number."),
            field=field,
            value=text.strip(),
        )
    kind = phonenumbers.number_type(number)
    mobile = kind in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    )
    return Phone(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), mobile)


def parse_whatsapp(text: str, field: str = "whatsapp") -> Phone | None:
    phone = parse_phone(text, field)
    if phone is not None and not phone.mobile:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{value} is a landline; WhatsApp needs a mobile number (08…)."
            ),
            field=field,
            value=text.strip(),
        )
    return phone


_MOBILE_GROUPS = {6: (3, 3), 7: (4, 3), 8: (4, 4), 9: (4, 5)}


def format_local(e164: str | None) -> str:
    """+6281234567890 -> 0812-3456-7890, as phonenumbers' national format writes it.

    Mobile numbers take a fast path (lists of thousands of pupils format one per row);
    anything else goes through phonenumbers.
    """
    if not e164:
        return ""
    if e164.startswith("+628"):
        national = "0" + e164[3:]
        groups = _MOBILE_GROUPS.get(len(national) - 4)
        if groups and national.isdigit():
            first, second = groups
            return f"{national[:4]}-{national[4 : 4 + first]}-{national[4 + first : 4 + first + second]}"
    return _format_other(e164)


@lru_cache(maxsize=4096)
def _format_other(e164: str) -> str:
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, REGION)
    except phonenumbers.NumberParseException:
        return e164
    if number.country_code != 62:
        return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def whatsapp_link(e164: str, text: str = "") -> str:
    """https://wa.me/62812... with an optional prefilled message (URL-encoded)."""
    from urllib.parse import quote

    link = f"https://wa.me/{e164.lstrip('+')}"
    return f"{link}?text={quote(text)}" if text else link
