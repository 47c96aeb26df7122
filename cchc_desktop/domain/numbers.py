"""Points as Decimal, and the Vietnamese way of writing them (`30,44`)."""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation, ROUND_HALF_UP

THREE_PLACES = Decimal("0.001")
_SPACES = re.compile(r"[\s\u00a0\u202f]+")


def q3(value) -> Decimal:
    """Quantize to the 3 decimal places every stored point value has."""
    if not isinstance(value, Decimal):
        value = Decimal(str(value))
    return value.quantize(THREE_PLACES, rounding=ROUND_HALF_UP)


def parse_points(text) -> Decimal | None:
    """Read a number as officers type it: `28,61`, `1.00`, `0,5`, ` 4,855 `, `1.234,5`, `12%`.

    Comma is the decimal mark (points never reach the thousands, so `4,855` is 4.855);
    a dot alone is a decimal mark too (`1.00`), unless both appear (`1.234,5`).
    Returns None for empty text; raises ValueError for anything that is not a number.
    """
    if text is None:
        return None
    if isinstance(text, bool):
        raise ValueError(text)
    if isinstance(text, (int, Decimal)):
        return Decimal(text)
    if isinstance(text, float):
        return Decimal(repr(text))
    s = _SPACES.sub("", str(text)).strip()
    if s.endswith("%"):
        s = s[:-1]
    if not s:
        return None
    if "," in s and "." in s:
        # The later mark is the decimal one: 1.234,5 or 1,234.5
        if s.rfind(",") > s.rfind("."):
            s = s.replace(".", "").replace(",", ".")
        else:
            s = s.replace(",", "")
    elif "," in s:
        if s.count(",") > 1:
            raise ValueError(text)
        s = s.replace(",", ".")
    elif s.count(".") > 1:
        raise ValueError(text)
    if not re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", s):
        raise ValueError(text)
    try:
        return Decimal(s)
    except InvalidOperation as exc:  # pragma: no cover - regex above guards
        raise ValueError(text) from exc


def _plain(d: Decimal) -> str:
    """Decimal without exponent or trailing zeros: 71.790 -> '71.79', 100.000 -> '100'."""
    d = q3(d)
    s = format(d, "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def json_dec(d: Decimal | None) -> str | None:
    """Decimal for JSON: a dot-notation string, never a float."""
    return None if d is None else _plain(d)


def _group_thousands(int_part: str) -> str:
    sign = "-" if int_part.startswith("-") else ""
    digits = int_part.lstrip("-")
    groups = []
    while len(digits) > 3:
        groups.insert(0, digits[-3:])
        digits = digits[:-3]
    groups.insert(0, digits)
    return sign + ".".join(groups)


def fmt_points(d: Decimal | None, empty: str = "") -> str:
    """Vietnamese display: 30.44 -> '30,44', 4.855 -> '4,855', 2 -> '2', 1234.5 -> '1234,5'.

    No thousands dot: officers write `1.00` for one point, so `1.000` would read back as 1.
    """
    if d is None:
        return empty
    return _plain(d).replace(".", ",")


def fmt_fixed(d: Decimal | None, places: int = 2, empty: str = "") -> str:
    """Vietnamese display with a fixed number of decimals: 1 -> '1,00'."""
    if d is None:
        return empty
    d = Decimal(d).quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)
    s = format(d, "f")
    int_part, _, frac = s.partition(".")
    out = _group_thousands(int_part)
    return f"{out},{frac}" if frac else out
